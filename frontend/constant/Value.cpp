// Value.cpp — constant values: making them, asking them, operating on them
// (see Value.h for the model; Exact.h for the arithmetic).
#include "frontend/constant/Value.h"

#include <cmath>

#include <algorithm>

#include "frontend/constant/BigFloat.h"
#include "frontend/constant/Exact.h"

namespace gopp::constant {

using llvm::APInt;
using ast::Op;
using namespace exact;

// ------------------------------------------------------------ makers

Value Value::makeBool(bool b) {
  Value v(Kind::Bool);
  v.b_ = b;
  return v;
}

Value Value::makeString(std::string s) {
  Value v(Kind::String);
  v.s_ = std::move(s);
  return v;
}

Value Value::makeInt64(int64_t i) { return makeInt(fromI64(i)); }
Value Value::makeUint64(uint64_t u) { return makeInt(fromU64(u)); }

Value Value::makeInt(APInt i) {
  Value v(Kind::Int);
  v.int_ = trim(i);
  return v;
}

Value Value::makeRat(APInt num, APInt den) {
  if (den.isZero())
    return Value();
  Value v(Kind::Float);
  v.re_ = normalize(trim(num), trim(den));
  return v;
}

Value Value::makeFloat64(double d) {
  // d = mant * 2^exp with a 53-bit integer mantissa: exact as a rational.
  int exp = 0;
  double m = std::frexp(d, &exp);
  int64_t mant = static_cast<int64_t>(std::ldexp(m, 53));
  exp -= 53;
  const unsigned bits = 64 + 1100;
  APInt num(bits, static_cast<uint64_t>(mant), true), den(bits, 1);
  if (exp >= 0)
    num <<= static_cast<unsigned>(exp);
  else
    den <<= static_cast<unsigned>(-exp);
  return makeRat(num, den);
}

Value Value::makeBig(const big::BigFloat &f) {
  if (auto r = big::toRat(f))
    return makeRat(r->num, r->den);
  // go/constant's floats have 32-bit binary exponents: beyond, the result
  // is not representable.
  int64_t top = f.exp + static_cast<int64_t>(big::kMantBits);
  if (top > INT32_MAX || top < INT32_MIN)
    return Value();
  Value v(Kind::Float);
  v.big_ = std::make_shared<const big::BigFloat>(f);
  return v;
}

Value Value::makeComplex(Value re, Value im) {
  re = re.toFloat(), im = im.toFloat();
  if (re.isUnknown() || im.isUnknown() || re.isBig() || im.isBig())
    return Value(); // complex constants beyond exact rationals: unsupported
  Value v(Kind::Complex);
  v.re_ = re.re_;
  v.im_ = im.re_;
  return v;
}

// ------------------------------------------------------------ queries

unsigned Value::bitLen() const { return kind_ == Kind::Int ? absVal(int_).getActiveBits() : 0; }

int Value::sign() const {
  switch (kind_) {
  case Kind::Int:
    return int_.isNegative() ? -1 : int_.isZero() ? 0 : 1;
  case Kind::Float:
    if (big_)
      return big_->neg ? -1 : 1;
    return re_.num.isNegative() ? -1 : re_.num.isZero() ? 0 : 1;
  case Kind::Complex:
    return re_.num.isNegative() ? -1 : re_.num.isZero() ? 0 : 1;
  case Kind::Unknown:
  case Kind::Bool:
  case Kind::String:
    return 0;
  }
  return 0;
}

Value Value::toInt() const {
  switch (kind_) {
  case Kind::Int:
    return *this;
  case Kind::Float:
    if (big_)
      return Value(); // far beyond any integer the checker accepts
    return isInteger(re_) ? makeInt(re_.num) : Value();
  case Kind::Complex:
    return isZero(im_) && isInteger(re_) ? makeInt(re_.num) : Value();
  case Kind::Unknown:
  case Kind::Bool:
  case Kind::String:
    return Value();
  }
  return Value();
}

Value Value::toFloat() const {
  switch (kind_) {
  case Kind::Int:
    return makeRat(int_, fromI64(1));
  case Kind::Float:
    return *this;
  case Kind::Complex: {
    if (!isZero(im_))
      return Value();
    Value v(Kind::Float);
    v.re_ = re_;
    return v;
  }
  case Kind::Unknown:
  case Kind::Bool:
  case Kind::String:
    return Value();
  }
  return Value();
}

Value Value::toComplex() const {
  if (kind_ == Kind::Complex)
    return *this;
  Value f = toFloat();
  if (f.isUnknown())
    return Value();
  return makeComplex(f, makeInt64(0));
}

std::optional<int64_t> Value::int64Val() const {
  if (kind_ != Kind::Int || int_.getMinSignedBits() > 64)
    return std::nullopt;
  return int_.getSExtValue();
}

std::optional<uint64_t> Value::uint64Val() const {
  if (kind_ != Kind::Int || int_.isNegative() || int_.getActiveBits() > 64)
    return std::nullopt;
  return int_.getZExtValue();
}

std::optional<double> Value::float64Val() const {
  if (big_)
    return big::round(*big_, 53, -1022, 1023);
  Value f = toFloat();
  if (f.isUnknown() || kind_ == Kind::Complex)
    return std::nullopt;
  return roundRat(f.re_, 53, -1022, 1023);
}

std::optional<float> Value::float32Val() const {
  if (big_) {
    if (auto d = big::round(*big_, 24, -126, 127))
      return static_cast<float>(*d);
    return std::nullopt;
  }
  Value f = toFloat();
  if (f.isUnknown() || kind_ == Kind::Complex)
    return std::nullopt;
  if (auto d = roundRat(f.re_, 24, -126, 127))
    return static_cast<float>(*d); // exact: already rounded to float32
  return std::nullopt;
}

bool Value::fitsInt(unsigned bits, bool isSigned) const {
  if (kind_ != Kind::Int)
    return false;
  if (isSigned)
    return int_.getMinSignedBits() <= bits;
  return !int_.isNegative() && int_.getActiveBits() <= bits;
}

// --------------------------------------------------------- operations

namespace {

// The order of kinds for mixed operands (go/constant's match).
int rank(Kind k) {
  switch (k) {
  case Kind::Int: return 1;
  case Kind::Float: return 2;
  case Kind::Complex: return 3;
  case Kind::Unknown:
  case Kind::Bool:
  case Kind::String:
    return 0;
  }
  return 0;
}

Value to(const Value &v, Kind k) {
  switch (k) {
  case Kind::Int: return v.toInt();
  case Kind::Float: return v.toFloat();
  case Kind::Complex: return v.toComplex();
  case Kind::Unknown:
  case Kind::Bool:
  case Kind::String:
    return v;
  }
  return v;
}

} // namespace

Value Value::unary(Op op, const Value &x, unsigned precision) {
  switch (x.kind_) {
  case Kind::Int:
    switch (op) {
    case Op::Add: return x;
    case Op::Sub: return makeInt(neg(x.int_));
    case Op::Xor: {
      APInt r = sub(neg(x.int_), fromI64(1)); // ^x == -x-1
      if (precision > 0) { // unsigned: keep the low `precision` bits
        APInt mask = sub(shl(fromI64(1), precision), fromI64(1));
        common(r, mask, 0);
        r = r & mask;
      }
      return makeInt(r);
    }
    default: return Value();
    }
  case Kind::Float:
    if (op == Op::Add)
      return x;
    if (op == Op::Sub && x.big_)
      return makeBig(big::neg(*x.big_));
    if (op == Op::Sub) {
      Value v(Kind::Float);
      v.re_ = ratNeg(x.re_);
      return v;
    }
    return Value();
  case Kind::Complex:
    if (op == Op::Add)
      return x;
    if (op == Op::Sub) {
      Value v(Kind::Complex);
      v.re_ = ratNeg(x.re_);
      v.im_ = ratNeg(x.im_);
      return v;
    }
    return Value();
  case Kind::Bool:
    return op == Op::Not ? makeBool(!x.b_) : Value();
  case Kind::Unknown:
  case Kind::String:
    return Value();
  }
  return Value();
}

Value Value::binary(const Value &xIn, Op op, const Value &yIn, bool intDivision) {
  if (xIn.kind_ == Kind::Bool && yIn.kind_ == Kind::Bool) {
    if (op == Op::LogAnd)
      return makeBool(xIn.b_ && yIn.b_);
    if (op == Op::LogOr)
      return makeBool(xIn.b_ || yIn.b_);
    return Value();
  }
  if (xIn.kind_ == Kind::String && yIn.kind_ == Kind::String)
    return op == Op::Add ? makeString(xIn.s_ + yIn.s_) : Value();
  int r = std::max(rank(xIn.kind_), rank(yIn.kind_));
  if (rank(xIn.kind_) == 0 || rank(yIn.kind_) == 0)
    return Value();
  Kind k = r == 1 ? Kind::Int : r == 2 ? Kind::Float : Kind::Complex;
  // Exact division of integers gives a rational.
  if (k == Kind::Int && op == Op::Quo && !intDivision)
    k = Kind::Float;
  Value x = to(xIn, k), y = to(yIn, k);
  if (x.isUnknown() || y.isUnknown())
    return Value();

  if (k == Kind::Int) {
    const APInt &a = x.int_, &b = y.int_;
    switch (op) {
    case Op::Add: return makeInt(add(a, b));
    case Op::Sub: return makeInt(sub(a, b));
    case Op::Mul: return makeInt(mul(a, b));
    case Op::Quo: return b.isZero() ? Value() : makeInt(quo(a, b));
    case Op::Rem: return b.isZero() ? Value() : makeInt(rem(a, b));
    case Op::And:
    case Op::Or:
    case Op::Xor:
    case Op::AndNot: {
      APInt p = a, q = b;
      common(p, q, 0);
      switch (op) {
      case Op::And: return makeInt(p & q);
      case Op::Or: return makeInt(p | q);
      case Op::Xor: return makeInt(p ^ q);
      default: return makeInt(p & ~q);
      }
    }
    default:
      return Value();
    }
  }
  if (k == Kind::Float && (x.big_ || y.big_)) {
    big::BigFloat a = x.big_ ? *x.big_ : big::fromRat(x.re_);
    big::BigFloat b = y.big_ ? *y.big_ : big::fromRat(y.re_);
    switch (op) {
    case Op::Add: return makeBig(big::add(a, b));
    case Op::Sub: return makeBig(big::add(a, big::neg(b)));
    case Op::Mul: return makeBig(big::mul(a, b));
    case Op::Quo: return b.isZero() ? Value() : makeBig(big::quo(a, b));
    default: return Value();
    }
  }
  if (k == Kind::Float) {
    Value v(Kind::Float);
    switch (op) {
    case Op::Add: v.re_ = ratAdd(x.re_, y.re_); return v;
    case Op::Sub: v.re_ = ratSub(x.re_, y.re_); return v;
    case Op::Mul: v.re_ = ratMul(x.re_, y.re_); return v;
    case Op::Quo:
      if (isZero(y.re_))
        return Value();
      v.re_ = ratQuo(x.re_, y.re_);
      return v;
    default:
      return Value();
    }
  }
  // Complex: (a+bi) op (c+di)
  const Rat &a = x.re_, &b = x.im_, &c = y.re_, &d = y.im_;
  Value v(Kind::Complex);
  switch (op) {
  case Op::Add:
    v.re_ = ratAdd(a, c), v.im_ = ratAdd(b, d);
    return v;
  case Op::Sub:
    v.re_ = ratSub(a, c), v.im_ = ratSub(b, d);
    return v;
  case Op::Mul:
    v.re_ = ratSub(ratMul(a, c), ratMul(b, d));
    v.im_ = ratAdd(ratMul(a, d), ratMul(b, c));
    return v;
  case Op::Quo: {
    Rat s = ratAdd(ratMul(c, c), ratMul(d, d));
    if (isZero(s))
      return Value();
    v.re_ = ratQuo(ratAdd(ratMul(a, c), ratMul(b, d)), s);
    v.im_ = ratQuo(ratSub(ratMul(b, c), ratMul(a, d)), s);
    return v;
  }
  default:
    return Value();
  }
}

Value Value::shift(const Value &x, Op op, uint64_t s) {
  if (x.kind_ != Kind::Int)
    return Value();
  if (op == Op::Shl) {
    if (s > 1u << 20)
      return Value(); // far beyond any limit the checker accepts
    return makeInt(shl(x.int_, static_cast<unsigned>(s)));
  }
  if (op == Op::Shr) {
    if (s >= x.int_.getBitWidth())
      return makeInt64(x.int_.isNegative() ? -1 : 0);
    return makeInt(x.int_.ashr(static_cast<unsigned>(s)));
  }
  return Value();
}

bool Value::compare(const Value &xIn, Op op, const Value &yIn) {
  auto result = [op](int c) {
    switch (op) {
    case Op::Eql: return c == 0;
    case Op::Neq: return c != 0;
    case Op::Lss: return c < 0;
    case Op::Leq: return c <= 0;
    case Op::Gtr: return c > 0;
    case Op::Geq: return c >= 0;
    default: return false;
    }
  };
  if (xIn.kind_ == Kind::Bool && yIn.kind_ == Kind::Bool)
    return (op == Op::Eql || op == Op::Neq) && result(xIn.b_ == yIn.b_ ? 0 : 1);
  if (xIn.kind_ == Kind::String && yIn.kind_ == Kind::String)
    return result(xIn.s_.compare(yIn.s_) < 0 ? -1 : xIn.s_ == yIn.s_ ? 0 : 1);
  if (rank(xIn.kind_) == 0 || rank(yIn.kind_) == 0)
    return false;
  int r = std::max(rank(xIn.kind_), rank(yIn.kind_));
  Kind k = r == 1 ? Kind::Int : r == 2 ? Kind::Float : Kind::Complex;
  Value x = to(xIn, k), y = to(yIn, k);
  if (x.isUnknown() || y.isUnknown())
    return false;
  switch (k) {
  case Kind::Int:
    return result(cmp(x.int_, y.int_));
  case Kind::Float:
    if (x.big_ || y.big_)
      return result(big::cmp(x.big_ ? *x.big_ : big::fromRat(x.re_), y.big_ ? *y.big_ : big::fromRat(y.re_)));
    return result(ratCmp(x.re_, y.re_));
  default: // complex: only == and !=
    if (op != Op::Eql && op != Op::Neq)
      return false;
    return result(ratCmp(x.re_, y.re_) == 0 && ratCmp(x.im_, y.im_) == 0 ? 0 : 1);
  }
}

} // namespace gopp::constant
