// quote.cpp — Quote and Unquote families, CanBackquote, UnquoteChar.
//
// Invariants and why:
//  - Escaping follows Go's appendEscapedRune: the quote and backslash are
//    always escaped; printable runes (IsPrint; for the Graphic variants
//    IsGraphic; for the ASCII variants printable ASCII only) are copied;
//    the rest become \a \b \f \n \r \t \v, \xHH below U+0020 and for DEL,
//    \uHHHH or \UHHHHHHHH (invalid runes as \ufffd). Bytes of invalid
//    UTF-8 in a string are \xHH each.
//  - Unquote accepts exactly what Go's unquote accepts (raw strings lose
//    their \r; single quotes hold exactly one character).
#include "strconv/strconv.h"

namespace pkg::strconv {
namespace {

const char kHex[] = "0123456789abcdef";

bool validRune(int32_t r) { return (0 <= r && r < 0xD800) || (0xDFFF < r && r <= 0x10FFFF); }

void appendEscapedRune(std::string &buf, int32_t r, char quote, bool ascii, bool graphic) {
  if (r == int32_t(uint8_t(quote)) || r == '\\') {
    buf += '\\';
    buf += char(r);
    return;
  }
  if (ascii) {
    if (r < 0x80 && IsPrint(r)) {
      buf += char(r);
      return;
    }
  } else if (IsPrint(r) || (graphic && IsGraphic(r))) {
    detail::appendRune(buf, r);
    return;
  }
  switch (r) {
  case '\a': buf += "\\a"; return;
  case '\b': buf += "\\b"; return;
  case '\f': buf += "\\f"; return;
  case '\n': buf += "\\n"; return;
  case '\r': buf += "\\r"; return;
  case '\t': buf += "\\t"; return;
  case '\v': buf += "\\v"; return;
  }
  if (r < ' ' || r == 0x7f) {
    buf += "\\x";
    buf += kHex[(uint8_t(r) >> 4) & 0xF];
    buf += kHex[uint8_t(r) & 0xF];
    return;
  }
  if (!validRune(r))
    r = 0xFFFD;
  if (r < 0x10000) {
    buf += "\\u";
    for (int s = 12; s >= 0; s -= 4)
      buf += kHex[(r >> s) & 0xF];
  } else {
    buf += "\\U";
    for (int s = 28; s >= 0; s -= 4)
      buf += kHex[(r >> s) & 0xF];
  }
}

go::String quoted(go::String s, bool ascii, bool graphic) {
  std::string out;
  detail::appendQuoted(out, s.view(), '"', ascii, graphic);
  return detail::toGo(out);
}

go::String quotedRune(int32_t r, bool ascii, bool graphic) {
  std::string out;
  detail::appendQuotedRune(out, r, ascii, graphic);
  return detail::toGo(out);
}

go::Slice<uint8_t> appendStd(go::Slice<uint8_t> dst, const std::string &s) {
  return go::appendString(dst, go::String(s.data(), int64_t(s.size())));
}

int unhex(uint8_t c) {
  if ('0' <= c && c <= '9')
    return c - '0';
  if ('a' <= c && c <= 'f')
    return c - 'a' + 10;
  if ('A' <= c && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

// UnquoteChar on a string_view; false on a syntax error.
bool unquoteChar(std::string_view &s, char quote, int32_t *value, bool *multibyte) {
  *value = 0;
  *multibyte = false;
  if (s.empty())
    return false;
  uint8_t c = uint8_t(s[0]);
  if (c == uint8_t(quote) && (quote == '\'' || quote == '"'))
    return false;
  if (c >= 0x80) {
    int w;
    *value = detail::decodeRune(s, &w);
    *multibyte = true;
    s.remove_prefix(size_t(w));
    return true;
  }
  if (c != '\\') {
    *value = c;
    s.remove_prefix(1);
    return true;
  }
  if (s.size() <= 1)
    return false;
  c = uint8_t(s[1]);
  s.remove_prefix(2);
  switch (c) {
  case 'a': *value = '\a'; return true;
  case 'b': *value = '\b'; return true;
  case 'f': *value = '\f'; return true;
  case 'n': *value = '\n'; return true;
  case 'r': *value = '\r'; return true;
  case 't': *value = '\t'; return true;
  case 'v': *value = '\v'; return true;
  case 'x':
  case 'u':
  case 'U': {
    size_t n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
    if (s.size() < n)
      return false;
    int32_t v = 0;
    for (size_t j = 0; j < n; j++) {
      int x = unhex(uint8_t(s[j]));
      if (x < 0)
        return false;
      v = int32_t(uint32_t(v) << 4 | uint32_t(x));
    }
    s.remove_prefix(n);
    if (c == 'x') {
      *value = v;
      return true;
    }
    if (!validRune(v))
      return false;
    *value = v;
    *multibyte = true;
    return true;
  }
  case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
    int32_t v = c - '0';
    if (s.size() < 2)
      return false;
    for (size_t j = 0; j < 2; j++) {
      int32_t x = int32_t(uint8_t(s[j])) - '0';
      if (x < 0 || x > 7)
        return false;
      v = (v << 3) | x;
    }
    s.remove_prefix(2);
    if (v > 255)
      return false;
    *value = v;
    return true;
  }
  case '\\':
    *value = '\\';
    return true;
  case '\'':
  case '"':
    if (c != uint8_t(quote))
      return false;
    *value = c;
    return true;
  default:
    return false;
  }
}

bool validUTF8(std::string_view s) {
  while (!s.empty()) {
    int w;
    int32_t r = detail::decodeRune(s, &w);
    if (r == 0xFFFD && w == 1)
      return false;
    s.remove_prefix(size_t(w));
  }
  return true;
}

// Go's unquote: parses a quoted string at the start of in. On success sets
// out (unescaped, or the quoted prefix itself) and rem.
bool unquote(std::string_view in, bool unescape, std::string &out, std::string_view &rem) {
  rem = in;
  if (in.size() < 2)
    return false;
  char quote = in[0];
  size_t end = in.find(quote, 1);
  if (end == std::string_view::npos)
    return false;
  end += 1; // position after the terminating quote (maybe wrong with escapes)
  if (quote == '`') {
    if (!unescape) {
      out.assign(in.substr(0, end));
    } else {
      out.clear();
      for (size_t i = 1; i < end - 1; i++)
        if (in[i] != '\r')
          out += in[i];
    }
    rem = in.substr(end);
    return true;
  }
  if (quote != '"' && quote != '\'')
    return false;
  std::string_view head = in.substr(0, end);
  if (head.find('\\') == std::string_view::npos && head.find('\n') == std::string_view::npos) {
    bool valid;
    std::string_view body = in.substr(1, end - 2);
    if (quote == '"') {
      valid = validUTF8(body);
    } else {
      int w;
      int32_t r = detail::decodeRune(body, &w);
      valid = size_t(1 + w + 1) == end && (r != 0xFFFD || w != 1);
    }
    if (valid) {
      out.assign(unescape ? body : head);
      rem = in.substr(end);
      return true;
    }
  }
  std::string_view s = in.substr(1);
  out.clear();
  while (!s.empty() && s[0] != quote) {
    bool newline = s[0] == '\n';
    int32_t r;
    bool multibyte;
    if (!unquoteChar(s, quote, &r, &multibyte) || newline)
      return false;
    if (unescape) {
      if (r < 0x80 || !multibyte)
        out += char(r);
      else
        detail::appendRune(out, r);
    }
    if (quote == '\'')
      break;
  }
  if (s.empty() || s[0] != quote)
    return false;
  s.remove_prefix(1);
  if (!unescape)
    out.assign(in.substr(0, in.size() - s.size()));
  rem = s;
  return true;
}

} // namespace

namespace detail {

void appendQuoted(std::string &dst, std::string_view s, char quote, bool ascii, bool graphic) {
  dst += quote;
  while (!s.empty()) {
    int32_t r = uint8_t(s[0]);
    int width = 1;
    if (r >= 0x80)
      r = decodeRune(s, &width);
    if (width == 1 && r == 0xFFFD) {
      dst += "\\x";
      dst += kHex[uint8_t(s[0]) >> 4];
      dst += kHex[uint8_t(s[0]) & 0xF];
      s.remove_prefix(1);
      continue;
    }
    appendEscapedRune(dst, r, quote, ascii, graphic);
    s.remove_prefix(size_t(width));
  }
  dst += quote;
}

void appendQuotedRune(std::string &dst, int32_t r, bool ascii, bool graphic) {
  dst += '\'';
  if (!validRune(r))
    r = 0xFFFD;
  appendEscapedRune(dst, r, '\'', ascii, graphic);
  dst += '\'';
}

bool canBackquote(std::string_view s) {
  while (!s.empty()) {
    int w;
    int32_t r = decodeRune(s, &w);
    s.remove_prefix(size_t(w));
    if (w > 1) {
      if (r == 0xFEFF)
        return false;
      continue;
    }
    if (r == 0xFFFD)
      return false;
    if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F)
      return false;
  }
  return true;
}

} // namespace detail

go::String Quote(go::String s) { return quoted(s, false, false); }
go::String QuoteToASCII(go::String s) { return quoted(s, true, false); }
go::String QuoteToGraphic(go::String s) { return quoted(s, false, true); }
go::String QuoteRune(int32_t r) { return quotedRune(r, false, false); }
go::String QuoteRuneToASCII(int32_t r) { return quotedRune(r, true, false); }
go::String QuoteRuneToGraphic(int32_t r) { return quotedRune(r, false, true); }

go::Slice<uint8_t> AppendQuote(go::Slice<uint8_t> dst, go::String s) {
  std::string out;
  detail::appendQuoted(out, s.view(), '"', false, false);
  return appendStd(dst, out);
}
go::Slice<uint8_t> AppendQuoteToASCII(go::Slice<uint8_t> dst, go::String s) {
  std::string out;
  detail::appendQuoted(out, s.view(), '"', true, false);
  return appendStd(dst, out);
}
go::Slice<uint8_t> AppendQuoteToGraphic(go::Slice<uint8_t> dst, go::String s) {
  std::string out;
  detail::appendQuoted(out, s.view(), '"', false, true);
  return appendStd(dst, out);
}
go::Slice<uint8_t> AppendQuoteRune(go::Slice<uint8_t> dst, int32_t r) {
  std::string out;
  detail::appendQuotedRune(out, r, false, false);
  return appendStd(dst, out);
}
go::Slice<uint8_t> AppendQuoteRuneToASCII(go::Slice<uint8_t> dst, int32_t r) {
  std::string out;
  detail::appendQuotedRune(out, r, true, false);
  return appendStd(dst, out);
}
go::Slice<uint8_t> AppendQuoteRuneToGraphic(go::Slice<uint8_t> dst, int32_t r) {
  std::string out;
  detail::appendQuotedRune(out, r, false, true);
  return appendStd(dst, out);
}

bool CanBackquote(go::String s) { return detail::canBackquote(s.view()); }

std::tuple<go::String, go::Iface> QuotedPrefix(go::String s) {
  std::string out;
  std::string_view rem;
  if (!unquote(s.view(), false, out, rem))
    return {go::String(), ErrSyntax};
  // The prefix is a substring of s: share its bytes.
  return {go::String(s.p, int64_t(out.size())), go::Iface()};
}

std::tuple<go::String, go::Iface> Unquote(go::String s) {
  std::string out;
  std::string_view rem;
  bool ok = unquote(s.view(), true, out, rem);
  if (!rem.empty())
    return {go::String(), ErrSyntax};
  if (!ok)
    return {go::String(), ErrSyntax};
  return {detail::toGo(out), go::Iface()};
}

std::tuple<int32_t, bool, go::String, go::Iface> UnquoteChar(go::String s, uint8_t quote) {
  std::string_view v = s.view();
  int32_t value;
  bool multibyte;
  if (!unquoteChar(v, char(quote), &value, &multibyte))
    return {0, false, go::String(), ErrSyntax};
  return {value, multibyte, go::String(s.p + (s.n - int64_t(v.size())), int64_t(v.size())), go::Iface()};
}

} // namespace pkg::strconv
