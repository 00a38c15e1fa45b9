// constant_test.cpp — exact constant arithmetic, against go/constant.
//
// Every expected string below is what Go 1.19's go/constant (the package
// gc's type checker uses) prints for the same operation: its String() and
// ExactString(), Float64Val, Compare, BitLen. They were produced by a Go
// program calling go/constant with the same literals and operations.
#include <cmath>
#include <string>

#include <gtest/gtest.h>

#include "frontend/constant/Value.h"

namespace gopp::constant {
namespace {

using LK = ast::BasicLit::LitKind;
using ast::Op;

Value I(const char *s) { return Value::fromLiteral(LK::Int, s); }
Value F(const char *s) { return Value::fromLiteral(LK::Float, s); }
// Go has no negative literals: -x is a unary minus on a literal.
Value negI(const char *s) { return Value::unary(Op::Sub, I(s)); }
Value IM(const char *s) { return Value::fromLiteral(LK::Imag, s); }

void expectValue(const Value &v, const std::string &str, const std::string &exact) {
  EXPECT_EQ(v.toString(), str);
  EXPECT_EQ(v.exactString(), exact);
}

TEST(ConstantLiterals, IntegersInEveryBase) {
  expectValue(I("1_000_000"), "1000000", "1000000");
  expectValue(I("0xFF"), "255", "255");
  expectValue(I("0o17"), "15", "15");
  expectValue(I("0755"), "493", "493"); // legacy octal
  expectValue(I("0b1010"), "10", "10");
  EXPECT_EQ(I("0b1010").kind(), Kind::Int);
}

TEST(ConstantLiterals, FloatsAreExactRationals) {
  expectValue(F("0.1"), "0.1", "1/10");
  expectValue(F("1.5"), "1.5", "3/2");
  expectValue(F("0x1.8p3"), "12", "12");
  expectValue(F("1e-7"), "1e-07", "1/10000000");
  expectValue(F("123456789.0"), "1.23457e+08", "123456789");
  EXPECT_EQ(F("1e100").toString(), "1e+100");
  EXPECT_EQ(F("1e100").exactString(), "1" + std::string(100, '0'));
  EXPECT_EQ(F("1e-400").toString(), "1e-400"); // beyond float64: approximate decimal
  EXPECT_EQ(F("1e10000").toString(), "1e+10000");
  EXPECT_EQ(F("0.1").kind(), Kind::Float);
}

TEST(ConstantLiterals, ImaginaryRunesAndStrings) {
  expectValue(IM("1.5i"), "(0 + 1.5i)", "(0 + 3/2i)");
  // spec: an imaginary literal of decimal digits is decimal despite a leading 0.
  expectValue(IM("0123i"), "(0 + 123i)", "(0 + 123i)");
  EXPECT_EQ(Value::fromLiteral(LK::Rune, "'\\u00e9'").toString(), "233");
  EXPECT_EQ(Value::fromLiteral(LK::String, "\"a\\tb\"").stringVal(), "a\tb");
  EXPECT_EQ(Value::fromLiteral(LK::String, "`a\\tb`").stringVal(), "a\\tb");
}

TEST(ConstantArithmetic, FloatArithmeticIsExact) {
  expectValue(Value::binary(F("0.1"), Op::Mul, I("10")), "1", "1");
  EXPECT_TRUE(Value::compare(Value::binary(F("0.1"), Op::Add, F("0.2")), Op::Eql, F("0.3")));
  expectValue(Value::binary(F("1.0"), Op::Quo, F("3.0")), "0.333333", "1/3");
  expectValue(Value::binary(F("0.5"), Op::Add, F("0.5")), "1", "1");
  expectValue(Value::unary(Op::Sub, F("2.5")), "-2.5", "-5/2");
  EXPECT_EQ(Value::binary(F("1e308"), Op::Mul, I("10")).toString(), "1e+309");
}

TEST(ConstantArithmetic, IntegerDivisionTruncatesAndExactDivisionIsRational) {
  expectValue(Value::binary(I("1"), Op::Quo, I("3")), "0.333333", "1/3");
  expectValue(Value::binary(I("7"), Op::Quo, negI("2"), /*intDivision=*/true), "-3", "-3");
  expectValue(Value::binary(negI("7"), Op::Rem, I("2")), "-1", "-1");
  EXPECT_TRUE(Value::binary(I("1"), Op::Quo, I("0"), true).isUnknown());
  EXPECT_TRUE(Value::binary(F("1"), Op::Quo, F("0")).isUnknown());
}

TEST(ConstantArithmetic, BitwiseOperationsUseTwosComplement) {
  expectValue(Value::binary(I("0xFF"), Op::AndNot, I("0x0F")), "240", "240");
  expectValue(Value::binary(negI("1"), Op::And, I("0xFF")), "255", "255");
  expectValue(Value::unary(Op::Xor, I("5")), "-6", "-6");          // untyped or signed
  expectValue(Value::unary(Op::Xor, I("5"), 8), "250", "250");     // uint8
}

TEST(ConstantArithmetic, ShiftsAndBigIntegers) {
  expectValue(Value::shift(I("1"), Op::Shl, 100), "1267650600228229401496703205376",
              "1267650600228229401496703205376");
  expectValue(Value::shift(Value::shift(I("1"), Op::Shl, 100), Op::Shr, 98), "4", "4");
  expectValue(Value::shift(negI("5"), Op::Shr, 1), "-3", "-3");
  Value big = Value::shift(I("1"), Op::Shl, 64);
  expectValue(Value::binary(big, Op::Mul, big), "340282366920938463463374607431768211456",
              "340282366920938463463374607431768211456");
  EXPECT_EQ(Value::shift(I("1"), Op::Shl, 511).bitLen(), 512u);
}

TEST(ConstantArithmetic, ComplexNumbers) {
  Value a = Value::binary(I("1"), Op::Add, IM("2i"));
  Value b = Value::binary(I("3"), Op::Add, IM("4i"));
  expectValue(Value::binary(a, Op::Mul, b), "(-5 + 10i)", "(-5 + 10i)");
  expectValue(Value::binary(I("1"), Op::Quo, IM("1i")), "(0 + -1i)", "(0 + -1i)");
}

TEST(ConstantStrings, ConcatenationQuotingAndShortening) {
  expectValue(Value::binary(Value::makeString("ab"), Op::Add, Value::makeString("c\n")), "\"abc\\n\"",
              "\"abc\\n\"");
  EXPECT_EQ(Value::makeString(std::string("h\xC3\xA9llo\0", 7)).toString(), "\"h\xC3\xA9llo\\x00\"");
  EXPECT_EQ(Value::makeString("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz")
                .toString(),
            "\"abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnop...");
  EXPECT_TRUE(Value::compare(Value::makeString("abc"), Op::Lss, Value::makeString("abd")));
}

TEST(ConstantConversions, ToIntOnlyWhenExact) {
  EXPECT_EQ(F("2.0").toInt().toString(), "2");
  EXPECT_TRUE(F("2.5").toInt().isUnknown());
  EXPECT_TRUE(Value::binary(I("1"), Op::Add, IM("1i")).toFloat().isUnknown());
}

TEST(ConstantConversions, CorrectlyRoundedToFloat64AndFloat32) {
  EXPECT_EQ(F("0.1").float64Val(), 0.1);
  EXPECT_EQ(F("0.1").float32Val(), 0.1f);
  EXPECT_EQ(F("4.9406564584124654e-324").float64Val(), 5e-324);   // the smallest subnormal
  EXPECT_EQ(F("2.4703282292062328e-324").float64Val(), 5e-324);   // just above half of it
  EXPECT_EQ(F("1.7976931348623157e308").float64Val(), 1.7976931348623157e308);
  EXPECT_EQ(F("9007199254740993").float64Val(), 9007199254740992.0); // tie: to even
  EXPECT_EQ(F("9007199254740995").float64Val(), 9007199254740996.0); // tie: to even
  EXPECT_FALSE(F("1e309").float64Val().has_value());                 // overflows float64
  EXPECT_FALSE(F("3.5e38").float32Val().has_value());                // overflows float32
  EXPECT_EQ(F("1e-400").float64Val(), 0.0);
}

// glibc's strtod and strtof round decimal input correctly, so they are an
// oracle for float64Val and float32Val over many literals: short and long
// mantissas, exponents across the normal and subnormal ranges, overflow.
TEST(ConstantConversions, RoundingAgreesWithStrtodOnManyLiterals) {
  uint64_t state = 0x9E3779B97F4A7C15ull;
  auto next = [&state] {
    state ^= state << 13, state ^= state >> 7, state ^= state << 17;
    return state;
  };
  for (int i = 0; i < 3000; ++i) {
    std::string digits = std::to_string(next() % 10 + 1);
    int len = static_cast<int>(next() % 25);
    for (int k = 0; k < len; ++k)
      digits += static_cast<char>('0' + next() % 10);
    int exp = static_cast<int>(next() % 700) - 360;
    std::string lit = digits.substr(0, 1) + "." + digits.substr(1) + "e" + std::to_string(exp);
    if (digits.size() == 1)
      lit = digits + "e" + std::to_string(exp);
    double want = std::strtod(lit.c_str(), nullptr);
    auto got = F(lit.c_str()).float64Val();
    if (std::isinf(want)) {
      EXPECT_FALSE(got.has_value()) << lit;
    } else {
      ASSERT_TRUE(got.has_value()) << lit;
      EXPECT_EQ(*got, want) << lit;
    }
    float want32 = std::strtof(lit.c_str(), nullptr);
    auto got32 = F(lit.c_str()).float32Val();
    if (std::isinf(want32))
      EXPECT_FALSE(got32.has_value()) << lit;
    else if (got32)
      EXPECT_EQ(*got32, want32) << lit;
    else
      ADD_FAILURE() << lit << " float32";
  }
}

TEST(ConstantConversions, IntegerRanges) {
  EXPECT_TRUE(I("127").fitsInt(8, true));
  EXPECT_FALSE(I("128").fitsInt(8, true));
  EXPECT_TRUE(I("255").fitsInt(8, false));
  EXPECT_FALSE(negI("1").fitsInt(64, false));
  EXPECT_TRUE(negI("9223372036854775808").fitsInt(64, true));
  EXPECT_FALSE(negI("9223372036854775809").fitsInt(64, true));
  EXPECT_EQ(I("18446744073709551615").uint64Val(), 18446744073709551615ull);
  EXPECT_FALSE(I("18446744073709551616").uint64Val().has_value());
}

} // namespace
} // namespace gopp::constant

