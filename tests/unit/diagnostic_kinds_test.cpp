// diagnostic_kinds_test.cpp — every diagnostic kind in DiagnosticKinds.def
// is produced by some input, with its kind and its wording.
//
// The table has one row per kind; the last test checks that no kind is
// missing, so adding a kind without an input that triggers it fails here.
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "CheckHelpers.h"
#include "frontend/ast/Parse.h"
#include "frontend/diag/Diagnostics.h"

namespace gopp {
namespace {

struct Case {
  DiagKind kind;
  std::string source;
  std::string message; // the expected text of the first diagnostic of this kind
};

std::string body(const std::string &stmts) { return "package p\n\nfunc f() {\n" + stmts + "\n}\n"; }

const std::vector<Case> &cases() {
  static const std::vector<Case> table = {
      {DiagKind::InvalidChar, body("x := 1 @ 2"), "invalid character U+0040 '@'"},
      {DiagKind::InvalidNul, body(std::string("x := 1 ") + '\0'), "invalid NUL character"},
      {DiagKind::InvalidCharInIdentifier, "package p\nvar x\xE2\x8A\x9By int\n",
       "invalid character U+229B '\xE2\x8A\x9B' in identifier"},
      {DiagKind::MissingInitExpr, "package p\nconst (\n\tA int\n)\n", "missing init expr for A"},
      {DiagKind::InvalidBom, body("x := 1 \xEF\xBB\xBF"), "invalid BOM in the middle of the file"},
      {DiagKind::InvalidUtf8, body("s := \"\xff\""), "invalid UTF-8 encoding"},
      {DiagKind::CommentNotTerminated, "package p\n/* open", "comment not terminated"},
      {DiagKind::StringNotTerminated, "package p\nvar s = `open", "string not terminated"},
      {DiagKind::NewlineInString, body("s := \"abc\n\""), "newline in string"},
      {DiagKind::RuneNotTerminated, "package p\nvar r = 'a", "rune literal not terminated"},
      {DiagKind::NewlineInRune, body("r := 'a\n'"), "newline in rune literal"},
      {DiagKind::EmptyRune, body("r := ''"), "empty rune literal or unescaped '"},
      {DiagKind::RuneTooLong, body("r := 'ab'"), "more than one character in rune literal"},
      {DiagKind::UnknownEscape, body("s := \"\\q\""), "unknown escape"},
      {DiagKind::InvalidEscapeChar, body("s := \"\\xZZ\""), "invalid character 'Z' in hexadecimal escape"},
      {DiagKind::EscapeInvalidCodePoint, body("s := \"\\uD800\""), "escape is invalid Unicode code point U+D800"},
      {DiagKind::OctalEscapeTooLarge, body("s := \"\\400\""), "octal escape value 256 > 255"},
      {DiagKind::InvalidDigit, body("x := 09"), "invalid digit '9' in octal literal"},
      {DiagKind::LiteralHasNoDigits, body("x := 0x"), "hexadecimal literal has no digits"},
      {DiagKind::ExponentHasNoDigits, body("x := 1e+"), "exponent has no digits"},
      {DiagKind::HexMantissaNeedsP, body("x := 0x1.5"), "hexadecimal mantissa requires a 'p' exponent"},
      {DiagKind::ExponentNeedsDecimal, body("x := 0x1p1 + 0b1e1"), "'e' exponent requires decimal mantissa"},
      {DiagKind::ExponentNeedsHex, body("x := 0x1 + 0o7p1"), "'p' exponent requires hexadecimal mantissa"},
      {DiagKind::InvalidRadixPoint, body("x := 0b1.0"), "invalid radix point in binary literal"},
      {DiagKind::NestingTooDeep, body("x := " + std::string(1200, '(') + "1" + std::string(1200, ')')),
       "exceeded max nesting depth"},
      {DiagKind::UnderscoreMustSeparate, body("x := 1__0"), "'_' must separate successive digits"},
      {DiagKind::SyntaxError, body("x := )"), "syntax error: unexpected ), expected expression"},
      {DiagKind::NonNameOnLeftOfDefine, body("a.b := 1"), "non-name a.b on left side of :="},
      {DiagKind::MixedNamedUnnamed, "package p\nfunc g(a int, string) {}\n",
       "syntax error: mixed named and unnamed parameters"},
      {DiagKind::MethodTypeParams, "package p\ntype T int\nfunc (T) m[P any]() {}\n",
       "syntax error: method must have no type parameters"},
      {DiagKind::InterfaceMethodTypeParams, "package p\ntype I interface{ m[P any]() }\n",
       "interface method must have no type parameters"},
      {DiagKind::NotACall, body("go f"), "expression in go must be function call"},
      {DiagKind::InvalidImportPath, "package p\nimport \"\"\n", "invalid import path (empty string)"},
      {DiagKind::PackageFirst, "func f() {}\n", "syntax error: package statement must be first"},
      {DiagKind::SliceIndexRequired, body("_ = s[1::]"), "middle index required in 3-index slice"},
      {DiagKind::EllipsisNotFinal, "package p\nfunc g(a ...int, b int) {}\n",
       "can only use ... with final parameter in list"},
      // Type errors (the checker runs when the file parses).
      {DiagKind::TypeError, "package p\nvar x int = \"a\"\n",
       "cannot use \"a\" (untyped string constant) as int value in variable declaration"},
      {DiagKind::UnusedVariable, body("x := 1"), "declared and not used: x"},
      {DiagKind::UnusedImport, "package p\nimport \"os\"\n", "\"os\" imported and not used"},
      {DiagKind::ImportError, "package p\nimport \"no/such\"\n",
       "could not import no/such (package no/such is not provided by gopp)"},
      {DiagKind::TooManyErrors, body("a := '\\q'\nb := '\\q'\nc := '\\q'\nd := '\\q'\ne := '\\q'\n"
                                      "f := '\\q'\ng := '\\q'\nh := '\\q'\ni := '\\q'\nj := '\\q'\n"),
       "too many errors"},
  };
  return table;
}

void PrintTo(const Case &c, std::ostream *os) { *os << diagName(c.kind); }

class DiagnosticKind : public ::testing::TestWithParam<Case> {};

TEST_P(DiagnosticKind, IsProducedWithGcWording) {
  const Case &c = GetParam();
  testing::Checked checked(c.source);
  const Diagnostics &diags = checked.diags();
  bool found = false;
  std::string all;
  for (const auto &d : diags.sorted()) {
    all += diags.format(d) + "\n";
    if (d.kind == c.kind && !found) {
      found = true;
      EXPECT_EQ(d.message, c.message);
    }
  }
  EXPECT_TRUE(found) << diagName(c.kind) << " not reported; got:\n" << all;
}

INSTANTIATE_TEST_SUITE_P(AllKinds, DiagnosticKind, ::testing::ValuesIn(cases()),
                         [](const ::testing::TestParamInfo<Case> &info) { return diagName(info.param.kind); });

TEST(DiagnosticKinds, EveryKindHasACase) {
  std::set<DiagKind> covered;
  for (const auto &c : cases())
    covered.insert(c.kind);
  for (size_t k = 0; k < kNumDiagKinds; ++k)
    EXPECT_TRUE(covered.count(static_cast<DiagKind>(k))) << diagName(static_cast<DiagKind>(k)) << " has no case";
}

} // namespace
} // namespace gopp
