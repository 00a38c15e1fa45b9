// Predicates.cpp — identity, comparability and type classes.
#include "frontend/types/Predicates.h"

#include <utility>
#include <vector>

#include "frontend/types/TypeSet.h"

namespace gopp::types {

using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;
using llvm::dyn_cast_or_null;
using llvm::isa_and_nonnull;

namespace {

// Pairs of interfaces being compared, for recursive interfaces.
struct IfacePair {
  const Interface *x, *y;
  const IfacePair *prev;
};

bool identicalImpl(const Type *x, const Type *y, bool cmpTags, const IfacePair *p);

bool identicalTuples(const Tuple *x, const Tuple *y, bool cmpTags, const IfacePair *p) {
  size_t nx = x ? x->size() : 0, ny = y ? y->size() : 0;
  if (nx != ny)
    return false;
  for (size_t i = 0; i < nx; i++)
    if (!identicalImpl(x->at(i), y->at(i), cmpTags, p))
      return false;
  return true;
}

bool identicalImpl(const Type *x, const Type *y, bool cmpTags, const IfacePair *p) {
  if (x == y)
    return true;
  if (!x || !y || x->kind() != y->kind())
    return false;
  switch (x->kind()) {
  case TypeKind::Basic:
    return cast<Basic>(x)->basicKind() == cast<Basic>(y)->basicKind();
  case TypeKind::Pointer:
    return identicalImpl(cast<Pointer>(x)->elem, cast<Pointer>(y)->elem, cmpTags, p);
  case TypeKind::Slice:
    return identicalImpl(cast<Slice>(x)->elem, cast<Slice>(y)->elem, cmpTags, p);
  case TypeKind::Array: {
    auto *a = cast<Array>(x), *b = cast<Array>(y);
    return (a->len < 0 || b->len < 0 || a->len == b->len) && identicalImpl(a->elem, b->elem, cmpTags, p);
  }
  case TypeKind::Map: {
    auto *a = cast<Map>(x), *b = cast<Map>(y);
    return identicalImpl(a->key, b->key, cmpTags, p) && identicalImpl(a->elem, b->elem, cmpTags, p);
  }
  case TypeKind::Chan: {
    auto *a = cast<Chan>(x), *b = cast<Chan>(y);
    return a->dir == b->dir && identicalImpl(a->elem, b->elem, cmpTags, p);
  }
  case TypeKind::Struct: {
    auto *a = cast<Struct>(x), *b = cast<Struct>(y);
    if (a->fields.size() != b->fields.size())
      return false;
    for (size_t i = 0; i < a->fields.size(); i++) {
      Var *f = a->fields[i], *g = b->fields[i];
      if (f->embedded != g->embedded || f->name() != g->name())
        return false;
      if (!f->exported() && f->pkg() != g->pkg())
        return false;
      if (cmpTags) {
        llvm::StringRef ta = i < a->tags.size() ? llvm::StringRef(a->tags[i]) : "";
        llvm::StringRef tb = i < b->tags.size() ? llvm::StringRef(b->tags[i]) : "";
        if (ta != tb)
          return false;
      }
      if (!identicalImpl(f->type(), g->type(), cmpTags, p))
        return false;
    }
    return true;
  }
  case TypeKind::Signature: {
    auto *a = cast<Signature>(x), *b = cast<Signature>(y);
    if (a->typeParams.size() != b->typeParams.size() || a->variadic != b->variadic)
      return false;
    // Generic signatures: type parameters are matched by position.
    for (size_t i = 0; i < a->typeParams.size(); i++)
      if (!identicalImpl(a->typeParams[i]->bound, b->typeParams[i]->bound, cmpTags, p))
        return false;
    return identicalTuples(a->params, b->params, cmpTags, p) && identicalTuples(a->results, b->results, cmpTags, p);
  }
  case TypeKind::Union: {
    auto *a = cast<Union>(x), *b = cast<Union>(y);
    if (a->terms.size() != b->terms.size())
      return false;
    for (size_t i = 0; i < a->terms.size(); i++)
      if (a->terms[i].tilde != b->terms[i].tilde || !identicalImpl(a->terms[i].type, b->terms[i].type, cmpTags, p))
        return false;
    return true;
  }
  case TypeKind::Interface: {
    auto *a = cast<Interface>(x), *b = cast<Interface>(y);
    const TypeSet &sa = typeSetOf(a), &sb = typeSetOf(b);
    if (sa.comparable != sb.comparable || sa.allTypes != sb.allTypes || sa.terms.size() != sb.terms.size() ||
        sa.methods.size() != sb.methods.size())
      return false;
    for (size_t i = 0; i < sa.terms.size(); i++)
      if (sa.terms[i].tilde != sb.terms[i].tilde || !identicalImpl(sa.terms[i].type, sb.terms[i].type, cmpTags, p))
        return false;
    for (const IfacePair *q = p; q; q = q->prev)
      if ((q->x == a && q->y == b) || (q->x == b && q->y == a))
        return true;
    IfacePair here{a, b, p};
    for (size_t i = 0; i < sa.methods.size(); i++) {
      Func *f = sa.methods[i], *g = sb.methods[i];
      if (f->name() != g->name() || (!f->exported() && f->pkg() != g->pkg()))
        return false;
      if (!identicalImpl(f->type(), g->type(), cmpTags, &here))
        return false;
    }
    return true;
  }
  case TypeKind::Tuple:
    return identicalTuples(cast<Tuple>(x), cast<Tuple>(y), cmpTags, p);
  case TypeKind::Named: {
    auto *a = cast<Named>(x), *b = cast<Named>(y);
    if (a->origin() != b->origin() || a->typeArgs.size() != b->typeArgs.size() || a->typeArgs.empty())
      return false;
    for (size_t i = 0; i < a->typeArgs.size(); i++)
      if (!identicalImpl(a->typeArgs[i], b->typeArgs[i], cmpTags, p))
        return false;
    return true;
  }
  case TypeKind::TypeParam:
    return false;
  }
  return false;
}

} // namespace

bool identical(const Type *x, const Type *y) { return identicalImpl(x, y, true, nullptr); }
bool identicalIgnoreTags(const Type *x, const Type *y) { return identicalImpl(x, y, false, nullptr); }

const Type *coreType(const Type *t) {
  if (!isTypeParam(t))
    return under(t);
  const std::vector<Term> *terms = specificTerms(t);
  if (!terms)
    return nullptr;
  const Type *u = nullptr;
  for (const Term &term : *terms) {
    const Type *tu = under(term.type);
    if (!u) {
      u = tu;
      continue;
    }
    if (identical(u, tu))
      continue;
    // Channels with different directions: the core type is the
    // directional one, if only one direction occurs.
    auto *cu = dyn_cast<Chan>(u), *ct = dyn_cast<Chan>(tu);
    if (cu && ct && identical(cu->elem, ct->elem)) {
      if (cu->dir == ChanDir::Both)
        u = ct;
      else if (ct->dir != ChanDir::Both && ct->dir != cu->dir)
        return nullptr;
      continue;
    }
    return nullptr;
  }
  return u;
}

const Type *coreString(const Type *t) {
  if (!isTypeParam(t))
    return under(t);
  const std::vector<Term> *terms = specificTerms(t);
  if (!terms)
    return nullptr;
  const Type *u = nullptr;
  bool sawString = false;
  for (const Term &term : *terms) {
    const Type *tu = under(term.type);
    if (isBasic(tu, IsString)) {
      sawString = true;
      continue;
    }
    if (auto *s = dyn_cast<Slice>(tu); s && isa<Basic>(under(s->elem)) &&
                                       cast<Basic>(under(s->elem))->basicKind() == BasicKind::Uint8) {
      if (!u)
        u = tu;
      continue;
    }
    if (!u) {
      u = tu;
      continue;
    }
    if (!identical(u, tu))
      return nullptr;
  }
  if (sawString && (!u || isa<Slice>(u)))
    for (const Term &term : *terms)
      if (isBasic(under(term.type), IsString))
        return under(term.type);
  return u;
}

bool isBasic(const Type *t, unsigned mask) {
  auto *b = dyn_cast_or_null<Basic>(under(t));
  return b && (b->info() & mask) != 0;
}

bool allBasic(const Type *t, unsigned mask) {
  if (!isTypeParam(t))
    return isBasic(t, mask);
  const std::vector<Term> *terms = specificTerms(t);
  if (!terms)
    return false;
  for (const Term &term : *terms)
    if (!isBasic(term.type, mask))
      return false;
  return true;
}

bool isUntyped(const Type *t) {
  auto *b = dyn_cast_or_null<Basic>(t);
  return b && (b->info() & IsUntyped);
}

bool isUntypedNil(const Type *t) {
  auto *b = dyn_cast_or_null<Basic>(t);
  return b && b->basicKind() == BasicKind::UntypedNil;
}

bool isInvalid(const Type *t) {
  if (!t)
    return true;
  auto *b = dyn_cast<Basic>(t);
  return b && b->basicKind() == BasicKind::Invalid;
}

bool isTypeParam(const Type *t) { return t && isa<TypeParam>(t); }

bool isNonTypeParamInterface(const Type *t) { return t && !isTypeParam(t) && isa_and_nonnull<Interface>(under(t)); }

bool isGeneric(const Type *t) {
  auto *n = dyn_cast_or_null<Named>(t);
  return n && !n->typeParams.empty() && n->typeArgs.empty();
}

bool comparable(const Type *t, bool strict, const Type **bad) {
  std::vector<const Type *> seen;
  auto rec = [&](auto &&self, const Type *t) -> bool {
    for (const Type *s : seen)
      if (s == t)
        return true;
    seen.push_back(t);
    const Type *u = under(t);
    if (auto *tp = dyn_cast<TypeParam>(t)) {
      const Interface *it = tp->iface();
      if (!it)
        return false;
      const TypeSet &ts = typeSetOf(it);
      if (ts.comparable)
        return true;
      if (ts.allTypes || ts.terms.empty())
        return false;
      for (const Term &term : ts.terms)
        if (!self(self, term.type))
          return false;
      return true;
    }
    if (!u)
      return true;
    switch (u->kind()) {
    case TypeKind::Basic:
      return cast<Basic>(u)->basicKind() != BasicKind::UntypedNil;
    case TypeKind::Pointer:
    case TypeKind::Chan:
      return true;
    case TypeKind::Interface:
      return !strict || typeSetOf(cast<Interface>(u)).comparable;
    case TypeKind::Struct:
      for (Var *f : cast<Struct>(u)->fields)
        if (!self(self, f->type())) {
          if (bad && !*bad)
            *bad = f->type();
          return false;
        }
      return true;
    case TypeKind::Array:
      if (!self(self, cast<Array>(u)->elem)) {
        if (bad && !*bad)
          *bad = cast<Array>(u)->elem;
        return false;
      }
      return true;
    default:
      return false;
    }
  };
  return rec(rec, t);
}

bool hasNil(const Type *t) {
  if (isTypeParam(t)) {
    const std::vector<Term> *terms = specificTerms(t);
    if (!terms)
      return false;
    for (const Term &term : *terms)
      if (!hasNil(term.type))
        return false;
    return true;
  }
  const Type *u = under(t);
  if (!u)
    return false;
  switch (u->kind()) {
  case TypeKind::Basic:
    return cast<Basic>(u)->basicKind() == BasicKind::UnsafePointer;
  case TypeKind::Slice:
  case TypeKind::Pointer:
  case TypeKind::Signature:
  case TypeKind::Map:
  case TypeKind::Chan:
  case TypeKind::Interface:
    return true;
  default:
    return false;
  }
}

const Type *defaultType(const Universe &u, const Type *t) {
  auto *b = dyn_cast_or_null<Basic>(t);
  if (!b)
    return t;
  switch (b->basicKind()) {
  case BasicKind::UntypedBool:
    return u.basic(BasicKind::Bool);
  case BasicKind::UntypedInt:
    return u.basic(BasicKind::Int);
  case BasicKind::UntypedRune:
    return u.runeType();
  case BasicKind::UntypedFloat:
    return u.basic(BasicKind::Float64);
  case BasicKind::UntypedComplex:
    return u.basic(BasicKind::Complex128);
  case BasicKind::UntypedString:
    return u.basic(BasicKind::String);
  default:
    return t;
  }
}

} // namespace gopp::types
