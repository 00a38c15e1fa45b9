// SyntaxErrors.h — ANTLR's error strategy, reporting in gc's words.
//
// ANTLR detects a syntax error at a token; this strategy turns each report
// into gc's form, `syntax error: unexpected <token>[, expected <token>]`,
// where <token> is described as gc describes it ("name x", "literal 42",
// "keyword else", "newline", "comma", "EOF", or the operator itself).
// Recovery is ANTLR's default (single-token insertion and deletion, then
// resynchronisation), and it stays silent until the parser has matched a
// token again, so one mistake yields one error.
#pragma once

#include "antlr4-runtime.h"

#include "frontend/diag/Diagnostics.h"
#include "frontend/syntax/CodePointMap.h"

namespace gopp::ast {

class GoErrorStrategy : public antlr4::DefaultErrorStrategy {
public:
  GoErrorStrategy(const syntax::CodePointMap &map, Diagnostics &diags) : map_(map), diags_(diags) {}

  // How gc names a token in "unexpected X".
  static std::string describe(const antlr4::Token *t);

  // Syntax errors reported so far (the parse tree is incomplete if any).
  unsigned errors() const { return errors_; }

protected:
  void reportNoViableAlternative(antlr4::Parser *p, const antlr4::NoViableAltException &e) override;
  void reportInputMismatch(antlr4::Parser *p, const antlr4::InputMismatchException &e) override;
  void reportFailedPredicate(antlr4::Parser *p, const antlr4::FailedPredicateException &e) override;
  void reportUnwantedToken(antlr4::Parser *p) override;
  void reportMissingToken(antlr4::Parser *p) override;

private:
  void unexpected(antlr4::Parser *p, const antlr4::Token *t, const antlr4::misc::IntervalSet &expected);

  const syntax::CodePointMap &map_;
  Diagnostics &diags_;
  unsigned errors_ = 0;
};

} // namespace gopp::ast
