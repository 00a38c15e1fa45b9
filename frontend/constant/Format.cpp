// Format.cpp — constant values as go/constant prints them: String()
// (floats as %.6g of the nearest float64, or an approximate decimal beyond
// float64's range; strings quoted and shortened to 72 characters) and
// ExactString() (rationals as num/den).
#include <cmath>

#include <fmt/format.h>

#include "frontend/constant/BigFloat.h"
#include "frontend/constant/Exact.h"
#include "frontend/constant/Value.h"

namespace gopp::constant {

using namespace exact;

namespace {

// strconv.Quote, enough of it for constants in messages.
std::string quote(const std::string &s) {
  std::string out = "\"";
  for (size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    switch (c) {
    case '"': out += "\\\""; ++i; continue;
    case '\\': out += "\\\\"; ++i; continue;
    case '\a': out += "\\a"; ++i; continue;
    case '\b': out += "\\b"; ++i; continue;
    case '\f': out += "\\f"; ++i; continue;
    case '\n': out += "\\n"; ++i; continue;
    case '\r': out += "\\r"; ++i; continue;
    case '\t': out += "\\t"; ++i; continue;
    case '\v': out += "\\v"; ++i; continue;
    default:
      break;
    }
    if (c >= 0x20 && c < 0x7F) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    bool valid = c >= 0xC2 && i + len <= s.size();
    for (int k = 1; valid && k < len; ++k)
      valid = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
    if (c < 0x80 || !valid) {
      out += fmt::format("\\x{:02x}", c);
      ++i;
      continue;
    }
    out.append(s, i, len);
    i += len;
  }
  return out + "\"";
}

std::string formatDouble(double d, bool isInt) {
  std::string s = fmt::format("{:.6g}", d);
  if (!isInt && s.find('.') == std::string::npos)
    s = fmt::format("{}", d); // more digits when %.6g hides the fraction
  return s;
}

std::string formatRat(const Rat &r) {
  if (auto d = roundRat(r, 53, -1022, 1023); d && ((*d == 0) == isZero(r)))
    return formatDouble(*d, isInteger(r));
  // Out of float64 range: an approximate decimal, as go/constant does.
  int64_t e2 = log2Floor(r) + 1; // |r| = mant * 2^e2, 0.5 <= mant < 1
  Rat scaled = r;
  if (e2 >= 0)
    scaled = normalize(r.num, shl(r.den, static_cast<unsigned>(e2)));
  else
    scaled = normalize(shl(r.num, static_cast<unsigned>(-e2)), r.den);
  double m = roundRat(scaled, 53, -1022, 1023).value_or(0);
  double d = static_cast<double>(e2) * (std::log(2.0) / std::log(10.0));
  auto e = static_cast<int64_t>(d);
  m *= std::pow(10.0, d - static_cast<double>(e));
  double am = std::fabs(m);
  if (am < 1 - 0.5e-6)
    m *= 10, --e;
  else if (am >= 10)
    m /= 10, ++e;
  return fmt::format("{:.6g}e{:+d}", m, e);
}

} // namespace

std::string Value::toString() const {
  switch (kind_) {
  case Kind::Unknown:
    return "unknown";
  case Kind::Bool:
    return b_ ? "true" : "false";
  case Kind::String: {
    // go/constant shortens long strings to 72 characters with "...".
    std::string q = quote(s_);
    const size_t maxLen = 72;
    size_t runes = 0, i = 0;
    for (; i < q.size(); ++i)
      if ((static_cast<unsigned char>(q[i]) & 0xC0) != 0x80 && ++runes > maxLen)
        break;
    if (runes <= maxLen)
      return q;
    size_t cut = 0, n = 0;
    for (; cut < q.size() && n < maxLen - 3; ++cut)
      if ((static_cast<unsigned char>(q[cut]) & 0xC0) != 0x80)
        ++n;
    while (cut < q.size() && (static_cast<unsigned char>(q[cut]) & 0xC0) == 0x80)
      ++cut;
    return q.substr(0, cut) + "...";
  }
  case Kind::Int:
    return decimal(int_);
  case Kind::Float:
    return big_ ? big::format(*big_) : formatRat(re_);
  case Kind::Complex:
    return "(" + formatRat(re_) + " + " + formatRat(im_) + "i)";
  }
  return "";
}

std::string Value::exactString() const {
  auto exact = [](const Rat &r) {
    return isInteger(r) ? decimal(r.num) : decimal(r.num) + "/" + decimal(r.den);
  };
  switch (kind_) {
  case Kind::Float:
    return big_ ? big::format(*big_) : exact(re_);
  case Kind::Complex:
    return "(" + exact(re_) + " + " + exact(im_) + "i)";
  case Kind::Unknown:
  case Kind::Bool:
  case Kind::String:
  case Kind::Int:
    return toString();
  }
  return "";
}

} // namespace gopp::constant
