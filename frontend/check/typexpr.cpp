// typexpr.cpp — type expressions (spec "Types"): names, literals,
// instantiations, and identifiers in general (spec "Qualified
// identifiers", "Predeclared identifiers").
#include "frontend/check/Checker.h"

#include "frontend/syntax/Literals.h"

namespace gopp::check {

void Checker::ident(Operand &x, const ast::Ident *e, const Named *def, bool wantType) {
  (void)def;
  x.mode = Mode::Invalid;
  x.expr = e;
  x.type = invalidType();
  if (e->name == "_") {
    errorf(e->pos(), "cannot use _ as value");
    return;
  }
  Scope *where = nullptr;
  Object *obj = env_.scope ? env_.scope->lookupParent(e->name, e->pos(), &where) : nullptr;
  if (!obj) {
    errorf(e->pos(), "undefined: {}", e->name.str());
    return;
  }
  recordUse(e, obj);
  if (auto it = dotImported_.find(obj); it != dotImported_.end())
    it->second->used = true;
  // Package-level objects are checked on demand; remember the dependency
  // for the initialization order.
  if (obj->pkg() == pkg_ && where == pkg_->scope.get()) {
    objDecl(obj);
    if (env_.decl)
      env_.decl->deps.insert(obj);
  }
  const Type *t = obj->type();
  switch (obj->objKind()) {
  case ObjKind::PkgName:
    errorf(e->pos(), "use of package {} without selector", obj->name().str());
    return;
  case ObjKind::Const:
    if (!t || isInvalid(t))
      return;
    if (obj == universe_.iota()) {
      if (!env_.hasIota) {
        errorf(e->pos(), "cannot use iota outside constant declaration");
        return;
      }
      x.val = env_.iota;
    } else {
      x.val = cast<Const>(obj)->val;
    }
    x.mode = Mode::Constant;
    break;
  case ObjKind::TypeName:
    if (!t || isInvalid(t)) {
      if (!t)
        errorf(e->pos(), "invalid use of type {} in its own declaration", e->name.str());
      return;
    }
    x.mode = Mode::TypeExpr;
    break;
  case ObjKind::Var:
    if (obj->pkg() == pkg_)
      obj->used = true;
    if (!t || isInvalid(t))
      return;
    x.mode = Mode::Variable;
    break;
  case ObjKind::Func:
    if (!t || isInvalid(t))
      return;
    x.mode = Mode::Value;
    break;
  case ObjKind::Builtin:
    x.mode = Mode::Builtin;
    x.builtin = cast<Builtin>(obj)->id;
    x.type = invalidType();
    return;
  case ObjKind::Nil:
    x.mode = Mode::Value;
    x.nilValue = true;
    break;
  case ObjKind::Label:
    return;
  }
  (void)wantType;
  x.type = t;
}

const Type *Checker::typExpr(const ast::Expr *e, const Named *def) {
  const Type *t = typInternal(e, def);
  if (isGeneric(t)) {
    errorf(e->pos(), "cannot use generic type {} without instantiation", str(t));
    t = invalidType();
  }
  recordType(e, Mode::TypeExpr, t);
  return t;
}

const Type *Checker::definedType(const ast::Expr *e, const Named *def) { return typExpr(e, def); }

const Type *Checker::varType(const ast::Expr *e) {
  const Type *t = typExpr(e);
  later([this, t, e] {
    if (auto *it = dyn_cast_or_null<Interface>(under(t)); it && !isa<TypeParam>(t)) {
      const TypeSet &ts = typeSetOf(it);
      if (!ts.isMethodSet()) {
        if (ts.comparable && ts.allTypes)
          errorf(e->pos(), "cannot use type {} outside a type constraint: interface is (or embeds) comparable",
                 str(t));
        else
          errorf(e->pos(), "cannot use type {} outside a type constraint: interface contains type constraints",
                 str(t));
      }
    }
  });
  return t;
}

const Type *Checker::typInternal(const ast::Expr *e, const Named *def) {
  switch (e->kind()) {
  case ast::Node::Kind::Ident:
  case ast::Node::Kind::SelectorExpr: {
    Operand x;
    if (auto *id = dyn_cast<ast::Ident>(e))
      ident(x, id, def, true);
    else
      selector(x, cast<ast::SelectorExpr>(e), def, true);
    switch (x.mode) {
    case Mode::TypeExpr:
      return x.type;
    case Mode::Invalid:
      return invalidType();
    case Mode::NoValue:
      errorf(e->pos(), "{} used as type", str(x));
      return invalidType();
    default:
      errorf(e->pos(), "{} is not a type", str(x));
      return invalidType();
    }
  }
  case ast::Node::Kind::IndexExpr:
    return instantiatedType(cast<ast::IndexExpr>(e), def);
  case ast::Node::Kind::ParenExpr:
    return definedType(cast<ast::ParenExpr>(e)->x, def);
  case ast::Node::Kind::ArrayType: {
    auto *at = cast<ast::ArrayType>(e);
    if (!at->len)
      return ctx_.make<Slice>(varType(at->elt));
    if (isa<ast::Ellipsis>(at->len)) {
      errorf(at->len->pos(), "invalid use of [...] array (outside a composite literal)");
      varType(at->elt);
      return invalidType();
    }
    int64_t n = arrayLength(at->len);
    const Type *elem = varType(at->elt);
    return ctx_.make<Array>(elem, n);
  }
  case ast::Node::Kind::Ellipsis:
    errorf(e->pos(), "invalid use of ...");
    return invalidType();
  case ast::Node::Kind::StructType:
    return structType(cast<ast::StructType>(e));
  case ast::Node::Kind::StarExpr:
    return ctx_.make<Pointer>(typExpr(cast<ast::StarExpr>(e)->x));
  case ast::Node::Kind::FuncType: {
    Scope *saved = env_.scope;
    env_.scope = newScope(env_.scope, e, true);
    const Signature *sig = funcType(cast<ast::FuncType>(e), nullptr);
    env_.scope = saved;
    return sig;
  }
  case ast::Node::Kind::InterfaceType:
    return interfaceType(cast<ast::InterfaceType>(e), def);
  case ast::Node::Kind::MapType: {
    auto *mt = cast<ast::MapType>(e);
    const Type *k = varType(mt->key);
    const Type *v = varType(mt->value);
    const ast::Expr *keyExpr = mt->key;
    later([this, k, keyExpr] {
      if (isTypeParam(k)) {
        if (!comparable(k, false))
          errorf(keyExpr->pos(), "invalid map key type {} (missing comparable constraint)", str(k));
        return;
      }
      if (!isInvalid(k) && !comparable(k, false))
        errorf(keyExpr->pos(), "invalid map key type {}", str(k));
    });
    return ctx_.make<Map>(k, v);
  }
  case ast::Node::Kind::ChanType: {
    auto *ct = cast<ast::ChanType>(e);
    ChanDir dir = ct->dir == ast::ChanType::Dir::Both   ? ChanDir::Both
                  : ct->dir == ast::ChanType::Dir::Send ? ChanDir::Send
                                                        : ChanDir::Recv;
    return ctx_.make<Chan>(dir, varType(ct->value));
  }
  case ast::Node::Kind::BadExpr:
    return invalidType();
  default: {
    Operand x;
    x.expr = e;
    errorf(e->pos(), "{} is not a type", str(e));
    return invalidType();
  }
  }
}

int64_t Checker::arrayLength(const ast::Expr *e) {
  if (auto *id = dyn_cast<ast::Ident>(e)) {
    Object *obj = env_.scope->lookupParent(id->name, id->pos());
    if (!obj) {
      errorf(id->pos(), "undefined array length {} or missing type constraint", id->name.str());
      return -1;
    }
    if (!isa<Const>(obj)) {
      errorf(id->pos(), "invalid array length {}", id->name.str());
      return -1;
    }
  }
  Operand x;
  expr(x, e);
  if (x.mode != Mode::Constant) {
    if (!x.invalid())
      errorf(e->pos(), "array length {} must be constant", str(x));
    return -1;
  }
  if (isUntyped(x.type) || isInteger(x.type)) {
    constant::Value v = x.val.toInt();
    if (v.kind() == constant::Kind::Int) {
      if (v.fitsInt(64, true)) {
        if (auto n = v.int64Val(); n && *n >= 0)
          return *n;
        errorf(e->pos(), "invalid array length {}", str(x));
        return -1;
      }
    }
  }
  errorf(e->pos(), "array length {} must be integer", str(x));
  return -1;
}

const Tuple *Checker::collectParams(Scope *scope, const ast::FieldList *list, bool variadicOk, bool &variadic,
                                    bool isResult) {
  if (!list || list->list.empty())
    return ctx_.emptyTuple();
  auto *tuple = ctx_.make<Tuple>();
  for (size_t i = 0; i < list->list.size(); i++) {
    const ast::Field *f = list->list[i];
    const ast::Expr *te = f->type;
    const Type *t;
    if (auto *ell = dyn_cast<ast::Ellipsis>(te); ell && ell->elt) {
      const Type *elem = varType(ell->elt);
      t = ctx_.make<Slice>(elem);
      recordType(te, Mode::TypeExpr, t);
      if (variadicOk && i + 1 == list->list.size() && f->names.size() <= 1)
        variadic = true;
      else if (isResult || !variadicOk)
        errorf(ell->pos(), "invalid use of ...");
      else if (f->names.size() > 1) // a ...T shared by several names
        report(ell->pos(), "can only use ... with final parameter in list", DiagKind::EllipsisNotFinal);
    } else {
      t = varType(te);
    }
    if (f->names.empty()) {
      auto *v = ctx_.make<Var>(pkg_, te->pos(), "", t);
      v->isParam = true;
      tuple->vars.push_back(v);
      continue;
    }
    for (const ast::Ident *id : f->names) {
      auto *v = ctx_.make<Var>(pkg_, id->pos(), id->name, t);
      v->isParam = true;
      // Declared once the whole signature is resolved: a parameter's
      // scope is the body, so `time int64, d time.Duration` still sees
      // package time.
      pendingParams_.emplace_back(id, v);
      tuple->vars.push_back(v);
    }
  }
  (void)isResult;
  return tuple;
}

const Signature *Checker::funcType(const ast::FuncType *ft, const ast::FieldList *recv, const TypeName *) {
  auto *sig = ctx_.make<Signature>();
  Scope *scope = env_.scope;
  // A signature inside a signature (a func-typed parameter) keeps its own
  // list of parameters to declare.
  auto outerParams = std::move(pendingParams_);
  pendingParams_.clear();
  if (recv) {
    if (recv->list.empty()) {
      errorf(recv->pos(), "method has no receiver");
    } else {
      if (recv->list.size() > 1 || recv->list[0]->names.size() > 1)
        errorf(recv->list.size() > 1 ? recv->list[1]->pos() : recv->list[0]->names[1]->pos(),
               "method has multiple receivers");
      const ast::Field *rf = recv->list[0];
      // A generic receiver T[P, Q] or *T[P, Q] declares P and Q.
      const ast::Expr *rt = ast::unparen(rf->type);
      bool ptr = false;
      if (auto *s = dyn_cast<ast::StarExpr>(rt)) {
        ptr = true;
        rt = ast::unparen(s->x);
      }
      const Type *recvType = nullptr;
      if (auto *ix = dyn_cast<ast::IndexExpr>(rt)) {
        Operand base;
        if (auto *id = dyn_cast<ast::Ident>(ix->x))
          ident(base, id, nullptr, true);
        auto *n = base.mode == Mode::TypeExpr ? dyn_cast<Named>(base.type) : nullptr;
        if (!n || n->typeParams.empty()) {
          if (base.mode != Mode::Invalid)
            errorf(ix->x->pos(), "{} is not a generic type", str(ix->x));
          recvType = invalidType();
        } else {
          std::vector<TypeParam *> tps;
          for (size_t i = 0; i < ix->indices.size(); i++) {
            auto *pid = dyn_cast<ast::Ident>(ix->indices[i]);
            if (!pid) {
              errorf(ix->indices[i]->pos(), "receiver type parameter {} must be an identifier", str(ix->indices[i]));
              continue;
            }
            auto *tn = ctx_.make<TypeName>(pkg_, pid->pos(), pid->name, nullptr);
            auto *tp = ctx_.make<TypeParam>(tn, static_cast<unsigned>(i));
            tn->setType(tp);
            declare(scope, pid, tn, Pos{});
            tps.push_back(tp);
          }
          if (tps.size() != n->typeParams.size()) {
            errorf(ix->pos(), "got {} type parameters, but receiver base type declares {}", tps.size(),
                   n->typeParams.size());
            recvType = invalidType();
          } else {
            std::vector<const Type *> args(tps.begin(), tps.end());
            SubstMap m = makeSubstMap(n->typeParams, args);
            for (size_t i = 0; i < tps.size(); i++)
              tps[i]->bound = subst(ctx_, n->typeParams[i]->bound, m);
            sig->recvTypeParams = tps;
            recvType = instantiateNamed(ctx_, n, args);
          }
        }
        recordType(rt, Mode::TypeExpr, recvType);
      } else {
        recvType = typExpr(rt);
      }
      if (ptr)
        recvType = ctx_.make<Pointer>(recvType);
      recordType(rf->type, Mode::TypeExpr, recvType);
      Var *rv;
      if (!rf->names.empty()) {
        rv = ctx_.make<Var>(pkg_, rf->names[0]->pos(), rf->names[0]->name, recvType);
        rv->isParam = true;
        pendingParams_.emplace_back(rf->names[0], rv);
      } else {
        rv = ctx_.make<Var>(pkg_, rf->pos(), "", recvType);
        rv->isParam = true;
      }
      sig->recv = rv;
    }
  }
  if (ft->typeParams)
    sig->typeParams = collectTypeParams(ft->typeParams);
  bool variadic = false, resVariadic = false;
  sig->params = collectParams(scope, ft->params, true, variadic, false);
  sig->results = collectParams(scope, ft->results, false, resVariadic, true);
  for (auto &[id, v] : pendingParams_)
    declare(scope, id, v, Pos{});
  pendingParams_ = std::move(outerParams);
  sig->variadic = variadic;
  return sig;
}

const Struct *Checker::structType(const ast::StructType *st) {
  auto *s = ctx_.make<Struct>();
  llvm::StringMap<Pos> seen;
  auto add = [&](Var *f, const std::string &tag) {
    if (f->name() != "_") {
      auto [it, fresh] = seen.try_emplace(f->name(), f->pos());
      if (!fresh) {
        // A duplicate is reported and left out (as types2 does).
        errorf(f->pos(), "{} redeclared", f->name().str());
        return;
      }
    }
    s->fields.push_back(f);
    s->tags.push_back(tag);
  };
  if (!st->fields)
    return s;
  for (const ast::Field *fd : st->fields->list) {
    std::string tag;
    if (fd->tag)
      tag = syntax::decodeString(std::string_view(fd->tag->value.data(), fd->tag->value.size()));
    const Type *t = varType(fd->type);
    if (!fd->names.empty()) {
      for (const ast::Ident *id : fd->names) {
        auto *f = ctx_.make<Var>(pkg_, id->pos(), id->name, t);
        f->isField = true;
        recordDef(id, f);
        add(f, tag);
      }
      continue;
    }
    // Embedded field: its name is the type name.
    const ast::Expr *te = ast::unparen(fd->type);
    if (auto *star = dyn_cast<ast::StarExpr>(te))
      te = ast::unparen(star->x);
    if (auto *ix = dyn_cast<ast::IndexExpr>(te))
      te = ix->x;
    llvm::StringRef name;
    if (auto *id = dyn_cast<ast::Ident>(te))
      name = id->name;
    else if (auto *sel = dyn_cast<ast::SelectorExpr>(te))
      name = sel->sel->name;
    else {
      errorf(fd->type->pos(), "invalid embedded field type {}", str(fd->type));
      continue;
    }
    auto *f = ctx_.make<Var>(pkg_, fd->type->pos(), name, t);
    f->isField = true;
    f->embedded = true;
    add(f, tag);
    const ast::Expr *fte = fd->type;
    later([this, t, fte] {
      const Type *et = t;
      bool isPtr = false;
      if (auto *p = dyn_cast<Pointer>(et)) {
        et = p->elem;
        isPtr = true;
      }
      const Type *u = under(et);
      if (!u || isInvalid(u))
        return;
      if (isTypeParam(et)) {
        errorf(fte->pos(), "embedded field type cannot be a (pointer to a) type parameter");
        return;
      }
      if (isBasic(u, ~0u) && cast<Basic>(u)->basicKind() == BasicKind::UnsafePointer) {
        errorf(fte->pos(), "embedded field type cannot be unsafe.Pointer");
        return;
      }
      if (isa<Pointer>(u)) {
        errorf(fte->pos(), "embedded field type cannot be a pointer");
        return;
      }
      if (isPtr && isa<Interface>(u))
        errorf(fte->pos(), "embedded field type cannot be a pointer to an interface");
    });
  }
  return s;
}

const Interface *Checker::interfaceType(const ast::InterfaceType *it, const Named *def) {
  auto *ity = ctx_.make<Interface>();
  if (!it->methods) {
    ity->complete = true;
    return ity;
  }
  const Type *recvType = def ? static_cast<const Type *>(def) : ity;
  for (const ast::Field *f : it->methods->list) {
    if (f->names.size() == 1 && isa<ast::FuncType>(f->type)) {
      const ast::Ident *name = f->names[0];
      Scope *saved = env_.scope;
      env_.scope = newScope(env_.scope, f->type, true);
      const Signature *sig = funcType(cast<ast::FuncType>(f->type), nullptr);
      env_.scope = saved;
      auto *msig = ctx_.make<Signature>(*sig);
      msig->recv = ctx_.make<Var>(pkg_, name->pos(), "", recvType);
      recordType(f->type, Mode::TypeExpr, msig);
      auto *m = ctx_.make<Func>(pkg_, name->pos(), name->name, msig);
      recordDef(name, m);
      if (name->name == "_") {
        errorf(name->pos(), "methods must have a unique non-blank name");
        continue;
      }
      bool dup = false;
      for (Func *o : ity->methods)
        if (o->name() == m->name()) {
          errorf(name->pos(), "duplicate method {}", name->name.str());
          dup = true;
        }
      if (!dup)
        ity->methods.push_back(m);
      continue;
    }
    const Type *t = unionType(f->type);
    ity->embeddeds.push_back(t);
  }
  ity->complete = true;
  ity->typeSet.reset();
  // Methods through embedding may repeat only with identical signatures.
  std::vector<Pos> embedPos;
  for (const ast::Field *f : it->methods->list)
    if (!(f->names.size() == 1 && isa<ast::FuncType>(f->type)))
      embedPos.push_back(f->type->pos());
  later([this, ity, embedPos] {
    ity->typeSet.reset();
    std::vector<Func *> seen(ity->methods.begin(), ity->methods.end());
    for (size_t i = 0; i < ity->embeddeds.size() && i < embedPos.size(); i++) {
      const Type *e = ity->embeddeds[i];
      auto *ei = dyn_cast_or_null<Interface>(under(e));
      if (!ei || isa<TypeParam>(e))
        continue;
      for (Func *m : typeSetOf(ei).methods) {
        bool dup = false;
        for (Func *o : seen)
          if (o->name() == m->name()) {
            dup = true;
            if (!identical(o->type(), m->type()))
              errorf(embedPos[i], "duplicate method {}", m->name().str());
          }
        if (!dup)
          seen.push_back(m);
      }
    }
  });
  return ity;
}

const Type *Checker::unionType(const ast::Expr *e) {
  std::vector<const ast::Expr *> termExprs;
  std::function<void(const ast::Expr *)> flatten = [&](const ast::Expr *x) {
    if (auto *b = dyn_cast<ast::BinaryExpr>(x); b && b->op == ast::Op::Or) {
      flatten(b->x);
      flatten(b->y);
      return;
    }
    termExprs.push_back(x);
  };
  flatten(e);
  if (termExprs.size() == 1 && !isa<ast::UnaryExpr>(termExprs[0]))
    return typExpr(termExprs[0]);
  auto *u = ctx_.make<Union>();
  for (const ast::Expr *te : termExprs) {
    Term term;
    if (auto *un = dyn_cast<ast::UnaryExpr>(te); un && un->op == ast::Op::Tilde) {
      term.tilde = true;
      term.type = typExpr(un->x);
      const Type *t = term.type;
      later([this, t, un] {
        if (!isInvalid(t) && !identical(under(t), t))
          errorf(un->pos(), "invalid use of ~ (underlying type of {} is {})", str(t), str(under(t)));
      });
    } else {
      term.type = typExpr(te);
      if (termExprs.size() > 1) {
        const Type *t = term.type;
        later([this, t, te] {
          if (auto *it = dyn_cast_or_null<Interface>(under(t)); it && !isTypeParam(t)) {
            if (!typeSetOf(it).methods.empty())
              errorf(te->pos(), "cannot use {} in union ({} contains methods)", str(t), str(t));
            else if (it == universe_.comparableType()->under)
              errorf(te->pos(), "cannot use comparable in union");
          }
        });
      }
      if (isTypeParam(term.type) && termExprs.size() > 1)
        errorf(te->pos(), "term cannot be a type parameter");
    }
    u->terms.push_back(term);
  }
  recordType(e, Mode::TypeExpr, u);
  return u;
}

const Type *Checker::bound(const ast::Expr *e) {
  const Type *t = unionType(e);
  if (auto *it = dyn_cast_or_null<Interface>(under(t)); it && !isa<Union>(t) && !isTypeParam(t))
    return t;
  if (isInvalid(t))
    return t;
  // A constraint like ~int or int|string is an implicit interface.
  auto *ity = ctx_.make<Interface>();
  ity->embeddeds.push_back(t);
  ity->implicit = true;
  ity->complete = true;
  if (isTypeParam(t))
    errorf(e->pos(), "cannot use a type parameter as constraint");
  return ity;
}

std::vector<TypeParam *> Checker::collectTypeParams(const ast::FieldList *list) {
  std::vector<TypeParam *> tps;
  std::vector<const ast::Expr *> bounds;
  for (const ast::Field *f : list->list)
    for (const ast::Ident *id : f->names) {
      auto *tn = ctx_.make<TypeName>(pkg_, id->pos(), id->name, nullptr);
      auto *tp = ctx_.make<TypeParam>(tn, static_cast<unsigned>(tps.size()));
      tn->setType(tp);
      declare(env_.scope, id, tn, Pos{});
      tps.push_back(tp);
      bounds.push_back(f->type);
    }
  for (size_t i = 0; i < tps.size(); i++) {
    // Fields share one type expression: check it once.
    if (i > 0 && bounds[i] == bounds[i - 1]) {
      tps[i]->bound = tps[i - 1]->bound;
      continue;
    }
    tps[i]->bound = bound(bounds[i]);
  }
  return tps;
}

const Type *Checker::instantiatedType(const ast::IndexExpr *ix, const Named *def) {
  (void)def;
  const Type *gt = typInternal(ix->x, nullptr);
  if (isInvalid(gt))
    return gt;
  auto *orig = dyn_cast<Named>(gt);
  if (!orig || orig->typeParams.empty() || !orig->typeArgs.empty()) {
    errorf(ix->x->pos(), "{} is not a generic type", str(gt));
    return invalidType();
  }
  std::vector<const Type *> args;
  for (const ast::Expr *a : ix->indices)
    args.push_back(varType(a));
  for (const Type *a : args)
    if (isInvalid(a))
      return invalidType();
  if (args.size() != orig->typeParams.size()) {
    errorf(args.size() < orig->typeParams.size() ? ix->rbrack : ix->indices[orig->typeParams.size()]->pos(),
           "{} type arguments for type {}: have {}, want {}",
           args.size() < orig->typeParams.size() ? "not enough" : "too many", orig->obj->name().str(), args.size(),
           orig->typeParams.size());
    return invalidType();
  }
  const Named *inst = instantiateNamed(ctx_, orig, args);
  info_.instances[ix->x] = Instance{args, inst};
  std::vector<TypeParam *> tparams = orig->typeParams;
  Pos p = ix->pos();
  std::vector<Pos> argPos;
  for (const ast::Expr *a : ix->indices)
    argPos.push_back(a->pos());
  later([this, p, tparams, args, argPos] { verifyInstance(p, tparams, args, argPos); });
  return inst;
}

void Checker::validType(const Named *n, Pos pos) {
  std::vector<const Named *> path;
  validTypeRec(n, path, pos);
}

// Reports a type that contains itself without indirection (a struct or
// array of infinite size).
bool Checker::validTypeRec(const Type *t, std::vector<const Named *> &path, Pos pos) {
  if (!t)
    return true;
  switch (t->kind()) {
  case TypeKind::Array:
    return validTypeRec(cast<Array>(t)->elem, path, pos);
  case TypeKind::Struct:
    for (Var *f : cast<Struct>(t)->fields)
      if (!validTypeRec(f->type(), path, pos))
        return false;
    return true;
  case TypeKind::Interface:
    // An interface may not embed itself, directly or not.
    for (const Type *e : cast<Interface>(t)->embeddeds)
      if (isa<Named>(e) && !validTypeRec(e, path, pos))
        return false;
    return true;
  case TypeKind::Named: {
    auto *n = cast<Named>(t);
    if (n->obj->pkg() != pkg_)
      return true;
    if (validated_.count(n))
      return true;
    for (size_t i = 0; i < path.size(); i++)
      if (path[i] == n || (n->orig && path[i] == n->orig)) {
        // Report at the first type of the cycle in the source.
        const Named *first = path[i];
        for (size_t j = i; j < path.size(); j++)
          if (path[j]->obj->pos() < first->obj->pos())
            first = path[j];
        errorf(first->obj->pos(), "invalid recursive type {}", first->obj->name().str());
        for (size_t j = i; j < path.size(); j++)
          const_cast<Named *>(path[j])->under = invalidType();
        return false;
      }
    path.push_back(n);
    bool ok = validTypeRec(n->under, path, pos);
    path.pop_back();
    if (ok && !n->orig)
      validated_.insert(n);
    return ok;
  }
  default:
    return true;
  }
}

} // namespace gopp::check
