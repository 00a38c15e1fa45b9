// strconv_table_test.cpp — package strconv against real Go output.
//
// strconv_cases.inc holds {op, operands, expected}; a Go 1.19 program
// (go build, then run) computed every expected string by calling the same
// function on the same operands and printing the result in the form
// result() below builds: floats as their IEEE bits in hex, errors as
// err.Error() or "nil", fields separated by '|'.
#include <cinttypes>
#include <cstdio>
#include <cstring>

#include <gtest/gtest.h>

#include "strconv/strconv.h"

using namespace std::literals;
namespace sc = pkg::strconv;

namespace {

struct Arg {
  std::string_view s;
  int64_t n;
};
struct Case {
  const char *op;
  Arg a[5];
  std::string_view want;
};

go::String gs(std::string_view s) { return go::String(s.data(), int64_t(s.size())); }
std::string e(go::Iface err) { return err.isNil() ? "nil" : std::string(sc::detail::errorText(err).view()); }
double fromBits(int64_t b) {
  double d;
  std::memcpy(&d, &b, 8);
  return d;
}
std::string bits(double d) {
  uint64_t b;
  std::memcpy(&b, &d, 8);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%016" PRIx64, b);
  return buf;
}
std::string num(int64_t v) { return std::to_string(v); }
std::string b2s(bool b) { return b ? "true" : "false"; }

std::string result(const Case &c) {
  std::string_view op = c.op;
  const Arg *a = c.a;
  if (op == "ff")
    return std::string(sc::FormatFloat(fromBits(a[0].n), uint8_t(a[1].s[0]), a[2].n, a[3].n).view());
  if (op == "pf") {
    auto [v, err] = sc::ParseFloat(gs(a[0].s), a[1].n);
    return bits(v) + "|" + e(err);
  }
  if (op == "pi") {
    auto [v, err] = sc::ParseInt(gs(a[0].s), a[1].n, a[2].n);
    return num(v) + "|" + e(err);
  }
  if (op == "pu") {
    auto [v, err] = sc::ParseUint(gs(a[0].s), a[1].n, a[2].n);
    return std::to_string(v) + "|" + e(err);
  }
  if (op == "atoi") {
    auto [v, err] = sc::Atoi(gs(a[0].s));
    return num(v) + "|" + e(err);
  }
  if (op == "fi")
    return std::string(sc::FormatInt(a[0].n, a[1].n).view());
  if (op == "fu")
    return std::string(sc::FormatUint(uint64_t(a[0].n), a[1].n).view());
  if (op == "q")
    return std::string(sc::Quote(gs(a[0].s)).view());
  if (op == "qa")
    return std::string(sc::QuoteToASCII(gs(a[0].s)).view());
  if (op == "qg")
    return std::string(sc::QuoteToGraphic(gs(a[0].s)).view());
  if (op == "qr")
    return std::string(sc::QuoteRune(int32_t(a[0].n)).view());
  if (op == "qra")
    return std::string(sc::QuoteRuneToASCII(int32_t(a[0].n)).view());
  if (op == "qrg")
    return std::string(sc::QuoteRuneToGraphic(int32_t(a[0].n)).view());
  if (op == "uq") {
    auto [v, err] = sc::Unquote(gs(a[0].s));
    return std::string(v.view()) + "|" + e(err);
  }
  if (op == "qp") {
    auto [v, err] = sc::QuotedPrefix(gs(a[0].s));
    return std::string(v.view()) + "|" + e(err);
  }
  if (op == "uc") {
    auto [v, mb, tail, err] = sc::UnquoteChar(gs(a[0].s), uint8_t(a[1].s[0]));
    return num(v) + "|" + b2s(mb) + "|" + std::string(tail.view()) + "|" + e(err);
  }
  if (op == "pb") {
    auto [v, err] = sc::ParseBool(gs(a[0].s));
    return b2s(v) + "|" + e(err);
  }
  if (op == "cb")
    return b2s(sc::CanBackquote(gs(a[0].s)));
  if (op == "pc") {
    auto [v, err] = sc::ParseComplex(gs(a[0].s), a[1].n);
    return bits(v.real()) + "," + bits(v.imag()) + "|" + e(err);
  }
  if (op == "fc")
    return std::string(
        sc::FormatComplex(go::complex128(fromBits(a[0].n), fromBits(a[1].n)), uint8_t(a[2].s[0]), a[3].n, a[4].n)
            .view());
  if (op == "ip")
    return b2s(sc::IsPrint(int32_t(a[0].n))) + " " + b2s(sc::IsGraphic(int32_t(a[0].n)));
  return "unknown op";
}

const Case kCases[] = {
#include "strconv_cases.inc"
};

TEST(Strconv, MatchesGo) {
  int failures = 0;
  for (const Case &c : kCases) {
    std::string got = result(c);
    if (got != c.want) {
      if (++failures <= 60)
        ADD_FAILURE() << c.op << " case " << (&c - kCases) << ": got \"" << got << "\" want \"" << c.want << "\"";
    }
  }
  EXPECT_EQ(failures, 0) << "of " << std::size(kCases) << " cases";
}

} // namespace
