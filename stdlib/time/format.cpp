// format.cpp — Time.Format / AppendFormat with Go's layout language,
// Time.String, Time.GoString, and the zone queries (Zone, IsDST,
// ZoneBounds) for gopp's zones, which are all UTC.
//
// Invariants and why:
//  - A layout is read left to right as Go's nextStdChunk reads it: the
//    earliest position where a reference-time element starts wins, and
//    each element is recognised by the same rules ("Jan" not followed by
//    a lower-case letter, "_2006" is a literal '_' then the year, a run of
//    0s or 9s after '.' or ',' is a fraction only when no digit follows).
//    Text between elements is copied as is.
//  - Every zone is UTC (offset 0, name "UTC"), so numeric zones print
//    "+0000"/"+00:00"/..., ISO 8601 zones print "Z", and MST prints UTC.
//  - Numbers are printed as Go's appendInt: a '-' then the magnitude
//    zero-padded to the width (so year -1 in "2006" is "-0001").
#include <cstring>

#include "time/internal.h"

namespace pkg::time {

using namespace detail;

namespace {

enum Std {
  stdNone,
  stdLongMonth,     // "January"
  stdMonth,         // "Jan"
  stdNumMonth,      // "1"
  stdZeroMonth,     // "01"
  stdLongWeekDay,   // "Monday"
  stdWeekDay,       // "Mon"
  stdDay,           // "2"
  stdUnderDay,      // "_2"
  stdZeroDay,       // "02"
  stdUnderYearDay,  // "__2"
  stdZeroYearDay,   // "002"
  stdHour,          // "15"
  stdHour12,        // "3"
  stdZeroHour12,    // "03"
  stdMinute,        // "4"
  stdZeroMinute,    // "04"
  stdSecond,        // "5"
  stdZeroSecond,    // "05"
  stdLongYear,      // "2006"
  stdYear,          // "06"
  stdPM,            // "PM"
  stdpm,            // "pm"
  stdTZ,            // "MST"
  stdISO8601TZ,             // "Z0700"
  stdISO8601SecondsTZ,      // "Z070000"
  stdISO8601ShortTZ,        // "Z07"
  stdISO8601ColonTZ,        // "Z07:00"
  stdISO8601ColonSecondsTZ, // "Z07:00:00"
  stdNumTZ,                 // "-0700"
  stdNumSecondsTz,          // "-070000"
  stdNumShortTZ,            // "-07"
  stdNumColonTZ,            // "-07:00"
  stdNumColonSecondsTZ,     // "-07:00:00"
  stdFracSecond0,           // ".0", ".00", ... (always that many digits)
  stdFracSecond9,           // ".9", ".99", ... (trailing zeros dropped)
};

// One element of a layout: its kind, where it starts and how long it is;
// for fractions, the digit count and the separator ('.' or ',').
struct Chunk {
  Std std = stdNone;
  size_t at = 0, len = 0;
  int digits = 0;
  char sep = '.';
};

bool has(std::string_view s, size_t i, const char *what) {
  size_t n = std::strlen(what);
  return s.size() >= i + n && s.compare(i, n, what) == 0;
}
bool lowerAt(std::string_view s, size_t i) { return i < s.size() && s[i] >= 'a' && s[i] <= 'z'; }
bool digitAt(std::string_view s, size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; }

// The first element of layout at or after `from` (std == stdNone: none).
Chunk nextChunk(std::string_view l, size_t from) {
  auto at = [](Std s, size_t i, size_t n) {
    Chunk c;
    c.std = s;
    c.at = i;
    c.len = n;
    return c;
  };
  for (size_t i = from; i < l.size(); i++) {
    switch (l[i]) {
    case 'J':
      if (has(l, i, "Jan")) {
        if (has(l, i, "January"))
          return at(stdLongMonth, i, 7);
        if (!lowerAt(l, i + 3))
          return at(stdMonth, i, 3);
      }
      break;
    case 'M':
      if (has(l, i, "Mon")) {
        if (has(l, i, "Monday"))
          return at(stdLongWeekDay, i, 6);
        if (!lowerAt(l, i + 3))
          return at(stdWeekDay, i, 3);
      }
      if (has(l, i, "MST"))
        return at(stdTZ, i, 3);
      break;
    case '0':
      if (i + 1 < l.size() && l[i + 1] >= '1' && l[i + 1] <= '6') {
        static const Std zeros[] = {stdZeroMonth, stdZeroDay, stdZeroHour12, stdZeroMinute, stdZeroSecond, stdYear};
        return at(zeros[l[i + 1] - '1'], i, 2);
      }
      if (has(l, i, "002"))
        return at(stdZeroYearDay, i, 3);
      break;
    case '1':
      if (i + 1 < l.size() && l[i + 1] == '5')
        return at(stdHour, i, 2);
      return at(stdNumMonth, i, 1);
    case '2':
      if (has(l, i, "2006"))
        return at(stdLongYear, i, 4);
      return at(stdDay, i, 1);
    case '_':
      if (i + 1 < l.size() && l[i + 1] == '2') {
        if (has(l, i + 1, "2006"))
          return at(stdLongYear, i + 1, 4); // a literal '_', then the year
        return at(stdUnderDay, i, 2);
      }
      if (has(l, i, "__2"))
        return at(stdUnderYearDay, i, 3);
      break;
    case '3':
      return at(stdHour12, i, 1);
    case '4':
      return at(stdMinute, i, 1);
    case '5':
      return at(stdSecond, i, 1);
    case 'P':
      if (i + 1 < l.size() && l[i + 1] == 'M')
        return at(stdPM, i, 2);
      break;
    case 'p':
      if (i + 1 < l.size() && l[i + 1] == 'm')
        return at(stdpm, i, 2);
      break;
    case '-':
      if (has(l, i, "-070000"))
        return at(stdNumSecondsTz, i, 7);
      if (has(l, i, "-07:00:00"))
        return at(stdNumColonSecondsTZ, i, 9);
      if (has(l, i, "-0700"))
        return at(stdNumTZ, i, 5);
      if (has(l, i, "-07:00"))
        return at(stdNumColonTZ, i, 6);
      if (has(l, i, "-07"))
        return at(stdNumShortTZ, i, 3);
      break;
    case 'Z':
      if (has(l, i, "Z070000"))
        return at(stdISO8601SecondsTZ, i, 7);
      if (has(l, i, "Z07:00:00"))
        return at(stdISO8601ColonSecondsTZ, i, 9);
      if (has(l, i, "Z0700"))
        return at(stdISO8601TZ, i, 5);
      if (has(l, i, "Z07:00"))
        return at(stdISO8601ColonTZ, i, 6);
      if (has(l, i, "Z07"))
        return at(stdISO8601ShortTZ, i, 3);
      break;
    case '.':
    case ',':
      if (i + 1 < l.size() && (l[i + 1] == '0' || l[i + 1] == '9')) {
        char ch = l[i + 1];
        size_t j = i + 1;
        while (j < l.size() && l[j] == ch)
          j++;
        if (!digitAt(l, j)) {
          Chunk c = at(ch == '0' ? stdFracSecond0 : stdFracSecond9, i, j - i);
          c.digits = int(j - (i + 1));
          c.sep = l[i];
          return c;
        }
      }
      break;
    }
  }
  return Chunk{};
}

void appendInt(std::string &b, int64_t x, int width) {
  uint64_t u = uint64_t(x);
  if (x < 0) {
    b += '-';
    u = -u;
  }
  char buf[24];
  int n = 0;
  do {
    buf[n++] = char('0' + u % 10);
    u /= 10;
  } while (u > 0);
  for (int w = n; w < width; w++)
    b += '0';
  while (n > 0)
    b += buf[--n];
}

void appendNano(std::string &b, int64_t nsec, const Chunk &c) {
  bool trim = c.std == stdFracSecond9;
  if (trim && (c.digits == 0 || nsec == 0))
    return;
  size_t start = b.size();
  b += c.sep;
  appendInt(b, nsec, 9);
  if (c.digits < 9)
    b.resize(b.size() - size_t(9 - c.digits));
  if (trim) {
    while (b.size() > start && b.back() == '0')
      b.pop_back();
    if (b.size() > start && b.back() == c.sep)
      b.pop_back();
  }
}

void appendChunk(std::string &b, const Chunk &c, Time t, const Fields &f) {
  switch (c.std) {
  case stdNone:
    break;
  case stdYear:
    appendInt(b, (f.year < 0 ? -f.year : f.year) % 100, 2);
    break;
  case stdLongYear:
    appendInt(b, f.year, 4);
    break;
  case stdMonth:
    b += Month_String(f.month).view().substr(0, 3);
    break;
  case stdLongMonth:
    b += Month_String(f.month).view();
    break;
  case stdNumMonth:
    appendInt(b, f.month, 0);
    break;
  case stdZeroMonth:
    appendInt(b, f.month, 2);
    break;
  case stdWeekDay:
    b += Weekday_String(f.weekday).view().substr(0, 3);
    break;
  case stdLongWeekDay:
    b += Weekday_String(f.weekday).view();
    break;
  case stdDay:
    appendInt(b, f.day, 0);
    break;
  case stdUnderDay:
    if (f.day < 10)
      b += ' ';
    appendInt(b, f.day, 0);
    break;
  case stdZeroDay:
    appendInt(b, f.day, 2);
    break;
  case stdUnderYearDay:
    if (f.yday < 100)
      b += f.yday < 10 ? "  " : " ";
    appendInt(b, f.yday, 0);
    break;
  case stdZeroYearDay:
    appendInt(b, f.yday, 3);
    break;
  case stdHour:
    appendInt(b, f.hour, 2);
    break;
  case stdHour12:
  case stdZeroHour12: {
    int64_t hr = f.hour % 12;
    appendInt(b, hr == 0 ? 12 : hr, c.std == stdHour12 ? 0 : 2);
    break;
  }
  case stdMinute:
    appendInt(b, f.min, 0);
    break;
  case stdZeroMinute:
    appendInt(b, f.min, 2);
    break;
  case stdSecond:
    appendInt(b, f.sec, 0);
    break;
  case stdZeroSecond:
    appendInt(b, f.sec, 2);
    break;
  case stdPM:
    b += f.hour >= 12 ? "PM" : "AM";
    break;
  case stdpm:
    b += f.hour >= 12 ? "pm" : "am";
    break;
  case stdISO8601TZ:
  case stdISO8601SecondsTZ:
  case stdISO8601ShortTZ:
  case stdISO8601ColonTZ:
  case stdISO8601ColonSecondsTZ:
    b += 'Z'; // offset 0
    break;
  case stdNumTZ:
    b += "+0000";
    break;
  case stdNumSecondsTz:
    b += "+000000";
    break;
  case stdNumShortTZ:
    b += "+00";
    break;
  case stdNumColonTZ:
    b += "+00:00";
    break;
  case stdNumColonSecondsTZ:
    b += "+00:00:00";
    break;
  case stdTZ:
    b += "UTC";
    break;
  case stdFracSecond0:
  case stdFracSecond9:
    appendNano(b, tNsec(t), c);
    break;
  }
}

} // namespace

namespace detail {
void appendFormat(std::string &b, Time t, std::string_view layout) {
  Fields f = fieldsOf(t);
  size_t pos = 0;
  for (;;) {
    Chunk c = nextChunk(layout, pos);
    if (c.std == stdNone) {
      b.append(layout.substr(pos));
      return;
    }
    b.append(layout.substr(pos, c.at - pos));
    appendChunk(b, c, t, f);
    pos = c.at + c.len;
  }
}
} // namespace detail

go::String Time_Format(Time t, go::String layout) {
  std::string b;
  appendFormat(b, t, layout.view());
  return go::makeString(b);
}

go::Slice<uint8_t> Time_AppendFormat(Time t, go::Slice<uint8_t> b, go::String layout) {
  std::string s;
  appendFormat(s, t, layout.view());
  for (char ch : s)
    b = go::append(b, uint8_t(ch));
  return b;
}

// Go's String: the layout "2006-01-02 15:04:05.999999999 -0700 MST", then
// " m=±S.NNNNNNNNN" when t has a monotonic reading.
go::String Time_String(Time t) {
  std::string b;
  appendFormat(b, t, "2006-01-02 15:04:05.999999999 -0700 MST");
  if (t.wall & hasMonotonic) {
    uint64_t m2 = uint64_t(t.ext);
    char sign = '+';
    if (t.ext < 0) {
      sign = '-';
      m2 = -m2;
    }
    uint64_t m1 = m2 / 1000000000, m0;
    m2 %= 1000000000;
    m0 = m1 / 1000000000;
    m1 %= 1000000000;
    b += " m=";
    b += sign;
    int wid = 0;
    if (m0 != 0) {
      appendInt(b, int64_t(m0), 0);
      wid = 9;
    }
    appendInt(b, int64_t(m1), wid);
    b += '.';
    appendInt(b, int64_t(m2), 9);
  }
  return go::makeString(b);
}

go::String Time_GoString(Time t) {
  Fields f = fieldsOf(t);
  std::string b = "time.Date(";
  appendInt(b, f.year, 0);
  b += ", time.";
  b += Month_String(f.month).view();
  for (int64_t v : {f.day, f.hour, f.min, f.sec, tNsec(t)}) {
    b += ", ";
    appendInt(b, v, 0);
  }
  b += t.loc == &localLoc ? ", time.Local)" : ", time.UTC)";
  return go::makeString(b);
}

std::tuple<go::String, int64_t> Time_Zone(Time) { return {go::String("UTC"), 0}; }
bool Time_IsDST(Time) { return false; }
// UTC has no zone transitions: both bounds are the zero Time.
std::tuple<Time, Time> Time_ZoneBounds(Time) { return {Time{}, Time{}}; }

} // namespace pkg::time
