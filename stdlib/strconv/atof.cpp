// atof.cpp — ParseFloat and ParseComplex.
//
// Invariants and why:
//  - What is accepted is decided here with Go's rules (readFloat and
//    special from atof.go): optional sign; decimal digits with at most one
//    point and an optional e exponent; or 0x hex digits with a mandatory
//    p exponent; '_' only between digits (underscoreOK); "inf",
//    "infinity" and "nan" in any case (nan unsigned).
//  - The value is then computed by strtod_l/strtof_l in the "C" locale on
//    an underscore-free copy of the accepted prefix: both round correctly
//    to the target size, as Go's parser does (float32 is rounded once,
//    from the decimal, not via float64). A finite input that overflows
//    gives ±Inf with ErrRange; underflow gives 0 or a denormal, no error.
#include <clocale>
#include <cstdlib>
#include <cstring>
#include <locale.h>

#include "strconv/strconv.h"

namespace pkg::strconv {
namespace {

enum class Err { None, Syntax, Range };


size_t prefixLenIgnoreCase(std::string_view s, std::string_view prefix) {
  size_t n = 0;
  while (n < s.size() && n < prefix.size() && detail::lower(uint8_t(s[n])) == uint8_t(prefix[n]))
    n++;
  return n;
}

// Go's special: inf, infinity, nan at the start of s.
bool special(std::string_view s, double *f, size_t *n) {
  if (s.empty())
    return false;
  double sign = 1;
  size_t nsign = 0;
  switch (s[0]) {
  case '+':
  case '-':
    if (s[0] == '-')
      sign = -1;
    nsign = 1;
    s.remove_prefix(1);
    [[fallthrough]];
  case 'i':
  case 'I': {
    size_t k = prefixLenIgnoreCase(s, "infinity");
    if (3 < k && k < 8)
      k = 3;
    if (k == 3 || k == 8) {
      *f = sign * HUGE_VAL;
      *n = nsign + k;
      return true;
    }
    break;
  }
  case 'n':
  case 'N':
    if (prefixLenIgnoreCase(s, "nan") == 3) {
      uint64_t goNaN = 0x7FF8000000000001ull; // Go's math.NaN(), bit for bit
      std::memcpy(f, &goNaN, 8);
      *n = 3;
      return true;
    }
    break;
  }
  return false;
}


// Go's readFloat, for syntax only: the length of the number at the start
// of s, or 0 when there is none.
size_t readFloat(std::string_view s) {
  size_t i = 0;
  bool underscores = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-'))
    i++;
  bool hex = false;
  if (i + 2 < s.size() && s[i] == '0' && detail::lower(uint8_t(s[i + 1])) == 'x') {
    hex = true;
    i += 2;
  }
  bool sawdot = false, sawdigits = false;
  for (; i < s.size(); i++) {
    uint8_t c = uint8_t(s[i]);
    if (c == '_') {
      underscores = true;
      continue;
    }
    if (c == '.') {
      if (sawdot)
        break;
      sawdot = true;
      continue;
    }
    if (('0' <= c && c <= '9') || (hex && 'a' <= detail::lower(c) && detail::lower(c) <= 'f')) {
      sawdigits = true;
      continue;
    }
    break;
  }
  if (!sawdigits)
    return 0;
  if (i < s.size() && detail::lower(uint8_t(s[i])) == (hex ? 'p' : 'e')) {
    i++;
    if (i >= s.size())
      return 0;
    if (s[i] == '+' || s[i] == '-')
      i++;
    if (i >= s.size() || s[i] < '0' || s[i] > '9')
      return 0;
    for (; i < s.size() && (('0' <= s[i] && s[i] <= '9') || s[i] == '_'); i++)
      if (s[i] == '_')
        underscores = true;
  } else if (hex) {
    return 0;
  }
  if (underscores && !detail::underscoreOK(s.substr(0, i)))
    return 0;
  return i;
}

locale_t cLocale() {
  static locale_t loc = newlocale(LC_ALL_MASK, "C", locale_t(0));
  return loc;
}

// Go's parseFloatPrefix: the value, the bytes consumed and the error kind.
double parseFloatPrefix(std::string_view s, int64_t bitSize, size_t *n, Err *err) {
  double f;
  *err = Err::None;
  if (special(s, &f, n))
    return bitSize == 32 ? double(float(f)) : f; // float32 NaN loses Go's payload bit

  *n = readFloat(s);
  if (*n == 0) {
    *err = Err::Syntax;
    return 0;
  }
  std::string clean;
  clean.reserve(*n);
  for (size_t i = 0; i < *n; i++)
    if (s[i] != '_')
      clean += s[i];
  if (bitSize == 32) {
    f = strtof_l(clean.c_str(), nullptr, cLocale());
  } else {
    f = strtod_l(clean.c_str(), nullptr, cLocale());
  }
  if (std::isinf(f))
    *err = Err::Range;
  return f;
}

go::Iface errOf(Err e) { return e == Err::Range ? ErrRange : ErrSyntax; }

} // namespace

std::tuple<double, go::Iface> ParseFloat(go::String s, int64_t bitSize) {
  size_t n;
  Err err;
  double f = parseFloatPrefix(s.view(), bitSize, &n, &err);
  if (n != size_t(s.n) && err != Err::Syntax)
    return {0, detail::numError("ParseFloat", s, ErrSyntax)};
  if (err == Err::None)
    return {f, go::Iface()};
  return {f, detail::numError("ParseFloat", s, errOf(err))};
}

std::tuple<go::complex128, go::Iface> ParseComplex(go::String orig, int64_t bitSize) {
  int64_t size = bitSize == 64 ? 32 : 64;
  std::string_view s = orig.view();
  if (s.size() >= 2 && s[0] == '(' && s.back() == ')')
    s = s.substr(1, s.size() - 2);
  go::Iface pending;
  auto syntax = [&] { return std::tuple<go::complex128, go::Iface>{0, detail::numError("ParseComplex", orig, ErrSyntax)}; };
  size_t n;
  Err err;
  double re = parseFloatPrefix(s, size, &n, &err);
  if (err == Err::Syntax)
    return syntax();
  if (err == Err::Range)
    pending = detail::numError("ParseComplex", orig, ErrRange);
  s.remove_prefix(n);
  if (s.empty())
    return {go::complex128(re, 0), pending};
  switch (s[0]) {
  case '+':
    if (s.size() > 1 && s[1] != '+')
      s.remove_prefix(1);
    break;
  case '-':
    break;
  case 'i':
    if (s.size() == 1)
      return {go::complex128(0, re), pending};
    return syntax();
  default:
    return syntax();
  }
  double im = parseFloatPrefix(s, size, &n, &err);
  if (err == Err::Syntax)
    return syntax();
  if (err == Err::Range)
    pending = detail::numError("ParseComplex", orig, ErrRange);
  s.remove_prefix(n);
  if (s != "i")
    return syntax();
  return {go::complex128(re, im), pending};
}

} // namespace pkg::strconv
