// Value.cpp — exact constant arithmetic (see Value.h for the model).
//
// Integers are llvm::APInt values read as two's complement. APInt has a
// fixed width, so every operation first widens its operands enough that
// the exact result fits, then trims the result to the fewest 64-bit words
// that hold it. Rationals are kept in lowest terms.
#include "frontend/constant/Value.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "llvm/ADT/StringExtras.h"

#include "frontend/syntax/Literals.h"

namespace gopp::constant {

using llvm::APInt;
using ast::Op;

namespace {

// ------------------------------------------------------------ integers

unsigned roundWidth(unsigned bits) { return std::max(64u, (bits + 63) / 64 * 64); }

APInt widen(const APInt &a, unsigned w) { return w > a.getBitWidth() ? a.sext(w) : a; }

APInt trim(const APInt &a) {
  unsigned w = roundWidth(a.getMinSignedBits());
  return w < a.getBitWidth() ? a.trunc(w) : a;
}

// Widens both to a common width with `extra` spare bits.
void common(APInt &a, APInt &b, unsigned extra) {
  unsigned w = std::max(a.getBitWidth(), b.getBitWidth()) + extra;
  a = widen(a, w);
  b = widen(b, w);
}

APInt fromU64(uint64_t v) { return trim(APInt(128, v, false)); }
APInt fromI64(int64_t v) { return trim(APInt(64, static_cast<uint64_t>(v), true)); }

APInt add(APInt a, APInt b) {
  common(a, b, 1);
  return trim(a + b);
}
APInt sub(APInt a, APInt b) {
  common(a, b, 1);
  return trim(a - b);
}
APInt mul(APInt a, APInt b) {
  unsigned w = a.getBitWidth() + b.getBitWidth();
  return trim(widen(a, w) * widen(b, w));
}
APInt neg(APInt a) {
  a = widen(a, a.getBitWidth() + 1);
  a.negate();
  return trim(a);
}
APInt quo(APInt a, APInt b) { // truncated, b != 0
  common(a, b, 1);
  return trim(a.sdiv(b));
}
APInt rem(APInt a, APInt b) { // sign of a, b != 0
  common(a, b, 1);
  return trim(a.srem(b));
}
APInt absVal(const APInt &a) { return a.isNegative() ? neg(a) : a; }

APInt gcd(APInt a, APInt b) { // a, b >= 0
  common(a, b, 0);
  return trim(llvm::APIntOps::GreatestCommonDivisor(a, b));
}

APInt pow(APInt base, unsigned e) {
  APInt r = fromI64(1);
  while (e) {
    if (e & 1)
      r = mul(r, base);
    e >>= 1;
    if (e)
      base = mul(base, base);
  }
  return r;
}

APInt shl(const APInt &a, unsigned s) { return trim(widen(a, a.getBitWidth() + s).shl(s)); }

int cmp(APInt a, APInt b) {
  common(a, b, 0);
  return a.slt(b) ? -1 : a.sgt(b) ? 1 : 0;
}

std::string decimal(const APInt &a) { return llvm::toString(a, 10, /*Signed=*/true); }

// ----------------------------------------------------------- rationals

Rat normalize(APInt num, APInt den) {
  if (den.isNegative())
    num = neg(num), den = neg(den);
  if (num.isZero())
    return Rat{fromI64(0), fromI64(1)};
  APInt g = gcd(absVal(num), den);
  if (!g.isOne())
    num = quo(num, g), den = quo(den, g);
  return Rat{trim(num), trim(den)};
}

Rat ratOf(const APInt &i) { return Rat{i, fromI64(1)}; }
bool isZero(const Rat &r) { return r.num.isZero(); }
bool isInteger(const Rat &r) { return r.den.isOne(); }

Rat ratAdd(const Rat &a, const Rat &b) {
  return normalize(add(mul(a.num, b.den), mul(b.num, a.den)), mul(a.den, b.den));
}
Rat ratSub(const Rat &a, const Rat &b) {
  return normalize(sub(mul(a.num, b.den), mul(b.num, a.den)), mul(a.den, b.den));
}
Rat ratMul(const Rat &a, const Rat &b) { return normalize(mul(a.num, b.num), mul(a.den, b.den)); }
Rat ratQuo(const Rat &a, const Rat &b) { return normalize(mul(a.num, b.den), mul(a.den, b.num)); } // b != 0
Rat ratNeg(const Rat &a) { return Rat{neg(a.num), a.den}; }
int ratCmp(const Rat &a, const Rat &b) { return cmp(mul(a.num, b.den), mul(b.num, a.den)); }

// floor(log2(|r|)) for r != 0. With e0 = bits(num) - bits(den),
// 2^(e0-1) < |r| < 2^(e0+1), so the answer is e0 if |num| >= den * 2^e0,
// else e0 - 1.
int64_t log2Floor(const Rat &r) {
  APInt n = absVal(r.num);
  int64_t e0 = static_cast<int64_t>(n.getActiveBits()) - static_cast<int64_t>(r.den.getActiveBits());
  APInt lhs = n, rhs = r.den;
  if (e0 >= 0)
    rhs = shl(rhs, static_cast<unsigned>(e0));
  else
    lhs = shl(lhs, static_cast<unsigned>(-e0));
  return cmp(lhs, rhs) >= 0 ? e0 : e0 - 1;
}

// r rounded to the nearest binary float with `precision` mantissa bits and
// exponents in [minExp, maxExp] (subnormals below), ties to even; nullopt
// when the rounded magnitude overflows.
std::optional<double> roundRat(const Rat &r, int precision, int minExp, int maxExp) {
  if (isZero(r))
    return 0.0;
  bool negative = r.num.isNegative();
  APInt n = absVal(r.num);
  int64_t e = log2Floor(r);
  int64_t p = precision;
  if (e < minExp)
    p -= minExp - e; // subnormal: fewer mantissa bits
  if (p < 0)
    return negative ? -0.0 : 0.0; // far below the smallest subnormal
  // q = floor(|r| * 2^(p - e)): the p-bit mantissa and one rounding bit.
  int64_t scale = p - e;
  APInt num = n, den = r.den;
  if (scale >= 0)
    num = shl(num, static_cast<unsigned>(scale));
  else
    den = shl(den, static_cast<unsigned>(-scale));
  APInt q = quo(num, den);
  bool sticky = !rem(num, den).isZero();
  bool roundBit = q[0];
  APInt m = trim(q.ashr(1));
  if (roundBit && (sticky || m[0]))
    m = add(m, fromI64(1));
  // value = m * 2^(e - p + 1); m has at most p+1 bits after a carry.
  int64_t exp2 = e - p + 1;
  if (m.getActiveBits() > static_cast<unsigned>(precision) && e + 1 > maxExp)
    return std::nullopt;
  if (e > maxExp)
    return std::nullopt;
  double mant = static_cast<double>(m.getZExtValue()); // exact: <= 54 bits
  double v = std::ldexp(mant, static_cast<int>(exp2));
  if (std::isinf(v))
    return std::nullopt;
  return negative ? -v : v;
}

// ------------------------------------------------------------ literals

int digitValue(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return 99;
}

// Digits of `s` in `base`, skipping '_'; nullopt on an invalid digit.
std::optional<APInt> parseDigits(std::string_view s, unsigned base) {
  APInt v = fromI64(0), b = fromI64(base);
  bool any = false;
  for (char c : s) {
    if (c == '_')
      continue;
    int d = digitValue(c);
    if (d >= static_cast<int>(base))
      return std::nullopt;
    v = add(mul(v, b), fromI64(d));
    any = true;
  }
  if (!any)
    return std::nullopt;
  return v;
}

std::optional<APInt> parseInt(std::string_view s) {
  if (s.size() >= 2 && s[0] == '0') {
    char p = static_cast<char>(s[1] | 0x20);
    if (p == 'x')
      return parseDigits(s.substr(2), 16);
    if (p == 'o')
      return parseDigits(s.substr(2), 8);
    if (p == 'b')
      return parseDigits(s.substr(2), 2);
    return parseDigits(s.substr(1), 8); // legacy octal 0755
  }
  return parseDigits(s, 10);
}

std::optional<int64_t> parseExponent(std::string_view s) {
  int64_t v = 0;
  bool negative = false;
  size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-'))
    negative = s[i++] == '-';
  bool any = false;
  for (; i < s.size(); ++i) {
    if (s[i] == '_')
      continue;
    if (s[i] < '0' || s[i] > '9')
      return std::nullopt;
    v = std::min<int64_t>(v * 10 + (s[i] - '0'), 1'000'000'000);
    any = true;
  }
  if (!any)
    return std::nullopt;
  return negative ? -v : v;
}

std::optional<Rat> parseFloat(std::string_view s) {
  bool hex = s.size() >= 2 && s[0] == '0' && (s[1] | 0x20) == 'x';
  if (hex)
    s = s.substr(2);
  size_t expAt = s.find_first_of(hex ? "pP" : "eE");
  std::string_view mantissa = s.substr(0, expAt);
  int64_t exp = 0;
  if (expAt != std::string_view::npos) {
    auto e = parseExponent(s.substr(expAt + 1));
    if (!e)
      return std::nullopt;
    exp = *e;
  }
  std::string digits;
  int64_t fraction = 0;
  bool seenPoint = false;
  for (char c : mantissa) {
    if (c == '.') {
      seenPoint = true;
      continue;
    }
    if (c == '_')
      continue;
    digits += c;
    if (seenPoint)
      ++fraction;
  }
  auto m = parseDigits(digits, hex ? 16 : 10);
  if (!m)
    return std::nullopt;
  if (hex) {
    int64_t e2 = exp - 4 * fraction;
    if (std::abs(e2) > 4 * Value::kMaxDecimalExponent)
      return std::nullopt;
    if (e2 >= 0)
      return normalize(shl(*m, static_cast<unsigned>(e2)), fromI64(1));
    return normalize(*m, shl(fromI64(1), static_cast<unsigned>(-e2)));
  }
  int64_t e10 = exp - fraction;
  if (std::abs(e10) > Value::kMaxDecimalExponent)
    return std::nullopt;
  APInt p = pow(fromI64(10), static_cast<unsigned>(std::abs(e10)));
  return e10 >= 0 ? normalize(mul(*m, p), fromI64(1)) : normalize(*m, p);
}

// -------------------------------------------------------- formatting

// strconv.Quote, enough of it for constants in messages.
std::string quote(const std::string &s) {
  std::string out = "\"";
  for (size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    switch (c) {
    case '"': out += "\\\""; ++i; continue;
    case '\\': out += "\\\\"; ++i; continue;
    case '\a': out += "\\a"; ++i; continue;
    case '\b': out += "\\b"; ++i; continue;
    case '\f': out += "\\f"; ++i; continue;
    case '\n': out += "\\n"; ++i; continue;
    case '\r': out += "\\r"; ++i; continue;
    case '\t': out += "\\t"; ++i; continue;
    case '\v': out += "\\v"; ++i; continue;
    default:
      break;
    }
    if (c >= 0x20 && c < 0x7F) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    bool valid = c >= 0xC2 && i + len <= s.size();
    for (int k = 1; valid && k < len; ++k)
      valid = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
    if (c < 0x80 || !valid) {
      out += fmt::format("\\x{:02x}", c);
      ++i;
      continue;
    }
    out.append(s, i, len);
    i += len;
  }
  return out + "\"";
}

std::string formatDouble(double d, bool isInt) {
  std::string s = fmt::format("{:.6g}", d);
  if (!isInt && s.find('.') == std::string::npos)
    s = fmt::format("{}", d); // more digits when %.6g hides the fraction
  return s;
}

std::string formatRat(const Rat &r) {
  if (auto d = roundRat(r, 53, -1022, 1023); d && ((*d == 0) == isZero(r)))
    return formatDouble(*d, isInteger(r));
  // Out of float64 range: an approximate decimal, as go/constant does.
  int64_t e2 = log2Floor(r) + 1; // |r| = mant * 2^e2, 0.5 <= mant < 1
  Rat scaled = r;
  if (e2 >= 0)
    scaled = normalize(r.num, shl(r.den, static_cast<unsigned>(e2)));
  else
    scaled = normalize(shl(r.num, static_cast<unsigned>(-e2)), r.den);
  double m = roundRat(scaled, 53, -1022, 1023).value_or(0);
  double d = static_cast<double>(e2) * (std::log(2.0) / std::log(10.0));
  auto e = static_cast<int64_t>(d);
  m *= std::pow(10.0, d - static_cast<double>(e));
  double am = std::fabs(m);
  if (am < 1 - 0.5e-6)
    m *= 10, --e;
  else if (am >= 10)
    m /= 10, ++e;
  return fmt::format("{:.6g}e{:+d}", m, e);
}

} // namespace

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

Value Value::makeComplex(Value re, Value im) {
  re = re.toFloat(), im = im.toFloat();
  if (re.isUnknown() || im.isUnknown())
    return Value();
  Value v(Kind::Complex);
  v.re_ = re.re_;
  v.im_ = im.re_;
  return v;
}

Value Value::fromLiteral(ast::BasicLit::LitKind kind, std::string_view text) {
  switch (kind) {
  case ast::BasicLit::LitKind::Int:
    if (auto i = parseInt(text))
      return makeInt(*i);
    return Value();
  case ast::BasicLit::LitKind::Float:
    if (auto r = parseFloat(text))
      return makeRat(r->num, r->den);
    return Value();
  case ast::BasicLit::LitKind::Imag: {
    std::string_view body = text.substr(0, text.size() - 1);
    // spec: an imaginary literal's integer part of only decimal digits is
    // decimal even with a leading 0 (backward compatibility).
    bool decimalDigits = std::all_of(body.begin(), body.end(), [](char c) { return (c >= '0' && c <= '9') || c == '_'; });
    Value im;
    if (decimalDigits) {
      if (auto d = parseDigits(body, 10))
        im = makeInt(*d);
    } else {
      bool isInt = syntax::numberKind(body) == syntax::NumberKind::Int;
      im = fromLiteral(isInt ? ast::BasicLit::LitKind::Int : ast::BasicLit::LitKind::Float, body);
    }
    if (im.isUnknown())
      return Value();
    return makeComplex(makeInt64(0), im);
  }
  case ast::BasicLit::LitKind::Rune:
    return makeInt64(syntax::decodeRune(text));
  case ast::BasicLit::LitKind::String:
    return makeString(syntax::decodeString(text));
  }
  return Value();
}

// ------------------------------------------------------------ queries

unsigned Value::bitLen() const { return kind_ == Kind::Int ? absVal(int_).getActiveBits() : 0; }

int Value::sign() const {
  switch (kind_) {
  case Kind::Int:
    return int_.isNegative() ? -1 : int_.isZero() ? 0 : 1;
  case Kind::Float:
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
  Value f = toFloat();
  if (f.isUnknown() || kind_ == Kind::Complex)
    return std::nullopt;
  return roundRat(f.re_, 53, -1022, 1023);
}

std::optional<float> Value::float32Val() const {
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
    return result(ratCmp(x.re_, y.re_));
  default: // complex: only == and !=
    if (op != Op::Eql && op != Op::Neq)
      return false;
    return result(ratCmp(x.re_, y.re_) == 0 && ratCmp(x.im_, y.im_) == 0 ? 0 : 1);
  }
}

// -------------------------------------------------------- formatting

std::string Value::toString() const {
  switch (kind_) {
  case Kind::Unknown:
    return "unknown";
  case Kind::Bool:
    return b_ ? "true" : "false";
  case Kind::String: {
    // go/constant shortens long strings to 72 characters with "...".
    std::string q = quote(s_);
    const size_t maxLen = 72;
    size_t runes = 0, i = 0;
    for (; i < q.size(); ++i)
      if ((static_cast<unsigned char>(q[i]) & 0xC0) != 0x80 && ++runes > maxLen)
        break;
    if (runes <= maxLen)
      return q;
    size_t cut = 0, n = 0;
    for (; cut < q.size() && n < maxLen - 3; ++cut)
      if ((static_cast<unsigned char>(q[cut]) & 0xC0) != 0x80)
        ++n;
    while (cut < q.size() && (static_cast<unsigned char>(q[cut]) & 0xC0) == 0x80)
      ++cut;
    return q.substr(0, cut) + "...";
  }
  case Kind::Int:
    return decimal(int_);
  case Kind::Float:
    return formatRat(re_);
  case Kind::Complex:
    return "(" + formatRat(re_) + " + " + formatRat(im_) + "i)";
  }
  return "";
}

std::string Value::exactString() const {
  auto exact = [](const Rat &r) {
    return isInteger(r) ? decimal(r.num) : decimal(r.num) + "/" + decimal(r.den);
  };
  switch (kind_) {
  case Kind::Float:
    return exact(re_);
  case Kind::Complex:
    return "(" + exact(re_) + " + " + exact(im_) + "i)";
  case Kind::Unknown:
  case Kind::Bool:
  case Kind::String:
  case Kind::Int:
    return toString();
  }
  return "";
}

} // namespace gopp::constant
