// time.h — package time as docs/abi.md maps it.
//
// Provided (each group names the .cpp that implements it):
//  - Sleep; Duration and its methods; ParseDuration (Go's grammar and
//    error texts).
//  - Time with Go's encoding (below): Now, Since, Until, Add, Sub, Before,
//    After, Equal, Compare, IsZero; Unix, UnixMilli, UnixMicro and the
//    Unix/UnixMilli/UnixMicro/UnixNano/Nanosecond methods; Round and
//    Truncate; UTC, Local, In, Location.
//  - Timers (Go 1.23 semantics): NewTimer, AfterFunc, After, Timer.Stop and
//    Reset; NewTicker, Tick, Ticker.Stop and Reset.
//  - The calendar: Date, AddDate, Date/Clock/Year/Month/Day/Hour/Minute/
//    Second/Weekday/YearDay/ISOWeek methods, Month.String,
//    Weekday.String; Format, AppendFormat, String, GoString; Zone, IsDST,
//    ZoneBounds; MarshalBinary, GobEncode, MarshalJSON, MarshalText. With
//    every value method of Time provided, a Time can be boxed (printed by
//    fmt).
//  - Locations: only UTC and Local, and Local is UTC (gopp reads no zone
//    database; its machines run with TZ=UTC). Location.String.
//
// Not provided (a program using them is refused by gopp build): Parse,
// ParseInLocation, ParseError, FixedZone, LoadLocation,
// LoadLocationFromTZData, and the pointer methods of Time (GobDecode,
// UnmarshalBinary, UnmarshalJSON, UnmarshalText), so a *Time cannot be
// boxed.
//
// Time is Go's representation, so that == and map keys behave as Go's
// struct comparison does:
//  - wall: bit 63 is hasMonotonic. When set, bits 62..30 hold seconds
//    since Jan 1 1885 (33 bits, unsigned) and ext holds a monotonic clock
//    reading (nanoseconds since the process started, always >= 1). When
//    clear, those 33 bits are zero and ext holds signed seconds since
//    Jan 1 year 1. Bits 29..0 hold nanoseconds in [0, 999999999].
//  - loc: nil means UTC; &Local's location for Local times.
// Now() carries a monotonic reading; Add keeps it (stripping it if it
// would overflow); Sub/Since/Until/Before/After/Equal/Compare use the
// readings when both operands have one, as Go does; Round, Truncate and
// the calendar ignore them.
//
// detail::whenOf maps a Time to the scheduler's nanotime() clock for
// timers (package context uses it for deadlines).
#pragma once

#include "gopp/go.h"

