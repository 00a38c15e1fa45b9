// slice.h — Go slices and the built-ins on them (len, cap, append, copy,
// make, slicing).
//
// Invariants and why:
//  - A Slice<T> is {p, len, cap}, passed by value; slices made from the
//    same array share its elements, so writes through one are seen
//    through the other, as Go requires.
//  - append grows as Go's growslice does (double below 256 elements, then
//    by (newcap + 3*256)/4 until large enough; capacities are rounded up
//    to the allocator's size classes as Go's are), so cap() after append
//    prints what Go prints for the common sizes.
//  - Element storage comes from the collector; atomic memory when T holds
//    no pointers.
#pragma once

#include <initializer_list>

#include "gopp/string.h"

namespace go {

// Go's malloc size classes, for append's rounding (runtime/sizeclasses.go).
size_t roundupsize(size_t size);

template <class T> struct Slice {
  T *p = nullptr;
  int64_t len_ = 0;
  int64_t cap_ = 0;

  constexpr Slice() = default;
  Slice(std::nullptr_t) {}
  Slice(T *p, int64_t len, int64_t cap) : p(p), len_(len), cap_(cap) {}
  // A literal: []T{a, b, c}.
  Slice(std::initializer_list<T> elems) {
    if (elems.size() == 0) {
      p = static_cast<T *>(allocElems(0));
      return;
    }
    p = static_cast<T *>(allocElems(int64_t(elems.size())));
    len_ = cap_ = int64_t(elems.size());
    int64_t i = 0;
    for (const T &e : elems)
      p[i++] = e;
  }

  int64_t len() const { return len_; }
  int64_t cap() const { return cap_; }
  bool isNil() const { return p == nullptr; }
  T &operator[](int64_t i) const {
    if (__builtin_expect(uint64_t(i) >= uint64_t(len_), 0))
      panicIndex(i, len_);
    return p[i];
  }
  T *begin() const { return p; }
  T *end() const { return p + len_; }

  static void *allocElems(int64_t n) {
    size_t bytes = size_t(n) * goSizeof<T>;
    return isPointerFree<T> ? allocAtomic(bytes) : alloc(bytes);
  }
};

// make([]T, len, cap)
template <class T> Slice<T> makeSlice(int64_t len, int64_t cap) {
  constexpr size_t size = goSizeof<T>;
  if (len < 0 || (size && uint64_t(len) > (uint64_t(1) << 48) / (size ? size : 1)))
    panicMakeLen();
  if (cap < len || (size && uint64_t(cap) > (uint64_t(1) << 48) / (size ? size : 1)))
    panicMakeCap();
  return Slice<T>(static_cast<T *>(Slice<T>::allocElems(cap)), len, cap);
}
template <class T> Slice<T> makeSlice(int64_t len) { return makeSlice<T>(len, len); }

// The capacity append chooses when a slice of oldCap must hold newLen.
int64_t growCap(int64_t oldCap, int64_t newLen, size_t elemSize);

// len + n as Go computes it: wrapping, so that an overflow reaches
// growCap as a length below the capacity (its panic) rather than as
// C++'s undefined behaviour. Only slices of zero-size elements get near.
inline int64_t addLen(int64_t len, int64_t n) { return int64_t(uint64_t(len) + uint64_t(n)); }

template <class T> Slice<T> grow(Slice<T> s, int64_t newLen) {
  int64_t newCap = growCap(s.cap_, newLen, goSizeof<T>);
  T *np = static_cast<T *>(Slice<T>::allocElems(newCap));
  if (s.len_)
    std::memmove(static_cast<void *>(np), s.p, size_t(s.len_) * goSizeof<T>);
  return Slice<T>(np, s.len_, newCap);
}

// append(s, v)
template <class T> Slice<T> append(Slice<T> s, const T &v) {
  if (s.len_ == s.cap_) {
    T copy = v; // v may live in s's old storage
    s = grow(s, addLen(s.len_, 1));
    s.p[s.len_++] = copy;
    return s;
  }
  s.p[s.len_++] = v;
  return s;
}
// append(s, a, b, c)
template <class T> Slice<T> append(Slice<T> s, std::initializer_list<T> vs) {
  int64_t newLen = addLen(s.len_, int64_t(vs.size()));
  if (uint64_t(newLen) > uint64_t(s.cap_))
    s = grow(s, newLen);
  for (const T &v : vs)
    s.p[s.len_++] = v;
  return s;
}
// append(s, t...)
template <class T> Slice<T> appendSlice(Slice<T> s, Slice<T> t) {
  if (t.len_ == 0)
    return s;
  int64_t newLen = addLen(s.len_, t.len_);
  if (uint64_t(newLen) > uint64_t(s.cap_))
    s = grow(s, newLen);
  std::memmove(static_cast<void *>(s.p + s.len_), t.p, size_t(t.len_) * goSizeof<T>);
  s.len_ += t.len_;
  return s;
}
// append([]byte, string...)
inline Slice<uint8_t> appendString(Slice<uint8_t> s, String t) {
  return appendSlice(s, Slice<uint8_t>(const_cast<uint8_t *>(t.p), t.n, t.n));
}

// copy(dst, src)
template <class T> int64_t copy(Slice<T> dst, Slice<T> src) {
  int64_t n = dst.len_ < src.len_ ? dst.len_ : src.len_;
  if (n)
    std::memmove(static_cast<void *>(dst.p), src.p, size_t(n) * goSizeof<T>);
  return n;
}
inline int64_t copy(Slice<uint8_t> dst, String src) {
  int64_t n = dst.len_ < src.n ? dst.len_ : src.n;
  if (n)
    std::memmove(dst.p, src.p, size_t(n));
  return n;
}

// s[lo:hi] and s[lo:hi:max] on a slice.
template <class T>
[[gnu::always_inline]] inline Slice<T> slice(Slice<T> s, int64_t lo, int64_t hi, int64_t max = kAbsent,
                                             bool three = false) {
  if (hi == kAbsent)
    hi = s.len_; // s[lo:] ends at len(s), not cap(s)
  checkSlice(lo, hi, max, s.cap_, three, false);
  return Slice<T>(s.p + sliceOffset(lo, max - lo), hi - lo, max - lo);
}
// a[lo:hi:max] on an array of n elements at p (nil p panics).
template <class T>
[[gnu::always_inline]] inline Slice<T> sliceArray(T *p, int64_t n, int64_t lo, int64_t hi, int64_t max = kAbsent,
                                                  bool three = false) {
  nilcheck(p);
  checkSlice(lo, hi, max, n, three, true);
  return Slice<T>(p + sliceOffset(lo, max - lo), hi - lo, max - lo);
}

// Conversions between strings and byte or rune slices.
Slice<uint8_t> stringToBytes(String s);
String bytesToString(Slice<uint8_t> b);
Slice<int32_t> stringToRunes(String s);
String runesToString(Slice<int32_t> r);

// (*[N]T)(s) and [N]T(s): the slice's first N elements as an array
// (shared for the pointer form); panics when the slice is shorter.
template <class T, int64_t N> struct Array;
template <class T, int64_t N> Array<T, N> *sliceToArrayPtr(Slice<T> s) {
  if (__builtin_expect(s.len_ < N, 0))
    panicBounds(Bounds::Convert, N, true, s.len_);
  if (s.p == nullptr)
    return nullptr;
  return reinterpret_cast<Array<T, N> *>(s.p);
}

// []T{}: empty but not nil. Its array is a shared zero-size object, as
// Go's zerobase.
extern uint64_t zeroBase[2];
template <class T> Slice<T> emptySlice() { return Slice<T>(reinterpret_cast<T *>(zeroBase), 0, 0); }

} // namespace go
