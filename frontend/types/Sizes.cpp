// Sizes.cpp — gc's layout of Go types (see Sizes.h for the rules).
#include "frontend/types/Sizes.h"

#include <algorithm>

#include "frontend/types/Predicates.h"

namespace gopp::types {

using llvm::cast;

namespace {
constexpr int64_t kWord = 8;

int64_t alignUp(int64_t x, int64_t a) { return (x + a - 1) / a * a; }

int64_t basicSize(BasicKind k) {
  switch (k) {
  case BasicKind::Bool:
  case BasicKind::Int8:
  case BasicKind::Uint8:
    return 1;
  case BasicKind::Int16:
  case BasicKind::Uint16:
    return 2;
  case BasicKind::Int32:
  case BasicKind::Uint32:
  case BasicKind::Float32:
    return 4;
  case BasicKind::Complex64:
    return 8;
  case BasicKind::Complex128:
  case BasicKind::String:
    return 16;
  default:
    return kWord; // int, uint, uintptr, int64, uint64, float64, unsafe.Pointer
  }
}
} // namespace

bool hasFixedLayout(const Type *t) {
  switch (t->kind()) {
  case TypeKind::TypeParam:
    return false;
  case TypeKind::Array:
    return hasFixedLayout(cast<Array>(t)->elem);
  case TypeKind::Struct:
    for (Var *f : cast<Struct>(t)->fields)
      if (!hasFixedLayout(f->type()))
        return false;
    return true;
  case TypeKind::Named:
    return hasFixedLayout(t->underlying());
  default:
    return true; // pointers, slices, maps, ... are words whatever they hold
  }
}

int64_t gcAlignof(const Type *t) {
  t = under(t);
  switch (t->kind()) {
  case TypeKind::Basic: {
    BasicKind k = cast<Basic>(t)->basicKind();
    if (k == BasicKind::Complex64)
      return 4;
    if (k == BasicKind::Complex128 || k == BasicKind::String)
      return kWord;
    return basicSize(k);
  }
  case TypeKind::Array:
    return gcAlignof(cast<Array>(t)->elem);
  case TypeKind::Struct: {
    int64_t a = 1;
    for (Var *f : cast<Struct>(t)->fields)
      a = std::max(a, gcAlignof(f->type()));
    return a;
  }
  default:
    return kWord;
  }
}

std::vector<int64_t> gcOffsetsof(const Struct *s) {
  std::vector<int64_t> offs;
  int64_t o = 0;
  for (Var *f : s->fields) {
    o = alignUp(o, gcAlignof(f->type()));
    offs.push_back(o);
    o += gcSizeof(f->type());
  }
  return offs;
}

int64_t gcSizeof(const Type *t) {
  t = under(t);
  switch (t->kind()) {
  case TypeKind::Basic:
    return basicSize(cast<Basic>(t)->basicKind());
  case TypeKind::Slice:
    return 3 * kWord;
  case TypeKind::Interface:
    return 2 * kWord;
  case TypeKind::Array: {
    auto *a = cast<Array>(t);
    return a->len <= 0 ? 0 : a->len * gcSizeof(a->elem);
  }
  case TypeKind::Struct: {
    auto *s = cast<Struct>(t);
    if (s->fields.empty())
      return 0;
    std::vector<int64_t> offs = gcOffsetsof(s);
    int64_t last = gcSizeof(s->fields.back()->type());
    int64_t end = offs.back() + last;
    if (last == 0)
      end++; // gc pads a trailing zero-size field
    return alignUp(end, gcAlignof(s));
  }
  default:
    return kWord; // pointer, map, chan, func
  }
}

} // namespace gopp::types
