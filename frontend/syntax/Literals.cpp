// Literals.cpp — the rules of Go's numeric, rune and string literals.
//
// The checks follow the order in which gc's scanner finds problems, so that
// the message for a literal with several problems is the one gc prints.
#include "frontend/syntax/Literals.h"

#include <fmt/format.h>

namespace gopp::syntax {
namespace {

bool isDecimal(char c) { return c >= '0' && c <= '9'; }
bool isHex(char c) { return isDecimal(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
char lower(char c) { return static_cast<char>(c | 0x20); }

const char *baseName(int base) {
  switch (base) {
  case 2:
    return "binary";
  case 8:
    return "octal";
  case 16:
    return "hexadecimal";
  default:
    return "decimal";
  }
}

LiteralError err(uint32_t offset, DiagKind kind, std::string message) {
  return LiteralError{offset, kind, std::move(message)};
}

// Reads digits of `base` (and '_') from lit[i...]. Bit 0 of the result: a
// digit was seen; bit 1: a '_' was seen. Records the first digit that is
// decimal but not valid in `base` (gc accepts 0-9 in binary and octal
// literals and complains afterwards).
int digits(std::string_view lit, size_t &i, int base, int *invalid) {
  int digsep = 0;
  if (base <= 10) {
    char max = static_cast<char>('0' + base);
    for (; i < lit.size() && (isDecimal(lit[i]) || lit[i] == '_'); ++i) {
      if (lit[i] == '_') {
        digsep |= 2;
        continue;
      }
      if (lit[i] >= max && invalid && *invalid < 0)
        *invalid = static_cast<int>(i);
      digsep |= 1;
    }
  } else {
    for (; i < lit.size() && (isHex(lit[i]) || lit[i] == '_'); ++i)
      digsep |= lit[i] == '_' ? 2 : 1;
  }
  return digsep;
}

// The index of the first '_' that does not separate two digits (a base
// prefix such as 0x counts as a digit), or -1.
int invalidSeparator(std::string_view x) {
  bool hex = false;
  char prev = '.'; // '0': a digit, '_': a separator, '.': anything else
  size_t i = 0;
  if (x.size() >= 2 && x[0] == '0') {
    char p = lower(x[1]);
    if (p == 'x' || p == 'o' || p == 'b') {
      hex = p == 'x';
      prev = '0';
      i = 2;
    }
  }
  for (; i < x.size(); ++i) {
    char c = x[i];
    if (c == '_') {
      if (prev != '0')
        return static_cast<int>(i);
      prev = '_';
    } else if (isDecimal(c) || (hex && isHex(c))) {
      prev = '0';
    } else {
      if (prev == '_')
        return static_cast<int>(i) - 1;
      prev = '.';
    }
  }
  return prev == '_' ? static_cast<int>(x.size()) - 1 : -1;
}

void appendUtf8(std::string &out, uint32_t cp) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
    cp = 0xFFFD;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// An escape sequence starting at lit[i] == '\\'. On success advances i past
// it and returns its value; `isByte` is set for \x and octal escapes, whose
// value is a byte rather than a code point.
struct Escape {
  uint32_t value = 0;
  bool isByte = false;
};

std::optional<LiteralError> escape(std::string_view lit, size_t &i, char quote, Escape &out) {
  uint32_t start = static_cast<uint32_t>(i);
  ++i; // the backslash
  if (i >= lit.size())
    return std::nullopt; // the caller reports the unterminated literal
  char c = lit[i];
  int n;
  uint32_t base, max;
  switch (c) {
  case 'a': out.value = 7; ++i; return std::nullopt;
  case 'b': out.value = 8; ++i; return std::nullopt;
  case 'f': out.value = 12; ++i; return std::nullopt;
  case 'n': out.value = 10; ++i; return std::nullopt;
  case 'r': out.value = 13; ++i; return std::nullopt;
  case 't': out.value = 9; ++i; return std::nullopt;
  case 'v': out.value = 11; ++i; return std::nullopt;
  case '\\': out.value = '\\'; ++i; return std::nullopt;
  case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
    n = 3, base = 8, max = 255, out.isByte = true;
    break;
  case 'x':
    ++i, n = 2, base = 16, max = 255, out.isByte = true;
    break;
  case 'u':
    ++i, n = 4, base = 16, max = 0x10FFFF;
    break;
  case 'U':
    ++i, n = 8, base = 16, max = 0x10FFFF;
    break;
  default:
    if (c == quote) {
      out.value = static_cast<uint32_t>(c);
      ++i;
      return std::nullopt;
    }
    return err(static_cast<uint32_t>(i), DiagKind::UnknownEscape, "unknown escape");
  }
  uint32_t x = 0;
  for (; n > 0; --n) {
    if (i >= lit.size()) // the closing quote cut the escape short
      return err(static_cast<uint32_t>(i), DiagKind::InvalidEscapeChar,
                 fmt::format("invalid character {} in {} escape", quoteRune(static_cast<uint32_t>(quote)),
                             baseName(int(base))));
    char d = lit[i];
    uint32_t v = base;
    if (isDecimal(d))
      v = static_cast<uint32_t>(d - '0');
    else if (lower(d) >= 'a' && lower(d) <= 'f')
      v = static_cast<uint32_t>(lower(d) - 'a' + 10);
    if (v >= base) {
      size_t at = i;
      uint32_t cp = decodeUtf8(lit, at);
      return err(static_cast<uint32_t>(i), DiagKind::InvalidEscapeChar,
                 fmt::format("invalid character {} in {} escape", quoteRune(cp), baseName(int(base))));
    }
    x = x * base + v;
    ++i;
  }
  if (x > max && base == 8)
    return err(static_cast<uint32_t>(i), DiagKind::OctalEscapeTooLarge,
               fmt::format("octal escape value {} > 255", x));
  if (x > max || (x >= 0xD800 && x < 0xE000))
    return err(static_cast<uint32_t>(i), DiagKind::EscapeInvalidCodePoint,
               fmt::format("escape is invalid Unicode code point {}", formatCodePoint(x)));
  (void)start;
  out.value = x;
  return std::nullopt;
}

bool isPrintable(uint32_t cp) {
  // Enough of unicode.IsPrint for diagnostics: controls, surrogates,
  // non-characters and unassigned planes are not printable.
  if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || cp == 0xAD)
    return false;
  if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF || cp == 0xFEFF)
    return false;
  if ((cp & 0xFFFE) == 0xFFFE)
    return false;
  return true;
}

} // namespace

uint32_t decodeUtf8(std::string_view s, size_t &i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
  uint32_t cp = c & (0x7F >> len);
  for (int k = 1; k < len && i + k < s.size(); ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += len;
  return cp;
}

NumberKind numberKind(std::string_view lit) {
  if (!lit.empty() && lit.back() == 'i')
    return NumberKind::Imag;
  bool hex = lit.size() >= 2 && lit[0] == '0' && lower(lit[1]) == 'x';
  for (char c : lit) {
    if (c == '.' || (hex ? lower(c) == 'p' : lower(c) == 'e'))
      return NumberKind::Float;
  }
  return NumberKind::Int;
}

std::optional<LiteralError> checkNumber(std::string_view lit) {
  size_t i = 0;
  int base = 10;
  char prefix = 0; // 0 (decimal), '0' (legacy octal), 'x', 'o', 'b'
  int digsep = 0;
  int invalid = -1;
  bool isFloat = false;

  if (lit[0] != '.') {
    if (lit[0] == '0') {
      i = 1;
      char p = i < lit.size() ? lower(lit[i]) : 0;
      if (p == 'x')
        ++i, base = 16, prefix = 'x';
      else if (p == 'o')
        ++i, base = 8, prefix = 'o';
      else if (p == 'b')
        ++i, base = 2, prefix = 'b';
      else
        base = 8, prefix = '0', digsep = 1; // the leading 0 is a digit
    }
    digsep |= digits(lit, i, base, &invalid);
    if (i < lit.size() && lit[i] == '.') {
      if (prefix == 'o' || prefix == 'b')
        return err(static_cast<uint32_t>(i), DiagKind::InvalidRadixPoint,
                   fmt::format("invalid radix point in {} literal", baseName(base)));
      ++i;
      isFloat = true;
      digsep |= digits(lit, i, base, &invalid);
    }
  } else {
    ++i;
    isFloat = true;
    digsep |= digits(lit, i, base, &invalid);
  }
  if ((digsep & 1) == 0)
    return err(static_cast<uint32_t>(i), DiagKind::LiteralHasNoDigits,
               fmt::format("{} literal has no digits", baseName(base)));

  if (i < lit.size() && (lower(lit[i]) == 'e' || lower(lit[i]) == 'p')) {
    char e = lower(lit[i]);
    if (e == 'e' && prefix != 0 && prefix != '0')
      return err(static_cast<uint32_t>(i), DiagKind::ExponentNeedsDecimal,
                 fmt::format("'{}' exponent requires decimal mantissa", lit[i]));
    if (e == 'p' && prefix != 'x')
      return err(static_cast<uint32_t>(i), DiagKind::ExponentNeedsHex,
                 fmt::format("'{}' exponent requires hexadecimal mantissa", lit[i]));
    ++i;
    isFloat = true;
    if (i < lit.size() && (lit[i] == '+' || lit[i] == '-'))
      ++i;
    int ds = digits(lit, i, 10, nullptr);
    digsep = ds | (digsep & 2);
    if ((ds & 1) == 0)
      return err(static_cast<uint32_t>(i), DiagKind::ExponentHasNoDigits, "exponent has no digits");
  } else if (prefix == 'x' && isFloat) {
    return err(static_cast<uint32_t>(i), DiagKind::HexMantissaNeedsP,
               "hexadecimal mantissa requires a 'p' exponent");
  }
  bool imag = i < lit.size() && lit[i] == 'i';

  if (!isFloat && !imag && invalid >= 0)
    return err(static_cast<uint32_t>(invalid), DiagKind::InvalidDigit,
               fmt::format("invalid digit '{}' in {} literal", lit[invalid], baseName(base)));
  if (digsep & 2) {
    int at = invalidSeparator(lit);
    if (at >= 0)
      return err(static_cast<uint32_t>(at), DiagKind::UnderscoreMustSeparate,
                 "'_' must separate successive digits");
  }
  return std::nullopt;
}

std::optional<LiteralError> checkRune(std::string_view lit) {
  // lit is '...' with its closing quote (the lexer guarantees both quotes).
  size_t i = 1, end = lit.size() - 1;
  int n = 0;
  while (i < end) {
    if (lit[i] == '\\') {
      Escape e;
      if (auto bad = escape(lit.substr(0, end), i, '\'', e))
        return bad;
    } else {
      decodeUtf8(lit, i);
    }
    ++n;
  }
  if (n == 0)
    return err(static_cast<uint32_t>(end), DiagKind::EmptyRune, "empty rune literal or unescaped '");
  if (n != 1)
    return err(0, DiagKind::RuneTooLong, "more than one character in rune literal");
  return std::nullopt;
}

std::optional<LiteralError> checkString(std::string_view lit) {
  size_t i = 1, end = lit.size() - 1;
  while (i < end) {
    if (lit[i] == '\\') {
      Escape e;
      if (auto bad = escape(lit.substr(0, end), i, '"', e))
        return bad;
    } else {
      ++i;
    }
  }
  return std::nullopt;
}

std::string decodeString(std::string_view lit) {
  std::string out;
  if (lit.empty())
    return out;
  std::string_view body = lit.substr(1, lit.size() >= 2 ? lit.size() - 2 : 0);
  if (lit[0] == '`') {
    for (char c : body)
      if (c != '\r')
        out += c;
    return out;
  }
  size_t i = 0;
  while (i < body.size()) {
    if (body[i] != '\\') {
      out += body[i++];
      continue;
    }
    Escape e;
    if (escape(body, i, '"', e))
      break; // invalid literals were reported before decoding
    if (e.isByte)
      out += static_cast<char>(e.value);
    else
      appendUtf8(out, e.value);
  }
  return out;
}

uint32_t decodeRune(std::string_view lit) {
  std::string_view body = lit.substr(1, lit.size() >= 2 ? lit.size() - 2 : 0);
  size_t i = 0;
  if (body.empty())
    return 0;
  if (body[0] != '\\')
    return decodeUtf8(body, i);
  Escape e;
  escape(body, i, '\'', e);
  return e.value;
}

std::string formatCodePoint(uint32_t cp) {
  std::string s = fmt::format("U+{:04X}", cp);
  if (isPrintable(cp)) {
    s += " '";
    appendUtf8(s, cp);
    s += "'";
  }
  return s;
}

std::string quoteRune(uint32_t cp) {
  switch (cp) {
  case '\a': return "'\\a'";
  case '\b': return "'\\b'";
  case '\f': return "'\\f'";
  case '\n': return "'\\n'";
  case '\r': return "'\\r'";
  case '\t': return "'\\t'";
  case '\v': return "'\\v'";
  case '\\': return "'\\\\'";
  case '\'': return "'\\''";
  default:
    break;
  }
  if (isPrintable(cp)) {
    std::string s = "'";
    appendUtf8(s, cp);
    return s + "'";
  }
  if (cp < 0x80)
    return fmt::format("'\\x{:02x}'", cp);
  if (cp < 0x10000)
    return fmt::format("'\\u{:04x}'", cp);
  return fmt::format("'\\U{:08x}'", cp);
}

} // namespace gopp::syntax
