// infer.cpp — type argument inference and constraint satisfaction (spec
// "Type inference", "Satisfying a type constraint").
//
// Inference unifies each parameter type with its typed argument, then
// gives untyped constant arguments their default types, then uses core
// types of constraints (S ~[]E infers E from S), repeating until nothing
// changes. This is the Go 1.21 algorithm in outline.
#include <algorithm>

#include "frontend/check/Checker.h"

namespace gopp::check {

using Bindings = llvm::DenseMap<const TypeParam *, const Type *>;

bool Checker::unify(const Type *x, const Type *y, Bindings &m, bool exact) {
  if (!x || !y)
    return x == y;
  // A type parameter of the domain binds (or must agree with its binding).
  if (auto *tp = dyn_cast<TypeParam>(x); tp && m.count(tp)) {
    const Type *&b = m[tp];
    if (!b) {
      b = y;
      return true;
    }
    if (identical(b, y))
      return true;
    // Prefer a defined type over a literal one when they match inexactly.
    if (!exact && unify(b, y, m, false)) {
      if (isa<Named>(y) && !isa<Named>(b))
        m[tp] = y;
      return true;
    }
    return false;
  }
  if (auto *tp = dyn_cast<TypeParam>(y); tp && m.count(tp))
    return unify(y, x, m, exact);
  // No shortcut for x == y: []E unified with itself (a recursive generic
  // call) must still bind E.
  if (!exact) {
    // A type parameter outside the domain unifies through its core type.
    if (auto *tp = dyn_cast<TypeParam>(x); tp && !isa<TypeParam>(y))
      if (const Type *core = coreType(tp))
        return unify(core, y, m, exact);
    if (auto *tp = dyn_cast<TypeParam>(y); tp && !isa<TypeParam>(x))
      if (const Type *core = coreType(tp))
        return unify(x, core, m, exact);
  }
  if (!exact) {
    // A defined type unifies with a type literal through its underlying type.
    if (isa<Named>(x) != isa<Named>(y)) {
      const Type *ux = isa<Named>(x) ? under(x) : x;
      const Type *uy = isa<Named>(y) ? under(y) : y;
      if (!isa<TypeParam>(x) && !isa<TypeParam>(y))
        return unify(ux, uy, m, exact);
    }
  }
  if (x->kind() != y->kind())
    return false;
  switch (x->kind()) {
  case TypeKind::Basic:
    return cast<Basic>(x)->basicKind() == cast<Basic>(y)->basicKind();
  case TypeKind::Pointer:
    return unify(cast<Pointer>(x)->elem, cast<Pointer>(y)->elem, m, true);
  case TypeKind::Slice:
    return unify(cast<Slice>(x)->elem, cast<Slice>(y)->elem, m, true);
  case TypeKind::Array:
    return cast<Array>(x)->len == cast<Array>(y)->len && unify(cast<Array>(x)->elem, cast<Array>(y)->elem, m, true);
  case TypeKind::Map:
    return unify(cast<Map>(x)->key, cast<Map>(y)->key, m, true) &&
           unify(cast<Map>(x)->elem, cast<Map>(y)->elem, m, true);
  case TypeKind::Chan: {
    auto *a = cast<Chan>(x), *b = cast<Chan>(y);
    if (exact && a->dir != b->dir)
      return false;
    return unify(a->elem, b->elem, m, true);
  }
  case TypeKind::Struct: {
    auto *a = cast<Struct>(x), *b = cast<Struct>(y);
    if (a->fields.size() != b->fields.size())
      return false;
    for (size_t i = 0; i < a->fields.size(); i++)
      if (a->fields[i]->name() != b->fields[i]->name() || !unify(a->fields[i]->type(), b->fields[i]->type(), m, true))
        return false;
    return true;
  }
  case TypeKind::Tuple: {
    auto *a = cast<Tuple>(x), *b = cast<Tuple>(y);
    if (a->size() != b->size())
      return false;
    for (size_t i = 0; i < a->size(); i++)
      if (!unify(a->at(i), b->at(i), m, true))
        return false;
    return true;
  }
  case TypeKind::Signature: {
    auto *a = cast<Signature>(x), *b = cast<Signature>(y);
    return a->variadic == b->variadic && unify(a->params, b->params, m, true) && unify(a->results, b->results, m, true);
  }
  case TypeKind::Named: {
    auto *a = cast<Named>(x), *b = cast<Named>(y);
    if (a->origin() != b->origin())
      return false;
    if (a->typeArgs.size() != b->typeArgs.size())
      return false;
    for (size_t i = 0; i < a->typeArgs.size(); i++)
      if (!unify(a->typeArgs[i], b->typeArgs[i], m, true))
        return false;
    return true;
  }
  case TypeKind::Interface:
  case TypeKind::Union:
  case TypeKind::TypeParam:
    return identical(x, y);
  }
  return false;
}

bool Checker::infer(Pos pos, const std::vector<TypeParam *> &tparams, std::vector<const Type *> &targs,
                    const Tuple *params, std::vector<Operand> &args, bool variadic, bool reportErrors) {
  Bindings m;
  for (size_t i = 0; i < tparams.size(); i++)
    m[tparams[i]] = targs[i];
  size_t npars = params ? params->size() : 0;
  auto paramType = [&](size_t i) -> const Type * {
    if (variadic && npars > 0 && i >= npars - 1) {
      const Type *last = params->at(npars - 1);
      if (auto *s = dyn_cast_or_null<Slice>(last))
        return s->elem;
      return last;
    }
    return i < npars ? params->at(i) : nullptr;
  };
  // Whether t mentions a type parameter being inferred: only such
  // parameters take part (the others are checked as assignments).
  std::function<bool(const Type *)> generic = [&](const Type *t) -> bool {
    if (!t)
      return false;
    switch (t->kind()) {
    case TypeKind::TypeParam:
      return m.count(cast<TypeParam>(t)) != 0;
    case TypeKind::Pointer:
      return generic(cast<Pointer>(t)->elem);
    case TypeKind::Slice:
      return generic(cast<Slice>(t)->elem);
    case TypeKind::Array:
      return generic(cast<Array>(t)->elem);
    case TypeKind::Map:
      return generic(cast<Map>(t)->key) || generic(cast<Map>(t)->elem);
    case TypeKind::Chan:
      return generic(cast<Chan>(t)->elem);
    case TypeKind::Struct:
      for (Var *f : cast<Struct>(t)->fields)
        if (generic(f->type()))
          return true;
      return false;
    case TypeKind::Tuple:
      for (Var *v : cast<Tuple>(t)->vars)
        if (generic(v->type()))
          return true;
      return false;
    case TypeKind::Signature:
      return generic(cast<Signature>(t)->params) || generic(cast<Signature>(t)->results);
    case TypeKind::Named:
      for (const Type *a : cast<Named>(t)->typeArgs)
        if (generic(a))
          return true;
      return false;
    case TypeKind::Interface:
      for (Func *f : cast<Interface>(t)->methods)
        if (generic(f->type()))
          return true;
      return false;
    default:
      return false;
    }
  };
  // 1. Typed arguments.
  for (size_t i = 0; i < args.size(); i++) {
    const Type *pt = paramType(i);
    if (!pt || args[i].invalid() || isUntyped(args[i].type) || !generic(pt))
      continue;
    if (!unify(pt, args[i].type, m, false)) {
      if (reportErrors) {
        std::string want = str(subst(ctx_, pt, m.empty() ? SubstMap() : [&] {
          SubstMap sm;
          for (auto &kv : m)
            if (kv.second)
              sm[kv.first] = kv.second;
          return sm;
        }()));
        errorf(args[i].expr->pos(), "type {} of {} does not match {}", str(args[i].type), str(args[i].expr), want);
      }
      return false;
    }
  }
  // 2. Core types of constraints, repeatedly.
  auto coreStep = [&]() {
    bool changed = false;
    for (TypeParam *tp : tparams) {
      const Interface *it = tp->iface();
      if (!it)
        continue;
      const TypeSet &ts = typeSetOf(it);
      if (ts.allTypes || ts.terms.empty())
        continue;
      // The core term (types2's coreTerm): the single term, or else the
      // core type of several (`~chan T | ~<-chan T` has `<-chan T`),
      // with a tilde if any term has one.
      Term core = ts.terms[0];
      bool single = ts.terms.size() == 1;
      if (!single) {
        core.type = coreType(tp);
        if (!core.type)
          continue;
        core.tilde = std::any_of(ts.terms.begin(), ts.terms.end(), [](const Term &t) { return t.tilde; });
      }
      const Type *bound = m[tp];
      if (bound == core.type)
        continue; // bound from this very core type: nothing to learn
      if (bound) {
        size_t before = 0;
        for (auto &kv : m)
          before += kv.second != nullptr;
        unify(core.type, core.tilde ? coreType(bound) : bound, m, false);
        size_t after = 0;
        for (auto &kv : m)
          after += kv.second != nullptr;
        changed |= after != before;
      } else if (single && !core.tilde) {
        m[tp] = core.type;
        changed = true;
      }
    }
    return changed;
  };
  while (coreStep()) {
  }
  // 3. Untyped constants: the default type of the "largest" kind.
  for (TypeParam *tp : tparams) {
    if (m[tp])
      continue;
    const Type *best = nullptr;
    for (size_t i = 0; i < args.size(); i++) {
      if (paramType(i) != tp || args[i].invalid() || !isUntyped(args[i].type) || args[i].isNil())
        continue;
      auto *b = cast<Basic>(args[i].type);
      if (!best || (cast<Basic>(best)->basicKind() < b->basicKind() && (b->info() & IsNumeric)))
        best = b;
    }
    if (best)
      m[tp] = defaultType(universe_, best);
  }
  while (coreStep()) {
  }
  // Substitute bindings into each other until they are closed.
  SubstMap sm;
  for (TypeParam *tp : tparams)
    if (m[tp])
      sm[tp] = m[tp];
  for (int round = 0; round < 4; round++)
    for (TypeParam *tp : tparams)
      if (sm.count(tp))
        sm[tp] = subst(ctx_, sm[tp], sm);
  for (size_t i = 0; i < tparams.size(); i++) {
    if (!sm.count(tparams[i])) {
      if (reportErrors)
        errorf(pos, "in call to {}, cannot infer {}", inferCallee_, tparams[i]->obj->name().str());
      return false;
    }
    targs[i] = sm[tparams[i]];
  }
  return true;
}

bool Checker::satisfies(Pos pos, const Type *targ, const TypeParam *tpar, const SubstMap &smap, std::string *cause) {
  (void)pos;
  if (isInvalid(targ))
    return true;
  const Type *bound = subst(ctx_, tpar->bound, smap);
  auto *it = dyn_cast_or_null<Interface>(under(bound));
  if (!it)
    return true;
  const TypeSet &ts = typeSetOf(it);
  std::string b = str(bound);
  if (auto *ti = dyn_cast_or_null<Interface>(under(targ)); ti && isTypeParam(targ)) {
    // A type parameter satisfies if its own type set is a subset.
    const TypeSet &own = typeSetOf(ti);
    MissingMethod mm = missingMethod(ctx_, targ, it);
    if (mm.method) {
      *cause = str(targ) + " does not satisfy " + b + " (missing method " + mm.method->name().str() + ")";
      return false;
    }
    if (ts.comparable && !comparable(targ, true)) {
      *cause = str(targ) + " does not satisfy comparable";
      return false;
    }
    if (!ts.allTypes) {
      if (own.allTypes) {
        *cause = str(targ) + " does not satisfy " + b;
        return false;
      }
      for (const Term &t : own.terms)
        if (!termsInclude(ts, t.type)) {
          *cause = str(targ) + " does not satisfy " + b;
          return false;
        }
    }
    return true;
  }
  MissingMethod mm = missingMethod(ctx_, targ, it);
  if (mm.method) {
    std::string why = mm.wrongType  ? "(wrong type for method " + mm.method->name().str() + ")"
                      : mm.ptrRecv ? "(method " + mm.method->name().str() + " has pointer receiver)"
                                   : "(missing method " + mm.method->name().str() + ")";
    *cause = str(targ) + " does not satisfy " + b + " " + why;
    return false;
  }
  if (ts.comparable && !comparable(targ, false)) {
    *cause = str(targ) + " does not satisfy comparable";
    return false;
  }
  if (!ts.allTypes && !termsInclude(ts, targ)) {
    std::string list;
    for (size_t i = 0; i < ts.terms.size(); i++) {
      if (i)
        list += " | ";
      list += (ts.terms[i].tilde ? "~" : "") + str(ts.terms[i].type);
    }
    bool tildeHint = false;
    for (const Term &t : ts.terms)
      if (!t.tilde && identical(t.type, under(targ)))
        tildeHint = true;
    if (tildeHint)
      *cause = str(targ) + " does not satisfy " + b + " (possibly missing ~ for " + str(under(targ)) + " in " + b + ")";
    else
      *cause = str(targ) + " does not satisfy " + b + " (" + str(targ) + " missing in " + list + ")";
    return false;
  }
  return true;
}

bool Checker::verifyInstance(Pos pos, const std::vector<TypeParam *> &tparams, const std::vector<const Type *> &targs,
                             const std::vector<Pos> &argPos) {
  SubstMap smap = makeSubstMap(tparams, targs);
  for (size_t i = 0; i < tparams.size() && i < targs.size(); i++) {
    std::string cause;
    if (!satisfies(pos, targs[i], tparams[i], smap, &cause)) {
      errorf(i < argPos.size() ? argPos[i] : pos, "{}", cause);
      return false;
    }
  }
  return true;
}

} // namespace gopp::check
