// expr.cpp — expressions (spec "Expressions", "Constant expressions"):
// operands, unary and binary operators, comparisons, shifts, untyped
// constants and their implicit conversion, type assertions.
//
// Untyped expressions are remembered in untyped_ until their context
// fixes their type (updateExprType), so the recorded type of every
// constant is the one it has at run time.
#include "frontend/check/Checker.h"

namespace gopp::check {

using namespace types;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;
using llvm::dyn_cast_or_null;
using llvm::isa_and_nonnull;

namespace {
bool isComparisonOp(ast::Op op) {
  return op == ast::Op::Eql || op == ast::Op::Neq || op == ast::Op::Lss || op == ast::Op::Leq ||
         op == ast::Op::Gtr || op == ast::Op::Geq;
}
bool isShiftOp(ast::Op op) { return op == ast::Op::Shl || op == ast::Op::Shr; }
} // namespace

std::string Checker::opName(const ast::Expr *e) const {
  if (auto *b = dyn_cast<ast::BinaryExpr>(e)) {
    switch (b->op) {
    case ast::Op::Add:
      return "addition";
    case ast::Op::Sub:
      return "subtraction";
    case ast::Op::Xor:
      return "bitwise XOR";
    case ast::Op::Mul:
      return "multiplication";
    case ast::Op::Shl:
      return "shift";
    default:
      return "";
    }
  }
  if (auto *u = dyn_cast<ast::UnaryExpr>(e)) {
    if (u->op == ast::Op::Sub)
      return "negation";
    if (u->op == ast::Op::Xor)
      return "bitwise complement";
  }
  return "";
}

void Checker::recordType(const ast::Expr *e, Mode m, const Type *t, const constant::Value &v) {
  if (!e)
    return;
  TypeAndValue &tv = info_.types[e];
  tv.mode = m;
  tv.type = t;
  tv.value = v;
}

void Checker::record(const Operand &x) {
  if (!x.expr)
    return;
  const Type *t = x.type;
  Mode m = x.mode;
  if (m == Mode::Invalid)
    t = invalidType();
  if (t && isUntyped(t) && m != Mode::Invalid) {
    untyped_[x.expr] = UntypedInfo{false, m, cast<Basic>(t), x.val};
    return;
  }
  recordType(x.expr, m, t, m == Mode::Constant ? x.val : constant::Value());
}

void Checker::updateExprType(const ast::Expr *e, const Type *t, bool final) {
  auto it = untyped_.find(e);
  if (it == untyped_.end())
    return;
  switch (e->kind()) {
  case ast::Node::Kind::ParenExpr:
    updateExprType(cast<ast::ParenExpr>(e)->x, t, final);
    break;
  case ast::Node::Kind::UnaryExpr: {
    auto *u = cast<ast::UnaryExpr>(e);
    if (it->second.mode != Mode::Constant)
      updateExprType(u->x, t, final);
    break;
  }
  case ast::Node::Kind::BinaryExpr: {
    auto *b = cast<ast::BinaryExpr>(e);
    if (it->second.mode == Mode::Constant)
      break;
    if (isComparisonOp(b->op))
      break; // the result is untyped bool whatever the operands
    if (isShiftOp(b->op)) {
      updateExprType(b->x, t, final);
    } else {
      updateExprType(b->x, t, final);
      updateExprType(b->y, t, final);
    }
    break;
  }
  default:
    break;
  }
  it = untyped_.find(e);
  if (it == untyped_.end())
    return;
  if (!final && isUntyped(t)) {
    it->second.type = cast<Basic>(under(t));
    return;
  }
  UntypedInfo old = it->second;
  untyped_.erase(it);
  // A non-constant shift whose operand became a non-integer type.
  if (old.mode != Mode::Constant && !isUntyped(t)) {
    if (auto *b = dyn_cast<ast::BinaryExpr>(ast::unparen(e)); b && isShiftOp(b->op) && !isInteger(t)) {
      errorf(e->pos(), "invalid operation: shifted operand {} (type {}) must be integer", str(b->x), str(t));
      return;
    }
  }
  recordType(e, old.mode, t, old.val);
}

void Checker::updateExprVal(const ast::Expr *e, const constant::Value &v) {
  auto it = untyped_.find(e);
  if (it != untyped_.end())
    it->second.val = v;
}

bool Checker::representableValue(const constant::Value &v, const Basic *typ, constant::Value *rounded) {
  using constant::Kind;
  if (v.isUnknown())
    return true;
  unsigned info = typ->info();
  if (info & IsBoolean)
    return v.kind() == Kind::Bool;
  if (info & IsString)
    return v.kind() == Kind::String;
  if (info & IsInteger) {
    constant::Value x = v.toInt();
    if (x.kind() != Kind::Int)
      return false;
    if (rounded)
      *rounded = x;
    if (info & IsUntyped)
      return true;
    unsigned bits = 64;
    switch (typ->basicKind()) {
    case BasicKind::Int8:
    case BasicKind::Uint8:
      bits = 8;
      break;
    case BasicKind::Int16:
    case BasicKind::Uint16:
      bits = 16;
      break;
    case BasicKind::Int32:
    case BasicKind::Uint32:
      bits = 32;
      break;
    default:
      break;
    }
    return x.fitsInt(bits, !(info & IsUnsigned));
  }
  if (info & IsFloat) {
    constant::Value x = v.toFloat();
    if (x.kind() != Kind::Float && x.kind() != Kind::Int)
      return false;
    if (info & IsUntyped) {
      if (rounded)
        *rounded = x;
      return true;
    }
    // A typed float constant holds the value rounded to its type.
    if (typ->basicKind() == BasicKind::Float32) {
      auto f = x.float32Val();
      if (f && rounded)
        *rounded = constant::Value::makeFloat64(*f);
      return f.has_value();
    }
    auto f = x.float64Val();
    if (f && rounded)
      *rounded = constant::Value::makeFloat64(*f);
    return f.has_value();
  }
  if (info & IsComplex) {
    constant::Value x = v.toComplex();
    if (x.kind() != Kind::Complex)
      return false;
    if (rounded)
      *rounded = x;
    if (info & IsUntyped)
      return true;
    constant::Value re = constant::Value::makeRat(x.realPart().num, x.realPart().den);
    constant::Value im = constant::Value::makeRat(x.imagPart().num, x.imagPart().den);
    bool is64 = typ->basicKind() == BasicKind::Complex64;
    auto widen = [](std::optional<float> f) { return f ? std::optional<double>(*f) : std::nullopt; };
    std::optional<double> r = is64 ? widen(re.float32Val()) : re.float64Val();
    std::optional<double> i = is64 ? widen(im.float32Val()) : im.float64Val();
    if (!r || !i)
      return false;
    if (rounded)
      *rounded = constant::Value::makeComplex(constant::Value::makeFloat64(*r), constant::Value::makeFloat64(*i));
    return true;
  }
  return false;
}

namespace {
enum class ConvCode { Ok, Truncated, Overflow, Invalid };
} // namespace

static ConvCode representation(Checker &c, const Operand &x, const Basic *typ, constant::Value &out) {
  out = x.val;
  if (c.representableValue(x.val, typ, &out))
    return ConvCode::Ok;
  if (isNumeric(x.type) && (typ->info() & IsNumeric)) {
    if (!isInteger(x.type) && (typ->info() & IsInteger))
      return ConvCode::Truncated;
    return ConvCode::Overflow;
  }
  return ConvCode::Invalid;
}

bool Checker::representable(Operand &x, const Basic *typ, bool report) {
  constant::Value v;
  ConvCode code = representation(*this, x, typ, v);
  if (code != ConvCode::Ok) {
    if (report) {
      if (code == ConvCode::Truncated)
        errorf(x.expr ? x.expr->pos() : Pos{}, "{} truncated to {}", str(x), str(typ));
      else if (code == ConvCode::Overflow)
        errorf(x.expr ? x.expr->pos() : Pos{}, "{} overflows {}", str(x), str(typ));
      else
        errorf(x.expr ? x.expr->pos() : Pos{}, "cannot convert {} to type {}", str(x), str(typ));
    }
    x.setInvalid();
    return false;
  }
  x.val = v;
  return true;
}

void Checker::overflow(Operand &x, Pos opPos) {
  if (x.val.isUnknown()) {
    errorf(opPos, "constant result is not representable");
    x.setInvalid();
    return;
  }
  if (isTyped(x.type)) {
    representable(x, cast<Basic>(under(x.type)));
    return;
  }
  if (x.val.kind() == constant::Kind::Int && x.val.bitLen() > 512) {
    std::string op = x.expr ? opName(x.expr) : "";
    errorf(opPos, "constant {}overflow", op.empty() ? "" : op + " ");
    x.val = constant::Value();
  }
}

// The type an untyped operand takes in a context of type `target`
// (go/types implicitTypeAndValue). Returns false if it cannot.
bool Checker::implicitTypeAndValue(Operand &x, const Type *target, const Type *&out) {
  out = x.type;
  if (x.invalid() || isTyped(x.type) || isInvalid(target))
    return true;
  if (isUntyped(target)) {
    // Both untyped: the "larger" kind wins among numeric kinds.
    auto *a = cast<Basic>(x.type), *b = cast<Basic>(target);
    if ((a->info() & IsNumeric) && (b->info() & IsNumeric)) {
      out = a->basicKind() > b->basicKind() ? a : b;
      return true;
    }
    if (a->basicKind() == b->basicKind()) {
      out = a;
      return true;
    }
    return false;
  }
  if (x.isNil()) {
    if (hasNil(target)) {
      out = target;
      return true;
    }
    return false;
  }
  const Type *u = under(target);
  if (auto *b = dyn_cast_or_null<Basic>(u); b && !isTypeParam(target)) {
    if (x.mode == Mode::Constant) {
      constant::Value v;
      if (representation(*this, x, b, v) != ConvCode::Ok)
        return false;
      x.val = v;
      out = target;
      return true;
    }
    switch (cast<Basic>(x.type)->basicKind()) {
    case BasicKind::UntypedBool:
      if (!isBoolean(target))
        return false;
      break;
    case BasicKind::UntypedInt:
    case BasicKind::UntypedRune:
    case BasicKind::UntypedFloat:
    case BasicKind::UntypedComplex:
      if (!isNumeric(target))
        return false;
      break;
    case BasicKind::UntypedString:
      if (!isString(target))
        return false;
      break;
    default:
      return false;
    }
    out = target;
    return true;
  }
  if (auto *tp = dyn_cast<TypeParam>(target)) {
    const Interface *it = tp->iface();
    if (!it)
      return false;
    const TypeSet &ts = typeSetOf(it);
    if (ts.allTypes || ts.terms.empty())
      return false;
    for (const Term &term : ts.terms) {
      Operand y = x;
      const Type *ignored;
      if (!implicitTypeAndValue(y, under(term.type), ignored))
        return false;
    }
    out = target;
    return true;
  }
  if (auto *it = dyn_cast_or_null<Interface>(u)) {
    if (!typeSetOf(it).methods.empty() || !typeSetOf(it).allTypes)
      return false;
    out = defaultType(universe_, x.type);
    return true;
  }
  return false;
}

void Checker::convertUntyped(Operand &x, const Type *target) {
  Operand orig = x;
  const Type *nt;
  if (!implicitTypeAndValue(x, target, nt)) {
    const Type *t = isTypeParam(target) ? target : under(target);
    constant::Value v;
    ConvCode code = ConvCode::Invalid;
    if (auto *b = dyn_cast_or_null<Basic>(t); b && orig.mode == Mode::Constant)
      code = representation(*this, orig, b, v);
    Pos p = orig.expr ? orig.expr->pos() : Pos{};
    if (code == ConvCode::Truncated)
      errorf(p, "{} truncated to {}", str(orig), str(t));
    else if (code == ConvCode::Overflow)
      errorf(p, "{} overflows {}", str(orig), str(t));
    else
      errorf(p, "cannot convert {} to type {}", str(orig), str(t));
    x.setInvalid();
    return;
  }
  if (x.mode == Mode::Constant)
    updateExprVal(x.expr, x.val);
  if (nt != x.type) {
    x.type = nt;
    updateExprType(x.expr, nt, false);
  }
}

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

void Checker::unary(Operand &x, const ast::UnaryExpr *e) {
  if (e->op == ast::Op::And) {
    const ast::Expr *inner = ast::unparen(e->x);
    if (auto *cl = dyn_cast<ast::CompositeLit>(inner)) {
      expr(x, inner);
      if (x.invalid())
        return;
      (void)cl;
      x.mode = Mode::Value;
      x.type = ctx_.make<Pointer>(x.type);
      return;
    }
    expr(x, e->x);
    if (x.invalid())
      return;
    if (x.mode != Mode::Variable) {
      errorf(e->pos(), "invalid operation: cannot take address of {}", str(x));
      x.setInvalid();
      return;
    }
    x.mode = Mode::Value;
    x.type = ctx_.make<Pointer>(x.type);
    return;
  }
  expr(x, e->x);
  if (x.invalid())
    return;
  switch (e->op) {
  case ast::Op::Arrow: {
    const Type *u = coreType(x.type);
    auto *ch = dyn_cast_or_null<Chan>(u);
    if (!ch) {
      if (!u && isTypeParam(x.type))
        errorf(e->pos(), "invalid operation: cannot receive from {} (no core type)", str(x));
      else
        errorf(e->pos(), "invalid operation: cannot receive from non-channel {}", str(x));
      x.setInvalid();
      return;
    }
    if (ch->dir == ChanDir::Send) {
      errorf(e->pos(), "invalid operation: cannot receive from send-only channel {}", str(x));
      x.setInvalid();
      return;
    }
    x.mode = Mode::CommaOK;
    x.type = ch->elem;
    return;
  }
  case ast::Op::Tilde:
    errorf(e->pos(), "cannot use ~ outside of interface or type constraint");
    x.setInvalid();
    return;
  case ast::Op::Add:
  case ast::Op::Sub:
    if (!isNumeric(x.type)) {
      errorf(e->pos(), "invalid operation: operator {} not defined on {}", ast::spelling(e->op), str(x));
      x.setInvalid();
      return;
    }
    break;
  case ast::Op::Xor:
    if (!isInteger(x.type)) {
      errorf(e->pos(), "invalid operation: operator {} not defined on {}", ast::spelling(e->op), str(x));
      x.setInvalid();
      return;
    }
    break;
  case ast::Op::Not:
    if (!isBoolean(x.type)) {
      errorf(e->pos(), "invalid operation: operator {} not defined on {}", ast::spelling(e->op), str(x));
      x.setInvalid();
      return;
    }
    break;
  default:
    errorf(e->pos(), "unknown operator {}", ast::spelling(e->op));
    x.setInvalid();
    return;
  }
  if (x.mode == Mode::Constant) {
    if (x.val.isUnknown())
      return;
    unsigned prec = 0;
    if (isUnsigned(x.type)) {
      switch (cast<Basic>(under(x.type))->basicKind()) {
      case BasicKind::Uint8:
        prec = 8;
        break;
      case BasicKind::Uint16:
        prec = 16;
        break;
      case BasicKind::Uint32:
        prec = 32;
        break;
      default:
        prec = 64;
      }
    }
    x.val = constant::Value::unary(e->op, x.val, prec);
    x.expr = e;
    overflow(x, e->pos());
    return;
  }
  x.mode = Mode::Value;
}

void Checker::matchTypes(Operand &x, Operand &y) {
  auto mayConvert = [&](const Operand &a, const Operand &b) {
    if (isTyped(a.type) && isTyped(b.type))
      return false;
    if (allBasic(a.type, IsBoolean) != allBasic(b.type, IsBoolean))
      return false;
    if (allBasic(a.type, IsString) != allBasic(b.type, IsString))
      return false;
    if (a.isNil())
      return hasNil(b.type);
    if (b.isNil())
      return hasNil(a.type);
    if (isa_and_nonnull<Pointer>(under(a.type)) || isa_and_nonnull<Pointer>(under(b.type)))
      return false;
    return true;
  };
  if (mayConvert(x, y)) {
    convertUntyped(x, y.type);
    if (x.invalid())
      return;
    convertUntyped(y, x.type);
    if (y.invalid())
      x.setInvalid();
  }
}

void Checker::binary(Operand &x, const ast::Expr *e, const ast::Expr *lhs, const ast::Expr *rhs, ast::Op op,
                     Pos opPos) {
  Operand y;
  expr(x, lhs);
  expr(y, rhs);
  if (x.invalid())
    return;
  if (y.invalid()) {
    x.setInvalid();
    x.expr = y.expr;
    return;
  }
  if (isShiftOp(op)) {
    shift(x, y, e, op);
    return;
  }
  matchTypes(x, y);
  if (x.invalid())
    return;
  if (isComparisonOp(op)) {
    comparison(x, y, op, false, opPos);
    return;
  }
  if (!identical(x.type, y.type)) {
    if (!isInvalid(x.type) && !isInvalid(y.type)) {
      // e is null for x op= y.
      std::string what = e ? str(e) : str(lhs) + " " + std::string(ast::spelling(op)) + "= " + str(rhs);
      errorf(opPos, "invalid operation: {} (mismatched types {} and {})", what, str(x.type), str(y.type));
    }
    x.setInvalid();
    return;
  }
  bool ok = true;
  switch (op) {
  case ast::Op::Add:
    ok = allBasic(x.type, IsNumeric | IsString);
    break;
  case ast::Op::Sub:
  case ast::Op::Mul:
  case ast::Op::Quo:
    ok = isNumeric(x.type);
    break;
  case ast::Op::Rem:
  case ast::Op::And:
  case ast::Op::Or:
  case ast::Op::Xor:
  case ast::Op::AndNot:
    ok = isInteger(x.type);
    break;
  case ast::Op::LogAnd:
  case ast::Op::LogOr:
    ok = isBoolean(x.type);
    break;
  default:
    ok = false;
  }
  if (!ok) {
    errorf(x.expr->pos(), "invalid operation: operator {} not defined on {}", ast::spelling(op), str(x));
    x.setInvalid();
    return;
  }
  if ((op == ast::Op::Quo || op == ast::Op::Rem) && (x.mode == Mode::Constant || isInteger(x.type)) &&
      y.mode == Mode::Constant && !y.val.isUnknown() && y.val.sign() == 0 &&
      (y.val.kind() != constant::Kind::Complex || y.val.imagPart().num.isZero())) {
    errorf(y.expr->pos(), "invalid operation: division by zero");
    x.setInvalid();
    return;
  }
  if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
    if (x.val.isUnknown() || y.val.isUnknown()) {
      x.val = constant::Value();
      return;
    }
    bool intDiv = op == ast::Op::Quo && isInteger(x.type);
    x.val = constant::Value::binary(x.val, op, y.val, intDiv);
    x.expr = e ? e : lhs;
    overflow(x, opPos);
    return;
  }
  x.mode = Mode::Value;
}

