// SemicolonFilter.h — automatic semicolon insertion, as a token filter.
//
// The spec ("Semicolons"): when the input is broken into tokens, a semicolon
// is automatically inserted into the token stream immediately after a line's
// final token if that token is
//   - an identifier
//   - an integer, floating-point, imaginary, rune, or string literal
//   - one of the keywords break, continue, fallthrough, or return
//   - one of the operators and punctuation ++, --, ), ], or }
// A general comment containing newlines acts like a newline; a line comment
// is followed by one. gc also inserts a semicolon at the end of the file
// after such a token, and so does this filter.
//
// The filter reads every token, hidden ones too, from its source and hands
// the parser only default-channel tokens plus the inserted SEMI tokens,
// whose text is "newline" or "EOF" (an explicit one is ";"), so syntax
// errors can say which, as gc's do.
#pragma once

#include <memory>

#include "antlr4-runtime.h"

namespace gopp::syntax {

class SemicolonFilter : public antlr4::TokenSource {
public:
  explicit SemicolonFilter(antlr4::TokenSource &source) : source_(source) {}

  std::unique_ptr<antlr4::Token> nextToken() override;

  // True if a newline after a token of this type inserts a semicolon.
  static bool endsStatement(size_t tokenType);

  size_t getLine() const override { return source_.getLine(); }
  size_t getCharPositionInLine() override { return source_.getCharPositionInLine(); }
  antlr4::CharStream *getInputStream() override { return source_.getInputStream(); }
  std::string getSourceName() override { return source_.getSourceName(); }
  antlr4::TokenFactory<antlr4::CommonToken> *getTokenFactory() override {
    return source_.getTokenFactory();
  }

private:
  std::unique_ptr<antlr4::Token> semicolonAt(const antlr4::Token &at, const char *text);

  antlr4::TokenSource &source_;
  bool pending_ = false; // the last significant token ends a statement
};

} // namespace gopp::syntax