namespace gopp::constant {
namespace {

// Beyond exact rationals: 512-bit binary floats, as go/constant keeps
// them (expectations printed by go/constant for the same operations).
TEST(ConstantBigFloats, HugeAndTinyLiteralsAreValid) {
  Value n = F("1e646456992"), d = F("1e646456991");
  EXPECT_EQ(n.toString(), "1e+646456992");
  Value q = Value::binary(n, Op::Quo, d);
  EXPECT_EQ(q.toString(), "10");
  EXPECT_EQ(q.float64Val(), 10.0);
  EXPECT_TRUE(Value::compare(n, Op::Gtr, d));
  EXPECT_EQ(Value::binary(n, Op::Sub, n).toString(), "0");
  EXPECT_FALSE(n.float64Val().has_value()); // overflows float64
  Value t = F("1e-779137");
  EXPECT_EQ(t.toString(), "1e-779137");
  EXPECT_EQ(t.float64Val(), 0.0);
  EXPECT_EQ(t.sign(), 1);
  EXPECT_EQ(Value::unary(Op::Sub, F("2.5e100001")).toString(), "-2.5e+100001");
  EXPECT_TRUE(t.toInt().isUnknown());
}

TEST(ConstantBigFloats, BeyondThirtyTwoBitExponentsIsUnknown) {
  Value a = F("1e+500000000");
  EXPECT_TRUE(Value::binary(a, Op::Mul, a).isUnknown());
}

} // namespace
} // namespace gopp::constant