void Checker::shift(Operand &x, Operand &y, const ast::Expr *e, ast::Op op) {
  // The left operand: an integer, or an untyped constant representable
  // as one.
  if (isUntyped(x.type) && x.mode == Mode::Constant && x.val.isUnknown()) {
    // An earlier overflow, already reported: stay quiet.
  } else if (isUntyped(x.type) && x.mode == Mode::Constant) {
    constant::Value iv = x.val.toInt();
    if (iv.kind() == constant::Kind::Int && (allBasic(x.type, IsNumeric))) {
      x.val = iv;
      if (!isInteger(x.type))
        x.type = typ(BasicKind::UntypedInt);
    } else {
      errorf(x.expr->pos(), "invalid operation: shifted operand {} must be integer", str(x));
      x.setInvalid();
      return;
    }
  } else if (!isInteger(x.type) && !(isUntyped(x.type) && allBasic(x.type, IsNumeric))) {
    errorf(x.expr->pos(), "invalid operation: shifted operand {} must be integer", str(x));
    x.setInvalid();
    return;
  }
  // The shift count: an integer (an untyped constant must fit uint).
  Operand yOrig = y;
  if (y.mode == Mode::Constant) {
    constant::Value yv = y.val.toInt();
    if (yv.kind() == constant::Kind::Int && yv.sign() < 0) {
      errorf(y.expr->pos(), "invalid operation: negative shift count {}", str(y));
      x.setInvalid();
      return;
    }
    if (isUntyped(y.type)) {
      // An untyped constant count must be representable by a uint.
      convertUntyped(y, typ(BasicKind::Uint));
      if (y.invalid()) {
        x.setInvalid();
        return;
      }
    }
  } else if (isUntyped(y.type)) {
    convertUntyped(y, typ(BasicKind::Uint));
    if (y.invalid()) {
      x.setInvalid();
      return;
    }
  }
  if (!isInteger(y.type)) {
    errorf(y.expr->pos(), "invalid operation: shift count {} must be integer", str(y));
    x.setInvalid();
    return;
  }
  if (x.mode == Mode::Constant) {
    if (y.mode == Mode::Constant) {
      if (x.val.isUnknown() || y.val.isUnknown()) {
        x.val = constant::Value();
        x.expr = e;
        return;
      }
      auto s = y.val.toInt().uint64Val();
      const unsigned shiftBound = 1023 - 1 + 52;
      if (!s || *s > shiftBound) {
        errorf(y.expr->pos(), "invalid operation: invalid shift count {}", str(yOrig));
        x.setInvalid();
        return;
      }
      x.val = constant::Value::shift(x.val, op, *s);
      x.expr = e;
      overflow(x, e->pos());
      return;
    }
    if (isUntyped(x.type)) {
      // A non-constant shift of an untyped constant: its type comes from
      // the context (recorded as untyped until then).
      untyped_[x.expr] = UntypedInfo{true, x.mode, cast<Basic>(x.type), x.val};
      x.mode = Mode::Value;
      return;
    }
  }
  x.mode = Mode::Value;
}

