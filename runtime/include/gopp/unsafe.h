// unsafe.h — package unsafe's functions that compute something at run
// time: Add, Slice, String (SliceData and StringData are plain field reads
// in emitted code; Sizeof, Alignof and Offsetof are constants).
//
// Invariants and why:
//  - The length operand arrives as int64 (emitted code converts it, as
//    gc's walk does): a uint64 above MaxInt64 becomes negative and is
//    "len out of range", as in Go.
//  - Slice and String panic with Go's runtime errors (runtime/unsafe.go of
//    Go 1.20+): a negative length, or memory that would run past the end
//    of the address space, is out of range; a nil pointer with a length
//    that needs memory says so. A zero-size element with a nil pointer
//    and a positive length panics too (Go 1.20+; 1.19 allowed it).
//  - Nothing is checked against allocations: like gc without -d=checkptr,
//    a slice that straddles objects is the program's business.
#pragma once

#include <cstdint>

#include "gopp/panic.h"
#include "gopp/slice.h"
#include "gopp/string.h"

namespace go {

// unsafe.Add(p, n): n is converted to uintptr, so a negative n moves back.
inline void *unsafeAdd(void *p, uintptr_t n) { return reinterpret_cast<void *>(uintptr_t(p) + n); }

// Whether n elements of `size` bytes from p fit below the end of the
// address space; the panic text's prefix names the function.
inline void unsafeCheckLen(const void *p, int64_t n, uint64_t size, String outOfRange, String nilPtr) {
  if (n < 0)
    panicRuntimeError(outOfRange);
  if (size == 0 && p == nullptr && n > 0)
    panicRuntimeError(nilPtr);
  uint64_t mem;
  bool overflow = __builtin_mul_overflow(size, uint64_t(n), &mem);
  if (overflow || mem > -uint64_t(uintptr_t(p)))
    panicRuntimeError(p == nullptr ? nilPtr : outOfRange);
}

// unsafe.Slice(p, n): []T{p[0], ..., p[n-1]} with cap n; nil when p is
// nil and n is 0. `size` is Go's size of T (0 for empty structs, which
// C++ gives one byte).
template <class T> Slice<T> unsafeSlice(T *p, int64_t n, uint64_t size) {
  unsafeCheckLen(p, n, size, "unsafe.Slice: len out of range", "unsafe.Slice: ptr is nil and len is not zero");
  return Slice<T>(p, n, n);
}

// unsafe.String(p, n): the n bytes at p, as a string.
inline String unsafeString(const uint8_t *p, int64_t n) {
  unsafeCheckLen(p, n, 1, "unsafe.String: len out of range", "unsafe.String: ptr is nil and len is not zero");
  return String(p, n);
}

} // namespace go
