// embed.h — calling Go from C++: the runtime side of the headers that
// `gopp build -buildmode=c++` writes (docs/embedding.md is the user's
// guide).
//
// Invariants and why:
//  - Go code runs only on goroutines: it polls its goroutine's stack guard
//    and preemption flag, parks, and panics through the goroutine's panic
//    chain. A C++ thread therefore never runs Go code itself: call(f) runs
//    f on a new goroutine and blocks the calling thread (on a futex, not a
//    spin) until f returns; goroutines f starts keep running on the
//    scheduler's threads after that. Called on a goroutine (C++ that Go
//    code called back), call(f) just calls f.
//  - The runtime starts on the first call (the scheduler, GOMAXPROCS from
//    the environment or the CPU count); each package's initialisation runs
//    once, on a goroutine, before its first exported function does.
//  - A thread that calls into Go is registered with the collector (and
//    stays registered until it exits): Go values in its locals and
//    registers are roots, so a result held in a C++ local stays valid.
//    C++ heap memory (std::vector, new'ed objects) is not scanned: a Go
//    value kept there must be held by a Pinned<T>.
//  - A panic that escapes f is caught on its goroutine after every deferred
//    call ran, and rethrown on the calling thread as go::Panic, whose
//    what() is what Go prints after "panic: ". A C++ exception thrown by C++
//    code that f called (a callback) is carried to the caller unchanged.
//    runtime.Goexit in f is a fatal error (gopp's choice: the caller waits
//    for a result that would never come).
//  - shutdown() waits for calls in progress, then stops and joins the
//    scheduler's threads (sysmon included; a goroutine that never yields
//    is preempted first); goroutines still alive never run again (as when
//    a Go program's main returns). Calling Go after it throws RuntimeStopped.
//    There is no deadlock detection in an embedded runtime: a C++ thread
//    may always call in and wake a blocked goroutine (Go's c-archive mode
//    makes the same choice).
#pragma once

#include <atomic>
#include <map>
#include <mutex>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

#include "gopp/go.h"

