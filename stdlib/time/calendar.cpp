// calendar.cpp — the proleptic Gregorian calendar of a Time (Date, Clock,
// Weekday, YearDay, ISOWeek, ...), the Date constructor and AddDate, and
// the names of months and weekdays.
//
// Invariants and why:
//  - Every zone gopp knows is UTC (location.cpp), so a Time's calendar
//    fields come from its Unix seconds alone: day number = floor(unix /
//    86400), time of day = the floored remainder, so instants before 1970
//    (and before year 1: the zero Time is Jan 1 year 1) get the right day.
//  - Day numbers convert to and from (year, month, day) with Howard
//    Hinnant's era-based algorithms (400-year eras of 146097 days), exact
//    for the whole int64 range a Time's seconds can take here.
//  - Date normalises out-of-range fields exactly like Go: month into year,
//    then nsec → sec → min → hour → day, each with floored carries, so
//    Date(2024, 14, 0, 25, -1, 0, 0, UTC) is the same instant as in Go.
#include "time/internal.h"

namespace pkg::time {

using namespace detail;

namespace detail {

int64_t floorDiv(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

void civilFromDays(int64_t z, int64_t *y, int64_t *m, int64_t *d) {
  z += 719468; // days from 0000-03-01 to 1970-01-01
  int64_t era = floorDiv(z, 146097);
  int64_t doe = z - era * 146097;                                      // [0, 146096]
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365; // [0, 399]
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);               // [0, 365], from Mar 1
  int64_t mp = (5 * doy + 2) / 153;                                    // [0, 11], from March
  *d = doy - (153 * mp + 2) / 5 + 1;
  *m = mp < 10 ? mp + 3 : mp - 9;
  *y = yoe + era * 400 + (*m <= 2);
}

int64_t daysFromCivil(int64_t y, int64_t m, int64_t d) {
  y -= m <= 2;
  int64_t era = floorDiv(y, 400);
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Fields fieldsOf(Time t) {
  Fields f;
  int64_t unix = tUnixSec(t);
  int64_t days = floorDiv(unix, secondsPerDay);
  int64_t sod = unix - days * secondsPerDay;
  civilFromDays(days, &f.year, &f.month, &f.day);
  f.hour = sod / 3600;
  f.min = sod / 60 % 60;
  f.sec = sod % 60;
  f.weekday = days + 4 - floorDiv(days + 4, 7) * 7; // Jan 1 1970 was a Thursday
  f.yday = days - daysFromCivil(f.year, 1, 1) + 1;
  return f;
}

} // namespace detail

namespace {
const char *const longMonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                      "July",    "August",   "September", "October", "November", "December"};
const char *const longDayNames[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

// Go's norm: hi, lo with 0 <= lo < base, carrying into hi (floored).
void norm(int64_t *hi, int64_t *lo, int64_t base) {
  if (*lo < 0) {
    int64_t n = (-*lo - 1) / base + 1;
    *hi -= n;
    *lo += n * base;
  }
  if (*lo >= base) {
    int64_t n = *lo / base;
    *hi += n;
    *lo -= n * base;
  }
}

// Go prints an unknown value as unsigned: Weekday(-1) is
// "%!Weekday(18446744073709551615)".
go::String badName(const char *type, int64_t v) {
  return go::makeString(std::string("%!") + type + "(" + std::to_string(uint64_t(v)) + ")");
}
} // namespace

go::String Month_String(Month m) {
  if (m >= 1 && m <= 12)
    return go::makeString(longMonthNames[m - 1]);
  return badName("Month", m);
}

go::String Weekday_String(Weekday d) {
  if (d >= 0 && d <= 6)
    return go::makeString(longDayNames[d]);
  return badName("Weekday", d);
}

Time Date(int64_t year, Month month, int64_t day, int64_t hour, int64_t min, int64_t sec, int64_t nsec,
          Location *loc) {
  if (!loc)
    go::gopanic(go::box(&go::stringType, go::String("time: missing Location in call to Date")));
  int64_t m = month - 1;
  norm(&year, &m, 12);
  norm(&sec, &nsec, kSecond);
  norm(&min, &sec, 60);
  norm(&hour, &min, 60);
  norm(&day, &hour, 24);
  int64_t days = daysFromCivil(year, m + 1, 1) + day - 1;
  int64_t unix = days * secondsPerDay + hour * 3600 + min * 60 + sec;
  Time t{uint64_t(nsec), unix + unixToInternal, nullptr};
  return setLoc(t, loc);
}

Time Time_AddDate(Time t, int64_t years, int64_t months, int64_t days) {
  Fields f = fieldsOf(t);
  return Date(f.year + years, f.month + months, f.day + days, f.hour, f.min, f.sec, tNsec(t), Time_Location(t));
}

std::tuple<int64_t, Month, int64_t> Time_Date(Time t) {
  Fields f = fieldsOf(t);
  return {f.year, f.month, f.day};
}
int64_t Time_Year(Time t) { return fieldsOf(t).year; }
Month Time_Month(Time t) { return fieldsOf(t).month; }
int64_t Time_Day(Time t) { return fieldsOf(t).day; }
Weekday Time_Weekday(Time t) { return fieldsOf(t).weekday; }
int64_t Time_YearDay(Time t) { return fieldsOf(t).yday; }
int64_t Time_Hour(Time t) { return fieldsOf(t).hour; }
int64_t Time_Minute(Time t) { return fieldsOf(t).min; }
int64_t Time_Second(Time t) { return fieldsOf(t).sec; }
std::tuple<int64_t, int64_t, int64_t> Time_Clock(Time t) {
  Fields f = fieldsOf(t);
  return {f.hour, f.min, f.sec};
}

// ISO 8601: weeks start on Monday and week 1 holds the year's first
// Thursday, so the week's year is the year of its Thursday.
std::tuple<int64_t, int64_t> Time_ISOWeek(Time t) {
  Fields f = fieldsOf(t);
  int64_t toThursday = 4 - f.weekday; // Monday..Saturday
  if (f.weekday == 0)
    toThursday = -3; // Sunday ends the week
  Fields th = fieldsOf(Time_Add(Time{uint64_t(0), tSec(t), nullptr}, toThursday * 24 * 3600 * kSecond));
  return {th.year, (th.yday - 1) / 7 + 1};
}

} // namespace pkg::time
