// encode.cpp — Time's encodings: MarshalBinary/GobEncode (Go's version 1
// layout: version byte, 8 bytes of seconds since year 1, 4 bytes of
// nanoseconds, 2 bytes of zone offset in minutes, -1 meaning UTC), and
// MarshalJSON/MarshalText (RFC 3339 with nanoseconds, refusing years
// outside [0,9999] with Go's error texts).
//
// Invariants: zones are UTC (location.cpp): a Time whose Location is UTC
// encodes offset -1, a Local one offset 0 (Go's rule: -1 only for UTC
// itself); the monotonic reading is never encoded.
#include "errors/errors.h"
#include "time/internal.h"

namespace pkg::time {

using namespace detail;

namespace {
using Bytes = go::Slice<uint8_t>;

Bytes bytesOf(const std::string &s) {
  Bytes b;
  for (char c : s)
    b = go::append(b, uint8_t(c));
  return b;
}

// RFC 3339 with nanoseconds, or the error text for a year that does not
// fit its four digits.
std::string strictRFC3339(Time t, const char **err) {
  std::string b;
  appendFormat(b, t, "2006-01-02T15:04:05.999999999Z07:00");
  *err = b.size() <= 4 || b[4] != '-' ? "year outside of range [0,9999]" : nullptr;
  return b;
}
} // namespace

std::tuple<Bytes, go::Iface> Time_MarshalBinary(Time t) {
  int16_t offsetMin = Time_Location(t) == &utcLoc ? -1 : 0;
  int64_t sec = tSec(t);
  int64_t nsec = tNsec(t);
  uint8_t enc[15];
  enc[0] = 1; // version 1
  for (int i = 0; i < 8; i++)
    enc[1 + i] = uint8_t(uint64_t(sec) >> (56 - 8 * i));
  for (int i = 0; i < 4; i++)
    enc[9 + i] = uint8_t(uint32_t(nsec) >> (24 - 8 * i));
  enc[13] = uint8_t(uint16_t(offsetMin) >> 8);
  enc[14] = uint8_t(offsetMin);
  Bytes b;
  for (uint8_t c : enc)
    b = go::append(b, c);
  return {b, go::Iface()};
}

std::tuple<Bytes, go::Iface> Time_GobEncode(Time t) { return Time_MarshalBinary(t); }

std::tuple<Bytes, go::Iface> Time_MarshalJSON(Time t) {
  const char *err;
  std::string s = strictRFC3339(t, &err);
  if (err)
    return {Bytes(), errors::New(go::makeString(std::string("Time.MarshalJSON: ") + err))};
  return {bytesOf("\"" + s + "\""), go::Iface()};
}

std::tuple<Bytes, go::Iface> Time_MarshalText(Time t) {
  const char *err;
  std::string s = strictRFC3339(t, &err);
  if (err)
    return {Bytes(), errors::New(go::makeString(std::string("Time.MarshalText: ") + err))};
  return {bytesOf(s), go::Iface()};
}

} // namespace pkg::time
