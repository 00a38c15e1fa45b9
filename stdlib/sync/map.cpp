// map.cpp — sync.Map: one go::Map<any, any> under a runtime lock.
//
// Invariants and why:
//  - Every method holds Map.lock for the whole of its decision (a lookup,
//    maybe an update), so each is atomic with respect to the others:
//    LoadOrStore, Swap, CompareAndSwap and CompareAndDelete are exactly
//    Go's linearizable operations. Nothing under the lock runs user code
//    or parks (keys hash and compare through their descriptors), and the
//    guard releases the lock if hashing panics on an unhashable key
//    ("runtime error: hash of unhashable type T", as Go's map panics).
//  - Go's Map is a read-mostly design (an atomic read-only map in front of
//    a locked dirty map) for the performance of disjoint keys; this keeps
//    its semantics with the simplest structure.
//  - Range runs f without the lock (f may call the Map's methods): it
//    takes the keys present when it starts and, for each, looks it up
//    again at its turn, so a key deleted meanwhile is skipped and a
//    changed value is seen as it is now; keys stored during Range are not
//    visited. Go promises no more (no consistent snapshot), and its Range
//    behaves the same way for these cases.
//  - CompareAndSwap/CompareAndDelete compare the current value with old
//    using interface equality, which panics if old's dynamic type is not
//    comparable (Go's does too, when the key is present).
#include "sync/sync.h"

namespace pkg::sync {

namespace {

using AnyMap = go::Map<go::Iface, go::Iface>;

AnyMap *table(Map *m) {
  if (!m->m)
    m->m = go::makeMap<go::Iface, go::Iface>(&go::anyType);
  return m->m;
}

} // namespace

std::tuple<go::Iface, bool> Map_Load(Map *m, go::Iface key) {
  go::sema::LockGuard g(&m->lock);
  go::Iface v;
  bool ok = go::mapLookup(m->m, key, &v);
  return {v, ok};
}

void Map_Store(Map *m, go::Iface key, go::Iface value) {
  go::sema::LockGuard g(&m->lock);
  go::mapSet(table(m), key, value);
}

std::tuple<go::Iface, bool> Map_LoadOrStore(Map *m, go::Iface key, go::Iface value) {
  go::sema::LockGuard g(&m->lock);
  go::Iface v;
  if (go::mapLookup(m->m, key, &v))
    return {v, true};
  go::mapSet(table(m), key, value);
  return {value, false};
}

std::tuple<go::Iface, bool> Map_LoadAndDelete(Map *m, go::Iface key) {
  go::sema::LockGuard g(&m->lock);
  go::Iface v;
  bool ok = go::mapLookup(m->m, key, &v);
  if (ok)
    go::mapDelete(m->m, key);
  return {v, ok};
}

void Map_Delete(Map *m, go::Iface key) {
  go::sema::LockGuard g(&m->lock);
  go::mapDelete(m->m, key);
}

std::tuple<go::Iface, bool> Map_Swap(Map *m, go::Iface key, go::Iface value) {
  go::sema::LockGuard g(&m->lock);
  go::Iface v;
  bool ok = go::mapLookup(m->m, key, &v);
  go::mapSet(table(m), key, value);
  return {v, ok};
}

bool Map_CompareAndSwap(Map *m, go::Iface key, go::Iface old, go::Iface new_) {
  go::sema::LockGuard g(&m->lock);
  go::Iface v;
  if (!go::mapLookup(m->m, key, &v) || !(v == old))
    return false;
  go::mapSet(m->m, key, new_);
  return true;
}

bool Map_CompareAndDelete(Map *m, go::Iface key, go::Iface old) {
  go::sema::LockGuard g(&m->lock);
  go::Iface v;
  if (!go::mapLookup(m->m, key, &v) || !(v == old))
    return false;
  go::mapDelete(m->m, key);
  return true;
}

void Map_Range(Map *m, go::Func<bool(go::Iface, go::Iface)> f) {
  go::Slice<go::Iface> keys;
  {
    go::sema::LockGuard g(&m->lock);
    go::MapIter<go::Iface, go::Iface> it(m->m);
    go::Iface k;
    while (it.next(&k, nullptr))
      keys = go::append(keys, k);
  }
  for (int64_t i = 0; i < keys.len(); i++) {
    go::Iface v;
    bool ok;
    {
      go::sema::LockGuard g(&m->lock);
      ok = go::mapLookup(m->m, keys.p[i], &v);
    }
    if (ok && !f(keys.p[i], v))
      return;
  }
}

void Map_Clear(Map *m) {
  go::sema::LockGuard g(&m->lock);
  go::mapClear(m->m);
}

} // namespace pkg::sync
