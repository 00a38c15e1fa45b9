// array.h — Go arrays: values of a fixed number of elements.
//
// Invariants and why:
//  - Array<T, N> is a C++ aggregate holding T[N], so assignment and
//    parameter passing copy it, which is Go's value semantics.
//  - Indexing is bounds checked with Go's message; N == 0 is allowed.
#pragma once

#include "gopp/core.h"

namespace go {

template <class T, int64_t N> struct Array {
  T a[N > 0 ? N : 1];

  static constexpr int64_t len() { return N; }
  T &operator[](int64_t i) {
    if (__builtin_expect(uint64_t(i) >= uint64_t(N), 0))
      panicIndex(i, N);
    return a[i];
  }
  const T &operator[](int64_t i) const {
    if (__builtin_expect(uint64_t(i) >= uint64_t(N), 0))
      panicIndex(i, N);
    return a[i];
  }
  T *data() { return a; }
  T *begin() { return a; }
  T *end() { return a + N; }
  const T *begin() const { return a; }
  const T *end() const { return a + N; }

  friend bool operator==(const Array &x, const Array &y) {
    for (int64_t i = 0; i < N; i++)
      if (!(x.a[i] == y.a[i]))
        return false;
    return true;
  }
};

template <class T, int64_t N> constexpr bool isPointerFree<Array<T, N>> = isPointerFree<T>;

} // namespace go