namespace pkg::time {

using Duration = int64_t;

// ------------------------------------------------------------ data

struct zone {
  go::String name;
  int64_t offset; // seconds east of UTC
  bool isDST;
};
struct zoneTrans {
  int64_t when; // Unix seconds
  uint8_t index;
};
struct Location {
  go::String name;
  go::Slice<::pkg::time::zone> zone;
  go::Slice<::pkg::time::zoneTrans> tx;
};

struct Time {
  uint64_t wall;
  int64_t ext;
  Location *loc;
  friend bool operator==(const Time &a, const Time &b) {
    return a.wall == b.wall && a.ext == b.ext && a.loc == b.loc;
  }
  friend bool operator!=(const Time &a, const Time &b) { return !(a == b); }
};

// Timer and Ticker (timer.cpp). r.id points at the timer's state, so two
// Timers are == when they are the same timer, as in Go 1.23.
namespace detail {
struct TimerState;
} // namespace detail
struct runtimeTimer {
  detail::TimerState *id;
  friend bool operator==(const runtimeTimer &, const runtimeTimer &) = default;
};
struct Timer {
  go::Chan<Time> C;
  runtimeTimer r;
  friend bool operator==(const Timer &, const Timer &) = default;
};
struct Ticker {
  go::Chan<Time> C;
  runtimeTimer r;
  friend bool operator==(const Ticker &, const Ticker &) = default;
};

// ------------------------------------------------------------ sleep, Duration

inline void Sleep(Duration d, go::sched::SourcePos pos = GOPP_HERE_DEFAULT) { go::sched::sleep(d, pos); }

go::String Duration_String(Duration d);
Duration Duration_Abs(Duration d);
Duration Duration_Round(Duration d, Duration m);
Duration Duration_Truncate(Duration d, Duration m);
inline int64_t Duration_Nanoseconds(Duration d) { return d; }
inline int64_t Duration_Microseconds(Duration d) { return d / 1000; }
inline int64_t Duration_Milliseconds(Duration d) { return d / 1000000; }
double Duration_Seconds(Duration d);
double Duration_Minutes(Duration d);
double Duration_Hours(Duration d);

// ------------------------------------------------------------ Time (clock.cpp)

Time Now();
Duration Since(Time t);
Duration Until(Time t);
Time Time_Add(Time t, Duration d);
Duration Time_Sub(Time t, Time u);
bool Time_After(Time t, Time u);
bool Time_Before(Time t, Time u);
bool Time_Equal(Time t, Time u);
bool Time_IsZero(Time t);

// ------------------------------------------------------------ timers (timer.cpp)

Timer *NewTimer(Duration d);
Timer *AfterFunc(Duration d, go::Func<void()> f);
go::Chan<Time> After(Duration d);
bool Timer_Stop(Timer *t);
bool Timer_Reset(Timer *t, Duration d);
Ticker *NewTicker(Duration d);
go::Chan<Time> Tick(Duration d);
void Ticker_Stop(Ticker *t);
void Ticker_Reset(Ticker *t, Duration d);

// ------------------------------------------------------------ Unix time, rounding (unix.cpp)

Time Unix(int64_t sec, int64_t nsec);
Time UnixMilli(int64_t msec);
Time UnixMicro(int64_t usec);
int64_t Time_Unix(Time t);
int64_t Time_UnixMilli(Time t);
int64_t Time_UnixMicro(Time t);
int64_t Time_UnixNano(Time t);
int64_t Time_Nanosecond(Time t);
int64_t Time_Compare(Time t, Time u);
Time Time_Round(Time t, Duration d);
Time Time_Truncate(Time t, Duration d);

// ------------------------------------------------------------ Locations (location.cpp)

extern Location *UTC;
extern Location *Local;
Time Time_UTC(Time t);
Time Time_Local(Time t);
Time Time_In(Time t, Location *loc);
Location *Time_Location(Time t);
go::String Location_String(Location *l);

// ------------------------------------------------------------ calendar (calendar.cpp), in UTC

using Month = int64_t;
using Weekday = int64_t;
go::String Month_String(Month m);
go::String Weekday_String(Weekday d);
Time Date(int64_t year, Month month, int64_t day, int64_t hour, int64_t min, int64_t sec, int64_t nsec,
          Location *loc);
Time Time_AddDate(Time t, int64_t years, int64_t months, int64_t days);
std::tuple<int64_t, Month, int64_t> Time_Date(Time t);
int64_t Time_Year(Time t);
Month Time_Month(Time t);
int64_t Time_Day(Time t);
Weekday Time_Weekday(Time t);
int64_t Time_YearDay(Time t);
int64_t Time_Hour(Time t);
int64_t Time_Minute(Time t);
int64_t Time_Second(Time t);
std::tuple<int64_t, int64_t, int64_t> Time_Clock(Time t);
std::tuple<int64_t, int64_t> Time_ISOWeek(Time t);

// ------------------------------------------------------------ formatting, zones (format.cpp)

go::String Time_Format(Time t, go::String layout);
go::Slice<uint8_t> Time_AppendFormat(Time t, go::Slice<uint8_t> b, go::String layout);
go::String Time_String(Time t);
go::String Time_GoString(Time t);
std::tuple<go::String, int64_t> Time_Zone(Time t);
bool Time_IsDST(Time t);
std::tuple<Time, Time> Time_ZoneBounds(Time t);

// ------------------------------------------------------------ encodings (encode.cpp)

std::tuple<go::Slice<uint8_t>, go::Iface> Time_MarshalBinary(Time t);
std::tuple<go::Slice<uint8_t>, go::Iface> Time_GobEncode(Time t);
std::tuple<go::Slice<uint8_t>, go::Iface> Time_MarshalJSON(Time t);
std::tuple<go::Slice<uint8_t>, go::Iface> Time_MarshalText(Time t);

// ------------------------------------------------------------ ParseDuration (parse_duration.cpp)

std::tuple<Duration, go::Iface> ParseDuration(go::String s);

namespace detail {
// The go::sched::nanotime() value at which t happens: t's monotonic
// reading when it has one, else now plus t's wall-clock distance from now
// (saturating).
int64_t whenOf(Time t);
} // namespace detail

} // namespace pkg::time
