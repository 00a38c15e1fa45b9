// call.cpp — calls, conversions by call syntax, selectors and method
// values (spec "Calls", "Selectors", "Method expressions").
#include "frontend/check/Checker.h"

namespace gopp::check {

void Checker::useArgs(const ast::CallExpr *call) { useExprs(call->args); }

Checker::ExprKind Checker::callExpr(Operand &x, const ast::CallExpr *call) {
  exprOrType(x, call->fun, true);
  switch (x.mode) {
  case Mode::Invalid:
    useArgs(call);
    x.expr = call;
    return ExprKind::Statement;
  case Mode::TypeExpr: {
    const Type *T = x.type;
    x.setInvalid();
    if (auto *it = dyn_cast_or_null<Interface>(under(T)); it && !isTypeParam(T) && !typeSetOf(it).isMethodSet()) {
      errorf(call->pos(), "cannot use interface {} in conversion (contains specific type constraints or is comparable)",
             str(T));
      useArgs(call);
      return ExprKind::Conversion;
    }
    switch (call->args.size()) {
    case 0:
      errorf(call->rparen, "missing argument in conversion to {}", str(T));
      break;
    case 1:
      expr(x, call->args[0], T);
      if (!x.invalid()) {
        if (call->hasEllipsis) {
          errorf(call->args[0]->pos(), "invalid use of ... in type conversion to {}", str(T));
          x.setInvalid();
          break;
        }
        conversion(x, T);
      }
      break;
    default:
      useArgs(call);
      errorf(call->args.back()->pos(), "too many arguments in conversion to {}", str(T));
    }
    x.expr = call;
    return ExprKind::Conversion;
  }
  case Mode::Builtin: {
    types::BuiltinId id = x.builtin;
    if (!builtin(x, call, id))
      x.setInvalid();
    x.expr = call;
    x.nilValue = false; // x started as the first argument, which may be nil

    switch (id) {
    case BuiltinId::Append:
    case BuiltinId::Cap:
    case BuiltinId::Complex:
    case BuiltinId::Imag:
    case BuiltinId::Len:
    case BuiltinId::Make:
    case BuiltinId::Max:
    case BuiltinId::Min:
    case BuiltinId::New:
    case BuiltinId::Real:
    case BuiltinId::Add:
    case BuiltinId::Alignof:
    case BuiltinId::Offsetof:
    case BuiltinId::Sizeof:
    case BuiltinId::Slice:
    case BuiltinId::SliceData:
    case BuiltinId::String:
    case BuiltinId::StringData:
      return ExprKind::Expression;
    default:
      return ExprKind::Statement;
    }
  }
  default:
    break;
  }
  // An ordinary function call.
  auto *sig = dyn_cast_or_null<Signature>(coreType(x.type));
  if (!sig) {
    errorf(x.expr->pos(), "invalid operation: cannot call non-function {}", str(x));
    useArgs(call);
    x.setInvalid();
    x.expr = call;
    return ExprKind::Statement;
  }
  std::vector<Operand> args;
  if (call->hasEllipsis) { // f(xs...): never a multi-value argument
    for (const ast::Expr *a : call->args) {
      Operand y;
      expr(y, a);
      args.push_back(y);
    }
  } else {
    exprList(args, call->args, false);
  }
  for (const Operand &a : args)
    if (a.invalid()) {
      x.setInvalid();
      x.expr = call;
      return ExprKind::Statement;
    }
  const Type *resultSig = sig;
  if (!arguments(call, sig, args, str(call->fun), resultSig)) {
    x.setInvalid();
    x.expr = call;
    return ExprKind::Statement;
  }
  sig = cast<Signature>(resultSig);
  if (sig != x.type && x.expr)
    recordType(call->fun, Mode::Value, sig);
  const Tuple *res = sig->results;
  if (!res || res->size() == 0) {
    x.mode = Mode::NoValue;
    x.type = ctx_.emptyTuple();
  } else if (res->size() == 1) {
    x.mode = Mode::Value;
    x.type = res->at(0);
  } else {
    x.mode = Mode::Value;
    x.type = res;
  }
  x.expr = call;
  return ExprKind::Statement;
}

// "(int, number, string)": types as gc lists them in "have (...)" and
// "want (...)" lines; untyped numeric constants are "number".
std::string Checker::typesSummary(const std::vector<const Type *> &list, bool variadic) const {
  std::string s = "(";
  for (size_t i = 0; i < list.size(); i++) {
    if (i)
      s += ", ";
    const Type *t = list[i];
    if (variadic && i + 1 == list.size()) {
      s += "...";
      if (auto *sl = dyn_cast_or_null<Slice>(t))
        t = sl->elem;
    }
    if (isInvalid(t))
      s += "unknown type";
    else if (isUntyped(t))
      s += isNumeric(t) ? std::string("number") : llvm::StringRef(cast<Basic>(t)->name()).drop_front(8).str();
    else
      s += str(t);
  }
  return s + ")";
}

bool Checker::arguments(const ast::CallExpr *call, const Signature *sig, std::vector<Operand> &args,
                        const std::string &fname, const Type *&resultSig) {
  size_t nargs = args.size();
  const Tuple *params = sig->params;
  size_t npars = params ? params->size() : 0;
  bool ddd = call->hasEllipsis;
  // Type inference for generic functions.
  if (!sig->typeParams.empty()) {
    std::vector<const Type *> targs(sig->typeParams.size(), nullptr);
    if (auto it = partialTargs_.find(call->fun); it != partialTargs_.end())
      for (size_t i = 0; i < it->second.size() && i < targs.size(); i++)
        targs[i] = it->second[i];
    bool countOk = sig->variadic ? nargs + 1 >= npars : nargs == npars;
    if (!countOk && !ddd) {
      // Report the count error below with the generic signature.
    } else if (inferCallee_ = fname; !infer(call->rparen, sig->typeParams, targs, params, args,
                                                  sig->variadic && !ddd)) {
      return false;
    } else {
      // Unsatisfied constraints are reported at an explicit type
      // argument, or at the call's "(" for an inferred one (as gc does).
      std::vector<Pos> argPos;
      if (auto *ix = dyn_cast<ast::IndexExpr>(ast::unparen(call->fun)))
        for (const ast::Expr *a : ix->indices)
          argPos.push_back(a->pos());
      sig = instantiateSignature(call->lparen, sig, targs, argPos);
      info_.instances[call->fun] = Instance{targs, sig};
      resultSig = sig;
      params = sig->params;
    }
  }
  std::vector<const Type *> ptypes;
  for (size_t i = 0; i < npars; i++)
    ptypes.push_back(params->at(i));
  if (sig->variadic) {
    if (ddd) {
      if (nargs == 1 && call->args.size() == 1 && isa_and_nonnull<Tuple>(info_.typeOf(call->args[0]))) {
        errorf(call->pos(), "cannot use ... with {}-valued {}", npars, str(call->args[0]));
        return true;
      }
    } else if (nargs + 1 >= npars) {
      // Expand the variadic parameter to the arguments.
      const Type *last = ptypes.empty() ? nullptr : ptypes.back();
      const Type *elem = last ? cast<Slice>(coreType(last) ? coreType(last) : last)->elem : nullptr;
      if (!ptypes.empty())
        ptypes.pop_back();
      while (ptypes.size() < nargs)
        ptypes.push_back(elem);
      npars = nargs;
    }
  } else if (ddd) {
    errorf(call->pos(), "cannot use ... in call to non-variadic {}", str(call->fun));
    return true;
  }
  if (nargs != ptypes.size()) {
    Pos at = call->rparen;
    const char *qualifier = "not enough";
    if (nargs > ptypes.size()) {
      at = args[ptypes.size()].expr->pos();
      qualifier = "too many";
    } else if (nargs > 0) {
      at = args[nargs - 1].expr->pos();
    }
    std::vector<const Type *> have, want;
    for (const Operand &a : args)
      have.push_back(a.type);
    for (size_t i = 0; params && i < params->size(); i++)
      want.push_back(params->at(i));
    errorf(at, "{} arguments in call to {}\n\thave {}\n\twant {}", qualifier, fname, typesSummary(have, false),
           typesSummary(want, sig->variadic));
    return true;
  }
  std::string context = "argument to " + fname;
  for (size_t i = 0; i < nargs; i++)
    assignment(args[i], ptypes[i], context);
  return true;
}

const Signature *Checker::invalidSignature() {
  auto *s = ctx_.make<Signature>();
  s->params = ctx_.emptyTuple();
  s->results = ctx_.emptyTuple();
  return s;
}

const Signature *Checker::instantiateSignature(Pos pos, const Signature *sig, const std::vector<const Type *> &targs,
                                               const std::vector<Pos> &argPos) {
  SubstMap m = makeSubstMap(sig->typeParams, targs);
  auto *inst = ctx_.make<Signature>(*sig);
  inst->typeParams.clear();
  inst->params = cast<Tuple>(subst(ctx_, sig->params, m));
  inst->results = cast<Tuple>(subst(ctx_, sig->results, m));
  std::vector<TypeParam *> tparams = sig->typeParams;
  later([this, pos, tparams, targs, argPos] { verifyInstance(pos, tparams, targs, argPos); });
  return inst;
}

void Checker::funcInst(Operand &x, const ast::IndexExpr *ix, const Type *hint) {
  (void)hint;
  auto *sig = dyn_cast_or_null<Signature>(x.type);
  if (!sig || sig->typeParams.empty()) {
    x.setInvalid();
    return;
  }
  std::vector<const Type *> targs;
  for (const ast::Expr *a : ix->indices)
    targs.push_back(varType(a));
  for (const Type *t : targs)
    if (isInvalid(t)) {
      x.setInvalid();
      return;
    }
  if (targs.size() > sig->typeParams.size()) {
    errorf(ix->indices[sig->typeParams.size()]->pos(), "got {} type arguments but want {}", targs.size(),
           sig->typeParams.size());
    x.setInvalid();
    return;
  }
  if (targs.size() < sig->typeParams.size()) {
    // Partial instantiation: the constraints may determine the rest
    // (f[byte] with B interface{ []A }); otherwise the call infers them.
    std::vector<const Type *> full(sig->typeParams.size(), nullptr);
    std::copy(targs.begin(), targs.end(), full.begin());
    std::vector<Operand> noArgs;
    if (!infer(ix->pos(), sig->typeParams, full, nullptr, noArgs, false, false)) {
      partialTargs_[ix] = targs;
      x.mode = Mode::Value;
      return;
    }
    targs = full;
  }
  std::vector<Pos> argPos;
  for (const ast::Expr *a : ix->indices)
    argPos.push_back(a->pos());
  const Signature *inst = instantiateSignature(ix->pos(), sig, targs, argPos);
  info_.instances[ix->x] = Instance{targs, inst};
  x.type = inst;
  x.mode = Mode::Value;
}

// ---------------------------------------------------------------- selectors

void Checker::selector(Operand &x, const ast::SelectorExpr *e, const Named *def, bool wantType) {
  (void)def;
  (void)wantType;
  llvm::StringRef sel = e->sel->name;
  x.expr = e;
  // A qualified identifier pkg.Name.
  if (auto *id = dyn_cast<ast::Ident>(e->x)) {
    Object *obj = env_.scope ? env_.scope->lookupParent(id->name, id->pos()) : nullptr;
    if (auto *pn = dyn_cast_or_null<PkgName>(obj)) {
      recordUse(id, pn);
      pn->used = true;
      Package *imp = pn->imported;
      Object *exp = imp->scope->lookup(sel);
      if (!exp) {
        if (!imp->fake)
          errorf(e->sel->pos(), "undefined: {}.{}", id->name.str(), sel.str());
        x.setInvalid();
        return;
      }
      if (!exp->exported()) {
        errorf(e->sel->pos(), "name {} not exported by package {}", sel.str(), imp->name);
        x.setInvalid();
        return;
      }
      recordUse(e->sel, exp);
      x.type = exp->type();
      switch (exp->objKind()) {
      case ObjKind::Const:
        x.mode = Mode::Constant;
        x.val = cast<Const>(exp)->val;
        break;
      case ObjKind::TypeName:
        x.mode = Mode::TypeExpr;
        break;
      case ObjKind::Var:
        x.mode = Mode::Variable;
        break;
      case ObjKind::Func:
        x.mode = Mode::Value;
        break;
      case ObjKind::Builtin:
        x.mode = Mode::Builtin;
        x.builtin = cast<Builtin>(exp)->id;
        x.type = invalidType();
        break;
      default:
        x.setInvalid();
      }
      if (!x.type || (isInvalid(x.type) && x.mode != Mode::Builtin))
        x.setInvalid();
      return;
    }
  }
  exprOrType(x, e->x, false);
  if (x.invalid()) {
    x.expr = e;
    return;
  }
  if (x.mode == Mode::NoValue || x.mode == Mode::Builtin) {
    errorf(e->pos(), "cannot select on {}", str(x));
    x.setInvalid();
    return;
  }
  if (isGeneric(x.type)) {
    errorf(e->x->pos(), "cannot use generic type {} without instantiation", str(x.type));
    x.setInvalid();
    return;
  }
  const Type *T = x.type;
  bool isType = x.mode == Mode::TypeExpr;
  LookupResult r = lookupFieldOrMethod(T, x.mode == Mode::Variable, pkg_, sel);
  if (r.status == LookupResult::Ambiguous) {
    errorf(e->sel->pos(), "ambiguous selector {}.{}", str(e->x), sel.str());
    x.setInvalid();
    return;
  }
  if (r.obj && isa<Func>(r.obj) && !r.obj->type())
    objDecl(r.obj);
  if (!r.obj) {
    std::string why;
    auto *ptr = dyn_cast_or_null<Pointer>(under(T));
    if (ptr && isa_and_nonnull<Interface>(under(ptr->elem)) && !isTypeParam(ptr->elem)) {
      why = "type " + str(T) + " is pointer to interface, not interface";
    } else {
      why = "type " + str(T) + " has no field or method " + sel.str();
      std::string other = sel.str();
      if (!other.empty()) {
        char c = other[0];
        other[0] = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32)
                   : (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32)
                                            : c;
        if (other != sel.str()) {
          LookupResult o = lookupFieldOrMethod(T, x.mode == Mode::Variable, pkg_, other);
          if (o.obj)
            why += std::string(", but does have ") + (isa<Var>(o.obj) ? "field " : "method ") + other;
        }
      }
    }
    if (isType)
      errorf(e->sel->pos(), "{}.{} undefined (type {} has no method {})", str(e->x), sel.str(), str(T), sel.str());
    else
      errorf(e->sel->pos(), "{}.{} undefined ({})", str(e->x), sel.str(), why);
    x.setInvalid();
    return;
  }
  recordUse(e->sel, r.obj);
  // A method of this package is a dependency for initialization order.
  if (auto *f = dyn_cast<Func>(r.obj); f && env_.decl && objMap_.count(f))
    env_.decl->deps.insert(f);
  if (isType) {
    // A method expression T.m: a function with the receiver first.
    auto *m = dyn_cast<Func>(r.obj);
    if (!m) {
      errorf(e->sel->pos(), "{}.{} undefined (type {} has no method {})", str(e->x), sel.str(), str(T), sel.str());
      x.setInvalid();
      return;
    }
    if (r.status == LookupResult::PtrRecv && !isa<Pointer>(T)) {
      errorf(e->pos(), "invalid method expression {}.{} (needs pointer receiver (*{}).{})", str(e->x), sel.str(),
             str(T), sel.str());
      x.setInvalid();
      return;
    }
    const Signature *msig = methodSignature(ctx_, m, r.recvBase ? r.recvBase : T);
    auto *fs = ctx_.make<Signature>();
    auto *params = ctx_.make<Tuple>();
    auto *recv = ctx_.make<Var>(pkg_, e->pos(), "", T);
    recv->isParam = true;
    params->vars.push_back(recv);
    for (Var *p : msig->params->vars)
      params->vars.push_back(p);
    fs->params = params;
    fs->results = msig->results;
    fs->variadic = msig->variadic;
    info_.selections[e] = Selection{SelectionKind::MethodExpr, T, m, r.index, r.indirect};
    x.mode = Mode::Value;
    x.type = fs;
    return;
  }
  if (r.status == LookupResult::PtrRecv) {
    errorf(e->sel->pos(), "cannot call pointer method {} on {}", sel.str(), str(T));
    x.setInvalid();
    return;
  }
  if (auto *f = dyn_cast<Var>(r.obj)) {
    info_.selections[e] = Selection{SelectionKind::FieldVal, T, f, r.index, r.indirect};
    if (x.mode == Mode::Variable || r.indirect || isa_and_nonnull<Pointer>(under(T)))
      x.mode = Mode::Variable;
    else
      x.mode = Mode::Value;
    x.type = f->type();
    return;
  }
  auto *m = cast<Func>(r.obj);
  info_.selections[e] = Selection{SelectionKind::MethodVal, T, m, r.index, r.indirect};
  const Signature *msig = methodSignature(ctx_, m, r.recvBase ? r.recvBase : T);
  x.mode = Mode::Value;
  // The method value's type is the signature without a receiver.
  auto *fs = ctx_.make<Signature>(*msig);
  fs->recv = nullptr;
  fs->recvTypeParams.clear();
  x.type = fs;
}

} // namespace gopp::check