namespace go {

// A Go panic that escaped an exported function, on the C++ side.
class Panic : public std::runtime_error {
public:
  Panic(const std::string &message, Iface value, bool runtimeError);
  Panic(const Panic &other);
  Panic &operator=(const Panic &) = delete;
  ~Panic() override;
  // The value passed to panic (a runtime.Error for run-time errors).
  Iface value() const { return *value_; }
  // Whether the runtime raised it (index out of range, nil map write, ...).
  bool runtimeError() const { return runtimeError_; }

private:
  Iface *value_; // uncollectable memory: the exception object is not scanned
  bool runtimeError_;
};

// Thrown by a call into Go after shutdown().
class RuntimeStopped : public std::logic_error {
public:
  RuntimeStopped() : std::logic_error("gopp: the Go runtime has been shut down") {}
};

namespace embed {
// Runs fn(arg) on a new goroutine and waits for it (call's engine).
void run(void (*fn)(void *), void *arg);
// Whether the current thread is running a goroutine.
bool onGoroutine();
// Runs a package's initialisation once, before its first call.
void initPackage(std::once_flag &once, void (*init)());
} // namespace embed

// Runs f() on a goroutine and returns its result; see the top of the file.
template <class F> auto call(F &&f) -> std::invoke_result_t<F &> {
  using R = std::invoke_result_t<F &>;
  if (embed::onGoroutine())
    return f();
  if constexpr (std::is_void_v<R>) {
    embed::run([](void *p) { (*static_cast<std::remove_reference_t<F> *>(p))(); }, &f);
  } else {
    struct Frame {
      std::remove_reference_t<F> *f;
      std::optional<R> result;
    } frame{&f, std::nullopt};
    embed::run([](void *p) {
      auto *fr = static_cast<Frame *>(p);
      fr->result.emplace((*fr->f)());
    }, &frame);
    return std::move(*frame.result);
  }
}

// Starts the runtime now instead of at the first call (optional).
void start();
// Stops the runtime; see the top of the file.
void shutdown();

// A Go value kept alive from C++ heap memory: the collector scans a
// Pinned's value (it lives in uncollectable memory) until it is destroyed.
template <class T> class Pinned {
public:
  Pinned() : p_(::new (allocUncollectable(sizeof(T))) T{}) {}
  explicit Pinned(const T &v) : p_(::new (allocUncollectable(sizeof(T))) T(v)) {}
  Pinned(const Pinned &o) : Pinned(*o.p_) {}
  Pinned(Pinned &&o) noexcept : p_(std::exchange(o.p_, nullptr)) {}
  Pinned &operator=(Pinned o) noexcept {
    std::swap(p_, o.p_);
    return *this;
  }
  ~Pinned() {
    if (p_)
      freeUncollectable(p_);
  }
  T &operator*() const { return *p_; }
  T *operator->() const { return p_; }
  T &get() const { return *p_; }

private:
  T *p_;
};

// ------------------------------------------------------------ conversions
//
// Between Go values and the standard library's, copying. Strings,
// std::vector <-> Slice and std::map / std::unordered_map <-> Map, nested to
// any depth. Every other value (numbers, structs, pointers, funcs,
// interfaces) converts to itself. A Go value copied into C++ heap memory
// (a std::vector of structs holding strings) is not seen by the collector:
// pin it, or convert its strings too.

inline String toGo(std::string_view s) { return makeString(s); }
inline String toGo(const std::string &s) { return makeString(std::string_view(s)); }
inline String toGo(const char *s) { return makeString(std::string_view(s)); }
template <class T> const T &toGo(const T &v) { return v; }

inline std::string toStd(String s) { return std::string(s.view()); }
template <class T> const T &toStd(const T &v) { return v; }

// (declared before use: they call each other for nested containers)
template <class T> auto toGo(const std::vector<T> &v);
template <class K, class V, class C, class A> auto toGo(const std::map<K, V, C, A> &m);
template <class K, class V, class H, class E, class A> auto toGo(const std::unordered_map<K, V, H, E, A> &m);
template <class T> auto toStd(Slice<T> s);
template <class K, class V> auto toStd(Map<K, V> *m);

// Writes the string's bytes.
inline std::ostream &operator<<(std::ostream &os, String s) { return os << s.view(); }

namespace embed {
// The descriptor of a map key type C++ code can name (map.h hashes keys
// through it only for structs, arrays and interfaces).
template <class K> const Type *keyType() {
  if constexpr (std::is_same_v<K, String>)
    return &stringType;
  else if constexpr (std::is_same_v<K, bool>)
    return &boolType;
  else if constexpr (std::is_same_v<K, double>)
    return &float64Type;
  else if constexpr (std::is_same_v<K, float>)
    return &float32Type;
  else if constexpr (std::is_signed_v<K>)
    return &int64Type;
  else
    return &uint64Type;
}
template <class T> using GoOf = std::decay_t<decltype(toGo(std::declval<const T &>()))>;
} // namespace embed

template <class T> auto toGo(const std::vector<T> &v) {
  using E = embed::GoOf<T>;
  Slice<E> s = makeSlice<E>(int64_t(v.size()));
  for (size_t i = 0; i < v.size(); i++)
    s[int64_t(i)] = toGo(v[i]);
  return s;
}

template <class MapLike> auto mapToGo(const MapLike &m) {
  using K = embed::GoOf<typename MapLike::key_type>;
  using V = embed::GoOf<typename MapLike::mapped_type>;
  Map<K, V> *g = makeMap<K, V>(embed::keyType<K>(), int64_t(m.size()));
  for (const auto &[k, v] : m)
    mapSet<K, V>(g, toGo(k), toGo(v));
  return g;
}
template <class K, class V, class C, class A> auto toGo(const std::map<K, V, C, A> &m) { return mapToGo(m); }
template <class K, class V, class H, class E, class A> auto toGo(const std::unordered_map<K, V, H, E, A> &m) {
  return mapToGo(m);
}

template <class T> auto toStd(Slice<T> s) {
  using E = std::decay_t<decltype(toStd(std::declval<T>()))>;
  std::vector<E> v;
  v.reserve(size_t(s.len()));
  for (int64_t i = 0; i < s.len(); i++)
    v.push_back(toStd(s.p[i]));
  return v;
}

// A nil map is an empty std::map.
template <class K, class V> auto toStd(Map<K, V> *m) {
  using SK = std::decay_t<decltype(toStd(std::declval<K>()))>;
  using SV = std::decay_t<decltype(toStd(std::declval<V>()))>;
  std::map<SK, SV> out;
  if (!m)
    return out;
  for (int64_t i = 0; i < m->used; i++)
    if (m->entryLive(i))
      out.emplace(toStd(*static_cast<const K *>(m->entryKey(i))), toStd(*static_cast<const V *>(m->entryValue(i))));
  return out;
}

// An error's Error() text ("" for nil); runs Error on a goroutine.
std::string errorMessage(Iface err);
inline bool isNil(Iface v) { return v.isNil(); }

} // namespace go
