// atomic.h — package sync/atomic as docs/abi.md maps it.
//
// Every operation is one sequentially consistent __atomic builtin (Go's
// atomics are sequentially consistent: the memory model's "synchronized
// before" order). Add returns the new value; And, Or and Swap the old.
//
// The types (Int32 ... Uintptr, Bool, Value) hold the fields of
// stdlib/sync/atomic/atomic.go, so zero bytes are the zero value and ==
// compares those fields. Pointer[T] is generic: codegen emits each
// instance's struct (its field v, a T *) and forwards each method to the
// template Pointer_<Method> below (a bodyless method of a generic type of
// another package is provided as a function template taking the
// instance's receiver).
//
// Value (value.cpp) holds an `any` whose type is fixed by the first
// Store; its panics are Go's string panics.
#pragma once

#include "gopp/go.h"

namespace pkg::sync::atomic {

constexpr int kOrder = __ATOMIC_SEQ_CST;

// ------------------------------------------------------------ functions

inline int32_t AddInt32(int32_t *addr, int32_t delta) { return __atomic_add_fetch(addr, delta, kOrder); }
inline int32_t AndInt32(int32_t *addr, int32_t mask) { return __atomic_fetch_and(addr, mask, kOrder); }
inline int32_t OrInt32(int32_t *addr, int32_t mask) { return __atomic_fetch_or(addr, mask, kOrder); }
inline bool CompareAndSwapInt32(int32_t *addr, int32_t old, int32_t new_) {
  return __atomic_compare_exchange_n(addr, &old, new_, false, kOrder, kOrder);
}
inline int32_t LoadInt32(int32_t *addr) { return __atomic_load_n(addr, kOrder); }
inline void StoreInt32(int32_t *addr, int32_t val) { __atomic_store_n(addr, val, kOrder); }
inline int32_t SwapInt32(int32_t *addr, int32_t new_) { return __atomic_exchange_n(addr, new_, kOrder); }

inline int64_t AddInt64(int64_t *addr, int64_t delta) { return __atomic_add_fetch(addr, delta, kOrder); }
inline int64_t AndInt64(int64_t *addr, int64_t mask) { return __atomic_fetch_and(addr, mask, kOrder); }
inline int64_t OrInt64(int64_t *addr, int64_t mask) { return __atomic_fetch_or(addr, mask, kOrder); }
inline bool CompareAndSwapInt64(int64_t *addr, int64_t old, int64_t new_) {
  return __atomic_compare_exchange_n(addr, &old, new_, false, kOrder, kOrder);
}
inline int64_t LoadInt64(int64_t *addr) { return __atomic_load_n(addr, kOrder); }
inline void StoreInt64(int64_t *addr, int64_t val) { __atomic_store_n(addr, val, kOrder); }
inline int64_t SwapInt64(int64_t *addr, int64_t new_) { return __atomic_exchange_n(addr, new_, kOrder); }

inline uint32_t AddUint32(uint32_t *addr, uint32_t delta) { return __atomic_add_fetch(addr, delta, kOrder); }
inline uint32_t AndUint32(uint32_t *addr, uint32_t mask) { return __atomic_fetch_and(addr, mask, kOrder); }
inline uint32_t OrUint32(uint32_t *addr, uint32_t mask) { return __atomic_fetch_or(addr, mask, kOrder); }
inline bool CompareAndSwapUint32(uint32_t *addr, uint32_t old, uint32_t new_) {
  return __atomic_compare_exchange_n(addr, &old, new_, false, kOrder, kOrder);
}
inline uint32_t LoadUint32(uint32_t *addr) { return __atomic_load_n(addr, kOrder); }
inline void StoreUint32(uint32_t *addr, uint32_t val) { __atomic_store_n(addr, val, kOrder); }
inline uint32_t SwapUint32(uint32_t *addr, uint32_t new_) { return __atomic_exchange_n(addr, new_, kOrder); }

inline uint64_t AddUint64(uint64_t *addr, uint64_t delta) { return __atomic_add_fetch(addr, delta, kOrder); }
inline uint64_t AndUint64(uint64_t *addr, uint64_t mask) { return __atomic_fetch_and(addr, mask, kOrder); }
inline uint64_t OrUint64(uint64_t *addr, uint64_t mask) { return __atomic_fetch_or(addr, mask, kOrder); }
inline bool CompareAndSwapUint64(uint64_t *addr, uint64_t old, uint64_t new_) {
  return __atomic_compare_exchange_n(addr, &old, new_, false, kOrder, kOrder);
}
inline uint64_t LoadUint64(uint64_t *addr) { return __atomic_load_n(addr, kOrder); }
inline void StoreUint64(uint64_t *addr, uint64_t val) { __atomic_store_n(addr, val, kOrder); }
inline uint64_t SwapUint64(uint64_t *addr, uint64_t new_) { return __atomic_exchange_n(addr, new_, kOrder); }

inline uintptr_t AddUintptr(uintptr_t *addr, uintptr_t delta) { return __atomic_add_fetch(addr, delta, kOrder); }
inline uintptr_t AndUintptr(uintptr_t *addr, uintptr_t mask) { return __atomic_fetch_and(addr, mask, kOrder); }
inline uintptr_t OrUintptr(uintptr_t *addr, uintptr_t mask) { return __atomic_fetch_or(addr, mask, kOrder); }
inline bool CompareAndSwapUintptr(uintptr_t *addr, uintptr_t old, uintptr_t new_) {
  return __atomic_compare_exchange_n(addr, &old, new_, false, kOrder, kOrder);
}
inline uintptr_t LoadUintptr(uintptr_t *addr) { return __atomic_load_n(addr, kOrder); }
inline void StoreUintptr(uintptr_t *addr, uintptr_t val) { __atomic_store_n(addr, val, kOrder); }
inline uintptr_t SwapUintptr(uintptr_t *addr, uintptr_t new_) { return __atomic_exchange_n(addr, new_, kOrder); }

// ------------------------------------------------------------ types

struct Int32 {
  int32_t v;
  friend bool operator==(const Int32 &a, const Int32 &b) { return a.v == b.v; }
};
inline int32_t Int32_Add(Int32 *x, int32_t delta) { return AddInt32(&x->v, delta); }
inline int32_t Int32_And(Int32 *x, int32_t mask) { return AndInt32(&x->v, mask); }
inline bool Int32_CompareAndSwap(Int32 *x, int32_t old, int32_t new_) { return CompareAndSwapInt32(&x->v, old, new_); }
inline int32_t Int32_Load(Int32 *x) { return LoadInt32(&x->v); }
inline int32_t Int32_Or(Int32 *x, int32_t mask) { return OrInt32(&x->v, mask); }
inline void Int32_Store(Int32 *x, int32_t val) { StoreInt32(&x->v, val); }
inline int32_t Int32_Swap(Int32 *x, int32_t new_) { return SwapInt32(&x->v, new_); }

struct Int64 {
  int64_t v;
  friend bool operator==(const Int64 &a, const Int64 &b) { return a.v == b.v; }
};
inline int64_t Int64_Add(Int64 *x, int64_t delta) { return AddInt64(&x->v, delta); }
inline int64_t Int64_And(Int64 *x, int64_t mask) { return AndInt64(&x->v, mask); }
inline bool Int64_CompareAndSwap(Int64 *x, int64_t old, int64_t new_) { return CompareAndSwapInt64(&x->v, old, new_); }
inline int64_t Int64_Load(Int64 *x) { return LoadInt64(&x->v); }
inline int64_t Int64_Or(Int64 *x, int64_t mask) { return OrInt64(&x->v, mask); }
inline void Int64_Store(Int64 *x, int64_t val) { StoreInt64(&x->v, val); }
inline int64_t Int64_Swap(Int64 *x, int64_t new_) { return SwapInt64(&x->v, new_); }

struct Uint32 {
  uint32_t v;
  friend bool operator==(const Uint32 &a, const Uint32 &b) { return a.v == b.v; }
};
inline uint32_t Uint32_Add(Uint32 *x, uint32_t delta) { return AddUint32(&x->v, delta); }
inline uint32_t Uint32_And(Uint32 *x, uint32_t mask) { return AndUint32(&x->v, mask); }
inline bool Uint32_CompareAndSwap(Uint32 *x, uint32_t old, uint32_t new_) { return CompareAndSwapUint32(&x->v, old, new_); }
inline uint32_t Uint32_Load(Uint32 *x) { return LoadUint32(&x->v); }
inline uint32_t Uint32_Or(Uint32 *x, uint32_t mask) { return OrUint32(&x->v, mask); }
inline void Uint32_Store(Uint32 *x, uint32_t val) { StoreUint32(&x->v, val); }
inline uint32_t Uint32_Swap(Uint32 *x, uint32_t new_) { return SwapUint32(&x->v, new_); }

struct Uint64 {
  uint64_t v;
  friend bool operator==(const Uint64 &a, const Uint64 &b) { return a.v == b.v; }
};
inline uint64_t Uint64_Add(Uint64 *x, uint64_t delta) { return AddUint64(&x->v, delta); }
inline uint64_t Uint64_And(Uint64 *x, uint64_t mask) { return AndUint64(&x->v, mask); }
inline bool Uint64_CompareAndSwap(Uint64 *x, uint64_t old, uint64_t new_) { return CompareAndSwapUint64(&x->v, old, new_); }
inline uint64_t Uint64_Load(Uint64 *x) { return LoadUint64(&x->v); }
inline uint64_t Uint64_Or(Uint64 *x, uint64_t mask) { return OrUint64(&x->v, mask); }
inline void Uint64_Store(Uint64 *x, uint64_t val) { StoreUint64(&x->v, val); }
inline uint64_t Uint64_Swap(Uint64 *x, uint64_t new_) { return SwapUint64(&x->v, new_); }

struct Uintptr {
  uintptr_t v;
  friend bool operator==(const Uintptr &a, const Uintptr &b) { return a.v == b.v; }
};
inline uintptr_t Uintptr_Add(Uintptr *x, uintptr_t delta) { return AddUintptr(&x->v, delta); }
inline uintptr_t Uintptr_And(Uintptr *x, uintptr_t mask) { return AndUintptr(&x->v, mask); }
inline bool Uintptr_CompareAndSwap(Uintptr *x, uintptr_t old, uintptr_t new_) { return CompareAndSwapUintptr(&x->v, old, new_); }
inline uintptr_t Uintptr_Load(Uintptr *x) { return LoadUintptr(&x->v); }
inline uintptr_t Uintptr_Or(Uintptr *x, uintptr_t mask) { return OrUintptr(&x->v, mask); }
inline void Uintptr_Store(Uintptr *x, uintptr_t val) { StoreUintptr(&x->v, val); }
inline uintptr_t Uintptr_Swap(Uintptr *x, uintptr_t new_) { return SwapUintptr(&x->v, new_); }

struct Bool {
  uint32_t v;
  friend bool operator==(const Bool &a, const Bool &b) { return a.v == b.v; }
};
inline bool Bool_CompareAndSwap(Bool *x, bool old, bool new_) {
  return CompareAndSwapUint32(&x->v, uint32_t(old), uint32_t(new_));
}
inline bool Bool_Load(Bool *x) { return LoadUint32(&x->v) != 0; }
inline void Bool_Store(Bool *x, bool val) { StoreUint32(&x->v, uint32_t(val)); }
inline bool Bool_Swap(Bool *x, bool new_) { return SwapUint32(&x->v, uint32_t(new_)) != 0; }

// Pointer[T]: P is codegen's instance struct, whose field v is a T *.
template <class P> inline bool Pointer_CompareAndSwap(P *x, decltype(x->v) old, decltype(x->v) new_) {
  return __atomic_compare_exchange_n(&x->v, &old, new_, false, kOrder, kOrder);
}
template <class P> inline decltype(P::v) Pointer_Load(P *x) { return __atomic_load_n(&x->v, kOrder); }
template <class P> inline void Pointer_Store(P *x, decltype(x->v) val) { __atomic_store_n(&x->v, val, kOrder); }
template <class P> inline decltype(P::v) Pointer_Swap(P *x, decltype(x->v) new_) {
  return __atomic_exchange_n(&x->v, new_, kOrder);
}

struct Value {
  go::Iface v;
  friend bool operator==(const Value &a, const Value &b) { return a.v == b.v; }
};
go::Iface Value_Load(Value *v);
void Value_Store(Value *v, go::Iface val);
go::Iface Value_Swap(Value *v, go::Iface new_);
bool Value_CompareAndSwap(Value *v, go::Iface old, go::Iface new_);

} // namespace pkg::sync::atomic
