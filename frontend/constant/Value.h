// Value.h — Go's constant values with exact arithmetic (spec "Constants",
// "Constant expressions").
//
// The model is go/constant's, which gc's type checker uses, so results
// agree with gc:
//  - Int: an unbounded two's-complement integer (llvm::APInt whose width
//    grows as needed). gc rejects untyped integers beyond 512 bits; the
//    checker asks bitLen() and reports "constant … overflow".
//  - Float: an exact rational num/den (den > 0, in lowest terms). Every
//    constant operation on floats (+ - * /, conversions from literals) is
//    exact on rationals, so 0.1*10 == 1 holds as in Go. Like go/constant,
//    values too large or too small for exact rationals (a literal with a
//    decimal exponent beyond ±kMaxDecimalExponent, such as 1e646456992)
//    are 512-bit binary floats instead (BigFloat.h), rounded after each
//    operation; complex constants of such parts are not supported.
//  - Complex: two rationals.
//  - Bool, String: as they are.
//  - Unknown: the result of an invalid operation; it propagates silently,
//    so one error is reported once.
// Rounding to float32/float64 is correct rounding (nearest, ties to even)
// from the exact value, with subnormals and overflow handled.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "llvm/ADT/APInt.h"

#include "frontend/ast/AST.h"

namespace gopp::constant {

namespace big {
struct BigFloat;
}

enum class Kind : uint8_t { Unknown, Bool, String, Int, Float, Complex };

// An exact rational: num / den, den > 0, gcd(num, den) == 1.
struct Rat {
  llvm::APInt num; // signed
  llvm::APInt den; // positive (signed interpretation)
};

class Value {
public:
  Value() : kind_(Kind::Unknown) {}

  static Value makeBool(bool b);
  static Value makeString(std::string s);
  static Value makeInt64(int64_t v);
  static Value makeUint64(uint64_t v);
  static Value makeInt(llvm::APInt v); // signed interpretation
  static Value makeRat(llvm::APInt num, llvm::APInt den);
  static Value makeComplex(Value re, Value im); // re, im: Int or Float
  // The exact value of a finite double (a Float).
  static Value makeFloat64(double d);
  // A float beyond exact rationals (see BigFloat.h); an exact Rat again
  // when its exponent is small enough.
  static Value makeBig(const big::BigFloat &f);
  // A Float held as a 512-bit binary float rather than exactly.
  bool isBig() const { return big_ != nullptr; }
  const big::BigFloat &bigVal() const { return *big_; }

  // The value of a literal token's text (ast::BasicLit::value): integers in
  // any base, decimal and hexadecimal floats, imaginary literals, runes
  // (an Int), interpreted and raw strings. Unknown if the text is not a
  // valid literal or is too large to represent (see above).
  static Value fromLiteral(ast::BasicLit::LitKind kind, std::string_view text);

  // Decimal exponents beyond this make a BigFloat (see above).
  static constexpr int kMaxDecimalExponent = 10000;

  Kind kind() const { return kind_; }
  bool isUnknown() const { return kind_ == Kind::Unknown; }

  bool boolVal() const { return b_; }
  const std::string &stringVal() const { return s_; }
  const llvm::APInt &intVal() const { return int_; }
  const Rat &ratVal() const { return re_; }
  const Rat &realPart() const { return re_; }
  const Rat &imagPart() const { return im_; }

  // Bits needed for an Int's magnitude (go/constant BitLen); 0 otherwise.
  unsigned bitLen() const;
  int sign() const; // -1, 0, 1 for numbers (the real part for complex)

  // Kind conversions, exact or Unknown (go/constant ToInt, ToFloat,
  // ToComplex): a Float becomes an Int only if it is an integer.
  Value toInt() const;
  Value toFloat() const;
  Value toComplex() const;

  // The integer, if it fits.
  std::optional<int64_t> int64Val() const;
  std::optional<uint64_t> uint64Val() const;

  // Correctly rounded to float64/float32; nullopt if the value overflows
  // the type (its rounded magnitude is infinite) or is not a real number.
  std::optional<double> float64Val() const;
  std::optional<float> float32Val() const;

  // Whether an Int fits an integer type of `bits` bits.
  bool fitsInt(unsigned bits, bool isSigned) const;

  // Operations with go/constant's rules. Operands are first brought to the
  // larger of their kinds (Int < Float < Complex). Division of two Ints
  // is exact (a Float) unless `intDivision` (Go's integer `/`). Unknown
  // for invalid operations, including division by zero.
  static Value unary(ast::Op op, const Value &x, unsigned precision = 0);
  static Value binary(const Value &x, ast::Op op, const Value &y, bool intDivision = false);
  static Value shift(const Value &x, ast::Op op, uint64_t s);
  // x op y for == != < <= > >= (false for Unknown operands).
  static bool compare(const Value &x, ast::Op op, const Value &y);

  // As go/constant's String: "1e+100", "0.1", `"abc"`, "(1 + 2i)".
  std::string toString() const;
  // Exact form: "1/3" for rationals, else as toString.
  std::string exactString() const;

private:
  explicit Value(Kind k) : kind_(k) {}

  Kind kind_;
  bool b_ = false;
  std::string s_;
  llvm::APInt int_;
  Rat re_, im_;
  std::shared_ptr<const big::BigFloat> big_; // Float only, when set
};

} // namespace gopp::constant
