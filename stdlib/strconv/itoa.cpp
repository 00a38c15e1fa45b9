// itoa.cpp — booleans and integers: Format*, Append*, Parse*, Atoi, Itoa.
//
// Invariants and why:
//  - Parsing follows Go's atoi.go rule for rule: base 0 reads the 0b/0o/0x
//    (and bare 0 octal) prefixes and is the only base that allows '_'
//    separators, which must then sit between digits (underscoreOK).
//  - On overflow the result is the saturated value with ErrRange; on a
//    syntax error it is 0 with ErrSyntax, as Go returns.
//  - A *NumError's Num is a copy of the input (Go clones it too).
#include "strconv/strconv.h"

namespace pkg::strconv {
namespace detail {

go::String toGo(std::string_view s) { return go::makeString(s); }

int32_t decodeRune(std::string_view s, int *width) {
  if (s.empty()) {
    *width = 0;
    return 0xFFFD;
  }
  return go::decodeRune(reinterpret_cast<const uint8_t *>(s.data()), int64_t(s.size()), width);
}

void appendRune(std::string &dst, int32_t r) {
  uint8_t buf[4];
  int n = go::encodeRune(buf, r);
  dst.append(reinterpret_cast<const char *>(buf), size_t(n));
}

void appendBits(std::string &dst, uint64_t u, int base, bool neg) {
  if (base < 2 || base > 36)
    go::gopanic(go::box(&go::stringType, go::String("strconv: illegal AppendInt/FormatInt base")));
  static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  char buf[65];
  int i = 65;
  do {
    buf[--i] = digits[u % uint64_t(base)];
    u /= uint64_t(base);
  } while (u != 0);
  if (neg)
    buf[--i] = '-';
  dst.append(buf + i, size_t(65 - i));
}

// Whether the underscores in s (a number, maybe signed and prefixed) only
// separate digits, as Go's underscoreOK decides.
bool underscoreOK(std::string_view s) {
  char saw = '^';
  size_t i = 0;
  if (!s.empty() && (s[0] == '-' || s[0] == '+'))
    s.remove_prefix(1);
  bool hex = false;
  if (s.size() >= 2 && s[0] == '0' && (detail::lower(s[1]) == 'b' || detail::lower(s[1]) == 'o' || detail::lower(s[1]) == 'x')) {
    i = 2;
    saw = '0';
    hex = detail::lower(s[1]) == 'x';
  }
  for (; i < s.size(); i++) {
    uint8_t c = uint8_t(s[i]);
    if (('0' <= c && c <= '9') || (hex && 'a' <= detail::lower(c) && detail::lower(c) <= 'f')) {
      saw = '0';
      continue;
    }
    if (c == '_') {
      if (saw != '0')
        return false;
      saw = '_';
      continue;
    }
    if (saw == '_')
      return false;
    saw = '!';
  }
  return saw != '_';
}

} // namespace detail

namespace {

using detail::numError;

go::Slice<uint8_t> appendStd(go::Slice<uint8_t> dst, std::string_view s) {
  return go::appendString(dst, go::String(s.data(), int64_t(s.size())));
}



go::Iface baseError(std::string_view fn, go::String s, int64_t base) {
  std::string msg = "invalid base ";
  detail::appendBits(msg, uint64_t(base < 0 ? -base : base), 10, base < 0);
  return numError(fn, s, detail::newError(detail::toGo(msg)));
}

go::Iface bitSizeError(std::string_view fn, go::String s, int64_t bitSize) {
  std::string msg = "invalid bit size ";
  detail::appendBits(msg, uint64_t(bitSize < 0 ? -bitSize : bitSize), 10, bitSize < 0);
  return numError(fn, s, detail::newError(detail::toGo(msg)));
}

std::tuple<uint64_t, go::Iface> parseUint(std::string_view fn, go::String s0, int64_t base, int64_t bitSize) {
  std::string_view s = s0.view();
  if (s.empty())
    return {0, numError(fn, s0, ErrSyntax)};
  bool base0 = base == 0;
  if (2 <= base && base <= 36) {
  } else if (base == 0) {
    base = 10;
    if (s[0] == '0') {
      if (s.size() >= 3 && detail::lower(s[1]) == 'b') {
        base = 2;
        s.remove_prefix(2);
      } else if (s.size() >= 3 && detail::lower(s[1]) == 'o') {
        base = 8;
        s.remove_prefix(2);
      } else if (s.size() >= 3 && detail::lower(s[1]) == 'x') {
        base = 16;
        s.remove_prefix(2);
      } else {
        base = 8;
        s.remove_prefix(1);
      }
    }
  } else {
    return {0, baseError(fn, s0, base)};
  }
  if (bitSize == 0)
    bitSize = IntSize;
  else if (bitSize < 0 || bitSize > 64)
    return {0, bitSizeError(fn, s0, bitSize)};

  uint64_t cutoff = UINT64_MAX / uint64_t(base) + 1;
  uint64_t maxVal = bitSize == 64 ? UINT64_MAX : (uint64_t(1) << bitSize) - 1;
  bool underscores = false;
  uint64_t n = 0;
  for (char ch : s) {
    uint8_t c = uint8_t(ch), d;
    if (c == '_' && base0) {
      underscores = true;
      continue;
    } else if ('0' <= c && c <= '9') {
      d = c - '0';
    } else if ('a' <= detail::lower(c) && detail::lower(c) <= 'z') {
      d = detail::lower(c) - 'a' + 10;
    } else {
      return {0, numError(fn, s0, ErrSyntax)};
    }
    if (d >= base)
      return {0, numError(fn, s0, ErrSyntax)};
    if (n >= cutoff)
      return {maxVal, numError(fn, s0, ErrRange)};
    n *= uint64_t(base);
    uint64_t n1 = n + d;
    if (n1 < n || n1 > maxVal)
      return {maxVal, numError(fn, s0, ErrRange)};
    n = n1;
  }
  if (underscores && !detail::underscoreOK(s0.view()))
    return {0, numError(fn, s0, ErrSyntax)};
  return {n, go::Iface()};
}

std::tuple<int64_t, go::Iface> parseInt(std::string_view fn, go::String s0, int64_t base, int64_t bitSize) {
  if (s0.n == 0)
    return {0, numError(fn, s0, ErrSyntax)};
  go::String s = s0;
  bool neg = false;
  if (s.p[0] == '+' || s.p[0] == '-') {
    neg = s.p[0] == '-';
    s = go::String(s.p + 1, s.n - 1);
  }
  auto [un, err] = parseUint(fn, s, base, bitSize);
  if (!err.isNil()) {
    auto *ne = static_cast<NumError *>(err.data);
    if (!(ne->Err.data == ErrRange.data)) {
      ne->Num = detail::toGo(s0.view());
      return {0, err};
    }
  }
  if (bitSize == 0)
    bitSize = IntSize;
  uint64_t cutoff = uint64_t(1) << (bitSize - 1);
  if (!neg && un >= cutoff)
    return {int64_t(cutoff - 1), numError(fn, s0, ErrRange)};
  if (neg && un > cutoff)
    return {int64_t(-cutoff), numError(fn, s0, ErrRange)};
  return {neg ? int64_t(-un) : int64_t(un), go::Iface()};
}

} // namespace

std::tuple<bool, go::Iface> ParseBool(go::String str) {
  std::string_view s = str.view();
  if (s == "1" || s == "t" || s == "T" || s == "true" || s == "TRUE" || s == "True")
    return {true, go::Iface()};
  if (s == "0" || s == "f" || s == "F" || s == "false" || s == "FALSE" || s == "False")
    return {false, go::Iface()};
  return {false, numError("ParseBool", str, ErrSyntax)};
}

go::String FormatBool(bool b) { return b ? go::String("true") : go::String("false"); }

go::Slice<uint8_t> AppendBool(go::Slice<uint8_t> dst, bool b) { return go::appendString(dst, FormatBool(b)); }

std::tuple<int64_t, go::Iface> Atoi(go::String s) { return parseInt("Atoi", s, 10, 0); }

go::String Itoa(int64_t i) { return FormatInt(i, 10); }

std::tuple<int64_t, go::Iface> ParseInt(go::String s, int64_t base, int64_t bitSize) {
  return parseInt("ParseInt", s, base, bitSize);
}

std::tuple<uint64_t, go::Iface> ParseUint(go::String s, int64_t base, int64_t bitSize) {
  return parseUint("ParseUint", s, base, bitSize);
}

go::String FormatInt(int64_t i, int64_t base) {
  std::string out;
  detail::appendBits(out, i < 0 ? -uint64_t(i) : uint64_t(i), int(base < 2 || base > 36 ? 0 : base), i < 0);
  return detail::toGo(out);
}

go::String FormatUint(uint64_t i, int64_t base) {
  std::string out;
  detail::appendBits(out, i, int(base < 2 || base > 36 ? 0 : base), false);
  return detail::toGo(out);
}

go::Slice<uint8_t> AppendInt(go::Slice<uint8_t> dst, int64_t i, int64_t base) {
  std::string out;
  detail::appendBits(out, i < 0 ? -uint64_t(i) : uint64_t(i), int(base < 2 || base > 36 ? 0 : base), i < 0);
  return appendStd(dst, out);
}

go::Slice<uint8_t> AppendUint(go::Slice<uint8_t> dst, uint64_t i, int64_t base) {
  std::string out;
  detail::appendBits(out, i, int(base < 2 || base > 36 ? 0 : base), false);
  return appendStd(dst, out);
}

} // namespace pkg::strconv
