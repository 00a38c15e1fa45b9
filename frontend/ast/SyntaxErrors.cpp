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

void GoErrorStrategy::report(const antlr4::Token *t, std::string message) {
  ++errors_;
  if (t->getType() == antlr4::Token::EOF && diags_.hasErrors())
    return;
  Pos pos = t->getType() == antlr4::Token::EOF
                ? map_.file().posOf(static_cast<uint32_t>(map_.file().text().size()))
                : map_.pos(t->getStartIndex());
  diags_.errorMessage(pos, DiagKind::SyntaxError, "syntax error: " + message);
}

void GoErrorStrategy::skipStatement(antlr4::Parser *p, bool topLevel) {
  int depth = 0;
  for (;;) {
    size_t la = p->getInputStream()->LA(1);
    switch (la) {
    case antlr4::Token::EOF:
      return;
    case GoLexer::L_PAREN:
    case GoLexer::L_BRACKET:
    case GoLexer::L_BRACE:
      ++depth;
      break;
    case GoLexer::R_PAREN:
    case GoLexer::R_BRACKET:
      depth = depth > 0 ? depth - 1 : 0;
      break;
    case GoLexer::R_BRACE:
      if (depth == 0)
        return;
      --depth;
      break;
    case GoLexer::SEMI:
      if (depth == 0) {
        if (topLevel) // the next token starts a declaration
          p->consume();
        return;
      }
      break;
    case GoLexer::CASE:
    case GoLexer::DEFAULT:
      if (depth == 0 && !topLevel)
        return;
      break;
    default:
      break;
    }
    p->consume();
  }
}

void GoErrorStrategy::sync(antlr4::Parser *p) {
  auto *ctx = p->getContext();
  size_t rule = ctx->getRuleIndex();
  if (rule != grammar::GoParser::RuleStatementList && rule != grammar::GoParser::RuleSourceFile) {
    DefaultErrorStrategy::sync(p);
    return;
  }
  antlr4::TokenStream *in = p->getTokenStream();
  size_t la = in->LA(1);
  if (la == antlr4::Token::EOF || p->getExpectedTokens().contains(la))
    return;
  const antlr4::Token *t = in->LT(1);
  const antlr4::Token *prev = in->LT(-1);
  bool atStart = !prev || prev->getType() == GoLexer::SEMI || prev->getType() == GoLexer::L_BRACE ||
                 prev->getType() == GoLexer::COLON;
  if (!inErrorRecoveryMode(p)) {
    if (rule == grammar::GoParser::RuleStatementList)
      report(t, "unexpected " + describe(t) + (atStart ? ", expected }" : " at end of statement"));
    else if (atStart && la == GoLexer::L_BRACE)
      report(t, "unexpected semicolon or newline before {");
    else if (atStart)
      report(t, "non-declaration statement outside function body");
    else
      report(t, "unexpected " + describe(t) + " after top level declaration");
  }
  skipStatement(p, rule == grammar::GoParser::RuleSourceFile);
  endErrorCondition(p);
}

void GoErrorStrategy::unexpected(antlr4::Parser *p, const antlr4::Token *t,
                                 const antlr4::misc::IntervalSet &expected) {
  if (expected.size() == 1 && expected.getMinElement() == GoLexer::PACKAGE) {
    ++errors_;
    diags_.error(map_.pos(t->getStartIndex()), DiagKind::PackageFirst);
    return;
  }
  std::string suffix;
  if (expected.size() == 1)
    suffix = ", expected " + expectedName(p, expected.getMinElement());
  else if (expected.contains(size_t(GoLexer::IDENTIFIER)) && expected.contains(size_t(GoLexer::NUMBER)))
    suffix = ", expected expression"; // gc's word for "any operand"

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
  // What was expected is known only when the very first token failed.
  const antlr4::Token *t = e.getOffendingToken();
  bool first = t == p->getTokenStream()->LT(1);
  unexpected(p, t, first ? getExpectedTokens(p) : antlr4::misc::IntervalSet());
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
