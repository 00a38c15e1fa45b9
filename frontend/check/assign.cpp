// assign.cpp — assignability and assignments (spec "Assignability",
// "Assignment statements", "Short variable declarations", "Variable
// declarations"), and interface implementation for them.
#include "frontend/check/Checker.h"

namespace gopp::check {

namespace {
bool hasName(const Type *t) { return isa<Basic>(t) || isa<Named>(t) || isa<TypeParam>(t); }
} // namespace

std::string Checker::implementsError(const Type *V, const Type *T) {
  const Type *Vu = under(V), *Tu = under(T);
  if (isInvalid(Vu) || isInvalid(Tu))
    return "";
  if (auto *p = dyn_cast_or_null<Pointer>(Vu); p && isInvalid(under(p->elem)))
    return "";
  auto *Ti = dyn_cast_or_null<Interface>(Tu);
  if (!Ti) {
    auto *tp = dyn_cast_or_null<Pointer>(Tu);
    if (tp && isa_and_nonnull<Interface>(under(tp->elem)))
      return str(V) + " does not implement " + str(T) + " (type " + str(T) + " is pointer to interface, not interface)";
    return str(V) + " does not implement " + str(T) + " (" + str(T) + " is not an interface)";
  }
  const TypeSet &ts = typeSetOf(Ti);
  if (ts.methods.empty() && ts.allTypes && !ts.comparable)
    return "";
  MissingMethod mm = missingMethod(ctx_, V, Ti);
  if (mm.method) {
    std::string name = mm.method->name().str();
    std::string why;
    auto *vp = dyn_cast_or_null<Pointer>(Vu);
    if (vp && isa_and_nonnull<Interface>(under(vp->elem)) && !isTypeParam(vp->elem))
      why = "(type " + str(V) + " is pointer to interface, not interface)";
    else if (mm.ptrRecv)
      why = "(method " + name + " has pointer receiver)";
    else if (mm.wrongType) {
      std::string have, want;
      writeSignature(have, cast<Signature>(mm.found->type()), pkg_);
      writeSignature(want, cast<Signature>(mm.method->type()), pkg_);
      why = "(wrong type for method " + name + ")\n\t\thave " + name + have + "\n\t\twant " + name + want;
    } else if (mm.found && mm.found->name() != mm.method->name())
      why = "(missing method " + name + ")\n\t\thave " + mm.found->name().str() + "\n\t\twant " + name;
    else
      why = "(missing method " + name + ")";
    return str(V) + " does not implement " + str(T) + " " + why;
  }
  if (ts.comparable && !comparable(V, false))
    return str(V) + " does not implement comparable";
  if (!ts.allTypes && !isa_and_nonnull<Interface>(Vu) && !termsInclude(ts, V))
    return str(V) + " does not implement " + str(T);
  return "";
}

bool Checker::assignableTo(Operand &x, const Type *T, std::string *cause) {
  if (x.invalid() || isInvalid(T))
    return true;
  const Type *V = x.type;
  if (identical(V, T))
    return true;
  const Type *Vu = under(V), *Tu = under(T);
  auto *Vp = dyn_cast_or_null<TypeParam>(V);
  auto *Tp = dyn_cast_or_null<TypeParam>(T);
  if (isUntyped(Vu)) {
    if (Tp) {
      const std::vector<Term> *terms = specificTerms(Tp);
      if (!terms)
        return false;
      for (const Term &term : *terms) {
        Operand y = x;
        const Type *nt;
        if (!implicitTypeAndValue(y, term.type, nt))
          return false;
      }
      return true;
    }
    Operand y = x;
    const Type *nt;
    return implicitTypeAndValue(y, T, nt);
  }
  if (identical(Vu, Tu) && (!hasName(V) || !hasName(T)) && !Vp && !Tp)
    return true;
  bool tIsIfacePtr = false;
  if (auto *p = dyn_cast_or_null<Pointer>(Tu))
    tIsIfacePtr = isa_and_nonnull<Interface>(under(p->elem)) && !isTypeParam(p->elem);
  if ((isa_and_nonnull<Interface>(Tu) && !Tp) || tIsIfacePtr) {
    std::string err = implementsError(V, T);
    if (!err.empty()) {
      if (cause)
        *cause = err;
      return false;
    }
    return true;
  }
  if (auto *Vi = dyn_cast_or_null<Interface>(Vu); Vi && !Vp) {
    if (implementsError(T, V).empty()) {
      if (cause)
        *cause = "need type assertion";
      return false;
    }
  }
  if (auto *vc = dyn_cast_or_null<Chan>(Vu); vc && vc->dir == ChanDir::Both) {
    if (auto *tc = dyn_cast_or_null<Chan>(Tu); tc && identical(vc->elem, tc->elem))
      return !hasName(V) || !hasName(T);
  }
  if (!Vp && !Tp)
    return false;
  // Type parameters: assignable to/from every type in the type set.
  auto each = [&](const TypeParam *tp, auto &&f) {
    const std::vector<Term> *terms = specificTerms(tp);
    if (!terms)
      return false;
    for (const Term &term : *terms)
      if (!f(term.type))
        return false;
    return true;
  };
  if (!hasName(V) && Tp) {
    return each(Tp, [&](const Type *t) {
      Operand y = x;
      return assignableTo(y, t, nullptr);
    });
  }
  if (Vp && !hasName(T)) {
    return each(Vp, [&](const Type *v) {
      Operand y = x;
      y.type = v;
      return assignableTo(y, T, nullptr);
    });
  }
  return false;
}

void Checker::assignment(Operand &x, const Type *T, const std::string &context) {
  singleValue(x);
  switch (x.mode) {
  case Mode::Invalid:
    return;
  case Mode::Constant:
  case Mode::Variable:
  case Mode::MapIndex:
  case Mode::Value:
  case Mode::CommaOK:
    break;
  default:
    errorf(x.expr->pos(), "cannot assign {} to {} in {}", str(x), str(T), context);
    x.setInvalid();
    return;
  }
  if (isUntyped(x.type)) {
    const Type *target = T;
    if (!T || isNonTypeParamInterface(T)) {
      if (!T && x.isNil()) {
        errorf(x.expr->pos(), "use of untyped nil in {}", context);
        x.setInvalid();
        return;
      }
      target = defaultType(universe_, x.type);
    }
    Operand orig = x;
    const Type *nt;
    if (!implicitTypeAndValue(x, target, nt)) {
      std::string msg = "cannot use " + str(orig) + " as " + str(target) + " value in " + context;
      if (auto *b = dyn_cast_or_null<Basic>(under(target)); b && orig.mode == Mode::Constant &&
                                                           isNumeric(orig.type) && (b->info() & IsNumeric)) {
        if (!isInteger(orig.type) && (b->info() & IsInteger))
          msg += " (truncated)";
        else
          msg += " (overflows)";
      }
      errorf(orig.expr->pos(), "{}", msg);
      x.setInvalid();
      return;
    }
    commitUntyped(x, nt);
  }
  if (auto *sig = dyn_cast_or_null<Signature>(under(x.type)); sig && !sig->typeParams.empty()) {
    errorf(x.expr->pos(), "cannot use generic function {} without instantiation in {}", str(x.expr), context);
    x.setInvalid();
    return;
  }
  if (!T)
    return;
  std::string cause;
  if (!assignableTo(x, T, &cause)) {
    if (!cause.empty())
      errorf(x.expr->pos(), "cannot use {} as {} value in {}: {}", str(x), str(T), context, cause);
    else
      errorf(x.expr->pos(), "cannot use {} as {} value in {}", str(x), str(T), context);
    x.setInvalid();
    return;
  }
  recordConversion(x, T);
}

void Checker::recordConversion(const Operand &x, const Type *T) {
  if (x.expr && T && !isInvalid(T) && !isUntyped(x.type) && !identical(x.type, T))
    info_.conversions[x.expr] = T;
}

void Checker::initVar(Var *lhs, Operand &x, const std::string &context) {
  if (x.invalid() || isInvalid(x.type) || (lhs->type() && isInvalid(lhs->type()))) {
    if (!lhs->type())
      lhs->setType(invalidType());
    lhs->used = true;
    return;
  }
  if (!lhs->type()) {
    const Type *t = x.type;
    if (isUntyped(t)) {
      if (isUntypedNil(t)) {
        errorf(x.expr->pos(), "use of untyped nil in {}", context);
        lhs->setType(invalidType());
        x.setInvalid();
        return;
      }
      t = defaultType(universe_, t);
    }
    lhs->setType(t);
  }
  assignment(x, lhs->type(), context);
  if (x.invalid())
    lhs->used = true;
}

void Checker::assignError(llvm::ArrayRef<ast::Expr *> rhs, size_t l, size_t r, Pos at, bool) {
  auto measure = [](size_t n, const char *unit) { return std::to_string(n) + " " + unit + (n != 1 ? "s" : ""); };
  std::string vars = measure(l, "variable"), vals = measure(r, "value");
  if (rhs.size() == 1)
    if (auto *call = dyn_cast<ast::CallExpr>(ast::unparen(rhs[0]))) {
      errorf(at, "assignment mismatch: {} but {} returns {}", vars, str(call->fun), vals);
      return;
    }
  errorf(at, "assignment mismatch: {} but {}", vars, vals);
}

void Checker::initVars(llvm::ArrayRef<Var *> lhs, llvm::ArrayRef<ast::Expr *> rhsExprs, const ast::Node *returnStmt) {
  std::vector<Operand> rhs;
  bool commaOk = lhs.size() == 2 && rhsExprs.size() == 1 && !returnStmt;
  exprList(rhs, rhsExprs, commaOk);
  if (lhs.size() != rhs.size()) {
    for (Var *v : lhs) {
      v->used = true;
      if (!v->type())
        v->setType(invalidType());
    }
    for (const Operand &x : rhs)
      if (x.invalid())
        return;
    if (returnStmt) {
      Pos at = returnStmt->pos();
      const char *qualifier = "not enough";
      if (rhs.size() > lhs.size()) {
        at = rhs[lhs.size()].expr->pos();
        qualifier = "too many";
      } else if (!rhs.empty()) {
        at = rhs.back().expr->pos();
      }
      std::vector<const Type *> have, want;
      for (const Operand &x : rhs)
        have.push_back(x.type);
      for (Var *v : lhs)
        want.push_back(v->type());
      errorf(at, "{} return values\n\thave {}\n\twant {}", qualifier, typesSummary(have, false),
             typesSummary(want, false));
      return;
    }
    assignError(rhsExprs, lhs.size(), rhs.size(), rhsExprs[0]->pos());
    return;
  }
  std::string context = returnStmt ? "return statement" : "assignment";
  bool ok = true;
  for (size_t i = 0; i < lhs.size(); i++) {
    initVar(lhs[i], rhs[i], context);
    if (rhs[i].invalid())
      ok = false;
  }
  if (!ok)
    for (Var *v : lhs)
      v->used = true;
}

const Type *Checker::assignVar(const ast::Expr *lhs, Operand &x, const char *context) {
  (void)context;
  if (x.invalid())
    return nullptr;
  auto *ident = dyn_cast<ast::Ident>(ast::unparen(lhs));
  if (ident && ident->name == "_") {
    recordDef(ident, nullptr);
    assignment(x, nullptr, "assignment to _ identifier");
    return x.invalid() ? nullptr : x.type;
  }
  // Assigning to a variable is not a use of it.
  Var *v = nullptr;
  bool wasUsed = false;
  if (ident) {
    if (auto *w = dyn_cast_or_null<Var>(env_.scope->lookupParent(ident->name, ident->pos())); w && w->pkg() == pkg_) {
      v = w;
      wasUsed = w->used;
    }
  }
  Operand z;
  expr(z, lhs);
  if (v)
    v->used = wasUsed;
  if (z.invalid() || isInvalid(z.type))
    return nullptr;
  switch (z.mode) {
  case Mode::Variable:
  case Mode::MapIndex:
    break;
  default: {
    if (auto *sel = dyn_cast<ast::SelectorExpr>(ast::unparen(z.expr))) {
      auto tv = info_.types.find(sel->x);
      if (tv != info_.types.end() && tv->second.mode == Mode::MapIndex) {
        errorf(z.expr->pos(), "cannot assign to struct field {} in map", str(z.expr));
        return nullptr;
      }
    }
    std::string what = str(z);
    if (z.mode == Mode::Value || z.mode == Mode::Constant || z.mode == Mode::CommaOK) {
      what = str(z.expr) + " (neither addressable nor a map index expression)";
    }
    errorf(z.expr->pos(), "cannot assign to {}", what);
    return nullptr;
  }
  }
  assignment(x, z.type, "assignment");
  return x.invalid() ? nullptr : x.type;
}

void Checker::assignVars(llvm::ArrayRef<ast::Expr *> lhs, llvm::ArrayRef<ast::Expr *> rhsExprs) {
  std::vector<Operand> rhs;
  bool commaOk = lhs.size() == 2 && rhsExprs.size() == 1;
  exprList(rhs, rhsExprs, commaOk);
  if (lhs.size() != rhs.size()) {
    useExprs(lhs); // counts as a use, so no "declared and not used" follows
    for (const Operand &x : rhs)
      if (x.invalid())
        return;
    assignError(rhsExprs, lhs.size(), rhs.size(), rhsExprs[0]->pos());
    return;
  }
  bool ok = true;
  for (size_t i = 0; i < lhs.size(); i++)
    if (!assignVar(lhs[i], rhs[i]))
      ok = false;
  // A failed assignment counts as a use of its variables (no follow-on
  // "declared and not used"), as in gc.
  if (!ok)
    for (const ast::Expr *e : lhs)
      if (auto *id = dyn_cast<ast::Ident>(ast::unparen(e)))
        if (auto *v = dyn_cast_or_null<Var>(env_.scope->lookupParent(id->name, id->pos())))
          v->used = true;
}

void Checker::useLHS(llvm::ArrayRef<ast::Expr *> es) {
  for (const ast::Expr *e : es) {
    auto *id = dyn_cast<ast::Ident>(ast::unparen(e));
    if (id && id->name == "_")
      continue;
    Var *v = nullptr;
    bool wasUsed = false;
    if (id)
      if (auto *w = dyn_cast_or_null<Var>(env_.scope->lookupParent(id->name, id->pos())); w && w->pkg() == pkg_) {
        v = w;
        wasUsed = w->used;
      }
    Operand x;
    rawExpr(x, e, nullptr, true);
    if (v)
      v->used = wasUsed;
  }
}

void Checker::shortVarDecl(const ast::AssignStmt *s) {
  Scope *scope = env_.scope;
  std::vector<Var *> lhsVars, newVars;
  bool hasErr = false;
  for (const ast::Expr *lhs : s->lhs) {
    auto *id = dyn_cast<ast::Ident>(lhs);
    if (!id) {
      useLHS(llvm::ArrayRef<ast::Expr *>(const_cast<ast::Expr *>(lhs)));
      report(lhs->pos(), fmt::format("non-name {} on left side of :=", str(lhs)), DiagKind::NonNameOnLeftOfDefine);
      hasErr = true;
      lhsVars.push_back(nullptr);
      continue;
    }
    bool repeated = false;
    for (Var *v : lhsVars)
      if (v && v->name() == id->name && id->name != "_") {
        errorf(lhs->pos(), "{} repeated on left side of :=", id->name.str());
        hasErr = true;
        repeated = true;
      }
    if (repeated) {
      lhsVars.push_back(nullptr);
      continue;
    }
    if (Object *alt = scope->lookup(id->name); alt && id->name != "_") {
      recordUse(id, alt);
      if (auto *v = dyn_cast<Var>(alt)) {
        lhsVars.push_back(v);
      } else {
        errorf(lhs->pos(), "cannot assign to {}", str(lhs));
        hasErr = true;
        lhsVars.push_back(nullptr);
      }
      continue;
    }
    auto *v = ctx_.make<Var>(pkg_, id->pos(), id->name, nullptr);
    lhsVars.push_back(v);
    newVars.push_back(v);
    recordDef(id, v);
  }
  // Check the initialization with placeholders for erroneous lhs.
  std::vector<Var *> targets;
  for (size_t i = 0; i < lhsVars.size(); i++) {
    Var *v = lhsVars[i];
    if (!v)
      v = ctx_.make<Var>(pkg_, s->lhs[i]->pos(), "_", nullptr);
    targets.push_back(v);
  }
  // Existing variables keep their type; assignment to them is not a use.
  std::vector<bool> wasUsed;
  for (Var *v : targets)
    wasUsed.push_back(v->used);
  initVars(targets, s->rhs, nullptr);
  for (size_t i = 0; i < targets.size(); i++)
    if (std::find(newVars.begin(), newVars.end(), targets[i]) == newVars.end())
      targets[i]->used = wasUsed[i] || targets[i]->used;
  for (size_t i = 0; i < targets.size(); i++)
    if (std::find(newVars.begin(), newVars.end(), targets[i]) == newVars.end() && !wasUsed[i])
      targets[i]->used = false;
  if (newVars.empty() && !hasErr) {
    errorf(s->tokPos, "no new variables on left side of :=");
    return;
  }
  for (Var *v : newVars) {
    if (v->name() != "_") {
      scope->insert(v);
      funcVars_.push_back(v);
    }
  }
}

} // namespace gopp::check
