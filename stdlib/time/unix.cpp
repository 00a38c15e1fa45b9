// unix.cpp — Time from and to Unix time, Nanosecond, Compare, and Round
// and Truncate of a Time.
//
// Invariants and why: Unix, UnixMilli and UnixMicro normalise the
// nanoseconds into [0, 1e9) with floored division (Go's rule: Unix(1, -1)
// is 0.999999999 s) and return Local times without a monotonic reading,
// as Go does. Round and Truncate strip the monotonic reading first and
// work on the absolute time since Jan 1 year 1 (Go's div): the remainder
// is computed exactly in 128 bits and is always in [0, d), so times
// before year 1 round the same way as Go's.
#include "time/internal.h"

namespace pkg::time {

using namespace detail;

Time Unix(int64_t sec, int64_t nsec) {
  if (nsec < 0 || nsec >= kSecond) {
    int64_t n = nsec / kSecond;
    sec += n;
    nsec -= n * kSecond;
    if (nsec < 0) {
      nsec += kSecond;
      sec--;
    }
  }
  return Time{uint64_t(nsec), int64_t(uint64_t(sec) + uint64_t(unixToInternal)), &localLoc};
}

Time UnixMilli(int64_t msec) { return Unix(msec / 1000, (msec % 1000) * 1000000); }
Time UnixMicro(int64_t usec) { return Unix(usec / 1000000, (usec % 1000000) * 1000); }

int64_t Time_Unix(Time t) { return tUnixSec(t); }
int64_t Time_UnixMilli(Time t) { return tUnixSec(t) * 1000 + tNsec(t) / 1000000; }
int64_t Time_UnixMicro(Time t) { return tUnixSec(t) * 1000000 + tNsec(t) / 1000; }
int64_t Time_UnixNano(Time t) { return int64_t(uint64_t(tUnixSec(t)) * uint64_t(kSecond) + uint64_t(tNsec(t))); }
int64_t Time_Nanosecond(Time t) { return tNsec(t); }

int64_t Time_Compare(Time t, Time u) {
  int64_t tc, uc;
  if (t.wall & u.wall & hasMonotonic) {
    tc = t.ext;
    uc = u.ext;
  } else {
    tc = tSec(t);
    uc = tSec(u);
    if (tc == uc) {
      tc = tNsec(t);
      uc = tNsec(u);
    }
  }
  return tc < uc ? -1 : tc > uc ? 1 : 0;
}

namespace {
// t's absolute time (since Jan 1 year 1) modulo d > 0, in [0, d).
Duration remainder(Time t, Duration d) {
  __int128 total = __int128(tSec(t)) * kSecond + tNsec(t);
  __int128 r = total % d;
  if (r < 0)
    r += d;
  return Duration(r);
}
} // namespace

Time Time_Truncate(Time t, Duration d) {
  stripMono(&t);
  if (d <= 0)
    return t;
  return Time_Add(t, -remainder(t, d));
}

Time Time_Round(Time t, Duration d) {
  stripMono(&t);
  if (d <= 0)
    return t;
  Duration r = remainder(t, d);
  if (uint64_t(r) + uint64_t(r) < uint64_t(d)) // r < d/2, exactly
    return Time_Add(t, -r);
  return Time_Add(t, d - r);
}

} // namespace pkg::time
