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
  lastErrorLine_ = t->getLine();
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

// Inside a switch or select body only case, default or "}" may come. gc
// says "expected case or default or }" and skips to one of them; after an
// error earlier in the same statement (a missing "{") it skips silently.
void GoErrorStrategy::syncClauses(antlr4::Parser *p) {
  antlr4::TokenStream *in = p->getTokenStream();
  size_t la = in->LA(1);
  if (la == antlr4::Token::EOF || p->getExpectedTokens().contains(la) ||
      !p->getContext()->getStart() || in->LT(-1)->getType() == GoLexer::SWITCH ||
      in->LT(-1)->getType() == GoLexer::SELECT)
    return DefaultErrorStrategy::sync(p);
  // Only between clauses: once the body's "{" has been matched.
  bool inBody = false;
  for (auto *child : p->getContext()->children)
    if (auto *tn = dynamic_cast<antlr4::tree::TerminalNode *>(child); tn && tn->getSymbol()->getType() == GoLexer::L_BRACE)
      inBody = true;
  if (!inBody)
    return DefaultErrorStrategy::sync(p);
  const antlr4::Token *t = in->LT(1);
  bool earlier = lastErrorLine_ >= p->getContext()->getStart()->getLine();
  if (!inErrorRecoveryMode(p) && !earlier)
    report(t, "unexpected " + describe(t) + ", expected case or default or }");
  int depth = 0;
  for (;;) {
    la = in->LA(1);
    if (la == antlr4::Token::EOF)
      break;
    if (depth == 0 && (la == GoLexer::CASE || la == GoLexer::DEFAULT || la == GoLexer::R_BRACE))
      break;
    if (la == GoLexer::L_PAREN || la == GoLexer::L_BRACKET || la == GoLexer::L_BRACE)
      ++depth;
    else if ((la == GoLexer::R_PAREN || la == GoLexer::R_BRACKET || la == GoLexer::R_BRACE) && depth > 0)
      --depth;
    p->consume();
  }
  endErrorCondition(p);
}

// A missing ";" after a top-level declaration: an exception thrown here
// would end the whole parse (sourceFile has no enclosing rule to resume
// in), so report it as gc does, skip to the next ";" outside brackets and
// go on with the next declaration.
antlr4::Token *GoErrorStrategy::recoverInline(antlr4::Parser *p) {
  auto *ctx = p->getContext();
  if (ctx->getRuleIndex() != grammar::GoParser::RuleSourceFile ||
      !getExpectedTokens(p).contains(size_t(GoLexer::SEMI)) || getExpectedTokens(p).size() != 1)
    return DefaultErrorStrategy::recoverInline(p);
  if (!inErrorRecoveryMode(p))
    unexpected(p, p->getCurrentToken(), getExpectedTokens(p));
  skipStatement(p, /*topLevel=*/false); // stops at ";" (or EOF)
  antlr4::Token *semi = p->getCurrentToken();
  if (semi->getType() != GoLexer::SEMI)
    return DefaultErrorStrategy::recoverInline(p); // at EOF: ANTLR's way
  endErrorCondition(p);
  p->consume();
  return semi;
}

