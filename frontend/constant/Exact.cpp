// Exact.cpp — see Exact.h.
#include "frontend/constant/Exact.h"

#include <algorithm>

#include "llvm/ADT/StringExtras.h"

namespace gopp::constant::exact {

namespace {
unsigned roundWidth(unsigned bits) { return std::max(64u, (bits + 63) / 64 * 64); }
} // namespace

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

} // namespace gopp::constant::exact
