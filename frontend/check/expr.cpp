// expr.cpp — expressions (spec "Expressions"): the dispatch over every
// kind of expression, single- and multi-valued contexts, type assertions
// and function literals. Operators are in operators.cpp, untyped constants
// in untyped.cpp.
#include "frontend/check/Checker.h"

namespace gopp::check {

void Checker::exclude(Operand &x, bool noValue, bool builtin, bool type) {
  const char *msg = nullptr;
  switch (x.mode) {
  case Mode::NoValue:
    if (noValue)
      msg = "{} used as value";
    break;
  case Mode::Builtin:
    if (builtin)
      msg = "{} must be called";
    break;
  case Mode::TypeExpr:
    if (type)
      msg = "{} is not an expression";
    break;
  default:
    break;
  }
  if (msg) {
    errorf(x.expr ? x.expr->pos() : Pos{}, msg, str(x));
    x.setInvalid();
  }
}

void Checker::singleValue(Operand &x) {
  if (x.mode == Mode::Value && x.type && isa<Tuple>(x.type)) {
    auto *t = cast<Tuple>(x.type);
    if (t->size() != 1) {
      errorf(x.expr->pos(), "multiple-value {} in single-value context", str(x));
      x.setInvalid();
    }
  }
}

void Checker::expr(Operand &x, const ast::Expr *e, const Type *hint) {
  rawExpr(x, e, hint, false);
  exclude(x, true, true, true);
  singleValue(x);
}

void Checker::exprOrType(Operand &x, const ast::Expr *e, bool allowGeneric) {
  rawExpr(x, e, nullptr, allowGeneric);
  exclude(x, true, false, false);
  singleValue(x);
}

void Checker::genericExpr(Operand &x, const ast::Expr *e) {
  rawExpr(x, e, nullptr, true);
  exclude(x, true, true, true);
  singleValue(x);
}

void Checker::exprList(std::vector<Operand> &out, llvm::ArrayRef<ast::Expr *> es, bool allowCommaOk) {
  // One expression may stand for several values (f() or v, ok := m[k]).
  if (es.size() == 1) {
    multiExpr(out, es[0], allowCommaOk);
    return;
  }
  for (const ast::Expr *e : es) {
    Operand x;
    expr(x, e);
    out.push_back(x);
  }
}

void Checker::multiExpr(std::vector<Operand> &out, const ast::Expr *e, bool allowCommaOk) {
  Operand x;
  rawExpr(x, e, nullptr, false);
  exclude(x, true, true, true);
  if (x.invalid()) {
    out.push_back(x);
    return;
  }
  if (auto *t = dyn_cast_or_null<Tuple>(x.type)) {
    for (Var *v : t->vars) {
      Operand y;
      y.mode = Mode::Value;
      y.expr = e;
      y.type = v->type();
      out.push_back(y);
    }
    return;
  }
  if (allowCommaOk && (x.mode == Mode::CommaOK || x.mode == Mode::MapIndex)) {
    Operand ok;
    ok.mode = Mode::Value;
    ok.expr = e;
    ok.type = typ(BasicKind::UntypedBool);
    x.mode = Mode::Value;
    out.push_back(x);
    out.push_back(ok);
    return;
  }
  if (x.mode == Mode::CommaOK)
    x.mode = Mode::Value;
  out.push_back(x);
}

Checker::ExprKind Checker::rawExpr(Operand &x, const ast::Expr *e, const Type *hint, bool allowGeneric) {
  ExprKind kind = exprInternal(x, e, hint);
  if (!allowGeneric && x.mode != Mode::Invalid && x.mode != Mode::TypeExpr) {
    if (auto *sig = dyn_cast_or_null<Signature>(x.type); sig && !sig->typeParams.empty()) {
      errorf(e->pos(), "cannot use generic function {} without instantiation", str(e));
      x.setInvalid();
    }
  }
  if (!allowGeneric && x.mode == Mode::TypeExpr && isGeneric(x.type)) {
    errorf(e->pos(), "cannot use generic type {} without instantiation", str(x.type));
    x.setInvalid();
  }
  x.expr = e;
  record(x);
  return kind;
}

void Checker::useExprs(llvm::ArrayRef<ast::Expr *> es) {
  for (const ast::Expr *e : es) {
    if (!e)
      continue;
    // Evaluating _ is not an error here (nothing is read).
    if (auto *id = dyn_cast<ast::Ident>(ast::unparen(e)); id && id->name == "_")
      continue;
    Operand x;
    rawExpr(x, e, nullptr, true);
  }
}

Checker::ExprKind Checker::exprInternal(Operand &x, const ast::Expr *e, const Type *hint) {
  x.mode = Mode::Invalid;
  x.type = invalidType();
  x.expr = e;
  x.nilValue = false;
  switch (e->kind()) {
  case ast::Node::Kind::BadExpr:
    return ExprKind::Statement;
  case ast::Node::Kind::Ident:
    ident(x, cast<ast::Ident>(e), nullptr, false);
    return ExprKind::Expression;
  case ast::Node::Kind::BasicLit: {
    auto *lit = cast<ast::BasicLit>(e);
    x.val = constant::Value::fromLiteral(lit->litKind, std::string_view(lit->value.data(), lit->value.size()));
    switch (lit->litKind) {
    case ast::BasicLit::LitKind::Int:
      x.type = typ(BasicKind::UntypedInt);
      break;
    case ast::BasicLit::LitKind::Float:
      x.type = typ(BasicKind::UntypedFloat);
      break;
    case ast::BasicLit::LitKind::Imag:
      x.type = typ(BasicKind::UntypedComplex);
      break;
    case ast::BasicLit::LitKind::Rune:
      x.type = typ(BasicKind::UntypedRune);
      break;
    case ast::BasicLit::LitKind::String:
      x.type = typ(BasicKind::UntypedString);
      break;
    }
    if (x.val.isUnknown()) {
      errorf(e->pos(), "malformed constant: {}", lit->value.str());
      x.setInvalid();
      return ExprKind::Expression;
    }
    x.mode = Mode::Constant;
    if (x.val.kind() == constant::Kind::Int && x.val.bitLen() > 512) {
      errorf(e->pos(), "constant overflow");
      x.val = constant::Value();
    }
    return ExprKind::Expression;
  }
  case ast::Node::Kind::FuncLit:
    funcLit(x, cast<ast::FuncLit>(e));
    return ExprKind::Expression;
  case ast::Node::Kind::CompositeLit:
    compositeLit(x, cast<ast::CompositeLit>(e), hint);
    return ExprKind::Expression;
  case ast::Node::Kind::ParenExpr: {
    ExprKind k = rawExpr(x, cast<ast::ParenExpr>(e)->x, hint, true);
    x.expr = e;
    return k;
  }
  case ast::Node::Kind::SelectorExpr:
    selector(x, cast<ast::SelectorExpr>(e), nullptr, false);
    return ExprKind::Expression;
  case ast::Node::Kind::IndexExpr:
    if (!indexExpr(x, cast<ast::IndexExpr>(e)))
      funcInst(x, cast<ast::IndexExpr>(e), hint);
    return ExprKind::Expression;
  case ast::Node::Kind::SliceExpr:
    sliceExpr(x, cast<ast::SliceExpr>(e));
    return ExprKind::Expression;
  case ast::Node::Kind::TypeAssertExpr: {
    auto *ta = cast<ast::TypeAssertExpr>(e);
    expr(x, ta->x);
    if (x.invalid())
      return ExprKind::Expression;
    if (!ta->type) {
      errorf(e->pos(), "use of .(type) outside type switch");
      x.setInvalid();
      return ExprKind::Expression;
    }
    if (isTypeParam(x.type)) {
      errorf(ta->x->pos(), "invalid operation: cannot use type assertion on type parameter value {}", str(x));
      x.setInvalid();
      return ExprKind::Expression;
    }
    if (!isa_and_nonnull<Interface>(under(x.type))) {
      errorf(ta->x->pos(), "invalid operation: {} is not an interface", str(x));
      x.setInvalid();
      return ExprKind::Expression;
    }
    const Type *T = varType(ta->type);
    if (isInvalid(T)) {
      x.setInvalid();
      return ExprKind::Expression;
    }
    typeAssertion(e, x, T, false);
    x.mode = Mode::CommaOK;
    x.type = T;
    return ExprKind::Expression;
  }
  case ast::Node::Kind::CallExpr:
    return callExpr(x, cast<ast::CallExpr>(e));
  case ast::Node::Kind::StarExpr: {
    auto *se = cast<ast::StarExpr>(e);
    exprOrType(x, se->x, false);
    switch (x.mode) {
    case Mode::Invalid:
      return ExprKind::Expression;
    case Mode::TypeExpr:
      x.type = ctx_.make<Pointer>(x.type);
      return ExprKind::Expression;
    default:
      break;
    }
    if (x.isNil()) {
      errorf(e->pos(), "invalid operation: cannot indirect nil");
      x.setInvalid();
      return ExprKind::Expression;
    }
    auto *p = dyn_cast_or_null<Pointer>(coreType(x.type));
    if (!p) {
      errorf(e->pos(), "invalid operation: cannot indirect {}", str(x));
      x.setInvalid();
      return ExprKind::Expression;
    }
    x.mode = Mode::Variable;
    x.type = p->elem;
    return ExprKind::Expression;
  }
  case ast::Node::Kind::UnaryExpr:
    unary(x, cast<ast::UnaryExpr>(e));
    return cast<ast::UnaryExpr>(e)->op == ast::Op::Arrow ? ExprKind::Statement : ExprKind::Expression;
  case ast::Node::Kind::BinaryExpr: {
    auto *b = cast<ast::BinaryExpr>(e);
    binary(x, e, b->x, b->y, b->op, b->pos());
    return ExprKind::Expression;
  }
  case ast::Node::Kind::KeyValueExpr:
    errorf(e->pos(), "unexpected key:value expression");
    return ExprKind::Expression;
  case ast::Node::Kind::Ellipsis:
    errorf(e->pos(), "invalid use of ...");
    return ExprKind::Expression;
  case ast::Node::Kind::ArrayType:
  case ast::Node::Kind::StructType:
  case ast::Node::Kind::FuncType:
  case ast::Node::Kind::InterfaceType:
  case ast::Node::Kind::MapType:
  case ast::Node::Kind::ChanType:
    x.type = typExpr(e);
    x.mode = isInvalid(x.type) ? Mode::Invalid : Mode::TypeExpr;
    return ExprKind::Expression;
  default:
    return ExprKind::Expression;
  }
}

void Checker::typeAssertion(const ast::Expr *e, Operand &x, const Type *T, bool typeSwitch) {
  auto *it = cast<Interface>(under(x.type));
  if (isa_and_nonnull<Interface>(under(T)))
    return; // no static check for interface (or type parameter) targets
  MissingMethod mm = missingMethod(ctx_, T, it);
  if (!mm.method)
    return;
  std::string cause;
  if (mm.wrongType)
    cause = "(wrong type for method " + mm.method->name().str() + ")";
  else if (mm.ptrRecv)
    cause = "(method " + mm.method->name().str() + " has pointer receiver)";
  else
    cause = "(missing method " + mm.method->name().str() + ")";
  if (typeSwitch)
    errorf(e->pos(), "impossible type switch case: {}\n\t{} cannot have dynamic type {} {}", str(e), str(x),
           str(T), cause);
  else
    errorf(e->pos(), "impossible type assertion: {}\n\t{} does not implement {} {}", str(e), str(T),
           str(x.type), cause);
}

void Checker::funcLit(Operand &x, const ast::FuncLit *e) {
  Scope *saved = env_.scope;
  Scope *scope = newScope(env_.scope, e, true);
  env_.scope = scope;
  const Signature *sig = funcType(e->type, nullptr);
  env_.scope = saved;
  recordType(e->type, Mode::TypeExpr, sig);
  // The body is checked now, in the enclosing environment, so that it
  // sees the variables declared before it.
  Env savedEnv = env_;
  auto savedVars = std::move(funcVars_);
  funcVars_.clear();
  funcBody(env_.decl, "", sig, e->body, scope);
  funcVars_ = std::move(savedVars);
  env_ = savedEnv;
  x.mode = Mode::Value;
  x.type = sig;
}

} // namespace gopp::check
