// map.h — Go maps: hash tables with Go's semantics.
//
// Invariants and why:
//  - A map value is a pointer to a Map (nil is null): maps are reference
//    types, and reading a nil map yields zero values while writing panics.
//  - Entries live in a dense array in insertion order, with an open-
//    addressing index of entry numbers (the layout of CPython's dict).
//    Deleting marks an entry dead; its index slot stays as a tombstone.
//    When the array is full it is rebuilt, compacted, into a new array.
//  - Iteration starts at a random entry and wraps, so the order differs
//    between ranges, as Go's does. An iterator walks the array it started
//    on: dead entries are skipped (deleted before being reached: never
//    produced); entries added after the start are beyond its end (not
//    produced, which Go allows). If the map was rebuilt meanwhile, each
//    remaining key is looked up again in the live map, so deletions are
//    still honoured and values are current.
//  - Keys compare with ==, so a NaN key never matches (each m[NaN] = v adds
//    an entry) and +0 and -0 are one key; assigning to a present key
//    stores the key given (Go's mapassign: m[-0.0] = v after m[0.0] shows
//    -0 in a range). Keys that C++ cannot hash by
//    representation (structs, arrays, interfaces) hash through their
//    descriptor (hashValue), which panics on unhashable dynamic types.
#pragma once

#include "gopp/iface.h"
#include "gopp/race.h"

namespace go {

uint64_t randomU64();

// Type-erased view of a map, for fmt and other reflection-like code.
struct MapBase {
  uint8_t *entries = nullptr;
  int64_t used = 0;     // entries in use, dead ones included
  int64_t capacity = 0; // entries allocated
  int64_t count = 0;    // live entries: len(m)
  int64_t *index = nullptr;
  uint64_t mask = 0;    // index size - 1
  uint64_t seed = 0;
  const Type *keyType = nullptr;
  uint32_t entrySize = 0, keyOffset = 0, valueOffset = 0, liveOffset = 0;

