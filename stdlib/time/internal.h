// internal.h — what the files of stdlib/time share: the constants of
// Time's encoding (time.h) and its field accessors, the two Locations,
// and helpers of clock.cpp. Not included by emitted code.
#pragma once

#include "time/time.h"

namespace pkg::time::detail {

constexpr int64_t kSecond = 1000000000;
constexpr int64_t secondsPerDay = 86400;
constexpr uint64_t hasMonotonic = uint64_t(1) << 63;
constexpr uint64_t nsecMask = (uint64_t(1) << 30) - 1;
constexpr int nsecShift = 30;
// Seconds from Jan 1 year 1 (the internal epoch) to Jan 1 1885 (the wall
// field's epoch) and to Jan 1 1970 (Unix's).
constexpr int64_t wallToInternal = (1884 * 365 + 1884 / 4 - 1884 / 100 + 1884 / 400) * secondsPerDay;
constexpr int64_t unixToInternal = (1969 * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * secondsPerDay;
constexpr int64_t internalToUnix = -unixToInternal;

int64_t startNano(); // nanotime() at first use, minus 1
int64_t monoNow();   // a monotonic reading (>= 1)
extern Location utcLoc, localLoc;
Time setLoc(Time t, Location *loc); // loc, with &utcLoc stored as nil

// Seconds since Jan 1 year 1, and nanoseconds within the second.
inline int64_t tSec(Time t) {
  if (t.wall & hasMonotonic)
    return wallToInternal + int64_t(t.wall << 1 >> (nsecShift + 1));
  return t.ext;
}
inline int64_t tNsec(Time t) { return int64_t(t.wall & nsecMask); }
inline int64_t tUnixSec(Time t) { return tSec(t) + internalToUnix; }

// A Time's calendar fields (calendar.cpp).
struct Fields {
  int64_t year, month, day, hour, min, sec;
  int64_t weekday; // 0 = Sunday
  int64_t yday;    // 1..366
};
Fields fieldsOf(Time t);
int64_t floorDiv(int64_t a, int64_t b);

// Appends t formatted by layout (format.cpp).
void appendFormat(std::string &b, Time t, std::string_view layout);

void addSec(Time *t, int64_t d);
void stripMono(Time *t);
Duration subMono(int64_t t, int64_t u);

} // namespace pkg::time::detail
