// time.h — package time as docs/abi.md maps it, for now the part the
// scheduler provides: Sleep, and Duration with its methods.
//
// Sleep parks the goroutine on the scheduler's timers (it does not hold a
// thread). Duration.String is Go's format: "1h2m3.5s", "1.5ms", "0s".
//
// Not provided yet (a program using them is refused by gopp build): Time,
// Now/Since/Until, Timer/Ticker/After/Tick/AfterFunc, Month, Weekday,
// Location, formatting and parsing; they come with the time package issue.
#pragma once

#include "gopp/go.h"

namespace pkg::time {

using Duration = int64_t;

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

} // namespace pkg::time
