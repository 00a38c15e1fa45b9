// Literals.h — checking and decoding Go's literal tokens.
//
// The lexer accepts the *shape* of a literal; these functions apply the
// spec's rules ("Integer literals" … "String literals") and report the first
// violation with gc's wording at a byte offset inside the token. They are
// pure functions on the token text, so unit tests pin them directly.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "frontend/diag/Diagnostics.h"

namespace gopp::syntax {

// One problem in a literal: where (byte offset from the token's start), what
// kind, and the already-formatted message.
struct LiteralError {
  uint32_t offset;
  DiagKind kind;
  std::string message;
};

enum class NumberKind { Int, Float, Imag };

// Classifies a NUMBER token (the lexer's one token for all numeric forms).
NumberKind numberKind(std::string_view lit);

// The first error in a numeric literal, or nothing if it is valid.
std::optional<LiteralError> checkNumber(std::string_view lit);

// The first error in a rune literal 'x' (with quotes), or nothing.
std::optional<LiteralError> checkRune(std::string_view lit);

// The first error in an interpreted string literal "..." (with quotes).
std::optional<LiteralError> checkString(std::string_view lit);

// The value of a valid string literal, interpreted or raw (carriage returns
// are dropped from raw strings, as the spec says), as bytes.
std::string decodeString(std::string_view lit);

// The value of a valid rune literal.
uint32_t decodeRune(std::string_view lit);

// The code point of the UTF-8 sequence at s[i] (valid UTF-8), advancing i.
uint32_t decodeUtf8(std::string_view s, size_t &i);

// Go's %#U: "U+0040 '@'" (the character only when printable).
std::string formatCodePoint(uint32_t cp);

// Go's %q for a rune: 'a', '\n', '\x00'.
std::string quoteRune(uint32_t cp);

} // namespace gopp::syntax
