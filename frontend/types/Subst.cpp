// Subst.cpp — substitution and instantiation.
#include "frontend/types/Subst.h"

#include "frontend/types/Predicates.h"

namespace gopp::types {

using llvm::dyn_cast_or_null;
using llvm::isa_and_nonnull;

using llvm::cast;
using llvm::dyn_cast;

SubstMap makeSubstMap(llvm::ArrayRef<TypeParam *> params, llvm::ArrayRef<const Type *> args) {
  SubstMap m;
  for (size_t i = 0; i < params.size() && i < args.size(); i++)
    m[params[i]] = args[i];
  return m;
}

namespace {

class Substituter {
public:
  Substituter(TypeContext &ctx, const SubstMap &m) : ctx_(ctx), m_(m) {}

  const Tuple *tuple(const Tuple *t) {
    if (!t)
      return t;
    std::vector<Var *> vars;
    bool changed = false;
    for (Var *v : t->vars) {
      const Type *nt = type(v->type());
      if (nt != v->type()) {
        changed = true;
        auto *nv = ctx_.make<Var>(v->pkg(), v->pos(), v->name(), nt);
        nv->isParam = v->isParam;
        nv->origin = v->origin ? v->origin : v;
        vars.push_back(nv);
      } else {
        vars.push_back(v);
      }
    }
    if (!changed)
      return t;
    auto *nt = ctx_.make<Tuple>();
    nt->vars = std::move(vars);
    return nt;
  }

