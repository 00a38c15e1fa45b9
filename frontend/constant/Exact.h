// Exact.h — exact integer and rational arithmetic for constant values
// (internal to frontend/constant).
//
// Integers are llvm::APInt values read as two's complement. APInt has a
// fixed width, so every operation first widens its operands enough that
// the exact result fits, then trims the result to the fewest 64-bit words
// that hold it. Rationals are kept in lowest terms with a positive
// denominator.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "llvm/ADT/APInt.h"

#include "frontend/constant/Value.h"

namespace gopp::constant::exact {

using llvm::APInt;

APInt widen(const APInt &a, unsigned w);
APInt trim(const APInt &a);
void common(APInt &a, APInt &b, unsigned extra); // widen both, `extra` spare bits
APInt fromU64(uint64_t v);
APInt fromI64(int64_t v);
APInt add(APInt a, APInt b);
APInt sub(APInt a, APInt b);
APInt mul(APInt a, APInt b);
APInt neg(APInt a);
APInt quo(APInt a, APInt b); // truncated, b != 0
APInt rem(APInt a, APInt b); // sign of a, b != 0
APInt absVal(const APInt &a);
APInt gcd(APInt a, APInt b); // a, b >= 0
APInt pow(APInt base, unsigned e);
APInt shl(const APInt &a, unsigned s);
int cmp(APInt a, APInt b);
std::string decimal(const APInt &a);

Rat normalize(APInt num, APInt den); // den != 0
bool isZero(const Rat &r);
bool isInteger(const Rat &r);
Rat ratAdd(const Rat &a, const Rat &b);
Rat ratSub(const Rat &a, const Rat &b);
Rat ratMul(const Rat &a, const Rat &b);
Rat ratQuo(const Rat &a, const Rat &b); // b != 0
Rat ratNeg(const Rat &a);
int ratCmp(const Rat &a, const Rat &b);
int64_t log2Floor(const Rat &r); // r != 0

// r rounded to the nearest binary float with `precision` mantissa bits and
// exponents in [minExp, maxExp] (subnormals below), ties to even; nullopt
// when the rounded magnitude overflows.
std::optional<double> roundRat(const Rat &r, int precision, int minExp, int maxExp);

} // namespace gopp::constant::exact
