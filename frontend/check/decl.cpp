// decl.cpp — checking declarations: constants, variables, types and
// functions, at package level and inside functions (spec "Declarations
// and scope").
//
// Package-level objects are checked on first use or in source order;
// an object being checked is grey and sits on objPath_, so meeting it again
// is a cycle. Cycles through a defined type are fine (type T struct{ p *T })
// and caught later by validType if they make a type infinitely large;
// other cycles are errors.
#include "frontend/check/Checker.h"

namespace gopp::check {

void Checker::packageObjects() {
  // Defined types first, then aliases (so an alias is rarely needed before
  // it is available, as in types2), then function and method signatures,
  // then the rest, so method sets are complete before values use them.
  auto isAliasDecl = [&](Object *obj) {
    auto it = objMap_.find(obj);
    return it != objMap_.end() && it->second->tspec && it->second->tspec->isAlias;
  };
  for (Object *obj : objList_)
    if (isa<TypeName>(obj) && !isAliasDecl(obj))
      objDecl(obj);
  for (Object *obj : objList_)
    if (isa<TypeName>(obj))
      objDecl(obj);
  for (Object *obj : objList_)
    if (isa<Func>(obj))
      objDecl(obj);
  for (Object *obj : objList_)
    objDecl(obj);
}

bool Checker::cycleCheck(Object *obj) {
  size_t start = 0;
  while (start < objPath_.size() && objPath_[start] != obj)
    start++;
  if (start == objPath_.size())
    return true;
  size_t nval = 0, ndef = 0, n = objPath_.size() - start;
  for (size_t i = start; i < objPath_.size(); i++) {
    Object *o = objPath_[i];
    if (isa<Const>(o) || isa<Var>(o))
      nval++;
    else if (auto *tn = dyn_cast<TypeName>(o)) {
      auto it = objMap_.find(tn);
      bool alias = it != objMap_.end() && it->second->tspec ? it->second->tspec->isAlias : tn->isAlias();
      if (!alias)
        ndef++;
    }
  }
  // Cycles of only values are reported by the initialization order check.
  if (nval == n || ndef > 0)
    return true;
  std::vector<Object *> cycle(objPath_.begin() + static_cast<long>(start), objPath_.end());
  reportCycle(cycle);
  return false;
}

void Checker::reportCycle(const std::vector<Object *> &cycle) {
  // gc names the object that comes first in the source.
  Object *first = cycle[0];
  for (Object *o : cycle)
    if (o->pos() < first->pos())
      first = o;
  if (isa<TypeName>(first))
    errorf(first->pos(), "invalid recursive type {}", first->name().str());
  else
    errorf(first->pos(), "illegal cycle in declaration of {}", first->name().str());
}

void Checker::objDecl(Object *obj) {
  if (obj->color == Color::Black)
    return;
  if (obj->color == Color::Grey) {
    bool valid = cycleCheck(obj);
    if (!obj->type() || !valid) {
      if (isa<Const>(obj) || isa<Var>(obj))
        obj->setType(invalidType());
      else if (auto *tn = dyn_cast<TypeName>(obj); tn && !obj->type())
        tn->setType(invalidType());
      else if (isa<Func>(obj) && !obj->type())
        obj->setType(invalidType());
    }
    return;
  }
  auto it = objMap_.find(obj);
  if (it == objMap_.end())
    return; // not a package-level object of this package
  DeclInfo *d = it->second;
  obj->color = Color::Grey;
  objPath_.push_back(obj);
  Env saved = env_;
  env_ = Env{};
  env_.decl = d;
  env_.scope = d->fileScope;
  switch (obj->objKind()) {
  case ObjKind::Const:
    env_.hasIota = true;
    env_.iota = constant::Value::makeInt64(d->iota);
    constDecl(cast<Const>(obj), d->typeExpr, d->init, d->inherited);
    break;
  case ObjKind::Var:
    varDecl(cast<Var>(obj), d->lhs, d->typeExpr, d->init);
    break;
  case ObjKind::TypeName:
    typeDecl(cast<TypeName>(obj), d->tspec);
    break;
  case ObjKind::Func:
    funcDecl(cast<Func>(obj), d);
    break;
  default:
    break;
  }
  env_ = saved;
  objPath_.pop_back();
  obj->color = Color::Black;
}

void Checker::constDecl(Const *obj, const ast::Expr *typ, const ast::Expr *init, bool inherited) {
  Pos savedErrpos = errpos_;
  if (inherited)
    errpos_ = obj->pos();
  constDeclInner(obj, typ, init);
  errpos_ = savedErrpos;
}

void Checker::constDeclInner(Const *obj, const ast::Expr *typ, const ast::Expr *init) {
  if (typ) {
    const Type *t = typExpr(typ);
    if (!isConstType(t)) {
      if (!isInvalid(t) && under(t))
        errorf(typ->pos(), "invalid constant type {}", str(t));
      obj->setType(invalidType());
      return;
    }
    obj->setType(t);
  }
  Operand x;
  if (init)
    expr(x, init);
  if (x.invalid() || !init) {
    if (!obj->type())
      obj->setType(invalidType());
    return;
  }
  if (x.mode != Mode::Constant) {
    errorf(x.expr->pos(), "{} is not constant", str(x));
    if (!obj->type())
      obj->setType(invalidType());
    return;
  }
  if (!obj->type())
    obj->setType(x.type);
  assignment(x, obj->type(), "constant declaration");
  if (x.invalid()) {
    obj->val = constant::Value();
    return;
  }
  obj->val = x.val;
}

void Checker::varDecl(Var *obj, llvm::ArrayRef<Var *> lhs, const ast::Expr *typ, const ast::Expr *init) {
  if (typ) {
    const Type *t = varType(typ);
    obj->setType(t);
    for (Var *v : lhs)
      v->setType(t);
  }
  if (!init) {
    if (!typ)
      obj->setType(invalidType());
    return;
  }
  if (lhs.empty() || lhs.size() == 1) {
    Operand x;
    expr(x, init, obj->type());
    initVar(obj, x, "variable declaration");
    return;
  }
  // var a, b = f(): all of lhs are declared by this one initializer.
  for (Var *v : lhs)
    if (v != obj)
      v->color = Color::Black;
  ast::Expr *rhs[] = {const_cast<ast::Expr *>(init)};
  initVars(lhs, rhs, nullptr);
}

void Checker::typeDecl(TypeName *obj, const ast::TypeSpec *spec) {
  if (spec->isAlias) {
    if (spec->typeParams)
      errorf(spec->typeParams->pos(), "generic type cannot be alias");
    obj->setType(invalidType());
    const Type *t = typExpr(spec->type);
    obj->setType(t);
    return;
  }
  auto *named = ctx_.make<Named>(obj);
  obj->setType(named);
  Scope *saved = env_.scope;
  if (spec->typeParams) {
    env_.scope = newScope(env_.scope, spec, false);
    named->typeParams = collectTypeParams(spec->typeParams);
  }
  const Type *rhs = definedType(spec->type, named);
  named->fromRHS = rhs;
  env_.scope = saved;
  // The underlying type: follow defined types to a type literal. A
  // defined type whose own declaration is still being checked (type T2 T1
  // inside T1's struct) gets its underlying type when that one completes;
  // a chain of names that never reaches a literal is a cycle.
  const Type *u = rhs;
  for (int steps = 0; u && isa<Named>(u); steps++) {
    auto *n = cast<Named>(u);
    if (!n->under || steps > 100) {
      if (!n->orig && steps <= 100 && reachesLiteral(n->obj)) {
        pendingUnder_[n].push_back(named);
        u = nullptr;
        break;
      }
      if (!n->orig)
        reportNamedCycle(n->obj, obj);
      u = invalidType();
      break;
    }
    u = n->under;
  }
  if (!u && !pendingUnder_.count(named)) {
    // Resolved when the type it waits for is (see below).
  }
  if (isa<TypeParam>(rhs)) {
    errorf(spec->type->pos(), "cannot use a type parameter as RHS in type declaration");
    u = invalidType();
  }
  if (u)
    setUnderlying(named, u);
  collectMethods(obj);
  const Named *n = named;
  Pos p = obj->pos();
  later([this, n, p] { validType(n, p); });
}

void Checker::setUnderlying(const Named *n, const Type *u) {
  n->under = u;
  auto it = pendingUnder_.find(n);
  if (it == pendingUnder_.end())
    return;
  std::vector<const Named *> waiting = std::move(it->second);
  pendingUnder_.erase(it);
  for (const Named *w : waiting)
    setUnderlying(w, u);
}

// Whether the declaration of a package-level type reaches a type literal
// by following the names on its right-hand side.
bool Checker::reachesLiteral(const TypeName *tn) const {
  std::vector<const TypeName *> seen;
  while (tn) {
    if (std::find(seen.begin(), seen.end(), tn) != seen.end())
      return false;
    seen.push_back(tn);
    auto it = objMap_.find(const_cast<TypeName *>(tn));
    if (it == objMap_.end() || !it->second->tspec)
      return true;
    const ast::Expr *rhs = ast::unparen(it->second->tspec->type);
    auto *id = dyn_cast<ast::Ident>(rhs);
    if (!id)
      return true; // a literal, an instance, or a qualified name
    tn = dyn_cast_or_null<TypeName>(pkg_->scope->lookup(id->name));
  }
  return true;
}

// "invalid recursive type" for a cycle of type names, reported once, at
// the member of the cycle that comes first in the source (as gc does).
void Checker::reportNamedCycle(const TypeName *start, const TypeName *at) {
  const TypeName *first = at;
  size_t i = 0;
  while (i < objPath_.size() && objPath_[i] != start)
    i++;
  for (; i < objPath_.size(); i++)
    if (auto *tn = dyn_cast<TypeName>(objPath_[i]); tn && tn->pos() < first->pos())
      first = tn;
  if (reportedCycles_.insert(first).second)
    errorf(first->pos(), "invalid recursive type {}", first->name().str());
}

void Checker::collectMethods(TypeName *obj) {
  if (obj->parent() != pkg_->scope.get())
    return;
  auto it = methods_.find(obj->name().str());
  if (it == methods_.end())
    return;
  auto *named = const_cast<Named *>(dyn_cast<Named>(obj->type()));
  if (!named || named->obj != obj)
    return;
  for (Func *m : it->second) {
    if (m->name() == "_") {
      continue;
    }
    bool dup = false;
    for (Func *o : named->methods)
      if (o->name() == m->name()) {
        errorf(m->pos(), "method {}.{} already declared at {}", obj->name().str(), m->name().str(),
               posString(o->pos()));
        dup = true;
      }
    if (!dup)
      named->methods.push_back(m);
  }
  // A field and a method may not share a name.
  const Named *cn = named;
  later([this, cn] {
    auto *s = dyn_cast_or_null<Struct>(cn->under);
    if (!s)
      return;
    for (Func *m : cn->methods)
      for (Var *f : s->fields)
        if (f->name() == m->name())
          errorf(m->pos(), "field and method with the same name {}", m->name().str());
  });
}

void Checker::funcDecl(Func *obj, DeclInfo *d) {
  const ast::FuncDecl *fd = d->fdecl;
  // While its signature is checked, the function is an empty signature
  // and not grey, so `func f(x f)` says "f is not a type", as gc does.
  auto *guard = ctx_.make<Signature>();
  guard->params = ctx_.emptyTuple();
  guard->results = ctx_.emptyTuple();
  obj->setType(guard);
  Color savedColor = obj->color;
  obj->color = Color::Black;
  Scope *scope = newScope(d->fileScope, fd->type, true);
  Scope *saved = env_.scope;
  env_.scope = scope;
  const Signature *sig = funcType(fd->type, fd->recv);
  env_.scope = saved;
  obj->color = savedColor;
  recordType(fd->type, Mode::TypeExpr, sig);
  obj->setType(sig);
  if (fd->recv && sig->recv) {
    // The receiver's base type must be a defined type of this package.
    const Type *rt = sig->recv->type();
    if (auto *p = dyn_cast<Pointer>(rt))
      rt = p->elem;
    if (!isInvalid(rt)) {
      auto *n = dyn_cast<Named>(rt);
      if (isa<Basic>(rt)) {
        errorf(sig->recv->pos(), "cannot define new methods on non-local type {}", str(rt));
      } else if (!n) {
        errorf(sig->recv->pos(), "invalid receiver type {}", str(sig->recv->type()));
      } else if (n->obj->pkg() != pkg_) {
        errorf(sig->recv->pos(), "cannot define new methods on non-local type {}", str(rt));
      } else if (isa<Pointer>(under(n)) || isa<Interface>(under(n))) {
        errorf(sig->recv->pos(), "invalid receiver type {} (pointer or interface type)", str(rt));
      }
    }
  }
  if (fd->body)
    funcBodies_.push_back(FuncBody{d, fd->name->name.str(), sig, fd->body, scope});
}

void Checker::declStmt(const ast::GenDecl *gd) {
  const ast::ValueSpec *last = nullptr;
  for (ast::Decl *spec : gd->specs) {
    if (auto *vs = dyn_cast<ast::ValueSpec>(spec)) {
      if (gd->tok == ast::GenDecl::Tok::Const) {
        const ast::ValueSpec *src = vs;
        bool inherited = false;
        if (!vs->type && vs->values.empty() && last) {
          src = last;
          inherited = true;
        } else {
          last = vs;
        }
        std::vector<Const *> objs;
        for (size_t i = 0; i < vs->names.size(); i++) {
          const ast::Ident *id = vs->names[i];
          auto *obj = ctx_.make<Const>(pkg_, id->pos(), id->name, nullptr, constant::Value());
          Env saved = env_;
          env_.hasIota = true;
          env_.iota = constant::Value::makeInt64(vs->iota);
          constDecl(obj, src->type, i < src->values.size() ? src->values[i] : nullptr, inherited);
          env_.hasIota = saved.hasIota;
          env_.iota = saved.iota;
          objs.push_back(obj);
        }
        arity(vs, src, inherited);
        for (size_t i = 0; i < objs.size(); i++)
          declare(env_.scope, vs->names[i], objs[i], Pos{});
        continue;
      }
      // var
      std::vector<Var *> lhs;
      for (const ast::Ident *id : vs->names)
        lhs.push_back(ctx_.make<Var>(pkg_, id->pos(), id->name, nullptr));
      const Type *t = vs->type ? varType(vs->type) : nullptr;
      for (Var *v : lhs)
        if (t)
          v->setType(t);
      if (!vs->values.empty()) {
        if (vs->values.size() == lhs.size()) {
          for (size_t i = 0; i < lhs.size(); i++) {
            Operand x;
            expr(x, vs->values[i], lhs[i]->type());
            initVar(lhs[i], x, "variable declaration");
          }
        } else {
          initVars(lhs, vs->values, nullptr);
        }
      }
      for (Var *v : lhs) {
        if (!v->type())
          v->setType(invalidType());
        if (isInvalid(v->type()))
          v->used = true; // no "declared and not used" after a type error
      }
      for (size_t i = 0; i < lhs.size(); i++)
        if (declare(env_.scope, vs->names[i], lhs[i], Pos{}))
          funcVars_.push_back(lhs[i]);
      continue;
    }
    if (auto *ts = dyn_cast<ast::TypeSpec>(spec)) {
      auto *obj = ctx_.make<TypeName>(pkg_, ts->name->pos(), ts->name->name, nullptr);
      declare(env_.scope, ts->name, obj, Pos{});
      obj->color = Color::Grey;
      objPath_.push_back(obj);
      typeDecl(obj, ts);
      objPath_.pop_back();
      obj->color = Color::Black;
    }
  }
}

} // namespace gopp::check
