// core.h — the scalar half of gopp's value model: memory, integer
// arithmetic with Go's rules, and the runtime errors they raise.
//
// Invariants and why:
//  - Every Go heap object comes from the Boehm collector (GC_MALLOC, or
//    GC_MALLOC_ATOMIC for memory that holds no pointers). Objects are
//    zeroed on allocation, which is Go's zero value for every gopp type
//    (all value types are trivially copyable and all-zero bits is zero).
//  - Signed arithmetic goes through the unsigned type, so overflow wraps as
//    Go specifies without relying on -fwrapv (emitted code must also be
//    correct when embedded in a project built without it).
//  - Shifts by counts >= the width give 0 (or the sign fill); a negative
//    signed count panics. Integer division by zero panics; MinInt / -1
//    wraps to MinInt, as Go's spec says.
#pragma once

#ifndef GC_THREADS
#define GC_THREADS
#endif
#include <gc/gc.h>

#include <cmath>
#include <complex>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <new>
#include <type_traits>

namespace go {

// ------------------------------------------------------------- memory

// Zeroed, collected memory that may hold pointers.
inline void *alloc(size_t n) {
  void *p = GC_MALLOC(n ? n : 1);
  if (!p)
    throw std::bad_alloc();
  return p;
}
// Returns memory the runtime allocated and no longer uses to the
// collector at once. Race builds keep it (nothing is collected there;
// gopp/race.h): memory reused by another goroutine would seem to race
// with its last user, and libgc's free path confuses TSan's view of
// libgc's lock.
inline void freeMemory(void *p) {
#ifndef GOPP_RACE
  GC_FREE(p);
#else
  (void)p;
#endif
}
// Zeroed memory the collector scans but never frees: roots held outside
// Go memory (embedding's Pinned, panic records). Freed explicitly.
inline void *allocUncollectable(size_t n) {
  void *p = GC_MALLOC_UNCOLLECTABLE(n ? n : 1);
  if (!p)
    throw std::bad_alloc();
  return p;
}
inline void freeUncollectable(void *p) { freeMemory(p); }
// Zeroed, collected memory that never holds pointers (strings, numbers).
inline void *allocAtomic(size_t n) {
  void *p = GC_MALLOC_ATOMIC(n ? n : 1);
  if (!p)
    throw std::bad_alloc();
  std::memset(p, 0, n);
  return p;
}

// The size Go gives T: 0 for an empty struct (struct{}, or a named type
// of it), which C++ gives one byte. (A struct of several empty fields is
// not an empty class and keeps C++'s size; README limitations.) Slices and channels of such
// elements move and allocate no bytes, so make([]struct{}, maxInt) is
// valid as in Go; storing an empty class writes nothing.
template <class T> constexpr size_t goSizeof = std::is_empty_v<T> ? 0 : sizeof(T);

// Whether values of T can hold pointers; conservative for class types.
template <class T> constexpr bool isPointerFree = std::is_arithmetic_v<T>;
template <class T> constexpr bool isPointerFree<std::complex<T>> = true;

// new(T): a zeroed T on the collected heap.
template <class T> T *newObject() {
  void *p = isPointerFree<T> ? allocAtomic(sizeof(T)) : alloc(sizeof(T));
  return ::new (p) T{};
}
template <class T> T *newObject(const T &v) {
  T *p = newObject<T>();
  *p = v;
  return p;
}

// The value itself: emitted code wraps operands in it where Go allows what
// C++ compilers warn about (x == x on a type parameter's instance, x = x,
// &x == nil).
template <class T> inline T id(T x) { return x; }

// ------------------------------------------------------ runtime errors

// Each raises Go's run-time panic (a runtime.Error) with Go's text.
// The bounds failures, in runtime/error.go's order and wording.
enum class Bounds : uint8_t {
  Index,      // index out of range [x] with length y
  SliceAlen,  // slice bounds out of range [:x] with length y
  SliceAcap,  // slice bounds out of range [:x] with capacity y
  SliceB,     // slice bounds out of range [x:y]
  Slice3Alen, // slice bounds out of range [::x] with length y
  Slice3Acap, // slice bounds out of range [::x] with capacity y
  Slice3B,    // slice bounds out of range [:x:y]
  Slice3C,    // slice bounds out of range [x:y:]
  Convert,    // cannot convert slice with length y to pointer to array with length x (x: the array's length)
};
[[noreturn]] void panicBounds(Bounds code, int64_t x, bool xSigned, int64_t y);
[[noreturn]] inline void panicIndex(int64_t i, int64_t len) { panicBounds(Bounds::Index, i, true, len); }
[[noreturn]] void panicDivide();
[[noreturn]] void panicShift();
[[noreturn]] void panicNilDeref();
[[noreturn]] void panicNilMap();
[[noreturn]] void panicMakeLen();
[[noreturn]] void panicMakeCap();
[[noreturn]] void panicUnhashable(const struct Type *t);
[[noreturn]] void panicUncomparable(const struct Type *t);
[[noreturn]] void panicNegativeRepeat();
// *T's method-table entry for T's own value method called with a nil
// receiver: runtime.panicwrap's plainError, "value method main.T.F called
// using nil *T pointer" (promoted methods just dereference, as in Go).
[[noreturn]] void panicValueMethodNil(const char *pkg, const char *type, const char *method);

// Slice expressions. kAbsent marks an index left out of s[lo:hi] or
// s[lo:hi:max]. checkSlice checks lo <= hi <= max <= cap in Go's order
// and fills absent indices: lo with 0, hi and max with cap (slicing a
// slice passes its length as an explicit hi). `three` is the 3-index form;
// `isLen` says cap is a length (strings, arrays), for the message. It is
// inline because emitted code passes kAbsent and `three` as constants:
// each slice expression then compiles to Go's two or three compares (it
// was a call: a program that walks subslices and merge-sorts ran 9.62G
// instructions, 4.09G now; go: 3.83G). It is always inlined, with slice,
// sliceArray and substr: GCC's heuristics otherwise left go::slice a call
// in a recursive merge sort, 18% of its instructions.
constexpr int64_t kAbsent = INT64_MIN;
[[gnu::always_inline]] inline void checkSlice(int64_t &lo, int64_t &hi, int64_t &max, int64_t cap, bool three,
                                              bool isLen) {
  if (lo == kAbsent)
    lo = 0;
  if (hi == kAbsent)
    hi = cap;
  if (three) {
    if (max == kAbsent)
      max = cap;
    if (__builtin_expect(uint64_t(max) > uint64_t(cap), 0))
      panicBounds(isLen ? Bounds::Slice3Alen : Bounds::Slice3Acap, max, true, cap);
    if (__builtin_expect(uint64_t(hi) > uint64_t(max), 0))
      panicBounds(Bounds::Slice3B, hi, true, max);
  } else {
    if (__builtin_expect(uint64_t(hi) > uint64_t(cap), 0))
      panicBounds(isLen ? Bounds::SliceAlen : Bounds::SliceAcap, hi, true, cap);
    max = cap;
  }
  if (__builtin_expect(uint64_t(lo) > uint64_t(hi), 0))
    panicBounds(three ? Bounds::Slice3C : Bounds::SliceB, lo, true, hi);
}
// The first element's offset in the result: lo, or 0 when the result has
// no room (n == 0: its capacity, or a string's length), so that it points
// into the operand and never past its end, as Go's slices do (an empty
// result keeps its operand's base pointer).
inline int64_t sliceOffset(int64_t lo, int64_t n) { return n > 0 ? lo : 0; }

// A nil check before a dereference: Go panics, C++ would be undefined.
template <class T> inline T *nilcheck(T *p) {
  if (__builtin_expect(p == nullptr, 0))
    panicNilDeref();
  return p;
}
template <class T> inline T &deref(T *p) { return *nilcheck(p); }

// Types whose value is one machine pointer held in an interface's data
// word directly (Go's pointer-shaped types) derive from PointerWord:
// go::Chan, and SelfPointer below. Raw pointers are pointer words too.
struct PointerWord {};

// A defined pointer or map type whose definition names itself (`type P
// *P`, `type Tree map[string]Tree`): a C++ alias cannot name itself, so
// the emitted type is a struct deriving from SelfPointer<E>, where E is
// what the pointer points at (for a map, the go::Map object). It has a
// pointer's layout and converts to and from E *, so comparisons, nil and
// the pointer operations apply; nilcheck and deref take it directly.
template <class E> struct SelfPointer : PointerWord {
  E *p = nullptr;

  constexpr SelfPointer() = default;
  constexpr SelfPointer(std::nullptr_t) {}
  constexpr SelfPointer(E *p) : p(p) {}
  constexpr operator E *() const { return p; }
  E &operator*() const { return *p; }
  E *operator->() const { return p; }
};
template <class E> inline E *nilcheck(const SelfPointer<E> &p) { return nilcheck(p.p); }
template <class E> inline E &deref(const SelfPointer<E> &p) { return *nilcheck(p.p); }

// ----------------------------------------------------------- integers

template <class T> using Unsigned = std::make_unsigned_t<T>;

template <class T> inline T add(T a, T b) {
  if constexpr (std::is_signed_v<T> && std::is_integral_v<T>)
    return T(Unsigned<T>(a) + Unsigned<T>(b));
  else
    return T(a + b);
}
template <class T> inline T sub(T a, T b) {
  if constexpr (std::is_signed_v<T> && std::is_integral_v<T>)
    return T(Unsigned<T>(a) - Unsigned<T>(b));
  else
    return T(a - b);
}
template <class T> inline T mul(T a, T b) {
  if constexpr (std::is_signed_v<T> && std::is_integral_v<T>)
    return T(Unsigned<T>(a) * Unsigned<T>(b));
  else if constexpr (std::is_integral_v<T> && sizeof(T) < sizeof(unsigned))
    return T(unsigned(a) * unsigned(b)); // avoid promotion to signed int
  else
    return T(a * b);
}
template <class T> inline T neg(T a) {
  if constexpr (std::is_integral_v<T>)
    return T(Unsigned<T>(0) - Unsigned<T>(a));
  else
    return -a;
}
// g++ 12 folds (0 - x) / c, with the difference computed as above,
// into -(x / c), and (0 - x) % c into -(x % c): both wrong when x is the
// minimum value (GOROOT-style probe: -x/2 printed +4611686018427387904).
// An empty asm on the dividend hides where it came from; it emits no
// instruction, and a constant divisor still becomes a multiplication.
template <class T> inline void hideDividend(T &a) {
#if defined(__GNUC__) && !defined(__clang__)
  if constexpr (std::is_signed_v<T>)
    asm("" : "+r"(a));
#else
  (void)a;
#endif
}
template <class T> inline T div(T a, T b) {
  if constexpr (std::is_integral_v<T>) {
    if (__builtin_expect(b == 0, 0))
      panicDivide();
    if constexpr (std::is_signed_v<T>)
      if (b == -1)
        return neg(a); // MinInt / -1 wraps
    hideDividend(a);
    return T(a / b);
  } else {
    return a / b; // floats: IEEE, no panic
  }
}
template <class T> inline T rem(T a, T b) {
  if (__builtin_expect(b == 0, 0))
    panicDivide();
  if constexpr (std::is_signed_v<T>)
    if (b == -1)
      return 0;
  if constexpr (std::is_integral_v<T>)
    hideDividend(a);
  return T(a % b);
}

// x << s and x >> s for any unsigned or non-negative count.
template <class T, class S> inline T shl(T x, S s) {
  if constexpr (std::is_signed_v<S>)
    if (__builtin_expect(s < 0, 0))
      panicShift();
  if (uint64_t(s) >= sizeof(T) * 8)
    return 0;
  return T(Unsigned<T>(x) << s);
}
template <class T, class S> inline T shr(T x, S s) {
  if constexpr (std::is_signed_v<S>)
    if (__builtin_expect(s < 0, 0))
      panicShift();
  if (uint64_t(s) >= sizeof(T) * 8)
    return std::is_signed_v<T> && x < 0 ? T(-1) : T(0);
  return T(x >> s);
}

// Integer and bitwise operators that C++ would promote to int.
template <class T> inline T bitNot(T x) { return T(~x); }
template <class T> inline T andNot(T a, T b) { return T(a & ~b); }

// Conversions between numeric types, with Go's results where C++ is
// undefined. A float out of an integer type's range (or NaN) converts as
// Go's amd64 code does it: the truncating instruction gives the minimum
// of its width, and Go converts to int8..int32, uint8 and uint16 with the
// 32-bit one, to int64 and uint32 with the 64-bit one (int32(3e9) and
// int32(+Inf) are -2147483648, int16(3e9) is 0), to uint64 through
// int64 with 2^63 subtracted when it is that large.
template <class To, class From> inline To convert(From v) {
  if constexpr (std::is_integral_v<To> && std::is_floating_point_v<From>) {
    if constexpr (sizeof(To) < 4 || std::is_same_v<To, int32_t>) {
      return To(v >= -2147483648.0 && v < 2147483648.0 ? int32_t(v) : INT32_MIN);
    } else if constexpr (std::is_signed_v<To> || sizeof(To) == 4) {
      return To(v >= -9.2233720368547758e18 && v < 9.2233720368547758e18 ? int64_t(v) : INT64_MIN);
    } else {
      if (!(v == v))
        return To(0x8000000000000000ull);
      if (v < 0)
        return To(uint64_t(int64_t(v < -9.2233720368547758e18 ? -9.2233720368547758e18 : v)));
      if (v >= 1.8446744073709552e19)
        return To(0x8000000000000000ull);
      return To(uint64_t(v));
    }
  } else if constexpr (std::is_same_v<To, float> && std::is_floating_point_v<From>) {
    return float(v);
  } else {
    return To(v);
  }
}

using complex64 = std::complex<float>;
using complex128 = std::complex<double>;

// Complex division as Go's runtime does it (complex128div): infinities
// and NaNs follow C99 Annex G, no exceptions.
complex128 complexDiv(complex128 n, complex128 m);
inline complex64 complexDiv(complex64 n, complex64 m) {
  complex128 r = complexDiv(complex128(n), complex128(m));
  return complex64(float(r.real()), float(r.imag()));
}

} // namespace go
