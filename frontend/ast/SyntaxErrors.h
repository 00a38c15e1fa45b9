// SyntaxErrors.h — ANTLR's error strategy, reporting in gc's words.
//
// ANTLR detects a syntax error at a token; this strategy turns each report
// into gc's form, `syntax error: unexpected <token>[, expected <token>]`,
// where <token> is described as gc describes it ("name x", "literal 42",
// "keyword else", "newline", "comma", "EOF", or the operator itself).
// Recovery follows gc where it matters most, in statement lists and at the
// top level: a token that cannot continue there is reported ("unexpected X
// at end of statement", "non-declaration statement outside function body",
// "after top level declaration") and the parser skips to the next ";" or
// "}" of the same nesting level, then goes on with the next statement, so
// one mistake yields one error and later mistakes are still found.
// Elsewhere it is ANTLR's default (single-token insertion and deletion,
// then resynchronisation), silent until a token has matched again.
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

  void sync(antlr4::Parser *p) override;
  antlr4::Token *recoverInline(antlr4::Parser *p) override;

protected:
  void reportNoViableAlternative(antlr4::Parser *p, const antlr4::NoViableAltException &e) override;
  void reportInputMismatch(antlr4::Parser *p, const antlr4::InputMismatchException &e) override;
  void reportFailedPredicate(antlr4::Parser *p, const antlr4::FailedPredicateException &e) override;
  void reportUnwantedToken(antlr4::Parser *p) override;
  void reportMissingToken(antlr4::Parser *p) override;

private:
  void unexpected(antlr4::Parser *p, const antlr4::Token *t, const antlr4::misc::IntervalSet &expected);
  void report(const antlr4::Token *t, std::string message);
  // What follows "unexpected X" where the parser is, in gc's words; or,
  // with `plain` set, the whole message.
  std::string contextMessage(antlr4::Parser *p, const antlr4::Token *t, const antlr4::misc::IntervalSet &expected,
                             bool &plain);
  // Skips to the next ";" or "}" (or case/default) outside brackets; at
  // the top level, past the ";".
  void skipStatement(antlr4::Parser *p, bool topLevel);
  void syncClauses(antlr4::Parser *p);

  const syntax::CodePointMap &map_;
  Diagnostics &diags_;
  unsigned errors_ = 0;
  size_t lastErrorLine_ = 0; // of the last error reported, 0 if none
};

} // namespace gopp::ast