void GoErrorStrategy::sync(antlr4::Parser *p) {
  auto *ctx = p->getContext();
  size_t rule = ctx->getRuleIndex();
  if (rule == grammar::GoParser::RuleSwitchStmt || rule == grammar::GoParser::RuleSelectStmt) {
    syncClauses(p);
    return;
  }
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
  // At the top level, a closing bracket after an earlier error is the tail
  // of the construct that failed (say, an import group whose recovery
  // stopped short of its ")"), not a new mistake: skip it silently.
  bool tail = rule == grammar::GoParser::RuleSourceFile && lastErrorLine_ != 0 &&
              (la == GoLexer::R_PAREN || la == GoLexer::R_BRACKET || la == GoLexer::R_BRACE);
  if (!inErrorRecoveryMode(p) && !tail) {
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

namespace {

using G = grammar::GoParser;

size_t ruleOf(antlr4::RuleContext *c) { return c ? c->getRuleIndex() : static_cast<size_t>(-1); }

// The nearest enclosing rule (the current one included) among `rules`.
size_t enclosing(antlr4::ParserRuleContext *c, std::initializer_list<size_t> rules) {
  for (antlr4::RuleContext *r = c; r; r = dynamic_cast<antlr4::RuleContext *>(r->parent))
    for (size_t want : rules)
      if (r->getRuleIndex() == want)
        return want;
  return static_cast<size_t>(-1);
}

} // namespace

// gc's wording depends on where the parser is; these are the places its
// parser names (syntax/parser.go): statement headers, channel types, type
// declarations, lists, the end of a statement or declaration.
std::string GoErrorStrategy::contextMessage(antlr4::Parser *p, const antlr4::Token *t,
                                            const antlr4::misc::IntervalSet &expected, bool &plain) {
  plain = false;
  auto *ctx = p->getContext();
  size_t rule = ruleOf(ctx);
  size_t parent = ruleOf(dynamic_cast<antlr4::RuleContext *>(ctx->parent));
  size_t tok = t->getType();
  const antlr4::Token *prev = p->getTokenStream()->LT(-1);
  size_t prevType = prev ? prev->getType() : 0;
  bool wantsBrace = expected.contains(size_t(GoLexer::L_BRACE));

  // Statement headers.
  size_t header = rule == G::RuleBlock ? parent : rule;
  if (tok == GoLexer::VAR && (header == G::RuleIfStmt || header == G::RuleSwitchStmt || header == G::RuleForStmt ||
                              header == G::RuleForHeader)) {
    plain = true;
    const char *kw = header == G::RuleIfStmt ? "if" : header == G::RuleSwitchStmt ? "switch" : "for";
    return std::string("var declaration not allowed in ") + kw + " initializer";
  }
  // A complete header followed by a line break instead of "{" is gc's
  // "after X clause"; any other token in its place is just unexpected.
  bool lineBreak = tok == GoLexer::SEMI;
  if (header == G::RuleIfStmt) {
    if (prevType == GoLexer::ELSE) {
      plain = true;
      return "else must be followed by if or statement block";
    }
    if (prevType == GoLexer::IF && tok == GoLexer::L_BRACE) {
      plain = true;
      return "missing condition in if statement";
    }
    if (wantsBrace)
      return lineBreak ? ", expected { after if clause" : ", expected {";
  }
  if (header == G::RuleForHeader && tok == GoLexer::L_BRACE)
    return ", expected for loop condition";
  if ((header == G::RuleForStmt || header == G::RuleForHeader) && wantsBrace)
    return lineBreak ? ", expected { after for clause" : ", expected {";
  if (header == G::RuleSwitchStmt && wantsBrace) {
    if (!lineBreak)
      return ", expected {";
    plain = true;
    return "missing { after switch clause";
  }
  if (rule == G::RuleSelectStmt && wantsBrace) {
    plain = true;
    return "missing { after select clause";
  }

  // Types.
  if (rule == G::RuleChannelType || (rule == G::RuleType_ && parent == G::RuleChannelType) ||
      (rule == G::RuleTypeOperand && prevType == GoLexer::CHAN)) {
    plain = true;
    return "missing channel element type";
  }
  if ((rule == G::RuleTypeSpec || (rule == G::RuleType_ && parent == G::RuleTypeSpec)) &&
      (tok == GoLexer::SEMI || tok == antlr4::Token::EOF))
    return " in type declaration";

  if (rule == G::RuleVarSpec && (tok == GoLexer::SEMI || tok == antlr4::Token::EOF))
    return ", expected type"; // `var x` alone

  // Lists: a newline where a comma or the closing bracket belongs.
  if (tok == GoLexer::SEMI && expected.contains(size_t(GoLexer::COMMA))) {
    size_t list = enclosing(ctx, {G::RuleLiteralValue, G::RuleArguments, G::RuleParameters});
    if (list == G::RuleLiteralValue)
      return " in composite literal; possibly missing comma or }";
    if (list == G::RuleArguments)
      return " in argument list; possibly missing comma or )";
    if (list == G::RuleParameters)
      return " in parameter list; possibly missing comma or )";
  }

  // The end of a statement or of a top-level declaration.
  if (expected.size() == 1 && expected.contains(size_t(GoLexer::SEMI))) {
    if (enclosing(ctx, {G::RuleStatementList, G::RuleSourceFile}) == G::RuleSourceFile)
      return " after top level declaration";
    return " at end of statement";
  }

  if (expected.size() == 1)
    return ", expected " + expectedName(p, expected.getMinElement());
  if (expected.contains(size_t(GoLexer::IDENTIFIER)) && expected.contains(size_t(GoLexer::NUMBER)))
    return ", expected expression"; // gc's word for "any operand"
  return "";
}

void GoErrorStrategy::unexpected(antlr4::Parser *p, const antlr4::Token *t,
                                 const antlr4::misc::IntervalSet &expected) {
  if (expected.size() == 1 && expected.getMinElement() == GoLexer::PACKAGE) {
    ++errors_;
    diags_.error(map_.pos(t->getStartIndex()), DiagKind::PackageFirst);
    return;
  }
  // At the top level, a closing bracket after an earlier error is the tail
  // of what failed (see sync), not a new mistake.
  size_t type = t->getType();
  if (p->getContext()->getRuleIndex() == grammar::GoParser::RuleSourceFile && lastErrorLine_ != 0 &&
      (type == GoLexer::R_PAREN || type == GoLexer::R_BRACKET || type == GoLexer::R_BRACE)) {
    ++errors_;
    return;
  }
  bool plain = false;
  std::string message = contextMessage(p, t, expected, plain);
  if (!plain)
    message = "unexpected " + describe(t) + message;
  report(t, message);
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
