// untyped.cpp — untyped constants and values (spec "Constants",
// "Representability", "Conversions" of untyped operands): recording each
// expression's type, representability in a basic type with go/constant's
// rounding, overflow of constant results, and the implicit conversion of
// an untyped operand to the type its context needs.
//
// Untyped expressions wait in untyped_ until their context fixes their
// type (updateExprType), so the recorded type of every constant is the
// one it has at run time.
#include "frontend/check/Checker.h"

namespace gopp::check {

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
    if (ast::isComparison(b->op))
      break; // the result is untyped bool whatever the operands
    if (ast::isShift(b->op)) {
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
    if (auto *b = dyn_cast<ast::BinaryExpr>(ast::unparen(e)); b && ast::isShift(b->op) && !isInteger(t)) {
      errorf(ast::startPos(b->x), "invalid operation: shifted operand {} (type {}) must be integer", str(b->x), str(t));
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
        errorf(x.expr ? ast::startPos(x.expr) : Pos{}, "{} truncated to {}", str(x), str(typ));
      else if (code == ConvCode::Overflow)
        errorf(x.expr ? ast::startPos(x.expr) : Pos{}, "{} overflows {}", str(x), str(typ));
      else
        errorf(x.expr ? ast::startPos(x.expr) : Pos{}, "cannot convert {} to type {}", str(x), str(typ));
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
  if (isTypeParam(target)) {
    const std::vector<Term> *terms = specificTerms(target);
    if (!terms)
      return false;
    for (const Term &term : *terms) {
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
    Pos p = orig.expr ? ast::startPos(orig.expr) : Pos{};
    if (code == ConvCode::Truncated)
      errorf(p, "{} truncated to {}", str(orig), str(t));
    else if (code == ConvCode::Overflow)
      errorf(p, "{} overflows {}", str(orig), str(t));
    else
      errorf(p, "cannot convert {} to type {}", str(orig), str(t));
    x.setInvalid();
    return;
  }
  commitUntyped(x, nt);
}

// Records that untyped x now has type nt (and its value, possibly rounded).
void Checker::commitUntyped(Operand &x, const Type *nt) {
  if (x.mode == Mode::Constant)
    updateExprVal(x.expr, x.val);
  if (nt != x.type) {
    x.type = nt;
    updateExprType(x.expr, nt, false);
  }
}

} // namespace gopp::check
