// LexicalCheck.h — a token filter that reports lexical errors.
//
// Sits between the generated GoLexer and the SemicolonFilter. It reports,
// with gc's wording, what the lenient lexer let through: invalid characters
// (dropped, as gc's scanner drops them), a BOM after the start of the file
// (dropped; one at the start is skipped silently), unterminated comments,
// strings and runes (passed on as the complete token they started, so the
// parse continues), and invalid numbers, runes and escapes (passed on).
// Every other token goes through unchanged.
//
// It also bounds nesting, so that no input can overflow the stack of the
// recursive-descent parser or the builder: more than kMaxDepth open
// brackets, or more than kMaxRun tokens in a row with no identifier,
// literal, comma or line break among them (as in `!!!!…x` or `[][][]…int`),
// ends the file with go/parser's "exceeded max nesting depth". Real code
// stays far below both (measured: 5,000 levels still parse on an 8 MiB
// stack without sanitizers; the limits leave room for ASan's larger frames).
#pragma once

#include <memory>

#include "antlr4-runtime.h"

#include "frontend/diag/Diagnostics.h"
#include "frontend/syntax/CodePointMap.h"

namespace gopp::syntax {

class LexicalCheck : public antlr4::TokenSource {
public:
  LexicalCheck(antlr4::TokenSource &lexer, const CodePointMap &map, Diagnostics &diags)
      : lexer_(lexer), map_(map), diags_(diags) {}

  std::unique_ptr<antlr4::Token> nextToken() override;

  size_t getLine() const override { return lexer_.getLine(); }
  size_t getCharPositionInLine() override { return lexer_.getCharPositionInLine(); }
  antlr4::CharStream *getInputStream() override { return lexer_.getInputStream(); }
  std::string getSourceName() override { return lexer_.getSourceName(); }
  antlr4::TokenFactory<antlr4::CommonToken> *getTokenFactory() override {
    return lexer_.getTokenFactory();
  }

private:
  // Reports `kind` at `byteDelta` bytes past the start of token `t`.
  template <class... Args>
  void report(const antlr4::Token &t, uint32_t byteDelta, DiagKind kind, const Args &...args) {
    Pos p = map_.file().posOf(map_.byteOffset(t.getStartIndex()) + byteDelta);
    diags_.error(p, kind, args...);
  }
  void checkLiteral(antlr4::Token &t);
  uint32_t codePointOf(const antlr4::Token &t) const;
  std::unique_ptr<antlr4::Token> pull();
  void extendIdentifier(antlr4::CommonToken &id);
  void reportUnterminated(const antlr4::Token &t, DiagKind atEof, DiagKind atNewline);
  // Counts nesting; false once the limits are passed (reported once).
  bool withinNestingLimits(const antlr4::Token &t);

  static constexpr int kMaxDepth = 1000;
  static constexpr int kMaxRun = 2000;

  antlr4::TokenSource &lexer_;
  const CodePointMap &map_;
  Diagnostics &diags_;
  std::unique_ptr<antlr4::Token> peeked_; // read ahead by extendIdentifier
  int depth_ = 0, run_ = 0;
  bool exceeded_ = false;
};

} // namespace gopp::syntax
