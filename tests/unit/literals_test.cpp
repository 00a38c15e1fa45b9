// literals_test.cpp — the spec's literal rules, as frontend/syntax/Literals
// applies them.
//
// Every expectation was checked against Go 1.19's gc: each literal was put
// in `package p; var _ = LIT` and compiled with `go tool compile`; valid
// forms compile, invalid ones fail with exactly the message below, at the
// byte offset below (gc's column minus the literal's starting column).
// Decoded values were checked with a Go program printing the same values.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "frontend/syntax/Literals.h"

namespace gopp::syntax {
namespace {

// ------------------------------------------------------------ checkNumber

class ValidNumberLiteral : public ::testing::TestWithParam<const char *> {};

TEST_P(ValidNumberLiteral, IsAccepted) {
  auto error = checkNumber(GetParam());
  EXPECT_FALSE(error.has_value()) << GetParam() << ": " << (error ? error->message : "");
}

INSTANTIATE_TEST_SUITE_P(
    Integers, ValidNumberLiteral,
    ::testing::Values("0", "7", "42", "1234567890",
                      "0x1F", "0X1f", "0xdeadBEEF",   // hexadecimal, either prefix case
                      "0o17", "0O17",                 // octal with 0o / 0O
                      "0755", "00",                   // legacy octal: leading 0
                      "0b1011", "0B1",                // binary
                      "1_000_000", "0x_FF", "0b_1", "0o_7", "0_7", "0x1_F")); // '_' separators

INSTANTIATE_TEST_SUITE_P(
    Floats, ValidNumberLiteral,
    ::testing::Values("1.5", ".5", "1.", "0.", "1e10", "1E-3", "1e+3", "01.5", "1_0.2_5",
                      "0x1p-2", "0x1.8p3", "0X.8P0", "0x1P+2", "0x_1p-2",
                      "09.5", "09e1", "089.0")); // decimal mantissa: 8 and 9 are fine

INSTANTIATE_TEST_SUITE_P(
    Imaginaries, ValidNumberLiteral,
    ::testing::Values("1i", "0i", "1.5i", "0x10i", "0b1i", "0o7i", "1e3i", ".5i",
                      "089i", "08i")); // a leading-0 imaginary is decimal, for compatibility

struct BadNumber {
  const char *lit;
  uint32_t offset; // gc's column of the error minus the literal's column
  DiagKind kind;
  const char *message;
};

std::ostream &operator<<(std::ostream &os, const BadNumber &b) { return os << b.lit; }

class InvalidNumberLiteral : public ::testing::TestWithParam<BadNumber> {};

TEST_P(InvalidNumberLiteral, IsRejectedWithGcMessageAtGcOffset) {
  const BadNumber &b = GetParam();
  auto error = checkNumber(b.lit);
  ASSERT_TRUE(error.has_value()) << b.lit << " was accepted";
  EXPECT_EQ(error->message, b.message) << b.lit;
  EXPECT_EQ(error->kind, b.kind) << b.lit << ": " << diagName(error->kind);
  EXPECT_EQ(error->offset, b.offset) << b.lit;
}

INSTANTIATE_TEST_SUITE_P(
    Digits, InvalidNumberLiteral,
    ::testing::Values(
        BadNumber{"08", 1, DiagKind::InvalidDigit, "invalid digit '8' in octal literal"},
        BadNumber{"0_8", 2, DiagKind::InvalidDigit, "invalid digit '8' in octal literal"},
        BadNumber{"0o8", 2, DiagKind::InvalidDigit, "invalid digit '8' in octal literal"},
        BadNumber{"0b102", 4, DiagKind::InvalidDigit, "invalid digit '2' in binary literal"},
        BadNumber{"0x", 2, DiagKind::LiteralHasNoDigits, "hexadecimal literal has no digits"},
        BadNumber{"0x_", 3, DiagKind::LiteralHasNoDigits, "hexadecimal literal has no digits"},
        BadNumber{"0b", 2, DiagKind::LiteralHasNoDigits, "binary literal has no digits"},
        BadNumber{"0o", 2, DiagKind::LiteralHasNoDigits, "octal literal has no digits"}));

INSTANTIATE_TEST_SUITE_P(
    Separators, InvalidNumberLiteral,
    ::testing::Values(
        BadNumber{"1__0", 2, DiagKind::UnderscoreMustSeparate, "'_' must separate successive digits"},
        BadNumber{"1_", 1, DiagKind::UnderscoreMustSeparate, "'_' must separate successive digits"},
        BadNumber{"0_", 1, DiagKind::UnderscoreMustSeparate, "'_' must separate successive digits"},
        BadNumber{"1_.5", 1, DiagKind::UnderscoreMustSeparate, "'_' must separate successive digits"},
        BadNumber{"1._5", 2, DiagKind::UnderscoreMustSeparate, "'_' must separate successive digits"},
        BadNumber{"1e_3", 2, DiagKind::UnderscoreMustSeparate, "'_' must separate successive digits"},
        BadNumber{"1e+_3", 3, DiagKind::UnderscoreMustSeparate, "'_' must separate successive digits"},
        BadNumber{"0x1p1_", 5, DiagKind::UnderscoreMustSeparate, "'_' must separate successive digits"},
        BadNumber{"1__0i", 2, DiagKind::UnderscoreMustSeparate, "'_' must separate successive digits"}));

INSTANTIATE_TEST_SUITE_P(
    ExponentsAndRadixPoints, InvalidNumberLiteral,
    ::testing::Values(
        BadNumber{"0x1.5", 5, DiagKind::HexMantissaNeedsP, "hexadecimal mantissa requires a 'p' exponent"},
        BadNumber{"1e", 2, DiagKind::ExponentHasNoDigits, "exponent has no digits"},
        BadNumber{"1e+", 3, DiagKind::ExponentHasNoDigits, "exponent has no digits"},
        BadNumber{"0x1p", 4, DiagKind::ExponentHasNoDigits, "exponent has no digits"},
        BadNumber{"1p3", 1, DiagKind::ExponentNeedsHex, "'p' exponent requires hexadecimal mantissa"},
        BadNumber{"0o1e3", 3, DiagKind::ExponentNeedsDecimal, "'e' exponent requires decimal mantissa"},
        BadNumber{"0b1.0", 3, DiagKind::InvalidRadixPoint, "invalid radix point in binary literal"}));

// -------------------------------------------------------------- numberKind

TEST(NumberKind, IntegersOfEveryBaseAreInt) {
  for (const char *lit : {"0", "42", "0755", "0x1F", "0XFF", "0o17", "0b101", "1_000"})
    EXPECT_EQ(numberKind(lit), NumberKind::Int) << lit;
}

TEST(NumberKind, HexDigitEIsNotAnExponent) {
  // 0x1e3 is the integer 483, not 1e3 (gc compiles `var _ int = 0x1e3`).
  EXPECT_EQ(numberKind("0x1e3"), NumberKind::Int);
  EXPECT_EQ(numberKind("0xE"), NumberKind::Int);
}

TEST(NumberKind, RadixPointOrExponentMakesFloat) {
  for (const char *lit : {"1.5", ".5", "1.", "1e10", "1E-3", "0x1p-2", "0x1.8p3", "09.5"})
    EXPECT_EQ(numberKind(lit), NumberKind::Float) << lit;
}

TEST(NumberKind, TrailingIMakesImaginary) {
  for (const char *lit : {"1i", "0i", "1.5i", "1e3i", "0x10i", "0b1i", "0o7i", "089i"})
    EXPECT_EQ(numberKind(lit), NumberKind::Imag) << lit;
}

// -------------------------------------------------------------- checkRune

class ValidRuneLiteral : public ::testing::TestWithParam<const char *> {};

TEST_P(ValidRuneLiteral, IsAccepted) {
  auto error = checkRune(GetParam());
  EXPECT_FALSE(error.has_value()) << GetParam() << ": " << (error ? error->message : "");
}

INSTANTIATE_TEST_SUITE_P(
    Runes, ValidRuneLiteral,
    ::testing::Values("'a'", R"('\n')", R"('\x41')", R"('\101')", R"('\377')", R"('\u00e9')",
                      R"('\U0001F600')", "'\xC3\xA9'" /* é, two UTF-8 bytes */,
                      "'\xF0\x9F\x98\x80'" /* U+1F600 as UTF-8 */, R"('\'')", R"('\\')", "'\"'",
                      R"('\a')", R"('\b')", R"('\f')", R"('\r')", R"('\t')", R"('\v')",
                      R"('\U0010FFFF')"));

struct BadLiteral {
  const char *lit;
  uint32_t offset;
  DiagKind kind;
  const char *message;
};

std::ostream &operator<<(std::ostream &os, const BadLiteral &b) { return os << b.lit; }

class InvalidRuneLiteral : public ::testing::TestWithParam<BadLiteral> {};

TEST_P(InvalidRuneLiteral, IsRejectedWithGcMessageAtGcOffset) {
  const BadLiteral &b = GetParam();
  auto error = checkRune(b.lit);
  ASSERT_TRUE(error.has_value()) << b.lit << " was accepted";
  EXPECT_EQ(error->message, b.message) << b.lit;
  EXPECT_EQ(error->kind, b.kind) << b.lit << ": " << diagName(error->kind);
  EXPECT_EQ(error->offset, b.offset) << b.lit;
}

INSTANTIATE_TEST_SUITE_P(
    Runes, InvalidRuneLiteral,
    ::testing::Values(
        BadLiteral{"''", 1, DiagKind::EmptyRune, "empty rune literal or unescaped '"},
        BadLiteral{"'ab'", 0, DiagKind::RuneTooLong, "more than one character in rune literal"},
        BadLiteral{R"('\q')", 2, DiagKind::UnknownEscape, "unknown escape"},
        BadLiteral{R"('\"')", 2, DiagKind::UnknownEscape, "unknown escape"}, // \" is for strings only
        BadLiteral{R"('\400')", 5, DiagKind::OctalEscapeTooLarge, "octal escape value 256 > 255"},
        BadLiteral{R"('\uD800')", 7, DiagKind::EscapeInvalidCodePoint,
                   "escape is invalid Unicode code point U+D800"},
        BadLiteral{R"('\U00110000')", 11, DiagKind::EscapeInvalidCodePoint,
                   "escape is invalid Unicode code point U+110000"},
        BadLiteral{R"('\xZZ')", 3, DiagKind::InvalidEscapeChar,
                   "invalid character 'Z' in hexadecimal escape"},
        // The escape runs into the closing quote: gc names the quote.
        BadLiteral{R"('\x4')", 4, DiagKind::InvalidEscapeChar,
                   "invalid character '\\'' in hexadecimal escape"}));

// ------------------------------------------------------------ checkString

class ValidStringLiteral : public ::testing::TestWithParam<const char *> {};

TEST_P(ValidStringLiteral, IsAccepted) {
  auto error = checkString(GetParam());
  EXPECT_FALSE(error.has_value()) << GetParam() << ": " << (error ? error->message : "");
}

INSTANTIATE_TEST_SUITE_P(
    Strings, ValidStringLiteral,
    ::testing::Values(R"("")", R"("ok\n")", R"("\"")", R"("'")", R"("\\")", R"("\x41\101\u00e9\U0001F600")",
                      R"("\xff")", R"("\377")", "\"\xC3\xA9\""));

class InvalidStringLiteral : public ::testing::TestWithParam<BadLiteral> {};

TEST_P(InvalidStringLiteral, IsRejectedWithGcMessageAtGcOffset) {
  const BadLiteral &b = GetParam();
  auto error = checkString(b.lit);
  ASSERT_TRUE(error.has_value()) << b.lit << " was accepted";
  EXPECT_EQ(error->message, b.message) << b.lit;
  EXPECT_EQ(error->kind, b.kind) << b.lit << ": " << diagName(error->kind);
  EXPECT_EQ(error->offset, b.offset) << b.lit;
}

INSTANTIATE_TEST_SUITE_P(
    Strings, InvalidStringLiteral,
    ::testing::Values(
        BadLiteral{R"("\'")", 2, DiagKind::UnknownEscape, "unknown escape"}, // \' is for runes only
        BadLiteral{R"("\q")", 2, DiagKind::UnknownEscape, "unknown escape"},
        BadLiteral{R"("\400")", 5, DiagKind::OctalEscapeTooLarge, "octal escape value 256 > 255"},
        BadLiteral{R"("\uD800")", 7, DiagKind::EscapeInvalidCodePoint,
                   "escape is invalid Unicode code point U+D800"},
        BadLiteral{R"("\U00110000")", 11, DiagKind::EscapeInvalidCodePoint,
                   "escape is invalid Unicode code point U+110000"},
        BadLiteral{R"("\xZZ")", 3, DiagKind::InvalidEscapeChar,
                   "invalid character 'Z' in hexadecimal escape"},
        // The escape runs into the closing quote: gc names the quote.
        BadLiteral{R"("\x4")", 4, DiagKind::InvalidEscapeChar,
                   "invalid character '\"' in hexadecimal escape"},
        BadLiteral{R"("\u12")", 5, DiagKind::InvalidEscapeChar,
                   "invalid character '\"' in hexadecimal escape"}));

// ----------------------------------------------------------- decodeString

TEST(DecodeString, HexEscapeIsOneByteNotACodePoint) {
  EXPECT_EQ(decodeString(R"("\xff")"), std::string("\xff", 1));
  EXPECT_EQ(decodeString(R"("\377")"), std::string("\xff", 1));
}

TEST(DecodeString, UnicodeEscapeIsUtf8Encoded) {
  EXPECT_EQ(decodeString(R"("\u00e9")"), "\xC3\xA9");
  EXPECT_EQ(decodeString(R"("\U0001F600")"), "\xF0\x9F\x98\x80");
}

TEST(DecodeString, SimpleEscapes) {
  EXPECT_EQ(decodeString(R"("\101\x41\a\b\f\n\r\t\v\\\"")"), "AA\a\b\f\n\r\t\v\\\"");
}

TEST(DecodeString, UnescapedTextIsCopied) {
  EXPECT_EQ(decodeString(R"("")"), "");
  EXPECT_EQ(decodeString("\"h\xC3\xA9llo\""), "h\xC3\xA9llo");
}

TEST(DecodeString, RawStringKeepsBackslashes) {
  EXPECT_EQ(decodeString(R"(`a\nb`)"), R"(a\nb)");
}

TEST(DecodeString, RawStringDropsCarriageReturns) {
  EXPECT_EQ(decodeString("`a\r\nb\r`"), "a\nb");
}

TEST(DecodeString, RawStringKeepsNewlines) {
  EXPECT_EQ(decodeString("`line1\nline2`"), "line1\nline2");
}

// ------------------------------------------------------------- decodeRune

TEST(DecodeRune, Values) {
  EXPECT_EQ(decodeRune("'a'"), 97u);
  EXPECT_EQ(decodeRune(R"('\n')"), 10u);
  EXPECT_EQ(decodeRune(R"('\x41')"), 65u);
  EXPECT_EQ(decodeRune(R"('\101')"), 65u);
  EXPECT_EQ(decodeRune(R"('\377')"), 255u);
  EXPECT_EQ(decodeRune(R"('\xff')"), 255u);
  EXPECT_EQ(decodeRune(R"('\'')"), 39u);
  EXPECT_EQ(decodeRune(R"('\\')"), 92u);
  EXPECT_EQ(decodeRune(R"('\u00e9')"), 0xE9u);
  EXPECT_EQ(decodeRune("'\xC3\xA9'"), 0xE9u); // é written directly
  EXPECT_EQ(decodeRune(R"('\U0001F600')"), 0x1F600u);
  EXPECT_EQ(decodeRune("'\xF0\x9F\x98\x80'"), 0x1F600u);
}

// -------------------------------------------------------- formatCodePoint

TEST(FormatCodePoint, PrintableCharacterIsShownAfterTheCode) {
  EXPECT_EQ(formatCodePoint('@'), "U+0040 '@'");
  EXPECT_EQ(formatCodePoint(0xE9), "U+00E9 '\xC3\xA9'");
  EXPECT_EQ(formatCodePoint(0x1F600), "U+1F600 '\xF0\x9F\x98\x80'");
}

TEST(FormatCodePoint, NonPrintableIsCodeOnly) {
  EXPECT_EQ(formatCodePoint(0), "U+0000");
  EXPECT_EQ(formatCodePoint('\n'), "U+000A");
  EXPECT_EQ(formatCodePoint(0x7F), "U+007F");
  EXPECT_EQ(formatCodePoint(0x85), "U+0085");
  EXPECT_EQ(formatCodePoint(0xD800), "U+D800");
  EXPECT_EQ(formatCodePoint(0xFFFE), "U+FFFE");
  EXPECT_EQ(formatCodePoint(0x110000), "U+110000");
}

// ------------------------------------------------------------- quoteRune

TEST(QuoteRune, MatchesGoPercentQ) {
  EXPECT_EQ(quoteRune('a'), "'a'");
  EXPECT_EQ(quoteRune('\n'), R"('\n')");
  EXPECT_EQ(quoteRune(0), R"('\x00')");
  EXPECT_EQ(quoteRune(0x7F), R"('\x7f')");
  EXPECT_EQ(quoteRune('\''), R"('\'')");
  EXPECT_EQ(quoteRune(0x85), R"('\u0085')");
  EXPECT_EQ(quoteRune(0xE9), "'\xC3\xA9'");
}

} // namespace
} // namespace gopp::syntax
