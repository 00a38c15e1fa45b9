// parse_duration.cpp — time.ParseDuration, exactly as Go parses: the
// grammar [-+]?([0-9]*(\.[0-9]*)?[a-z]+)+ (plus the lone "0"), units ns,
// us, µs (U+00B5), μs (U+03BC), ms, s, m, h, and Go's three error texts:
//   time: invalid duration "S"
//   time: missing unit in duration "S"
//   time: unknown unit "U" in duration "S"
// with S and U quoted by Go's time.quote (not strconv.Quote: bytes that
// are not printable ASCII become \xNN, '"' and '\' get a backslash).
//
// Invariants: magnitudes accumulate in uint64 and may reach 1<<63 only
// for a negative result (so "-9223372036854775808ns" parses); every
// overflow check mirrors Go's, so the same inputs fail. Fractions keep
// at most the digits that fit in a uint64 and are scaled through a
// float64, as in Go (nanosecond-accurate up to hours).
#include <cstring>

#include "errors/errors.h"
#include "time/internal.h"

namespace pkg::time {

namespace {

constexpr uint64_t kMax = uint64_t(1) << 63;

struct Cursor {
  const uint8_t *p;
  int64_t n;
  bool empty() const { return n == 0; }
  uint8_t peek() const { return p[0]; }
  void skip(int64_t k) {
    p += k;
    n -= k;
  }
};

std::string quote(const uint8_t *s, int64_t n) {
  static const char hex[] = "0123456789abcdef";
  std::string out = "\"";
  for (int64_t i = 0; i < n;) {
    int width = 1;
    int32_t c = go::decodeRune(s + i, n - i, &width);
    if (c >= 0x80 || c < ' ') {
      // Each byte of the rune is escaped; an invalid byte decodes as
      // U+FFFD of width 1 (Go's range loop), so it alone is.
      for (int j = 0; j < width; j++) {
        out += "\\x";
        out += hex[s[i + j] >> 4];
        out += hex[s[i + j] & 0xF];
      }
      i += width;
      continue;
    }
    if (c == '"' || c == '\\')
      out += '\\';
    out += char(c);
    i++;
  }
  out += '"';
  return out;
}

go::Iface fail(const std::string &text) { return errors::New(go::makeString(text)); }

// Consumes [0-9]*; false on overflow past 1<<63.
bool leadingInt(Cursor &s, uint64_t *x) {
  *x = 0;
  while (!s.empty() && s.peek() >= '0' && s.peek() <= '9') {
    if (*x > kMax / 10)
      return false;
    *x = *x * 10 + uint64_t(s.peek() - '0');
    if (*x > kMax)
      return false;
    s.skip(1);
  }
  return true;
}

// Consumes [0-9]*, keeping the digits that fit (the rest only count).
void leadingFraction(Cursor &s, uint64_t *x, double *scale) {
  *x = 0;
  *scale = 1;
  bool overflow = false;
  while (!s.empty() && s.peek() >= '0' && s.peek() <= '9') {
    uint64_t c = uint64_t(s.peek() - '0');
    s.skip(1);
    if (overflow)
      continue;
    if (*x > (kMax - 1) / 10) {
      overflow = true;
      continue;
    }
    uint64_t y = *x * 10 + c;
    if (y > kMax) {
      overflow = true;
      continue;
    }
    *x = y;
    *scale *= 10;
  }
}

// The unit's size in nanoseconds, or 0 when it is not a unit.
uint64_t unitOf(const uint8_t *u, int64_t n) {
  auto is = [&](const char *name) { return int64_t(std::strlen(name)) == n && std::memcmp(u, name, size_t(n)) == 0; };
  if (is("ns"))
    return 1;
  if (is("us") || is("\xc2\xb5s") || is("\xce\xbcs"))
    return 1000;
  if (is("ms"))
    return 1000000;
  if (is("s"))
    return 1000000000;
  if (is("m"))
    return 60000000000;
  if (is("h"))
    return 3600000000000;
  return 0;
}

} // namespace

std::tuple<Duration, go::Iface> ParseDuration(go::String str) {
  const uint8_t *orig = str.p;
  int64_t origLen = str.len();
  auto invalid = [&] { return std::tuple<Duration, go::Iface>{0, fail("time: invalid duration " + quote(orig, origLen))}; };
  Cursor s{orig, origLen};
  bool neg = false;
  if (!s.empty() && (s.peek() == '-' || s.peek() == '+')) {
    neg = s.peek() == '-';
    s.skip(1);
  }
  if (s.n == 1 && s.peek() == '0')
    return {0, go::Iface()};
  if (s.empty())
    return invalid();
  uint64_t d = 0;
  while (!s.empty()) {
    uint64_t v = 0, f = 0;
    double scale = 1;
    if (!(s.peek() == '.' || (s.peek() >= '0' && s.peek() <= '9')))
      return invalid();
    int64_t before = s.n;
    if (!leadingInt(s, &v))
      return invalid();
    bool pre = s.n != before; // digits before the point
    bool post = false;
    if (!s.empty() && s.peek() == '.') {
      s.skip(1);
      int64_t at = s.n;
      leadingFraction(s, &f, &scale);
      post = s.n != at;
    }
    if (!pre && !post)
      return invalid(); // no digits (".s", "-.s")
    int64_t i = 0;
    while (i < s.n && !(s.p[i] == '.' || (s.p[i] >= '0' && s.p[i] <= '9')))
      i++;
    if (i == 0)
      return {0, fail("time: missing unit in duration " + quote(orig, origLen))};
    const uint8_t *u = s.p;
    s.skip(i);
    uint64_t unit = unitOf(u, i);
    if (unit == 0)
      return {0, fail("time: unknown unit " + quote(u, i) + " in duration " + quote(orig, origLen))};
    if (v > kMax / unit)
      return invalid();
    v *= unit;
    if (f > 0) {
      v += uint64_t(double(f) * (double(unit) / scale));
      if (v > kMax)
        return invalid();
    }
    d += v;
    if (d > kMax)
      return invalid();
  }
  if (neg)
    return {Duration(-d), go::Iface()};
  if (d > kMax - 1)
    return invalid();
  return {Duration(d), go::Iface()};
}

} // namespace pkg::time