void Checker::comparison(Operand &x, Operand &y, ast::Op op, bool switchCase, Pos opPos) {
  const Operand *errOp = &x;
  std::string cause;
  std::string ignored;
  bool ok = assignableTo(x, y.type, nullptr) || assignableTo(y, x.type, nullptr);
  auto kindString = [&](const Type *t) -> std::string {
    const Type *u = under(t);
    if (isTypeParam(t))
      return "type parameter " + str(t);
    switch (u ? u->kind() : TypeKind::Basic) {
    case TypeKind::Array:
      return "array";
    case TypeKind::Slice:
      return "slice";
    case TypeKind::Struct:
      return "struct";
    case TypeKind::Pointer:
      return "pointer";
    case TypeKind::Signature:
      return "func";
    case TypeKind::Interface:
      return "interface";
    case TypeKind::Map:
      return "map";
    case TypeKind::Chan:
      return "chan";
    default:
      return str(t);
    }
  };
  auto incomparableCause = [&](const Type *t) -> std::string {
    const Type *u = under(t);
    if (isa_and_nonnull<Slice>(u) || isa_and_nonnull<Signature>(u) || isa_and_nonnull<Map>(u))
      return kindString(t) + " can only be compared to nil";
    if (auto *tp = dyn_cast<TypeParam>(t)) {
      const Interface *it = tp->iface();
      if (it && !typeSetOf(it).allTypes && typeSetOf(it).terms.empty())
        return "empty type set";
      return "incomparable types in type set";
    }
    const Type *bad = nullptr;
    comparable(t, false, &bad);
    if (bad && isa<Struct>(u))
      return "struct containing " + str(bad) + " cannot be compared";
    if (bad)
      return str(u) + " cannot be compared";
    return "";
  };
  if (!ok) {
    errOp = &y;
    cause = "mismatched types " + str(x.type) + " and " + str(y.type);
  } else if (op == ast::Op::Eql || op == ast::Op::Neq) {
    if (x.isNil() || y.isNil()) {
      const Type *t = x.isNil() ? y.type : x.type;
      if (!hasNil(t)) {
        errOp = &y;
        ok = false;
      }
    } else if (!comparable(x.type)) {
      errOp = &x;
      cause = incomparableCause(x.type);
      ok = false;
    } else if (!comparable(y.type)) {
      errOp = &y;
      cause = incomparableCause(y.type);
      ok = false;
    }
  } else {
    if (!isOrdered(x.type)) {
      errOp = &x;
      ok = false;
    } else if (!isOrdered(y.type)) {
      errOp = &y;
      ok = false;
    }
  }
  if (!ok) {
    if (cause.empty()) {
      if (isTypeParam(x.type) || isTypeParam(y.type)) {
        if (!isTypeParam(x.type))
          errOp = &y;
        cause = "type parameter " + str(errOp->type) + " is not comparable with " + std::string(ast::spelling(op));
      } else {
        cause = "operator " + std::string(ast::spelling(op)) + " not defined on " + kindString(errOp->type);
      }
    }
    if (switchCase)
      errorf(x.expr->pos(), "invalid case {} in switch on {} ({})", str(x.expr), str(y.expr), cause);
    else
      errorf(opPos, "invalid operation: {} {} {} ({})", str(x.expr), ast::spelling(op), str(y.expr), cause);
    x.setInvalid();
    return;
  }
  if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
    x.val = constant::Value::makeBool(constant::Value::compare(x.val, op, y.val));
  } else {
    x.mode = Mode::Value;
    updateExprType(x.expr, defaultType(universe_, x.type), true);
    updateExprType(y.expr, defaultType(universe_, y.type), true);
  }
  x.type = typ(BasicKind::UntypedBool);
  x.nilValue = false;
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
