// BigFloat.cpp — 512-bit binary floats for constants too large for exact
// rationals (see BigFloat.h).
#include "frontend/constant/BigFloat.h"

#include <cmath>

#include <fmt/format.h>

#include "frontend/constant/Exact.h"

namespace gopp::constant::big {

using llvm::APInt;

namespace {
// The unsigned magnitude x (any width) rounded to kMantBits bits; adds the
// shift to exp. Round half to even.
BigFloat normalize(bool negative, APInt x, int64_t exp) {
  BigFloat r;
  if (x.isZero())
    return r;
  unsigned n = x.getActiveBits();
  if (n > kMantBits) {
    unsigned drop = n - kMantBits;
    bool half = x[drop - 1];
    bool sticky = drop > 1 && x.countTrailingZeros() < drop - 1;
    x.lshrInPlace(drop);
    exp += drop;
    if (half && (sticky || x[0])) {
      x = x.zext(x.getBitWidth() + 1) + 1;
      if (x.getActiveBits() > kMantBits) {
        x.lshrInPlace(1);
        exp += 1;
      }
    }
    x = x.trunc(kMantBits);
  } else {
    x = x.zextOrTrunc(kMantBits);
    unsigned up = kMantBits - n;
    x <<= up;
    exp -= up;
  }
  r.neg = negative;
  r.mant = x;
  r.exp = exp;
  return r;
}
} // namespace

BigFloat fromScaled(const APInt &m, int64_t exp2) {
  bool negative = m.isNegative();
  return normalize(negative, exact::absVal(m), exp2);
}

BigFloat fromRat(const Rat &r) {
  if (exact::isZero(r))
    return BigFloat{};
  bool negative = r.num.isNegative();
  APInt n = exact::absVal(r.num), d = r.den;
  // Scale so the quotient has more than kMantBits bits, then round.
  int64_t s = static_cast<int64_t>(kMantBits) + 2 + d.getActiveBits() - n.getActiveBits();
  if (s > 0)
    n = exact::shl(n, static_cast<unsigned>(s));
  else if (s < 0)
    d = exact::shl(d, static_cast<unsigned>(-s));
  APInt q = exact::quo(n, d);
  bool sticky = !exact::rem(n, d).isZero();
  // Fold the remainder into a sticky low bit for correct rounding.
  q = exact::add(exact::shl(q, 1), exact::fromI64(sticky ? 1 : 0));
  return normalize(negative, q, -s - 1);
}

BigFloat neg(const BigFloat &a) {
  BigFloat r = a;
  if (!r.isZero())
    r.neg = !r.neg;
  return r;
}

BigFloat add(const BigFloat &a, const BigFloat &b) {
  if (a.isZero())
    return b;
  if (b.isZero())
    return a;
  const BigFloat &hi = a.exp >= b.exp ? a : b;
  const BigFloat &lo = a.exp >= b.exp ? b : a;
  int64_t diff = hi.exp - lo.exp;
  if (diff > 2 * kMantBits + 4)
    return hi; // lo is below hi's rounding precision (beyond a sticky bit)
  unsigned width = 3 * kMantBits + 16;
  APInt x = hi.mant.zext(width) << static_cast<unsigned>(diff);
  APInt y = lo.mant.zext(width);
  int64_t exp = lo.exp;
  if (hi.neg == lo.neg)
    return normalize(hi.neg, x + y, exp);
  if (x.uge(y))
    return normalize(hi.neg, x - y, exp);
  return normalize(lo.neg, y - x, exp);
}

BigFloat mul(const BigFloat &a, const BigFloat &b) {
  if (a.isZero() || b.isZero())
    return BigFloat{};
  APInt x = a.mant.zext(2 * kMantBits) * b.mant.zext(2 * kMantBits);
  return normalize(a.neg != b.neg, x, a.exp + b.exp);
}

BigFloat quo(const BigFloat &a, const BigFloat &b) {
  if (a.isZero())
    return BigFloat{};
  unsigned width = 2 * kMantBits + 8;
  APInt x = a.mant.zext(width) << (kMantBits + 4);
  APInt y = b.mant.zext(width);
  APInt q = x.udiv(y);
  bool sticky = !x.urem(y).isZero();
  q = (q.zext(width + 1) << 1) | APInt(width + 1, sticky ? 1 : 0);
  return normalize(a.neg != b.neg, q, a.exp - b.exp - static_cast<int64_t>(kMantBits) - 4 - 1);
}

BigFloat pow10(uint64_t e) {
  BigFloat result = fromScaled(APInt(64, 1), 0);
  BigFloat base = fromScaled(APInt(64, 10), 0);
  while (e) {
    if (e & 1)
      result = mul(result, base);
    e >>= 1;
    if (e)
      base = mul(base, base);
  }
  return result;
}

int cmp(const BigFloat &a, const BigFloat &b) {
  int sa = a.isZero() ? 0 : a.neg ? -1 : 1;
  int sb = b.isZero() ? 0 : b.neg ? -1 : 1;
  if (sa != sb)
    return sa < sb ? -1 : 1;
  if (sa == 0)
    return 0;
  // Same sign: compare magnitudes (normalized mantissas, so by exponent first).
  int mag = a.exp != b.exp ? (a.exp < b.exp ? -1 : 1) : (a.mant.ult(b.mant) ? -1 : a.mant == b.mant ? 0 : 1);
  return sa > 0 ? mag : -mag;
}

std::optional<Rat> toRat(const BigFloat &a) {
  if (a.isZero())
    return exact::normalize(exact::fromI64(0), exact::fromI64(1));
  if (a.exp > kMaxExactExponent || a.exp < -kMaxExactExponent)
    return std::nullopt;
  APInt m = exact::trim(a.mant.zext(kMantBits + 1));
  if (a.neg)
    m = exact::neg(m);
  APInt one = exact::fromI64(1);
  if (a.exp >= 0)
    return exact::normalize(exact::shl(m, static_cast<unsigned>(a.exp)), one);
  return exact::normalize(m, exact::shl(one, static_cast<unsigned>(-a.exp)));
}

std::optional<double> round(const BigFloat &a, int precision, int minExp, int maxExp) {
  if (a.isZero())
    return 0.0;
  int64_t top = a.exp + static_cast<int64_t>(kMantBits) - 1; // exponent of the leading bit
  if (top > maxExp)
    return std::nullopt;
  if (top < minExp - precision - 2)
    return a.neg ? -0.0 : 0.0;
  // In range: the exact rational rounds correctly.
  if (auto r = toRat(a))
    return exact::roundRat(*r, precision, minExp, maxExp);
  return std::nullopt;
}

std::string format(const BigFloat &a) {
  if (a.isZero())
    return "0";
  // log10 of the value from its top 64 bits: enough for six digits.
  APInt top = a.mant.lshr(kMantBits - 64).trunc(64);
  long double lg = std::log10(static_cast<long double>(top.getZExtValue())) +
                   static_cast<long double>(a.exp + static_cast<int64_t>(kMantBits) - 64) * std::log10(2.0L);
  long double e10 = std::floor(lg);
  long double lead = std::pow(10.0L, lg - e10);
  std::string digits = fmt::format("{:.5f}", static_cast<double>(lead));
  if (digits.rfind("10.", 0) == 0) { // rounding carried to the next power of ten
    digits = "1.00000";
    e10 += 1;
  }
  while (!digits.empty() && digits.back() == '0')
    digits.pop_back();
  if (!digits.empty() && digits.back() == '.')
    digits.pop_back();
  auto e = static_cast<long long>(e10);
  return fmt::format("{}{}e{}{:02d}", a.neg ? "-" : "", digits, e < 0 ? '-' : '+', e < 0 ? -e : e);
}

} // namespace gopp::constant::big