  const Type *type(const Type *t) {
    if (!t || m_.empty())
      return t;
    switch (t->kind()) {
    case TypeKind::Basic:
      return t;
    case TypeKind::TypeParam: {
      auto it = m_.find(cast<TypeParam>(t));
      return it == m_.end() ? t : it->second;
    }
    case TypeKind::Pointer: {
      const Type *e = type(cast<Pointer>(t)->elem);
      return e == cast<Pointer>(t)->elem ? t : ctx_.make<Pointer>(e);
    }
    case TypeKind::Slice: {
      const Type *e = type(cast<Slice>(t)->elem);
      return e == cast<Slice>(t)->elem ? t : ctx_.make<Slice>(e);
    }
    case TypeKind::Array: {
      auto *a = cast<Array>(t);
      const Type *e = type(a->elem);
      return e == a->elem ? t : ctx_.make<Array>(e, a->len);
    }
    case TypeKind::Map: {
      auto *mp = cast<Map>(t);
      const Type *k = type(mp->key), *e = type(mp->elem);
      return k == mp->key && e == mp->elem ? t : ctx_.make<Map>(k, e);
    }
    case TypeKind::Chan: {
      auto *c = cast<Chan>(t);
      const Type *e = type(c->elem);
      return e == c->elem ? t : ctx_.make<Chan>(c->dir, e);
    }
    case TypeKind::Struct: {
      auto *s = cast<Struct>(t);
      bool changed = false;
      std::vector<Var *> fields;
      for (Var *f : s->fields) {
        const Type *nt = type(f->type());
        if (nt != f->type()) {
          changed = true;
          auto *nf = ctx_.make<Var>(f->pkg(), f->pos(), f->name(), nt);
          nf->isField = true;
          nf->embedded = f->embedded;
          nf->origin = f->origin ? f->origin : f;
          fields.push_back(nf);
        } else {
          fields.push_back(f);
        }
      }
      if (!changed)
        return t;
      auto *ns = ctx_.make<Struct>();
      ns->fields = std::move(fields);
      ns->tags = s->tags;
      return ns;
    }
    case TypeKind::Signature: {
      auto *sig = cast<Signature>(t);
      const Tuple *p = tuple(sig->params), *r = tuple(sig->results);
      if (p == sig->params && r == sig->results)
        return t;
      auto *ns = ctx_.make<Signature>();
      *ns = *sig;
      ns->params = p;
      ns->results = r;
      ns->typeParams.clear(); // an instantiated signature is not generic
      return ns;
    }
    case TypeKind::Union: {
      auto *u = cast<Union>(t);
      bool changed = false;
      std::vector<Term> terms;
      for (const Term &term : u->terms) {
        const Type *nt = type(term.type);
        changed |= nt != term.type;
        terms.push_back(Term{term.tilde, nt});
      }
      if (!changed)
        return t;
      auto *nu = ctx_.make<Union>();
      nu->terms = std::move(terms);
      return nu;
    }
    case TypeKind::Interface: {
      auto *it = cast<Interface>(t);
      bool changed = false;
      std::vector<Func *> methods;
      for (Func *f : it->methods) {
        const Type *nt = type(f->type());
        if (nt != f->type()) {
          changed = true;
          auto *nf = ctx_.make<Func>(f->pkg(), f->pos(), f->name(), nt);
          nf->origin = f->origin ? f->origin : f;
          methods.push_back(nf);
        } else {
          methods.push_back(f);
        }
      }
      std::vector<const Type *> embeddeds;
      for (const Type *e : it->embeddeds) {
        const Type *ne = type(e);
        changed |= ne != e;
        embeddeds.push_back(ne);
      }
      if (!changed)
        return t;
      auto *ni = ctx_.make<Interface>();
      ni->methods = std::move(methods);
      ni->embeddeds = std::move(embeddeds);
      ni->implicit = it->implicit;
      ni->isComparableBuiltin = it->isComparableBuiltin;
      ni->complete = true;
      return ni;
    }
    case TypeKind::Tuple:
      return tuple(cast<Tuple>(t));
    case TypeKind::Named: {
      auto *n = cast<Named>(t);
      if (n->typeArgs.empty())
        return t;
      std::vector<const Type *> args;
      bool changed = false;
      for (const Type *a : n->typeArgs) {
        const Type *na = type(a);
        changed |= na != a;
        args.push_back(na);
      }
      return changed ? instantiateNamed(ctx_, n->origin(), args) : t;
    }
    }
    return t;
  }

private:
  TypeContext &ctx_;
  const SubstMap &m_;
};

} // namespace

const Type *subst(TypeContext &ctx, const Type *t, const SubstMap &m) { return Substituter(ctx, m).type(t); }

const Named *instantiateNamed(TypeContext &ctx, const Named *orig, llvm::ArrayRef<const Type *> args) {
  orig = orig->origin();
  for (const Named *inst : orig->instances) {
    bool same = inst->typeArgs.size() == args.size();
    for (size_t i = 0; same && i < args.size(); i++)
      same = identical(inst->typeArgs[i], args[i]);
    if (same)
      return inst;
  }
  auto *inst = ctx.make<Named>(orig->obj);
  inst->orig = orig;
  inst->ctx = &ctx;
  inst->typeArgs.assign(args.begin(), args.end());
  orig->instances.push_back(inst);
  expandNamed(inst);
  return inst;
}

void expandNamed(const Named *n) {
  if (n->under || !n->orig || n->expanding)
    return;
  const Named *orig = n->orig;
  if (!orig->under)
    return;
  n->expanding = true;
  SubstMap m = makeSubstMap(orig->typeParams, n->typeArgs);
  const Type *u = orig->under;
  // The origin's underlying type is never itself a Named.
  n->under = subst(*n->ctx, u, m);
  n->expanding = false;
}

const Signature *methodSignature(TypeContext &ctx, const Func *m, const Type *recv) {
  const Signature *sig = m->signature();
  if (!sig)
    return sig;
  if (auto *p = dyn_cast_or_null<Pointer>(recv))
    recv = p->elem;
  auto *n = dyn_cast_or_null<Named>(recv);
  if (!n || n->typeArgs.empty() || sig->recvTypeParams.empty())
    return sig;
  SubstMap map = makeSubstMap(sig->recvTypeParams, n->typeArgs);
  return cast<Signature>(subst(ctx, sig, map));
}

} // namespace gopp::types
