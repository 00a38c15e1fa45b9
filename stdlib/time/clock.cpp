// clock.cpp — time.Now and the arithmetic and comparisons of Time.
//
// Invariants and why (the encoding is described in time.h):
//  - A monotonic reading is go::sched::nanotime() - startNano(), where
//    startNano() is one less than the clock at its first use (program
//    start, or the first Now), so every
//    reading is >= 1 (Go's runtimeNano() - startNano). The scheduler's
//    timers use nanotime() itself; detail::whenOf adds startNano() back.
//  - Wall readings come from CLOCK_REALTIME. The 33-bit seconds field of
//    a monotonic Time covers 1885..2157; a wall clock outside that range
//    gives a Time without monotonic reading, as Go does.
//  - Arithmetic on a monotonic Time keeps the reading in step with the
//    wall seconds; when either would leave its range the reading is
//    dropped (stripMono) and the Time falls back to ext = full seconds.
#include <climits>
#include <ctime>

#include "time/internal.h"

namespace pkg::time {

namespace detail {
// A function-local static: package initialisers in other translation
// units may call Now() before this file's globals are initialised.
int64_t startNano() {
  static const int64_t start = go::sched::nanotime() - 1;
  return start;
}
int64_t monoNow() {
  int64_t start = startNano();
  return go::sched::nanotime() - start;
}
} // namespace detail

using namespace detail;

Time Now() {
  int64_t start = startNano(); // first: the reading must come after it
  timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  int64_t mono = go::sched::nanotime() - start;
  int64_t sec = int64_t(ts.tv_sec) + unixToInternal - wallToInternal;
  uint64_t nsec = uint64_t(ts.tv_nsec);
  if (uint64_t(sec) >> 33 != 0)
    return Time{nsec, sec + wallToInternal, &localLoc};
  return Time{hasMonotonic | uint64_t(sec) << nsecShift | nsec, mono, &localLoc};
}

Time Time_Add(Time t, Duration d) {
  int64_t dsec = d / kSecond;
  int64_t nsec = tNsec(t) + int32_t(d % kSecond);
  if (nsec >= kSecond) {
    dsec++;
    nsec -= kSecond;
  } else if (nsec < 0) {
    dsec--;
    nsec += kSecond;
  }
  t.wall = (t.wall & ~nsecMask) | uint64_t(nsec);
  addSec(&t, dsec);
  if (t.wall & hasMonotonic) {
    int64_t te = int64_t(uint64_t(t.ext) + uint64_t(d));
    if ((d < 0 && te > t.ext) || (d > 0 && te < t.ext))
      stripMono(&t); // the reading would overflow
    else
      t.ext = te;
  }
  return t;
}

Duration Time_Sub(Time t, Time u) {
  if (t.wall & u.wall & hasMonotonic)
    return subMono(t.ext, u.ext);
  int64_t d = int64_t(uint64_t(tSec(t) - tSec(u)) * uint64_t(kSecond) + uint64_t(tNsec(t) - tNsec(u)));
  // Overflow shows as u + d != t.
  if (Time_Equal(Time_Add(u, d), t))
    return d;
  if (Time_Before(t, u))
    return INT64_MIN;
  return INT64_MAX;
}

Duration Since(Time t) {
  if (t.wall & hasMonotonic)
    return subMono(monoNow(), t.ext);
  return Time_Sub(Now(), t);
}

Duration Until(Time t) {
  if (t.wall & hasMonotonic)
    return subMono(t.ext, monoNow());
  return Time_Sub(t, Now());
}

bool Time_After(Time t, Time u) {
  if (t.wall & u.wall & hasMonotonic)
    return t.ext > u.ext;
  int64_t ts = tSec(t), us = tSec(u);
  return ts > us || (ts == us && tNsec(t) > tNsec(u));
}

bool Time_Before(Time t, Time u) {
  if (t.wall & u.wall & hasMonotonic)
    return t.ext < u.ext;
  int64_t ts = tSec(t), us = tSec(u);
  return ts < us || (ts == us && tNsec(t) < tNsec(u));
}

bool Time_Equal(Time t, Time u) {
  if (t.wall & u.wall & hasMonotonic)
    return t.ext == u.ext;
  return tSec(t) == tSec(u) && tNsec(t) == tNsec(u);
}

bool Time_IsZero(Time t) { return tSec(t) == 0 && tNsec(t) == 0; }

namespace detail {

void addSec(Time *t, int64_t d) {
  if (t->wall & hasMonotonic) {
    int64_t sec = int64_t(t->wall << 1 >> (nsecShift + 1));
    int64_t dsec = sec + d;
    if (0 <= dsec && dsec <= (int64_t(1) << 33) - 1) {
      t->wall = (t->wall & nsecMask) | uint64_t(dsec) << nsecShift | hasMonotonic;
      return;
    }
    stripMono(t); // the wall seconds leave the 33-bit range
  }
  int64_t sum = int64_t(uint64_t(t->ext) + uint64_t(d));
  if ((sum > t->ext) == (d > 0))
    t->ext = sum;
  else
    t->ext = d > 0 ? INT64_MAX : -INT64_MAX; // saturate, as Go 1.22 does
}

void stripMono(Time *t) {
  if (t->wall & hasMonotonic) {
    t->ext = tSec(*t);
    t->wall &= nsecMask;
  }
}

Duration subMono(int64_t t, int64_t u) {
  int64_t d = int64_t(uint64_t(t) - uint64_t(u));
  if (d < 0 && t > u)
    return INT64_MAX; // t - u is positive out of range
  if (d > 0 && t < u)
    return INT64_MIN; // t - u is negative out of range
  return d;
}

int64_t whenOf(Time t) {
  int64_t now = go::sched::nanotime();
  Duration d;
  if (t.wall & hasMonotonic) {
    // t.ext + startNano, saturating (a reading is at most now - startNano
    // plus a Duration, so this only saturates for far-future times).
    int64_t w = int64_t(uint64_t(t.ext) + uint64_t(startNano()));
    return w < t.ext ? INT64_MAX : w;
  }
  d = Until(t);
  if (d > 0 && now > INT64_MAX - d)
    return INT64_MAX;
  return now + d;
}

} // namespace detail

} // namespace pkg::time
