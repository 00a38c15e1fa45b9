// iface.cpp — itabs, type assertions to interfaces, interface equality,
// and calling Error()/String() on a dynamic value.
//
// Invariants and why:
//  - An itab pairs a concrete type with an interface type: fn[k] is the
//    concrete method for the interface's k-th method (both method lists
//    are sorted by name). A method matches when its name is equal and its
//    signature is identical: the same descriptor, or (since the runtime
//    and emitted code may each describe `func() string`) the same
//    structure (detail::identicalTypes).
//  - Itabs are built once per (type, interface) pair and cached, failures
//    too (as Go's itabTable caches negative results), in a table guarded
//    by a mutex; both the table and the itabs live outside the collected
//    heap (itabs point only at static descriptors and code), and are
//    never freed. The table is a function-local static so it works from
//    other translation units' static initialisers.
//  - A method-less interface needs no itab: its tab is the Type itself.
//  - Interface equality is Go's efaceeq: equal dynamic types, then the
//    type's equal on the values; the data words themselves for
//    pointer-shaped types; an incomparable dynamic type panics.
#include <cstdlib>
#include <mutex>
#include <unordered_map>

#include "internal.h"

namespace go {

namespace {

struct PairHash {
  size_t operator()(const std::pair<const Type *, const Type *> &k) const {
    uint64_t a = uint64_t(uintptr_t(k.first)), b = uint64_t(uintptr_t(k.second));
    return size_t((a * 0x9E3779B97F4A7C15ull) ^ (b + 0x632BE59BD9B4E019ull + (a << 6) + (a >> 2)));
  }
};

struct ItabEntry {
  const Itab *tab; // null: t does not implement iface
  String missing;  // then: the first method it lacks (static descriptor memory)
};

struct ItabCache {
  detail::RtMutex mu;
  std::unordered_map<std::pair<const Type *, const Type *>, ItabEntry, PairHash> map;
};

ItabCache &cache() {
  static ItabCache *c = new ItabCache(); // never destroyed: usable until exit
  return *c;
}

ItabEntry build(const Type *t, const Type *iface) {
  int64_t n = iface->numMethods;
  for (int64_t k = 0; k < n; k++) {
    const Method &im = iface->methods[k];
    const Method *m = t->method(im.name);
    if (!m || !m->fn || !detail::identicalTypes(m->type, im.type))
      return {nullptr, im.name};
  }
  size_t bytes = sizeof(Itab) + size_t(n > 1 ? n - 1 : 0) * sizeof(void *);
  auto tab = static_cast<Itab *>(std::calloc(1, bytes));
  if (!tab)
    throw std::bad_alloc();
  tab->type = t;
  for (int64_t k = 0; k < n; k++)
    tab->fn[k] = t->method(iface->methods[k].name)->fn;
  return {tab, String()};
}

} // namespace

namespace detail {

const Itab *lookupItab(const Type *t, const Type *iface, String *missing) {
  if (iface->numMethods == 0)
    return anyItab(t);
  ItabCache &c = cache();
  std::lock_guard<detail::RtMutex> lock(c.mu);
  auto key = std::make_pair(t, iface);
  auto it = c.map.find(key);
  if (it == c.map.end())
    it = c.map.emplace(key, build(t, iface)).first;
  if (!it->second.tab && missing)
    *missing = it->second.missing;
  return it->second.tab;
}

} // namespace detail

const Itab *findItab(const Type *t, const Type *iface) { return detail::lookupItab(t, iface, nullptr); }

const Itab *itab(const Type *t, const Type *iface) {
  String missing;
  const Itab *tab = detail::lookupItab(t, iface, &missing);
  if (!tab) // the checker said it could not happen; report it as Go would
    panicTypeAssert(t, iface, nullptr, missing);
  return tab;
}

Iface assertIface(Iface x, const Type *iface, const Type *srcIface) {
  if (!x.tab) // Go reports a nil operand of an interface assertion as "interface"
    panicTypeAssert(nullptr, iface, nullptr, String());
  String missing;
  const Itab *tab = detail::lookupItab(x.tab->type, iface, &missing);
  if (!tab)
    panicTypeAssert(x.tab->type, iface, srcIface, missing);
  return Iface(tab, x.data);
}

bool assertIfaceOK(Iface x, const Type *iface, Iface *out) {
  const Itab *tab = x.tab ? detail::lookupItab(x.tab->type, iface, nullptr) : nullptr;
  if (!tab) {
    *out = Iface();
    return false;
  }
  *out = Iface(tab, x.data);
  return true;
}

bool ifaceEqual(Iface x, Iface y) {
  const Type *t = x.type();
  if (t != y.type())
    return false;
  if (!t)
    return true; // both nil
  if (!t->equal)
    panicUncomparable(t);
  if (t->pointerShaped())
    return x.data == y.data;
  return t->equal(x.data, y.data); // not x.data == y.data first: a boxed NaN != itself
}

bool callStringMethod(Iface x, String name, String *out) {
  const Type *t = x.type();
  if (!t)
    return false;
  const Method *m = t->method(name);
  if (!m || !m->fn || !detail::identicalTypes(m->type, &funcStringType))
    return false;
  *out = reinterpret_cast<String (*)(void *)>(m->fn)(x.data);
  return true;
}

} // namespace go