  bool entryLive(int64_t i) const { return entries[i * entrySize + liveOffset] != 0; }
  const void *entryKey(int64_t i) const { return entries + i * entrySize + keyOffset; }
  const void *entryValue(int64_t i) const { return entries + i * entrySize + valueOffset; }
};

template <class K> inline uint64_t mix(uint64_t x, uint64_t seed) {
  x ^= seed;
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ull;
  x ^= x >> 33;
  return x;
}

template <class K> inline uint64_t hashKey(const Type *t, const K &k, uint64_t seed) {
  if constexpr (std::is_integral_v<K> || std::is_pointer_v<K> || std::is_enum_v<K>)
    return mix<K>(uint64_t(k), seed);
  else if constexpr (std::is_same_v<K, String>)
    return hashBytes(k.p, size_t(k.n), seed);
  else if constexpr (std::is_floating_point_v<K>) {
    if (k != k)
      return randomU64();
    if (k == 0)
      return mix<K>(0, seed);
    double d = double(k);
    uint64_t bits;
    std::memcpy(&bits, &d, 8);
    return mix<K>(bits, seed);
  } else
    return hashValue(t, &k, seed);
}

template <class K, class V> struct Map : MapBase {
  struct Entry {
    K key;
    V value;
    uint64_t hash;
    bool live;
  };

  Entry *at(int64_t i) const { return reinterpret_cast<Entry *>(entries) + i; }

  // The entry number holding k, or -1.
  int64_t find(const K &k, uint64_t h) const {
    if (!index)
      return -1;
    for (uint64_t s = h & mask;; s = (s + 1) & mask) {
      int64_t e = index[s];
      if (e < 0)
        return -1;
      Entry *en = at(e);
      if (en->live && en->hash == h && en->key == k)
        return e;
    }
  }
  int64_t find(const K &k) const { return find(k, hashKey<K>(keyType, k, seed)); }

  void rebuild(int64_t minLive) {
    int64_t cap = 8;
    while (cap < 2 * minLive)
      cap *= 2;
    Entry *ne = static_cast<Entry *>(alloc(size_t(cap) * sizeof(Entry)));
    int64_t n = 0;
    for (int64_t i = 0; i < used; i++)
      if (at(i)->live)
        ne[n++] = *at(i);
    uint64_t isize = uint64_t(cap) * 2;
    int64_t *ni = static_cast<int64_t *>(GC_MALLOC_ATOMIC(isize * sizeof(int64_t)));
    std::memset(ni, 0xff, isize * sizeof(int64_t));
    entries = reinterpret_cast<uint8_t *>(ne);
    index = ni;
    mask = isize - 1;
    capacity = cap;
    used = n;
    for (int64_t i = 0; i < n; i++) {
      uint64_t s = ne[i].hash & mask;
      while (index[s] >= 0)
        s = (s + 1) & mask;
      index[s] = i;
    }
  }

  // The slot for k, inserted (zero) when absent. An assignment to a
  // present key also stores the new key, as Go's mapassign does: keys
  // equal under == may still differ (+0 and -0, and through interfaces,
  // structs and arrays holding them), and ranging shows the last one.
  // Integer and pointer keys are equal only when identical.
  V &slot(const K &k) {
    uint64_t h = hashKey<K>(keyType, k, seed);
    int64_t e = find(k, h);
    if (e >= 0) {
      if constexpr (!std::is_integral_v<K> && !std::is_pointer_v<K> && !std::is_enum_v<K>)
        at(e)->key = k;
      return at(e)->value;
    }
    if (used == capacity)
      rebuild(count + 1);
    Entry *en = at(used);
    en->key = k;
    en->value = V{};
    en->hash = h;
    en->live = true;
    uint64_t s = h & mask;
    while (index[s] >= 0)
      s = (s + 1) & mask;
    index[s] = used++;
    count++;
    return en->value;
  }
};

// Race builds (gopp/race.h): each operation reads or writes the map as a
// whole (its header) and hides its accesses to the table, as Go's map
// routines do; a read or write of the caller's variables stays outside.
// Empty otherwise.
struct MapRace {
  MapRace(const void *m, bool write) {
    if (m)
      write ? race::write(m) : race::read(m);
    race::hide();
  }
  ~MapRace() { race::unhide(); }
  MapRace(const MapRace &) = delete;
  MapRace &operator=(const MapRace &) = delete;
};

template <class K, class V> Map<K, V> *makeMap(const Type *keyType, int64_t hint = 0) {
  using M = Map<K, V>;
  M *m = ::new (alloc(sizeof(M))) M();
  m->seed = randomU64();
  m->keyType = keyType;
  m->entrySize = sizeof(typename M::Entry);
  m->keyOffset = offsetof(typename M::Entry, key);
  m->valueOffset = offsetof(typename M::Entry, value);
  m->liveOffset = offsetof(typename M::Entry, live);
  if (hint > 0)
    m->rebuild(hint);
  return m;
}

// m[k] as a value: the zero value when absent or m is nil.
template <class K, class V> V mapGet(Map<K, V> *m, const K &k) {
  MapRace r(m, false);
  if (!m || m->count == 0) {
    if constexpr (std::is_same_v<K, Iface>)
      (void)hashKey<K>(&anyType, k, 0); // an unhashable key panics even here
    return V{};
  }
  int64_t e = m->find(k);
  return e < 0 ? V{} : m->at(e)->value;
}
// v, ok := m[k]
template <class K, class V> bool mapLookup(Map<K, V> *m, const K &k, V *out) {
  V v{};
  bool found;
  {
    MapRace r(m, false);
    if constexpr (std::is_same_v<K, Iface>)
      if (!m || m->count == 0)
        (void)hashKey<K>(&anyType, k, 0); // an unhashable key panics even here
    int64_t e = m && m->count ? m->find(k) : -1;
    found = e >= 0;
    if (found)
      v = m->at(e)->value;
  }
  *out = v;
  return found;
}
// m[k] = v
template <class K, class V> void mapSet(Map<K, V> *m, const K &k, const V &v) {
  if (__builtin_expect(m == nullptr, 0))
    panicNilMap();
  MapRace r(m, true);
  m->slot(k) = v;
}
// delete(m, k)
template <class K, class V> void mapDelete(Map<K, V> *m, const K &k) {
  if constexpr (std::is_same_v<K, Iface>)
    if (!m || m->count == 0)
      (void)hashKey<K>(&anyType, k, 0); // an unhashable key panics even here
  if (!m)
    return;
  MapRace r(m, true);
  if (m->count == 0)
    return;
  int64_t e = m->find(k);
  if (e >= 0) {
    m->at(e)->live = false;
    m->at(e)->value = V{};
    m->count--;
  }
}
// clear(m)
template <class K, class V> void mapClear(Map<K, V> *m) {
  if (!m)
    return;
  MapRace r(m, true);
  m->entries = nullptr;
  m->index = nullptr;
  m->used = m->capacity = m->count = 0;
  m->mask = 0;
}
template <class K, class V> int64_t mapLen(Map<K, V> *m) {
  if (!m)
    return 0;
  MapRace r(m, false);
  return m->count;
}

// The same operations on a map type that names itself (a struct holding
// the map pointer, core.h's SelfPointer), for the calls that deduce K, V.
template <class K, class V> bool mapLookup(const SelfPointer<Map<K, V>> &m, const K &k, V *out) {
  return mapLookup(m.p, k, out);
}
template <class K, class V> void mapDelete(const SelfPointer<Map<K, V>> &m, const K &k) { mapDelete(m.p, k); }
template <class K, class V> void mapClear(const SelfPointer<Map<K, V>> &m) { mapClear(m.p); }
template <class K, class V> int64_t mapLen(const SelfPointer<Map<K, V>> &m) { return mapLen(m.p); }

// for k, v := range m
template <class K, class V> struct MapIter {
  Map<K, V> *m;
  typename Map<K, V>::Entry *snap;
  int64_t n, start, i = 0;

  explicit MapIter(Map<K, V> *m) : m(m) {
    MapRace r(m, false);
    snap = m ? m->at(0) : nullptr;
    n = m ? m->used : 0;
    start = n ? int64_t(randomU64() % uint64_t(n)) : 0;
  }

  bool next(K *k, V *v) {
    const K *key = nullptr;
    const V *value = nullptr;
    {
      MapRace r(nullptr, false);
      while (i < n && !key) {
        auto *e = snap + (start + i) % n;
        i++;
        if (!e->live)
          continue;
        if (m->at(0) == snap) {
          key = &e->key;
          value = &e->value;
          continue;
        }
        int64_t f = m->find(e->key, e->hash); // the map was rebuilt
        if (f >= 0) {
          key = &e->key;
          value = &m->at(f)->value;
        }
      }
    }
    if (!key)
      return false;
    *k = *key;
    if (v)
      *v = *value;
    return true;
  }
};

} // namespace go
