// sprintf_test.cpp — Sprintf, Sprint and Sprintln against real Go output.
//
// sprintf_cases.inc holds {mode, format, operands, expected, mask}; each
// expected string was printed by a Go 1.19 program (go build, then run)
// that makes the same operands with the same helper names (values.h).
// mask 1: the output holds heap addresses as 0x...; mask 2: in decimal;
// mask 3: in hex without 0x — those are replaced by a placeholder on both
// sides before comparing.
#include <regex>

#include <gtest/gtest.h>

#include "values.h"

using namespace fmttest;
using namespace std::literals;

namespace {

struct Case {
  char mode;
  const char *format;
  std::vector<go::Iface> operands;
  std::string_view want;
  int mask;
};

std::string masked(std::string s, int mask) {
  if (mask == 1)
    return std::regex_replace(s, std::regex("0x[0-9a-f]{6,}"), "0xPTR");
  if (mask == 2)
    return std::regex_replace(s, std::regex("[0-9]{9,}"), "PTR");
  if (mask == 3)
    return std::regex_replace(s, std::regex("[0-9a-f]{9,}"), "PTR");
  return s;
}

TEST(Sprintf, MatchesGo) {
  const Case cases[] = {
#include "sprintf_cases.inc"
  };
  int failures = 0;
  for (const Case &c : cases) {
    std::string got;
    std::string want(c.want);
    go::Slice<go::Iface> a = args(c.operands);
    switch (c.mode) {
    case 'f':
      got = str(pkg::fmt::Sprintf(go::String(c.format, int64_t(std::strlen(c.format))), a));
      break;
    case 'p':
      got = str(pkg::fmt::Sprint(a));
      break;
    default:
      got = str(pkg::fmt::Sprintln(a));
    }
    got = masked(got, c.mask);
    want = masked(want, c.mask);
    EXPECT_EQ(got, want) << "mode " << c.mode << " format \"" << c.format << "\"";
    if (got != want)
      failures++;
  }
  EXPECT_EQ(failures, 0);
}

} // namespace
