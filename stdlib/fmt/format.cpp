// format.cpp — formatting one basic value with the current flags, width
// and precision (Go's fmt/format.go rules).
//
// Invariants and why:
//  - Widths count runes, not bytes (utf8.RuneCount: each invalid byte is
//    one rune). Padding is spaces, or zeros when the 0 flag is set and the
//    value kind allows it; '-' pads on the right and disables zeros.
//  - Integers: precision is a minimum digit count (and %.0d of 0 prints
//    only padding); the 0 flag with a width acts as a precision that leaves
//    room for the sign. # adds 0b, 0 or 0x prefixes; %O always 0o.
//  - Floats: strconv's AppendFloat output, then Go's sign, # (keep the
//    point, restore trailing zeros for %g) and zero-padding rules; Inf and
//    NaN are never zero padded.
#include "fmt/printer.h"
#include "strconv/strconv.h"

namespace pkg::fmt::detail {
namespace {

const char kLower[] = "0123456789abcdefx";
const char kUpper[] = "0123456789ABCDEFX";

int64_t runeCount(std::string_view s) {
  int64_t n = 0;
  while (!s.empty()) {
    int w = 1;
    if (uint8_t(s[0]) >= 0x80)
      strconv::detail::decodeRune(s, &w);
    s.remove_prefix(size_t(w));
    n++;
  }
  return n;
}

} // namespace

go::String toGo(std::string_view s) { return strconv::detail::toGo(s); }

void Printer::writeRune(int32_t r) { strconv::detail::appendRune(buf, r); }

void Printer::writePadding(int64_t n) {
  if (n <= 0)
    return;
  buf.append(size_t(n), f.zero ? '0' : ' ');
}

void Printer::pad(std::string_view b) {
  if (!f.widPresent || f.wid == 0) {
    buf += b;
    return;
  }
  int64_t width = f.wid - runeCount(b);
  if (!f.minus) {
    writePadding(width);
    buf += b;
  } else {
    buf += b;
    writePadding(width);
  }
}

void Printer::fmtBoolean(bool v) { pad(v ? "true" : "false"); }

void Printer::fmtUnicode(uint64_t u) {
  int64_t prec = 4;
  if (f.precPresent && f.prec > 4)
    prec = f.prec;
  std::string out = "U+";
  std::string digits;
  uint64_t x = u;
  do {
    digits.insert(digits.begin(), kUpper[x & 0xF]);
    x >>= 4;
  } while (x != 0);
  if (int64_t(digits.size()) < prec)
    out.append(size_t(prec - int64_t(digits.size())), '0');
  out += digits;
  if (f.sharp && u <= 0x10FFFF && strconv::IsPrint(int32_t(u))) {
    out += " '";
    strconv::detail::appendRune(out, int32_t(u));
    out += '\'';
  }
  bool oldZero = f.zero;
  f.zero = false;
  pad(out);
  f.zero = oldZero;
}

void Printer::fmtIntegerBase(uint64_t u, int base, bool isSigned, int32_t verb, bool upper) {
  const char *digits = upper ? kUpper : kLower;
  bool negative = isSigned && int64_t(u) < 0;
  if (negative)
    u = -u;
  int64_t prec = 0;
  if (f.precPresent) {
    prec = f.prec;
    if (prec == 0 && u == 0) {
      bool oldZero = f.zero;
      f.zero = false;
      writePadding(f.wid);
      f.zero = oldZero;
      return;
    }
  } else if (f.zero && f.widPresent) {
    prec = f.wid;
    if (negative || f.plus || f.space)
      prec--;
  }
  std::string num; // built reversed
  do {
    num += digits[u % uint64_t(base)];
    u /= uint64_t(base);
  } while (u != 0);
  while (int64_t(num.size()) < prec)
    num += '0';
  if (f.sharp) {
    if (base == 2) {
      num += "b0";
    } else if (base == 8) {
      if (num.back() != '0')
        num += '0';
    } else if (base == 16) {
      num += digits[16];
      num += '0';
    }
  }
  if (verb == 'O')
    num += "o0";
  if (negative)
    num += '-';
  else if (f.plus)
    num += '+';
  else if (f.space)
    num += ' ';
  std::string out(num.rbegin(), num.rend());
  bool oldZero = f.zero;
  f.zero = false;
  pad(out);
  f.zero = oldZero;
}

// Go's truncate and truncateString: at most prec runes.
std::string_view Printer::truncate(std::string_view s) const {
  if (!f.precPresent)
    return s;
  int64_t n = f.prec;
  size_t i = 0;
  while (i < s.size()) {
    if (--n < 0)
      return s.substr(0, i);
    int w = 1;
    if (uint8_t(s[i]) >= 0x80)
      strconv::detail::decodeRune(s.substr(i), &w);
    i += size_t(w);
  }
  return s;
}

void Printer::fmtS(std::string_view s) { pad(truncate(s)); }

void Printer::fmtSbx(std::string_view s, bool upper) {
  const char *digits = upper ? kUpper : kLower;
  int64_t length = int64_t(s.size());
  if (f.precPresent && f.prec < length)
    length = f.prec;
  int64_t width = 2 * length;
  if (width > 0) {
    if (f.space) {
      if (f.sharp)
        width *= 2;
      width += length - 1;
    } else if (f.sharp) {
      width += 2;
    }
  } else {
    if (f.widPresent)
      writePadding(f.wid);
    return;
  }
  if (f.widPresent && f.wid > width && !f.minus)
    writePadding(f.wid - width);
  if (f.sharp) {
    buf += '0';
    buf += digits[16];
  }
  for (int64_t i = 0; i < length; i++) {
    if (f.space && i > 0) {
      buf += ' ';
      if (f.sharp) {
        buf += '0';
        buf += digits[16];
      }
    }
    uint8_t c = uint8_t(s[size_t(i)]);
    buf += digits[c >> 4];
    buf += digits[c & 0xF];
  }
  if (f.widPresent && f.wid > width && f.minus)
    writePadding(f.wid - width);
}

void Printer::fmtQ(std::string_view s) {
  s = truncate(s);
  if (f.sharp && strconv::detail::canBackquote(s)) {
    std::string q = "`";
    q += s;
    q += '`';
    pad(q);
    return;
  }
  std::string q;
  strconv::detail::appendQuoted(q, s, '"', f.plus, false);
  pad(q);
}

void Printer::fmtC(uint64_t c) {
  int32_t r = c > 0x10FFFF ? 0xFFFD : int32_t(c);
  std::string s;
  strconv::detail::appendRune(s, r);
  pad(s);
}

void Printer::fmtQc(uint64_t c) {
  int32_t r = c > 0x10FFFF ? 0xFFFD : int32_t(c);
  std::string s;
  strconv::detail::appendQuotedRune(s, r, f.plus, false);
  pad(s);
}

void Printer::fmtFloatPrec(double v, int size, int32_t verb, int64_t prec) {
  if (f.precPresent)
    prec = f.prec;
  std::string num = "+";
  strconv::detail::appendFloat(num, v, char(verb), prec, size);
  if (num[1] == '-' || num[1] == '+')
    num.erase(0, 1);
  if (f.space && num[0] == '+' && !f.plus)
    num[0] = ' ';
  if (num[1] == 'I' || num[1] == 'N') {
    bool oldZero = f.zero;
    f.zero = false;
    if (num[1] == 'N' && !f.space && !f.plus)
      num.erase(0, 1);
    pad(num);
    f.zero = oldZero;
    return;
  }
  if (f.sharp && verb != 'b') {
    int64_t digits = 0;
    if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') {
      digits = prec;
      if (digits == -1)
        digits = 6;
    }
    std::string tail;
    bool hasDecimalPoint = false, sawNonzeroDigit = false;
    for (size_t i = 1; i < num.size(); i++) {
      char c = num[i];
      if (c == '.') {
        hasDecimalPoint = true;
        continue;
      }
      if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
        tail = num.substr(i);
        num.resize(i);
        break;
      }
      if (c != '0')
        sawNonzeroDigit = true;
      if (sawNonzeroDigit)
        digits--;
    }
    if (!hasDecimalPoint) {
      if (num.size() == 2 && num[1] == '0')
        digits--;
      num += '.';
    }
    while (digits > 0) {
      num += '0';
      digits--;
    }
    num += tail;
  }
  if (f.plus || num[0] != '+') {
    if (f.zero && f.widPresent && f.wid > int64_t(num.size())) {
      buf += num[0];
      writePadding(f.wid - int64_t(num.size()));
      buf.append(num, 1);
      return;
    }
    pad(num);
    return;
  }
  pad(std::string_view(num).substr(1));
}

} // namespace pkg::fmt::detail
