// value.cpp — atomic.Value (Go's sync/atomic/value.go design).
//
// Invariants and why:
//  - Value.v is an interface {tab, data}. tab (for `any`, the dynamic
//    type's descriptor) is set once, by the first store, and never
//    changes; after that only data changes, with single-word atomics. A
//    boxed value is immutable (iface.h), so a data word always denotes a
//    whole value, and Load can pair the fixed type with whatever data
//    word it reads.
//  - The first store claims tab with a compare-and-swap to a marker
//    (kFirstStore), writes data, then publishes the real type: readers
//    that see the marker treat the Value as empty; other writers wait for
//    the real type (the claimer is C++ code that is never preempted, so
//    the wait is a few instructions).
//  - Misuse panics with Go's strings: storing nil, or a value of another
//    dynamic type than the first; CompareAndSwap also requires old and
//    new of one type and compares old with the current value by
//    interface equality (panicking if it is not comparable).
#include "sync/atomic/atomic.h"

#include "gopp/panic.h"

namespace pkg::sync::atomic {

namespace {

const char firstStoreMarker = 0;
const go::Itab *const kFirstStore = reinterpret_cast<const go::Itab *>(&firstStoreMarker);

[[noreturn]] void panicString(go::String msg) { go::gopanic(go::box(&go::stringType, msg)); }

inline const go::Itab *loadTab(Value *v) { return __atomic_load_n(&v->v.tab, kOrder); }
inline void *loadData(Value *v) { return __atomic_load_n(&v->v.data, kOrder); }

// Claims the first store of an empty Value; false if someone else holds it.
bool firstStore(Value *v, go::Iface val) {
  const go::Itab *none = nullptr;
  if (!__atomic_compare_exchange_n(&v->v.tab, &none, kFirstStore, false, kOrder, kOrder))
    return false;
  __atomic_store_n(&v->v.data, val.data, kOrder);
  __atomic_store_n(&v->v.tab, val.tab, kOrder);
  return true;
}

} // namespace

go::Iface Value_Load(Value *v) {
  const go::Itab *tab = loadTab(v);
  if (!tab || tab == kFirstStore)
    return go::Iface();
  return go::Iface(tab, loadData(v));
}

void Value_Store(Value *v, go::Iface val) {
  if (val.isNil())
    panicString("sync/atomic: store of nil value into Value");
  for (;;) {
    const go::Itab *tab = loadTab(v);
    if (!tab) {
      if (firstStore(v, val))
        return;
      continue;
    }
    if (tab == kFirstStore)
      continue;
    if (tab->type != val.tab->type)
      panicString("sync/atomic: store of inconsistently typed value into Value");
    __atomic_store_n(&v->v.data, val.data, kOrder);
    return;
  }
}

go::Iface Value_Swap(Value *v, go::Iface new_) {
  if (new_.isNil())
    panicString("sync/atomic: swap of nil value into Value");
  for (;;) {
    const go::Itab *tab = loadTab(v);
    if (!tab) {
      if (firstStore(v, new_))
        return go::Iface();
      continue;
    }
    if (tab == kFirstStore)
      continue;
    if (tab->type != new_.tab->type)
      panicString("sync/atomic: swap of inconsistently typed value into Value");
    return go::Iface(tab, __atomic_exchange_n(&v->v.data, new_.data, kOrder));
  }
}

bool Value_CompareAndSwap(Value *v, go::Iface old, go::Iface new_) {
  if (new_.isNil())
    panicString("sync/atomic: compare and swap of nil value into Value");
  if (!old.isNil() && old.tab->type != new_.tab->type)
    panicString("sync/atomic: compare and swap of inconsistently typed values");
  for (;;) {
    const go::Itab *tab = loadTab(v);
    if (!tab) {
      if (!old.isNil())
        return false;
      if (firstStore(v, new_))
        return true;
      continue;
    }
    if (tab == kFirstStore)
      continue;
    if (tab->type != new_.tab->type)
      panicString("sync/atomic: compare and swap of inconsistently typed value into Value");
    void *data = loadData(v);
    if (!(go::Iface(tab, data) == old))
      return false;
    return __atomic_compare_exchange_n(&v->v.data, &data, new_.data, false, kOrder, kOrder);
  }
}

} // namespace pkg::sync::atomic
