// SemicolonFilter.cpp — see SemicolonFilter.h for the rule.
#include "frontend/syntax/SemicolonFilter.h"

#include "GoLexer.h"

namespace gopp::syntax {

using grammar::GoLexer;

bool SemicolonFilter::endsStatement(size_t type) {
  switch (type) {
  case GoLexer::IDENTIFIER:
  case GoLexer::NUMBER:
  case GoLexer::RUNE:
  case GoLexer::RAW_STRING:
  case GoLexer::INTERPRETED_STRING:
  case GoLexer::BREAK:
  case GoLexer::CONTINUE:
  case GoLexer::FALLTHROUGH:
  case GoLexer::RETURN:
  case GoLexer::PLUS_PLUS:
  case GoLexer::MINUS_MINUS:
  case GoLexer::R_PAREN:
  case GoLexer::R_BRACKET:
  case GoLexer::R_BRACE:
    return true;
  default:
    return false;
  }
}

std::unique_ptr<antlr4::Token> SemicolonFilter::semicolonAt(const antlr4::Token &at, const char *text) {
  auto semi = std::make_unique<antlr4::CommonToken>(
      std::make_pair(static_cast<antlr4::TokenSource *>(this), source_.getInputStream()),
      GoLexer::SEMI, antlr4::Token::DEFAULT_CHANNEL, at.getStartIndex(), at.getStartIndex());
  semi->setText(text);
  semi->setLine(at.getLine());
  semi->setCharPositionInLine(at.getCharPositionInLine());
  return semi;
}

std::unique_ptr<antlr4::Token> SemicolonFilter::nextToken() {
  for (;;) {
    std::unique_ptr<antlr4::Token> t = source_.nextToken();
    switch (t->getType()) {
    case GoLexer::NEWLINE:
      if (pending_) {
        pending_ = false;
        return semicolonAt(*t, "newline");
      }
      continue;
    case GoLexer::BLOCK_COMMENT:
      if (pending_ && t->getText().find('\n') != std::string::npos) {
        pending_ = false;
        return semicolonAt(*t, "newline");
      }
      continue;
    case antlr4::Token::EOF:
      if (pending_) {
        pending_ = false;
        return semicolonAt(*t, "EOF");
      }
      return t;
    default:
      if (t->getChannel() != antlr4::Token::DEFAULT_CHANNEL)
        continue; // whitespace, line comments
      pending_ = endsStatement(t->getType());
      return t;
    }
  }
}

} // namespace gopp::syntax
