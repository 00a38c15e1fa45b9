// mapsort.cpp — the order in which fmt prints a map's entries (Go's
// internal/fmtsort): a stable sort of the live entries by key.
//
// Invariants and why:
//  - Keys compare by kind: integers and strings naturally; floats with
//    NaN first (a NaN is "less" than anything); complex by real then
//    imaginary part; false before true; pointers and channels by address
//    (nil first); structs and arrays field by field / element by element;
//    interfaces nil first, then by dynamic type (descriptor address, as
//    Go compares *rtype addresses), then by value.
//  - Comparison never fails: keys of a map are comparable types.
#include <algorithm>

#include "fmt/printer.h"

namespace pkg::fmt::detail {
namespace {

template <class T> int cmp3(T a, T b) { return a < b ? -1 : a > b ? 1 : 0; }

int floatCompare(double a, double b) {
  if (a != a)
    return -1;
  if (b != b)
    return 1;
  return cmp3(a, b);
}

int compare(const go::Type *t, const void *a, const void *b) {
  switch (t->kind) {
  case go::Kind::Bool: {
    bool x = *static_cast<const bool *>(a), y = *static_cast<const bool *>(b);
    return x == y ? 0 : x ? 1 : -1;
  }
  case go::Kind::Float32: return floatCompare(*static_cast<const float *>(a), *static_cast<const float *>(b));
  case go::Kind::Float64: return floatCompare(*static_cast<const double *>(a), *static_cast<const double *>(b));
  case go::Kind::Complex64: {
    auto x = *static_cast<const go::complex64 *>(a), y = *static_cast<const go::complex64 *>(b);
    int c = floatCompare(x.real(), y.real());
    return c ? c : floatCompare(x.imag(), y.imag());
  }
  case go::Kind::Complex128: {
    auto x = *static_cast<const go::complex128 *>(a), y = *static_cast<const go::complex128 *>(b);
    int c = floatCompare(x.real(), y.real());
    return c ? c : floatCompare(x.imag(), y.imag());
  }
  case go::Kind::String: {
    auto x = *static_cast<const go::String *>(a), y = *static_cast<const go::String *>(b);
    return x < y ? -1 : x == y ? 0 : 1;
  }
  case go::Kind::Pointer:
  case go::Kind::Chan:
  case go::Kind::UnsafePointer:
  case go::Kind::Map:
  case go::Kind::Func:
    return cmp3(*static_cast<const uintptr_t *>(a), *static_cast<const uintptr_t *>(b));
  case go::Kind::Struct:
    for (int64_t i = 0; i < t->numFields; i++) {
      const go::Field &fd = t->fields[i];
      int c = compare(fd.type, static_cast<const uint8_t *>(a) + fd.offset, static_cast<const uint8_t *>(b) + fd.offset);
      if (c)
        return c;
    }
    return 0;
  case go::Kind::Array:
    for (int64_t i = 0; i < t->len; i++) {
      size_t off = size_t(i) * t->elem->size;
      int c = compare(t->elem, static_cast<const uint8_t *>(a) + off, static_cast<const uint8_t *>(b) + off);
      if (c)
        return c;
    }
    return 0;
  case go::Kind::Interface: {
    auto *x = static_cast<const go::Iface *>(a), *y = static_cast<const go::Iface *>(b);
    if (x->isNil())
      return y->isNil() ? 0 : -1;
    if (y->isNil())
      return 1;
    int c = cmp3(uintptr_t(x->type()), uintptr_t(y->type()));
    if (c)
      return c;
    Value vx = valueOf(*x), vy = valueOf(*y);
    return compare(vx.t, vx.p, vy.p);
  }
  default:
    if (isIntKind(t->kind))
      return cmp3(intAt(t, a), intAt(t, b));
    if (isUintKind(t->kind))
      return cmp3(uintAt(t, a), uintAt(t, b));
    return 0;
  }
}

} // namespace

std::vector<int64_t> sortedMapEntries(const go::MapBase *m, const go::Type *keyType) {
  std::vector<int64_t> order;
  for (int64_t i = 0; i < m->used; i++)
    if (m->entryLive(i))
      order.push_back(i);
  std::stable_sort(order.begin(), order.end(), [&](int64_t x, int64_t y) {
    return compare(keyType, m->entryKey(x), m->entryKey(y)) < 0;
  });
  return order;
}

} // namespace pkg::fmt::detail
