// SyntaxErrors.cpp — see SyntaxErrors.h.
#include "frontend/ast/SyntaxErrors.h"

#include "GoLexer.h"
#include "GoParser.h"

namespace gopp::ast {

using grammar::GoLexer;

namespace {

bool isKeyword(size_t type) { return type >= GoLexer::BREAK && type <= GoLexer::VAR; }

// How gc names a token kind after "expected".
std::string expectedName(antlr4::Parser *p, size_t type) {
  switch (type) {
  case GoLexer::IDENTIFIER: return "name";
  case GoLexer::SEMI: return "semicolon or newline";
  case GoLexer::COMMA: return "comma";
  case antlr4::Token::EOF: return "EOF";
  default:
    break;
  }
  std::string lit = std::string(p->getVocabulary().getLiteralName(type));
  if (lit.size() >= 2 && lit.front() == '\'')
    lit = lit.substr(1, lit.size() - 2);
  if (isKeyword(type))
    return "keyword " + lit;
  return lit;
}

} // namespace

std::string GoErrorStrategy::describe(const antlr4::Token *t) {
  size_t type = t->getType();
  switch (type) {
  case antlr4::Token::EOF:
    return "EOF";
  case GoLexer::SEMI: {
    std::string text = t->getText();
    return text == ";" ? "semicolon" : text; // "newline" or "EOF"
  }
  case GoLexer::IDENTIFIER:
    return "name " + t->getText();
  case GoLexer::NUMBER:
  case GoLexer::RUNE:
  case GoLexer::RAW_STRING:
  case GoLexer::INTERPRETED_STRING:
    return "literal " + t->getText();
  case GoLexer::COMMA:
    return "comma";
  default:
    if (isKeyword(type))
      return "keyword " + t->getText();
    return t->getText();
  }
}

void GoErrorStrategy::unexpected(antlr4::Parser *p, const antlr4::Token *t,
                                 const antlr4::misc::IntervalSet &expected) {
  std::string suffix;
  if (expected.size() == 1)
    suffix = ", expected " + expectedName(p, expected.getMinElement());
  Pos pos = t->getType() == antlr4::Token::EOF
                ? map_.file().posOf(static_cast<uint32_t>(map_.file().text().size()))
                : map_.pos(t->getStartIndex());
  ++errors_;
  // gc: "avoid meaningless follow-up errors" at the end of a broken file.
  if (t->getType() == antlr4::Token::EOF && diags_.hasErrors())
    return;
  diags_.error(pos, DiagKind::SyntaxUnexpected, describe(t), suffix);
}

void GoErrorStrategy::reportNoViableAlternative(antlr4::Parser *p, const antlr4::NoViableAltException &e) {
  unexpected(p, e.getOffendingToken(), antlr4::misc::IntervalSet());
}

void GoErrorStrategy::reportInputMismatch(antlr4::Parser *p, const antlr4::InputMismatchException &e) {
  unexpected(p, e.getOffendingToken(), e.getExpectedTokens());
}

void GoErrorStrategy::reportFailedPredicate(antlr4::Parser *p, const antlr4::FailedPredicateException &e) {
  unexpected(p, e.getOffendingToken(), antlr4::misc::IntervalSet());
}

void GoErrorStrategy::reportUnwantedToken(antlr4::Parser *p) {
  if (inErrorRecoveryMode(p))
    return;
  beginErrorCondition(p);
  unexpected(p, p->getCurrentToken(), getExpectedTokens(p));
}

void GoErrorStrategy::reportMissingToken(antlr4::Parser *p) {
  if (inErrorRecoveryMode(p))
    return;
  beginErrorCondition(p);
  unexpected(p, p->getCurrentToken(), getExpectedTokens(p));
}

} // namespace gopp::ast
