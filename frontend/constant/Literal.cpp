// Literal.cpp — the value of a literal token (spec "Integer literals" …
// "String literals"): integers in any base, decimal and hexadecimal floats
// as exact rationals, imaginary literals, runes and strings.
#include <algorithm>
#include <cstdlib>

#include "frontend/constant/BigFloat.h"
#include "frontend/constant/Exact.h"
#include "frontend/constant/Value.h"
#include "frontend/syntax/Literals.h"

namespace gopp::constant {

using namespace exact;

namespace {

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

// A float literal's value: exact, or a BigFloat for exponents beyond
// exact rationals (1e646456992 is a valid Go constant).
Value parseFloat(std::string_view s) {
  bool hex = s.size() >= 2 && s[0] == '0' && (s[1] | 0x20) == 'x';
  if (hex)
    s = s.substr(2);
  size_t expAt = s.find_first_of(hex ? "pP" : "eE");
  std::string_view mantissa = s.substr(0, expAt);
  int64_t exp = 0;
  if (expAt != std::string_view::npos) {
    auto e = parseExponent(s.substr(expAt + 1));
    if (!e)
      return Value();
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
    return Value();
  if (hex) {
    int64_t e2 = exp - 4 * fraction;
    if (std::abs(e2) > 4 * Value::kMaxDecimalExponent)
      return Value::makeBig(big::fromScaled(*m, e2));
    Rat r = e2 >= 0 ? normalize(shl(*m, static_cast<unsigned>(e2)), fromI64(1))
                    : normalize(*m, shl(fromI64(1), static_cast<unsigned>(-e2)));
    return Value::makeRat(r.num, r.den);
  }
  int64_t e10 = exp - fraction;
  if (std::abs(e10) > Value::kMaxDecimalExponent) {
    big::BigFloat mant = big::fromScaled(*m, 0);
    big::BigFloat scale = big::pow10(static_cast<uint64_t>(e10 < 0 ? -e10 : e10));
    return Value::makeBig(e10 >= 0 ? big::mul(mant, scale) : big::quo(mant, scale));
  }
  APInt p = pow(fromI64(10), static_cast<unsigned>(std::abs(e10)));
  Rat r = e10 >= 0 ? normalize(mul(*m, p), fromI64(1)) : normalize(*m, p);
  return Value::makeRat(r.num, r.den);
}

} // namespace

Value Value::fromLiteral(ast::BasicLit::LitKind kind, std::string_view text) {
  switch (kind) {
  case ast::BasicLit::LitKind::Int:
    if (auto i = parseInt(text))
      return makeInt(*i);
    return Value();
  case ast::BasicLit::LitKind::Float:
    return parseFloat(text);
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

} // namespace gopp::constant
