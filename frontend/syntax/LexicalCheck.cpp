// LexicalCheck.cpp — see LexicalCheck.h.
#include "frontend/syntax/LexicalCheck.h"

#include "GoLexer.h"
#include "frontend/syntax/Literals.h"

namespace gopp::syntax {

using grammar::GoLexer;

void LexicalCheck::checkLiteral(antlr4::Token &t) {
  std::string_view text = map_.text(t.getStartIndex(), t.getStopIndex());
  std::optional<LiteralError> bad;
  switch (t.getType()) {
  case GoLexer::NUMBER:
    bad = checkNumber(text);
    break;
  case GoLexer::RUNE:
    bad = checkRune(text);
    break;
  case GoLexer::INTERPRETED_STRING:
    if (text.find('\\') != std::string_view::npos)
      bad = checkString(text);
    break;
  default:
    break;
  }
  if (bad)
    diags_.errorMessage(map_.file().posOf(map_.byteOffset(t.getStartIndex()) + bad->offset), bad->kind,
                        bad->message);
}

void LexicalCheck::reportUnterminated(const antlr4::Token &t, DiagKind atEof, DiagKind atNewline) {
  // The lexer stopped at a newline (reported at the newline, as gc does)
  // or at the end of the file (reported at the literal's start).
  bool eof = t.getStopIndex() + 1 >= lexer_.getInputStream()->size();
  if (eof)
    report(t, 0, atEof);
  else
    report(t, static_cast<uint32_t>(map_.text(t.getStartIndex(), t.getStopIndex()).size()), atNewline);
}

bool LexicalCheck::withinNestingLimits(const antlr4::Token &t) {
  switch (t.getType()) {
  case GoLexer::L_PAREN:
  case GoLexer::L_BRACKET:
  case GoLexer::L_BRACE:
    ++depth_, ++run_;
    break;
  case GoLexer::R_PAREN:
  case GoLexer::R_BRACKET:
  case GoLexer::R_BRACE:
    depth_ = depth_ > 0 ? depth_ - 1 : 0;
    ++run_;
    break;
  case GoLexer::IDENTIFIER:
  case GoLexer::NUMBER:
  case GoLexer::RUNE:
  case GoLexer::RAW_STRING:
  case GoLexer::INTERPRETED_STRING:
  case GoLexer::COMMA:
  case GoLexer::SEMI:
  case GoLexer::NEWLINE:
    run_ = 0;
    break;
  default:
    if (t.getChannel() == antlr4::Token::DEFAULT_CHANNEL)
      ++run_;
    break;
  }
  if (depth_ <= kMaxDepth && run_ <= kMaxRun)
    return true;
  report(t, 0, DiagKind::NestingTooDeep);
  exceeded_ = true;
  return false;
}

uint32_t LexicalCheck::codePointOf(const antlr4::Token &t) const {
  size_t i = 0;
  return decodeUtf8(map_.text(t.getStartIndex(), t.getStopIndex()), i);
}

std::unique_ptr<antlr4::Token> LexicalCheck::pull() {
  if (peeked_)
    return std::move(peeked_);
  return lexer_.nextToken();
}

// gc scans an identifier through characters that cannot be in one,
// reporting each ("invalid character U+229B '⊛' in identifier"), so
// `x⊛y` is one identifier and the parse goes on as if it were valid.
void LexicalCheck::extendIdentifier(antlr4::CommonToken &id) {
  bool afterInvalid = false; // the identifier just took in an invalid character
  for (;;) {
    std::unique_ptr<antlr4::Token> n = lexer_.nextToken();
    bool adjacent = n->getStartIndex() == id.getStopIndex() + 1;
    // (Only non-ASCII characters: gc ends an identifier at an ASCII one.)
    if (adjacent && n->getType() == GoLexer::INVALID_CHAR && codePointOf(*n) >= 0x80) {
      report(*n, 0, DiagKind::InvalidCharInIdentifier, formatCodePoint(codePointOf(*n)));
      id.setStopIndex(n->getStopIndex());
      afterInvalid = true;
      continue;
    }
    if (adjacent && afterInvalid && (n->getType() == GoLexer::IDENTIFIER || n->getType() == GoLexer::NUMBER)) {
      id.setStopIndex(n->getStopIndex()); // the rest of the identifier
      afterInvalid = false;
      continue;
    }
    peeked_ = std::move(n);
    return;
  }
}

std::unique_ptr<antlr4::Token> LexicalCheck::nextToken() {
  for (;;) {
    std::unique_ptr<antlr4::Token> t = pull();
    if (t->getType() == GoLexer::IDENTIFIER && !peeked_)
      extendIdentifier(static_cast<antlr4::CommonToken &>(*t));
    if (exceeded_ || !withinNestingLimits(*t)) {
      // Drop the rest of the file: the parse ends here.
      peeked_.reset();
      while (t->getType() != antlr4::Token::EOF)
        t = lexer_.nextToken();
      return t;
    }
    auto *ct = static_cast<antlr4::CommonToken *>(t.get());
    switch (t->getType()) {
    case GoLexer::NUMBER:
    case GoLexer::RUNE:
    case GoLexer::INTERPRETED_STRING:
      checkLiteral(*t);
      return t;
    case GoLexer::INVALID_CHAR: {
      uint32_t cp = codePointOf(*t);
      if (cp == 0)
        report(*t, 0, DiagKind::InvalidNul);
      else
        report(*t, 0, DiagKind::InvalidChar, formatCodePoint(cp));
      continue;
    }
    case GoLexer::BOM:
      if (t->getStartIndex() != 0)
        report(*t, 0, DiagKind::InvalidBom);
      continue;
    case GoLexer::UNTERMINATED_BLOCK_COMMENT:
      report(*t, 0, DiagKind::CommentNotTerminated);
      ct->setType(GoLexer::BLOCK_COMMENT);
      ct->setChannel(antlr4::Token::HIDDEN_CHANNEL);
      return t;
    case GoLexer::UNTERMINATED_RAW_STRING:
      report(*t, 0, DiagKind::StringNotTerminated);
      ct->setType(GoLexer::RAW_STRING);
      return t;
    case GoLexer::UNTERMINATED_STRING:
      reportUnterminated(*ct, DiagKind::StringNotTerminated, DiagKind::NewlineInString);
      ct->setType(GoLexer::INTERPRETED_STRING);
      return t;
    case GoLexer::UNTERMINATED_RUNE:
      reportUnterminated(*ct, DiagKind::RuneNotTerminated, DiagKind::NewlineInRune);
      ct->setType(GoLexer::RUNE);
      return t;
    default:
      return t;
    }
  }
}

} // namespace gopp::syntax
