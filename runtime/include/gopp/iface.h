// iface.h — interface values, boxing, dynamic dispatch, type assertions
// and interface comparison.
//
// Invariants and why:
//  - Every interface value, empty or not, is {tab, data}: two words, as in
//    Go. tab is null for a nil interface. tab->type is the dynamic type;
//    tab->fn[k] is the concrete method for the interface's k-th method
//    (methods sorted by name). A Type begins with a pointer to itself, so
//    a `const Type *` is also a valid itab with no methods: that is what
//    `any` and other method-less interfaces hold.
//  - data is the value itself for pointer-shaped types (pointers, maps,
//    channels, unsafe.Pointer) and otherwise points at an immutable boxed
//    copy on the collected heap, so copying an interface never copies the
//    value and boxed values may be shared.
//  - Itabs for a (concrete type, interface) pair are built once, on first
//    use, and cached; conversions known at compile time keep theirs in a
//    function-local static.
#pragma once

#include <bit>

#include "gopp/type.h"

namespace go {

struct Itab {
  const Type *type;
  void *fn[1]; // as many as the interface has methods
};

struct Iface {
  const Itab *tab = nullptr;
  void *data = nullptr;

  constexpr Iface() = default;
  constexpr Iface(std::nullptr_t) {}
  Iface(const Itab *tab, void *data) : tab(tab), data(data) {}

  bool isNil() const { return tab == nullptr; }
  const Type *type() const { return tab ? tab->type : nullptr; }
};

// The itab of concrete type t for interface type iface, or null when t
// lacks a method. Cached.
const Itab *findItab(const Type *t, const Type *iface);
// As findItab, for a conversion the type checker proved valid.
const Itab *itab(const Type *t, const Type *iface);

// Types whose values are one machine pointer that an interface holds in
// its data word directly (Go's pointer-shaped types; kPointerShaped in
// their descriptors): pointers, and the types deriving from PointerWord
// (go::Chan, go::SelfPointer and the emitted types deriving from them).
template <class T>
constexpr bool isPointerWord = std::is_pointer_v<T> || std::is_base_of_v<PointerWord, T>;

// The data word for a value of type T (whose descriptor is t).
template <class T> void *boxData(const T &v) {
  if constexpr (std::is_pointer_v<T>) {
    return const_cast<void *>(static_cast<const void *>(v));
  } else if constexpr (isPointerWord<T>) {
    return std::bit_cast<void *>(v);
  } else {
    return newObject<T>(v);
  }
}
// A concrete value converted to an interface whose itab is tab.
template <class T> Iface box(const Itab *tab, const T &v) { return Iface(tab, boxData(v)); }
// ... to `any` (or any method-less interface).
template <class T> Iface box(const Type *t, const T &v) {
  return Iface(reinterpret_cast<const Itab *>(t), boxData(v));
}
inline const Itab *anyItab(const Type *t) { return reinterpret_cast<const Itab *>(t); }

// The value in x, known to have dynamic type T.
template <class T> T unboxData(void *data) {
  if constexpr (std::is_pointer_v<T>) {
    return static_cast<T>(data);
  } else if constexpr (isPointerWord<T>) {
    return std::bit_cast<T>(data);
  } else
    return *static_cast<const T *>(data);
}

[[noreturn]] void panicTypeAssert(const Type *have, const Type *want, const Type *iface, String missing);
[[noreturn]] void panicNilMethodCall();

// x.(T) for a concrete T.
template <class T> T assertType(Iface x, const Type *t, const Type *iface) {
  if (__builtin_expect(x.tab == nullptr || x.tab->type != t, 0))
    panicTypeAssert(x.type(), t, iface, String());
  return unboxData<T>(x.data);
}
// v, ok := x.(T) for a concrete T.
template <class T> bool assertTypeOK(Iface x, const Type *t, T *out) {
  if (x.tab == nullptr || x.tab->type != t) {
    *out = T{};
    return false;
  }
  *out = unboxData<T>(x.data);
  return true;
}
// x.(I) and v, ok := x.(I) for an interface type I.
Iface assertIface(Iface x, const Type *iface, const Type *srcIface);
bool assertIfaceOK(Iface x, const Type *iface, Iface *out);
// x converted to another interface type (statically valid).
inline Iface convertIface(Iface x, const Type *iface) {
  return x.tab ? Iface(iface->numMethods ? itab(x.tab->type, iface) : anyItab(x.tab->type), x.data) : Iface();
}

// The k-th method of x's interface, as a function taking the data word.
template <class Fn> Fn method(Iface x, int k) {
  if (__builtin_expect(x.tab == nullptr, 0))
    panicNilDeref();
  return reinterpret_cast<Fn>(x.tab->fn[k]);
}

// x == y on interfaces (panics when the dynamic type is not comparable).
bool ifaceEqual(Iface x, Iface y);
inline bool operator==(Iface x, Iface y) { return ifaceEqual(x, y); }
// An interface compared with a concrete value of type t.
template <class T> bool ifaceEqualValue(Iface x, const Type *t, const T &v) {
  return x.tab && x.tab->type == t && unboxData<T>(x.data) == v;
}

// The Error() or String() method of x's dynamic type, when it has one.
bool callStringMethod(Iface x, String name, String *out);

} // namespace go

namespace go {
// x.M(args) through an interface: Fn is `R (*)(void *, A...)`, k the
// method's index in the interface's name-sorted method list. x is
// evaluated once.
template <class Fn, class... B> inline auto icall(Iface x, int k, B &&...args) {
  return method<Fn>(x, k)(x.data, std::forward<B>(args)...);
}

// x, after checking that it is not nil (an interface method value, a
// deferred interface method call: both panic at once on nil).
inline Iface nonNil(Iface x) {
  if (__builtin_expect(x.tab == nullptr, 0))
    panicNilDeref();
  return x;
}

// The untyped nil: converts to the zero value of any nillable type.
struct Nil {
  template <class T> operator T() const { return T{}; }
};
inline constexpr Nil nil{};

// A value of one type as another type with the same layout: conversions
// between struct types with identical fields, as Go allows.
template <class To, class From> inline To bitCast(const From &v) {
  static_assert(sizeof(To) == sizeof(From), "conversion between types of different layout");
  To t;
  std::memcpy(static_cast<void *>(&t), &v, sizeof(To));
  return t;
}
} // namespace go

namespace go {
// The itab of (T, I) for a conversion known at compile time, found once.
template <const Type *T, const Type *I> inline const Itab *staticItab() {
  static const Itab *tab = itab(T, I);
  return tab;
}
} // namespace go
