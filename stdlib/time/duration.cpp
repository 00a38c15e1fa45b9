// duration.cpp — time.Duration's methods, as Go defines them (the
// formatting follows time/time.go's Duration.String: the integer part and
// a fraction without trailing zeros, in the largest unit below an hour
// that keeps the value at least 1, with h and m fields above a minute).
#include <climits>
#include <cstring>

#include "time/time.h"

namespace pkg::time {

namespace {
constexpr int64_t kSecond = 1000000000, kMinute = 60 * kSecond, kHour = 60 * kMinute;

// Writes v's fraction of `prec` digits backwards into buf ending at w,
// dropping trailing zeros (and the point when nothing is left); returns
// the new w and v / 10^prec.
int fmtFrac(char *buf, int w, uint64_t v, int prec, uint64_t *rest) {
  bool print = false;
  for (int i = 0; i < prec; i++) {
    int digit = int(v % 10);
    print = print || digit != 0;
    if (print)
      buf[--w] = char('0' + digit);
    v /= 10;
  }
  if (print)
    buf[--w] = '.';
  *rest = v;
  return w;
}

int fmtInt(char *buf, int w, uint64_t v) {
  if (v == 0) {
    buf[--w] = '0';
    return w;
  }
  while (v > 0) {
    buf[--w] = char('0' + v % 10);
    v /= 10;
  }
  return w;
}
} // namespace

go::String Duration_String(Duration d) {
  char buf[32];
  int w = int(sizeof buf);
  uint64_t u = uint64_t(d);
  bool neg = d < 0;
  if (neg)
    u = -u;
  if (u < uint64_t(kSecond)) {
    // Under a second: ns, µs or ms, with a fraction.
    int prec = 0;
    buf[--w] = 's';
    if (u == 0)
      return go::String("0s");
    if (u < 1000) {
      buf[--w] = 'n';
    } else if (u < 1000000) {
      prec = 3;
      w -= 2; // "µ" is two bytes in UTF-8
      std::memcpy(buf + w, "\xc2\xb5", 2);
    } else {
      prec = 6;
      buf[--w] = 'm';
    }
    w = fmtFrac(buf, w, u, prec, &u);
    w = fmtInt(buf, w, u);
  } else {
    buf[--w] = 's';
    w = fmtFrac(buf, w, u, 9, &u);
    w = fmtInt(buf, w, u % 60); // u is now whole seconds
    u /= 60;
    if (u > 0) {
      buf[--w] = 'm';
      w = fmtInt(buf, w, u % 60);
      u /= 60;
      if (u > 0) {
        buf[--w] = 'h';
        w = fmtInt(buf, w, u);
      }
    }
  }
  if (neg)
    buf[--w] = '-';
  return go::makeString(buf + w, int64_t(sizeof buf - w));
}

Duration Duration_Abs(Duration d) {
  if (d >= 0)
    return d;
  if (d == INT64_MIN)
    return INT64_MAX;
  return -d;
}

Duration Duration_Truncate(Duration d, Duration m) {
  if (m <= 0)
    return d;
  return d - d % m;
}

// Rounds halfway values away from zero; saturates at the extremes.
Duration Duration_Round(Duration d, Duration m) {
  if (m <= 0)
    return d;
  Duration r = d % m;
  if (d < 0) {
    r = -r;
    if (r + r < m)
      return d + r;
    if (Duration d1 = d - m + r; d1 < d)
      return d1;
    return INT64_MIN;
  }
  if (r + r < m)
    return d - r;
  if (Duration d1 = Duration(uint64_t(d) + uint64_t(m) - uint64_t(r)); d1 > d)
    return d1;
  return INT64_MAX;
}

double Duration_Seconds(Duration d) {
  Duration sec = d / kSecond, nsec = d % kSecond;
  return double(sec) + double(nsec) / 1e9;
}

double Duration_Minutes(Duration d) {
  Duration min = d / kMinute, nsec = d % kMinute;
  return double(min) + double(nsec) / (60 * 1e9);
}

double Duration_Hours(Duration d) {
  Duration hour = d / kHour, nsec = d % kHour;
  return double(hour) + double(nsec) / (60 * 60 * 1e9);
}

} // namespace pkg::time
