// operators.cpp — unary and binary operators, shifts and comparisons
// (spec "Operators", "Arithmetic operators", "Comparison operators",
// "Constant expressions").
#include "frontend/check/Checker.h"

namespace gopp::check {

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
      errorf(ast::startPos(e->x), "invalid operation: cannot take address of {}", str(x));
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
        errorf(ast::startPos(e->x), "invalid operation: cannot receive from {} (no core type)", str(x));
      else
        errorf(ast::startPos(e->x), "invalid operation: cannot receive from non-channel {}", str(x));
      x.setInvalid();
      return;
    }
    if (ch->dir == ChanDir::Send) {
      errorf(ast::startPos(e->x), "invalid operation: cannot receive from send-only channel {}", str(x));
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
  case ast::Op::Xor:
  case ast::Op::Not: {
    // The operand classes of the unary operators.
    unsigned mask = e->op == ast::Op::Not ? IsBoolean : e->op == ast::Op::Xor ? IsInteger : IsNumeric;
    if (!allBasic(x.type, mask)) {
      errorf(e->pos(), "invalid operation: operator {} not defined on {}", ast::spelling(e->op), str(x));
      x.setInvalid();
      return;
    }
    break;
  }
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
  if (ast::isShift(op)) {
    shift(x, y, e, op);
    return;
  }
  matchTypes(x, y);
  if (x.invalid())
    return;
  if (ast::isComparison(op)) {
    comparison(x, y, op, false, opPos);
    return;
  }
  if (!identical(x.type, y.type)) {
    if (!isInvalid(x.type) && !isInvalid(y.type)) {
      // e is null for x op= y.
      std::string what = e ? str(e) : str(lhs) + " " + std::string(ast::spelling(op)) + "= " + str(rhs);
      errorf(ast::startPos(e ? e : lhs), "invalid operation: {} (mismatched types {} and {})", what, str(x.type),
             str(y.type));
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
      errorf(ast::startPos(x.expr), "invalid operation: shifted operand {} must be integer", str(x));
      x.setInvalid();
      return;
    }
  } else if (!isInteger(x.type) && !(isUntyped(x.type) && allBasic(x.type, IsNumeric))) {
    errorf(ast::startPos(x.expr), "invalid operation: shifted operand {} must be integer", str(x));
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
    errorf(ast::startPos(y.expr), "invalid operation: shift count {} must be integer", str(y));
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
      errorf(errOp->expr ? ast::startPos(errOp->expr) : opPos, "invalid operation: {} {} {} ({})", str(x.expr),
             ast::spelling(op), str(y.expr), cause);
    x.setInvalid();
    return;
  }
  // A concrete operand compared with an interface becomes one.
  if (isNonTypeParamInterface(x.type) && !isNonTypeParamInterface(y.type) && !y.isNil())
    recordConversion(y, x.type);
  else if (isNonTypeParamInterface(y.type) && !isNonTypeParamInterface(x.type) && !x.isNil())
    recordConversion(x, y.type);
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

} // namespace gopp::check
