// BigFloat.h — floating-point constants beyond exact rationals (internal
// to frontend/constant).
//
// go/constant keeps floats as exact rationals while they stay small and
// switches to 512-bit binary floats past that; a literal like 1e646456992
// is a valid Go constant. Value does the same: a Float whose magnitude
// needs more than kMaxExactExponent bits of exponent is a BigFloat,
// mant * 2^exp with a 512-bit mantissa, rounded to nearest after each
// operation. Results that fit again become exact rationals.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "llvm/ADT/APInt.h"

#include "frontend/constant/Value.h"

namespace gopp::constant::big {

constexpr unsigned kMantBits = 512;
// Exponents (in bits) beyond this make a BigFloat rather than a Rat.
constexpr int64_t kMaxExactExponent = 40000;

struct BigFloat {
  bool neg = false;
  llvm::APInt mant{kMantBits, 0}; // kMantBits wide; top bit set unless zero
  int64_t exp = 0;                // value = mant * 2^exp
  bool isZero() const { return mant.isZero(); }
};

BigFloat fromRat(const Rat &r);
// m * 2^exp2, rounded to kMantBits bits (m is a signed APInt).
BigFloat fromScaled(const llvm::APInt &m, int64_t exp2);
BigFloat pow10(uint64_t e);

BigFloat add(const BigFloat &a, const BigFloat &b);
BigFloat neg(const BigFloat &a);
BigFloat mul(const BigFloat &a, const BigFloat &b);
BigFloat quo(const BigFloat &a, const BigFloat &b); // b != 0
int cmp(const BigFloat &a, const BigFloat &b);

// The exact rational, if the exponent is small enough to hold one.
std::optional<Rat> toRat(const BigFloat &a);
// Correctly rounded to a binary float (see exact::roundRat).
std::optional<double> round(const BigFloat &a, int precision, int minExp, int maxExp);
// As go/constant prints it (%.6g): "1e+646456992".
std::string format(const BigFloat &a);

} // namespace gopp::constant::big
