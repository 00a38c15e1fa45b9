// GENERATED expectations: every expected value below was computed by go1.19
// (a generator program run with the real go, kept outside the repository).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "math/math.h"
#include "strings/strings.h"
#include "unicode/unicode.h"
#include "unicode/utf16/utf16.h"
#include "unicode/utf8/utf8.h"

using namespace pkg;

namespace {
[[maybe_unused]] std::string S(go::String s) { return std::string(s.view()); }
[[maybe_unused]] std::vector<std::string> L(go::Slice<go::String> v) {
  std::vector<std::string> r;
  for (go::String s : v)
    r.push_back(S(s));
  return r;
}
[[maybe_unused]] go::Slice<uint8_t> B(go::String s) { return go::stringToBytes(s); }
} // namespace

TEST(Math, Exact) {
  EXPECT_EQ(math::Float64bits(math::Floor(math::Float64frombits(0x0ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Ceil(math::Float64frombits(0x0ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Trunc(math::Float64frombits(0x0ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Round(math::Float64frombits(0x0ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::RoundToEven(math::Float64frombits(0x0ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Abs(math::Float64frombits(0x0ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Sqrt(math::Float64frombits(0x0ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(std::get<0>(math::Modf(math::Float64frombits(0x0ull)))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(std::get<1>(math::Modf(math::Float64frombits(0x0ull)))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(std::get<0>(math::Frexp(math::Float64frombits(0x0ull)))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(int64_t(std::get<1>(math::Frexp(math::Float64frombits(0x0ull)))), int64_t(0));
  EXPECT_EQ(int64_t(math::Ilogb(math::Float64frombits(0x0ull))), int64_t(-2147483648));
  EXPECT_EQ(math::Float64bits(math::Logb(math::Float64frombits(0x0ull))), uint64_t(0xfff0000000000000ull)); // -Inf
  EXPECT_EQ(math::Float64bits(math::Log2(math::Float64frombits(0x0ull))), uint64_t(0xfff0000000000000ull)); // -Inf
  EXPECT_EQ(math::Float64bits(math::Log10(math::Float64frombits(0x0ull))), uint64_t(0xfff0000000000000ull)); // -Inf
  EXPECT_EQ(bool(math::Signbit(math::Float64frombits(0x0ull))), false);
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Float64frombits(0x0ull), math::Float64frombits(0x0ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Float64frombits(0x0ull), math::Float64frombits(0x0ull)))), true);
  EXPECT_NEAR(math::Pow(math::Float64frombits(0x0ull), math::Float64frombits(0x0ull)), 1, 4e-16 * std::fabs(1)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0x0ull), math::Float64frombits(0x0ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0x0ull), math::Float64frombits(0x0ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0x0ull), math::Float64frombits(0x0ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Hypot(math::Float64frombits(0x0ull), math::Float64frombits(0x0ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0x0ull), math::Float64frombits(0x0ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0x0ull), math::Float64frombits(0x0ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0x0ull), math::Float64frombits(0x0ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Float64frombits(0x0ull), math::Copysign(0, -1)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Float64frombits(0x0ull), math::Copysign(0, -1)))), true);
  EXPECT_NEAR(math::Pow(math::Float64frombits(0x0ull), math::Copysign(0, -1)), 1, 4e-16 * std::fabs(1)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0x0ull), math::Copysign(0, -1))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0x0ull), math::Copysign(0, -1))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0x0ull), math::Copysign(0, -1))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Hypot(math::Float64frombits(0x0ull), math::Copysign(0, -1))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0x0ull), math::Copysign(0, -1))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0x0ull), math::Copysign(0, -1))), uint64_t(0x400921fb54442d18ull)); // 3.141592653589793
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0x0ull), math::Copysign(0, -1))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Mod(math::Float64frombits(0x0ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Remainder(math::Float64frombits(0x0ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Pow(math::Float64frombits(0x0ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0x0ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x4000000000000000ull)); // 2
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0x0ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0x0ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_NEAR(math::Hypot(math::Float64frombits(0x0ull), math::Float64frombits(0x4000000000000000ull)), 2, 4e-16 * std::fabs(2)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0x0ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0x0ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0x0ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x0000000000000001ull)); // 5e-324
  EXPECT_EQ(math::Float64bits(math::Mod(math::Float64frombits(0x0ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Remainder(math::Float64frombits(0x0ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Pow(math::Float64frombits(0x0ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0x0ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0x0ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0xbff8000000000000ull)); // -1.5
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0x0ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x3ff8000000000000ull)); // 1.5
  EXPECT_NEAR(math::Hypot(math::Float64frombits(0x0ull), math::Float64frombits(0xbff8000000000000ull)), 1.5, 4e-16 * std::fabs(1.5)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0x0ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0x0ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x400921fb54442d18ull)); // 3.141592653589793
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0x0ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x8000000000000001ull)); // -5e-324
  EXPECT_EQ(math::Float64bits(math::Mod(math::Float64frombits(0x0ull), math::Inf(1))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Remainder(math::Float64frombits(0x0ull), math::Inf(1))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Pow(math::Float64frombits(0x0ull), math::Inf(1))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0x0ull), math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0x0ull), math::Inf(1))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0x0ull), math::Inf(1))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Hypot(math::Float64frombits(0x0ull), math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0x0ull), math::Inf(1))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0x0ull), math::Inf(1))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0x0ull), math::Inf(1))), uint64_t(0x0000000000000001ull)); // 5e-324
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Float64frombits(0x0ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Float64frombits(0x0ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Pow(math::Float64frombits(0x0ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Max(math::Float64frombits(0x0ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Min(math::Float64frombits(0x0ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Dim(math::Float64frombits(0x0ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Hypot(math::Float64frombits(0x0ull), math::NaN()))), true);
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0x0ull), math::NaN())), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(bool(math::IsNaN(math::Atan2(math::Float64frombits(0x0ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Nextafter(math::Float64frombits(0x0ull), math::NaN()))), true);
  EXPECT_EQ(math::Float64bits(math::Floor(math::Copysign(0, -1))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(math::Ceil(math::Copysign(0, -1))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(math::Trunc(math::Copysign(0, -1))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(math::Round(math::Copysign(0, -1))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(math::RoundToEven(math::Copysign(0, -1))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(math::Abs(math::Copysign(0, -1))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Sqrt(math::Copysign(0, -1))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(std::get<0>(math::Modf(math::Copysign(0, -1)))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(std::get<1>(math::Modf(math::Copysign(0, -1)))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(std::get<0>(math::Frexp(math::Copysign(0, -1)))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(int64_t(std::get<1>(math::Frexp(math::Copysign(0, -1)))), int64_t(0));
  EXPECT_EQ(int64_t(math::Ilogb(math::Copysign(0, -1))), int64_t(-2147483648));
  EXPECT_EQ(math::Float64bits(math::Logb(math::Copysign(0, -1))), uint64_t(0xfff0000000000000ull)); // -Inf
  EXPECT_EQ(math::Float64bits(math::Log2(math::Copysign(0, -1))), uint64_t(0xfff0000000000000ull)); // -Inf
  EXPECT_EQ(math::Float64bits(math::Log10(math::Copysign(0, -1))), uint64_t(0xfff0000000000000ull)); // -Inf
  EXPECT_EQ(bool(math::Signbit(math::Copysign(0, -1))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Copysign(0, -1), math::Float64frombits(0x0ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Copysign(0, -1), math::Float64frombits(0x0ull)))), true);
  EXPECT_NEAR(math::Pow(math::Copysign(0, -1), math::Float64frombits(0x0ull)), 1, 4e-16 * std::fabs(1)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Max(math::Copysign(0, -1), math::Float64frombits(0x0ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Min(math::Copysign(0, -1), math::Float64frombits(0x0ull))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(math::Dim(math::Copysign(0, -1), math::Float64frombits(0x0ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Hypot(math::Copysign(0, -1), math::Float64frombits(0x0ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Copysign(0, -1), math::Float64frombits(0x0ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Copysign(0, -1), math::Float64frombits(0x0ull))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Copysign(0, -1), math::Float64frombits(0x0ull))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Copysign(0, -1), math::Copysign(0, -1)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Copysign(0, -1), math::Copysign(0, -1)))), true);
  EXPECT_NEAR(math::Pow(math::Copysign(0, -1), math::Copysign(0, -1)), 1, 4e-16 * std::fabs(1)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Max(math::Copysign(0, -1), math::Copysign(0, -1))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(math::Min(math::Copysign(0, -1), math::Copysign(0, -1))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(math::Dim(math::Copysign(0, -1), math::Copysign(0, -1))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Hypot(math::Copysign(0, -1), math::Copysign(0, -1))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Copysign(0, -1), math::Copysign(0, -1))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Copysign(0, -1), math::Copysign(0, -1))), uint64_t(0xc00921fb54442d18ull)); // -3.141592653589793
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Copysign(0, -1), math::Copysign(0, -1))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(math::Mod(math::Copysign(0, -1), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(math::Remainder(math::Copysign(0, -1), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(math::Pow(math::Copysign(0, -1), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Max(math::Copysign(0, -1), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x4000000000000000ull)); // 2
  EXPECT_EQ(math::Float64bits(math::Min(math::Copysign(0, -1), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(math::Dim(math::Copysign(0, -1), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_NEAR(math::Hypot(math::Copysign(0, -1), math::Float64frombits(0x4000000000000000ull)), 2, 4e-16 * std::fabs(2)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Copysign(0, -1), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Copysign(0, -1), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Copysign(0, -1), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x0000000000000001ull)); // 5e-324
  EXPECT_EQ(math::Float64bits(math::Mod(math::Copysign(0, -1), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(math::Remainder(math::Copysign(0, -1), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(math::Pow(math::Copysign(0, -1), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Max(math::Copysign(0, -1), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(math::Min(math::Copysign(0, -1), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0xbff8000000000000ull)); // -1.5
  EXPECT_EQ(math::Float64bits(math::Dim(math::Copysign(0, -1), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x3ff8000000000000ull)); // 1.5
  EXPECT_NEAR(math::Hypot(math::Copysign(0, -1), math::Float64frombits(0xbff8000000000000ull)), 1.5, 4e-16 * std::fabs(1.5)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Copysign(0, -1), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Copysign(0, -1), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0xc00921fb54442d18ull)); // -3.141592653589793
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Copysign(0, -1), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x8000000000000001ull)); // -5e-324
  EXPECT_EQ(math::Float64bits(math::Mod(math::Copysign(0, -1), math::Inf(1))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(math::Remainder(math::Copysign(0, -1), math::Inf(1))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(math::Pow(math::Copysign(0, -1), math::Inf(1))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Max(math::Copysign(0, -1), math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Min(math::Copysign(0, -1), math::Inf(1))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(math::Dim(math::Copysign(0, -1), math::Inf(1))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Hypot(math::Copysign(0, -1), math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Copysign(0, -1), math::Inf(1))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Copysign(0, -1), math::Inf(1))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Copysign(0, -1), math::Inf(1))), uint64_t(0x0000000000000001ull)); // 5e-324
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Copysign(0, -1), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Copysign(0, -1), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Pow(math::Copysign(0, -1), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Max(math::Copysign(0, -1), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Min(math::Copysign(0, -1), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Dim(math::Copysign(0, -1), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Hypot(math::Copysign(0, -1), math::NaN()))), true);
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Copysign(0, -1), math::NaN())), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(bool(math::IsNaN(math::Atan2(math::Copysign(0, -1), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Nextafter(math::Copysign(0, -1), math::NaN()))), true);
  EXPECT_EQ(math::Float64bits(math::Floor(math::Float64frombits(0x3fe0000000000000ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Ceil(math::Float64frombits(0x3fe0000000000000ull))), uint64_t(0x3ff0000000000000ull)); // 1
  EXPECT_EQ(math::Float64bits(math::Trunc(math::Float64frombits(0x3fe0000000000000ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Round(math::Float64frombits(0x3fe0000000000000ull))), uint64_t(0x3ff0000000000000ull)); // 1
  EXPECT_EQ(math::Float64bits(math::RoundToEven(math::Float64frombits(0x3fe0000000000000ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Abs(math::Float64frombits(0x3fe0000000000000ull))), uint64_t(0x3fe0000000000000ull)); // 0.5
  EXPECT_EQ(math::Float64bits(math::Sqrt(math::Float64frombits(0x3fe0000000000000ull))), uint64_t(0x3fe6a09e667f3bcdull)); // 0.7071067811865476
  EXPECT_EQ(math::Float64bits(std::get<0>(math::Modf(math::Float64frombits(0x3fe0000000000000ull)))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(std::get<1>(math::Modf(math::Float64frombits(0x3fe0000000000000ull)))), uint64_t(0x3fe0000000000000ull)); // 0.5
  EXPECT_EQ(math::Float64bits(std::get<0>(math::Frexp(math::Float64frombits(0x3fe0000000000000ull)))), uint64_t(0x3fe0000000000000ull)); // 0.5
  EXPECT_EQ(int64_t(std::get<1>(math::Frexp(math::Float64frombits(0x3fe0000000000000ull)))), int64_t(0));
  EXPECT_EQ(int64_t(math::Ilogb(math::Float64frombits(0x3fe0000000000000ull))), int64_t(-1));
  EXPECT_EQ(math::Float64bits(math::Logb(math::Float64frombits(0x3fe0000000000000ull))), uint64_t(0xbff0000000000000ull)); // -1
  EXPECT_EQ(math::Float64bits(math::Log2(math::Float64frombits(0x3fe0000000000000ull))), uint64_t(0xbff0000000000000ull)); // -1
  EXPECT_EQ(math::Float64bits(math::Log10(math::Float64frombits(0x3fe0000000000000ull))), uint64_t(0xbfd34413509f79ffull)); // -0.3010299956639812
  EXPECT_EQ(bool(math::Signbit(math::Float64frombits(0x3fe0000000000000ull))), false);
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Float64frombits(0x3fe0000000000000ull), math::Float64frombits(0x0ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Float64frombits(0x3fe0000000000000ull), math::Float64frombits(0x0ull)))), true);
  EXPECT_NEAR(math::Pow(math::Float64frombits(0x3fe0000000000000ull), math::Float64frombits(0x0ull)), 1, 4e-16 * std::fabs(1)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0x3fe0000000000000ull), math::Float64frombits(0x0ull))), uint64_t(0x3fe0000000000000ull)); // 0.5
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0x3fe0000000000000ull), math::Float64frombits(0x0ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0x3fe0000000000000ull), math::Float64frombits(0x0ull))), uint64_t(0x3fe0000000000000ull)); // 0.5
  EXPECT_NEAR(math::Hypot(math::Float64frombits(0x3fe0000000000000ull), math::Float64frombits(0x0ull)), 0.5, 4e-16 * std::fabs(0.5)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0x3fe0000000000000ull), math::Float64frombits(0x0ull))), uint64_t(0x3fe0000000000000ull)); // 0.5
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0x3fe0000000000000ull), math::Float64frombits(0x0ull))), uint64_t(0x3ff921fb54442d18ull)); // 1.5707963267948966
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0x3fe0000000000000ull), math::Float64frombits(0x0ull))), uint64_t(0x3fdfffffffffffffull)); // 0.49999999999999994
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Float64frombits(0x3fe0000000000000ull), math::Copysign(0, -1)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Float64frombits(0x3fe0000000000000ull), math::Copysign(0, -1)))), true);
  EXPECT_NEAR(math::Pow(math::Float64frombits(0x3fe0000000000000ull), math::Copysign(0, -1)), 1, 4e-16 * std::fabs(1)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0x3fe0000000000000ull), math::Copysign(0, -1))), uint64_t(0x3fe0000000000000ull)); // 0.5
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0x3fe0000000000000ull), math::Copysign(0, -1))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0x3fe0000000000000ull), math::Copysign(0, -1))), uint64_t(0x3fe0000000000000ull)); // 0.5
  EXPECT_NEAR(math::Hypot(math::Float64frombits(0x3fe0000000000000ull), math::Copysign(0, -1)), 0.5, 4e-16 * std::fabs(0.5)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0x3fe0000000000000ull), math::Copysign(0, -1))), uint64_t(0xbfe0000000000000ull)); // -0.5
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0x3fe0000000000000ull), math::Copysign(0, -1))), uint64_t(0x3ff921fb54442d18ull)); // 1.5707963267948966
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0x3fe0000000000000ull), math::Copysign(0, -1))), uint64_t(0x3fdfffffffffffffull)); // 0.49999999999999994
  EXPECT_EQ(math::Float64bits(math::Mod(math::Float64frombits(0x3fe0000000000000ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x3fe0000000000000ull)); // 0.5
  EXPECT_EQ(math::Float64bits(math::Remainder(math::Float64frombits(0x3fe0000000000000ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x3fe0000000000000ull)); // 0.5
  EXPECT_NEAR(math::Pow(math::Float64frombits(0x3fe0000000000000ull), math::Float64frombits(0x4000000000000000ull)), 0.25, 4e-16 * std::fabs(0.25)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0x3fe0000000000000ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x4000000000000000ull)); // 2
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0x3fe0000000000000ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x3fe0000000000000ull)); // 0.5
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0x3fe0000000000000ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_NEAR(math::Hypot(math::Float64frombits(0x3fe0000000000000ull), math::Float64frombits(0x4000000000000000ull)), 2.0615528128088303, 4e-16 * std::fabs(2.0615528128088303)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0x3fe0000000000000ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x3fe0000000000000ull)); // 0.5
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0x3fe0000000000000ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x3fcf5b75f92c80ddull)); // 0.24497866312686414
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0x3fe0000000000000ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x3fe0000000000001ull)); // 0.5000000000000001
  EXPECT_EQ(math::Float64bits(math::Mod(math::Float64frombits(0x3fe0000000000000ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x3fe0000000000000ull)); // 0.5
  EXPECT_EQ(math::Float64bits(math::Remainder(math::Float64frombits(0x3fe0000000000000ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x3fe0000000000000ull)); // 0.5
  EXPECT_NEAR(math::Pow(math::Float64frombits(0x3fe0000000000000ull), math::Float64frombits(0xbff8000000000000ull)), 2.8284271247461898, 4e-16 * std::fabs(2.8284271247461898)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0x3fe0000000000000ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x3fe0000000000000ull)); // 0.5
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0x3fe0000000000000ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0xbff8000000000000ull)); // -1.5
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0x3fe0000000000000ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x4000000000000000ull)); // 2
  EXPECT_NEAR(math::Hypot(math::Float64frombits(0x3fe0000000000000ull), math::Float64frombits(0xbff8000000000000ull)), 1.5811388300841898, 4e-16 * std::fabs(1.5811388300841898)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0x3fe0000000000000ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0xbfe0000000000000ull)); // -0.5
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0x3fe0000000000000ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x40068f095fdf593cull)); // 2.819842099193151
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0x3fe0000000000000ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x3fdfffffffffffffull)); // 0.49999999999999994
  EXPECT_EQ(math::Float64bits(math::Mod(math::Float64frombits(0x3fe0000000000000ull), math::Inf(1))), uint64_t(0x3fe0000000000000ull)); // 0.5
  EXPECT_EQ(math::Float64bits(math::Remainder(math::Float64frombits(0x3fe0000000000000ull), math::Inf(1))), uint64_t(0x3fe0000000000000ull)); // 0.5
  EXPECT_EQ(math::Float64bits(math::Pow(math::Float64frombits(0x3fe0000000000000ull), math::Inf(1))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0x3fe0000000000000ull), math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0x3fe0000000000000ull), math::Inf(1))), uint64_t(0x3fe0000000000000ull)); // 0.5
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0x3fe0000000000000ull), math::Inf(1))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Hypot(math::Float64frombits(0x3fe0000000000000ull), math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0x3fe0000000000000ull), math::Inf(1))), uint64_t(0x3fe0000000000000ull)); // 0.5
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0x3fe0000000000000ull), math::Inf(1))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0x3fe0000000000000ull), math::Inf(1))), uint64_t(0x3fe0000000000001ull)); // 0.5000000000000001
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Float64frombits(0x3fe0000000000000ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Float64frombits(0x3fe0000000000000ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Pow(math::Float64frombits(0x3fe0000000000000ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Max(math::Float64frombits(0x3fe0000000000000ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Min(math::Float64frombits(0x3fe0000000000000ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Dim(math::Float64frombits(0x3fe0000000000000ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Hypot(math::Float64frombits(0x3fe0000000000000ull), math::NaN()))), true);
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0x3fe0000000000000ull), math::NaN())), uint64_t(0x3fe0000000000000ull)); // 0.5
  EXPECT_EQ(bool(math::IsNaN(math::Atan2(math::Float64frombits(0x3fe0000000000000ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Nextafter(math::Float64frombits(0x3fe0000000000000ull), math::NaN()))), true);
  EXPECT_EQ(math::Float64bits(math::Floor(math::Float64frombits(0xbfe0000000000000ull))), uint64_t(0xbff0000000000000ull)); // -1
  EXPECT_EQ(math::Float64bits(math::Ceil(math::Float64frombits(0xbfe0000000000000ull))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(math::Trunc(math::Float64frombits(0xbfe0000000000000ull))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(math::Round(math::Float64frombits(0xbfe0000000000000ull))), uint64_t(0xbff0000000000000ull)); // -1
  EXPECT_EQ(math::Float64bits(math::RoundToEven(math::Float64frombits(0xbfe0000000000000ull))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(math::Abs(math::Float64frombits(0xbfe0000000000000ull))), uint64_t(0x3fe0000000000000ull)); // 0.5
  EXPECT_EQ(bool(math::IsNaN(math::Sqrt(math::Float64frombits(0xbfe0000000000000ull)))), true);
  EXPECT_EQ(math::Float64bits(std::get<0>(math::Modf(math::Float64frombits(0xbfe0000000000000ull)))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(std::get<1>(math::Modf(math::Float64frombits(0xbfe0000000000000ull)))), uint64_t(0xbfe0000000000000ull)); // -0.5
  EXPECT_EQ(math::Float64bits(std::get<0>(math::Frexp(math::Float64frombits(0xbfe0000000000000ull)))), uint64_t(0xbfe0000000000000ull)); // -0.5
  EXPECT_EQ(int64_t(std::get<1>(math::Frexp(math::Float64frombits(0xbfe0000000000000ull)))), int64_t(0));
  EXPECT_EQ(int64_t(math::Ilogb(math::Float64frombits(0xbfe0000000000000ull))), int64_t(-1));
  EXPECT_EQ(math::Float64bits(math::Logb(math::Float64frombits(0xbfe0000000000000ull))), uint64_t(0xbff0000000000000ull)); // -1
  EXPECT_EQ(bool(math::IsNaN(math::Log2(math::Float64frombits(0xbfe0000000000000ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Log10(math::Float64frombits(0xbfe0000000000000ull)))), true);
  EXPECT_EQ(bool(math::Signbit(math::Float64frombits(0xbfe0000000000000ull))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Float64frombits(0xbfe0000000000000ull), math::Float64frombits(0x0ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Float64frombits(0xbfe0000000000000ull), math::Float64frombits(0x0ull)))), true);
  EXPECT_NEAR(math::Pow(math::Float64frombits(0xbfe0000000000000ull), math::Float64frombits(0x0ull)), 1, 4e-16 * std::fabs(1)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0xbfe0000000000000ull), math::Float64frombits(0x0ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0xbfe0000000000000ull), math::Float64frombits(0x0ull))), uint64_t(0xbfe0000000000000ull)); // -0.5
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0xbfe0000000000000ull), math::Float64frombits(0x0ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_NEAR(math::Hypot(math::Float64frombits(0xbfe0000000000000ull), math::Float64frombits(0x0ull)), 0.5, 4e-16 * std::fabs(0.5)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0xbfe0000000000000ull), math::Float64frombits(0x0ull))), uint64_t(0x3fe0000000000000ull)); // 0.5
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0xbfe0000000000000ull), math::Float64frombits(0x0ull))), uint64_t(0xbff921fb54442d18ull)); // -1.5707963267948966
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0xbfe0000000000000ull), math::Float64frombits(0x0ull))), uint64_t(0xbfdfffffffffffffull)); // -0.49999999999999994
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Float64frombits(0xbfe0000000000000ull), math::Copysign(0, -1)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Float64frombits(0xbfe0000000000000ull), math::Copysign(0, -1)))), true);
  EXPECT_NEAR(math::Pow(math::Float64frombits(0xbfe0000000000000ull), math::Copysign(0, -1)), 1, 4e-16 * std::fabs(1)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0xbfe0000000000000ull), math::Copysign(0, -1))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0xbfe0000000000000ull), math::Copysign(0, -1))), uint64_t(0xbfe0000000000000ull)); // -0.5
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0xbfe0000000000000ull), math::Copysign(0, -1))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_NEAR(math::Hypot(math::Float64frombits(0xbfe0000000000000ull), math::Copysign(0, -1)), 0.5, 4e-16 * std::fabs(0.5)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0xbfe0000000000000ull), math::Copysign(0, -1))), uint64_t(0xbfe0000000000000ull)); // -0.5
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0xbfe0000000000000ull), math::Copysign(0, -1))), uint64_t(0xbff921fb54442d18ull)); // -1.5707963267948966
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0xbfe0000000000000ull), math::Copysign(0, -1))), uint64_t(0xbfdfffffffffffffull)); // -0.49999999999999994
  EXPECT_EQ(math::Float64bits(math::Mod(math::Float64frombits(0xbfe0000000000000ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0xbfe0000000000000ull)); // -0.5
  EXPECT_EQ(math::Float64bits(math::Remainder(math::Float64frombits(0xbfe0000000000000ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0xbfe0000000000000ull)); // -0.5
  EXPECT_NEAR(math::Pow(math::Float64frombits(0xbfe0000000000000ull), math::Float64frombits(0x4000000000000000ull)), 0.25, 4e-16 * std::fabs(0.25)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0xbfe0000000000000ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x4000000000000000ull)); // 2
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0xbfe0000000000000ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0xbfe0000000000000ull)); // -0.5
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0xbfe0000000000000ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_NEAR(math::Hypot(math::Float64frombits(0xbfe0000000000000ull), math::Float64frombits(0x4000000000000000ull)), 2.0615528128088303, 4e-16 * std::fabs(2.0615528128088303)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0xbfe0000000000000ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x3fe0000000000000ull)); // 0.5
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0xbfe0000000000000ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0xbfcf5b75f92c80ddull)); // -0.24497866312686414
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0xbfe0000000000000ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0xbfdfffffffffffffull)); // -0.49999999999999994
  EXPECT_EQ(math::Float64bits(math::Mod(math::Float64frombits(0xbfe0000000000000ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0xbfe0000000000000ull)); // -0.5
  EXPECT_EQ(math::Float64bits(math::Remainder(math::Float64frombits(0xbfe0000000000000ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0xbfe0000000000000ull)); // -0.5
  EXPECT_EQ(bool(math::IsNaN(math::Pow(math::Float64frombits(0xbfe0000000000000ull), math::Float64frombits(0xbff8000000000000ull)))), true);
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0xbfe0000000000000ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0xbfe0000000000000ull)); // -0.5
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0xbfe0000000000000ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0xbff8000000000000ull)); // -1.5
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0xbfe0000000000000ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x3ff0000000000000ull)); // 1
  EXPECT_NEAR(math::Hypot(math::Float64frombits(0xbfe0000000000000ull), math::Float64frombits(0xbff8000000000000ull)), 1.5811388300841898, 4e-16 * std::fabs(1.5811388300841898)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0xbfe0000000000000ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0xbfe0000000000000ull)); // -0.5
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0xbfe0000000000000ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0xc0068f095fdf593cull)); // -2.819842099193151
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0xbfe0000000000000ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0xbfe0000000000001ull)); // -0.5000000000000001
  EXPECT_EQ(math::Float64bits(math::Mod(math::Float64frombits(0xbfe0000000000000ull), math::Inf(1))), uint64_t(0xbfe0000000000000ull)); // -0.5
  EXPECT_EQ(math::Float64bits(math::Remainder(math::Float64frombits(0xbfe0000000000000ull), math::Inf(1))), uint64_t(0xbfe0000000000000ull)); // -0.5
  EXPECT_EQ(math::Float64bits(math::Pow(math::Float64frombits(0xbfe0000000000000ull), math::Inf(1))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0xbfe0000000000000ull), math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0xbfe0000000000000ull), math::Inf(1))), uint64_t(0xbfe0000000000000ull)); // -0.5
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0xbfe0000000000000ull), math::Inf(1))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Hypot(math::Float64frombits(0xbfe0000000000000ull), math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0xbfe0000000000000ull), math::Inf(1))), uint64_t(0x3fe0000000000000ull)); // 0.5
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0xbfe0000000000000ull), math::Inf(1))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0xbfe0000000000000ull), math::Inf(1))), uint64_t(0xbfdfffffffffffffull)); // -0.49999999999999994
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Float64frombits(0xbfe0000000000000ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Float64frombits(0xbfe0000000000000ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Pow(math::Float64frombits(0xbfe0000000000000ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Max(math::Float64frombits(0xbfe0000000000000ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Min(math::Float64frombits(0xbfe0000000000000ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Dim(math::Float64frombits(0xbfe0000000000000ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Hypot(math::Float64frombits(0xbfe0000000000000ull), math::NaN()))), true);
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0xbfe0000000000000ull), math::NaN())), uint64_t(0x3fe0000000000000ull)); // 0.5
  EXPECT_EQ(bool(math::IsNaN(math::Atan2(math::Float64frombits(0xbfe0000000000000ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Nextafter(math::Float64frombits(0xbfe0000000000000ull), math::NaN()))), true);
  EXPECT_EQ(math::Float64bits(math::Floor(math::Float64frombits(0x3ff8000000000000ull))), uint64_t(0x3ff0000000000000ull)); // 1
  EXPECT_EQ(math::Float64bits(math::Ceil(math::Float64frombits(0x3ff8000000000000ull))), uint64_t(0x4000000000000000ull)); // 2
  EXPECT_EQ(math::Float64bits(math::Trunc(math::Float64frombits(0x3ff8000000000000ull))), uint64_t(0x3ff0000000000000ull)); // 1
  EXPECT_EQ(math::Float64bits(math::Round(math::Float64frombits(0x3ff8000000000000ull))), uint64_t(0x4000000000000000ull)); // 2
  EXPECT_EQ(math::Float64bits(math::RoundToEven(math::Float64frombits(0x3ff8000000000000ull))), uint64_t(0x4000000000000000ull)); // 2
  EXPECT_EQ(math::Float64bits(math::Abs(math::Float64frombits(0x3ff8000000000000ull))), uint64_t(0x3ff8000000000000ull)); // 1.5
  EXPECT_EQ(math::Float64bits(math::Sqrt(math::Float64frombits(0x3ff8000000000000ull))), uint64_t(0x3ff3988e1409212eull)); // 1.224744871391589
  EXPECT_EQ(math::Float64bits(std::get<0>(math::Modf(math::Float64frombits(0x3ff8000000000000ull)))), uint64_t(0x3ff0000000000000ull)); // 1
  EXPECT_EQ(math::Float64bits(std::get<1>(math::Modf(math::Float64frombits(0x3ff8000000000000ull)))), uint64_t(0x3fe0000000000000ull)); // 0.5
  EXPECT_EQ(math::Float64bits(std::get<0>(math::Frexp(math::Float64frombits(0x3ff8000000000000ull)))), uint64_t(0x3fe8000000000000ull)); // 0.75
  EXPECT_EQ(int64_t(std::get<1>(math::Frexp(math::Float64frombits(0x3ff8000000000000ull)))), int64_t(1));
  EXPECT_EQ(int64_t(math::Ilogb(math::Float64frombits(0x3ff8000000000000ull))), int64_t(0));
  EXPECT_EQ(math::Float64bits(math::Logb(math::Float64frombits(0x3ff8000000000000ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Log2(math::Float64frombits(0x3ff8000000000000ull))), uint64_t(0x3fe2b803473f7ad2ull)); // 0.5849625007211563
  EXPECT_EQ(math::Float64bits(math::Log10(math::Float64frombits(0x3ff8000000000000ull))), uint64_t(0x3fc68a288b60b7fcull)); // 0.17609125905568124
  EXPECT_EQ(bool(math::Signbit(math::Float64frombits(0x3ff8000000000000ull))), false);
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Float64frombits(0x3ff8000000000000ull), math::Float64frombits(0x0ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Float64frombits(0x3ff8000000000000ull), math::Float64frombits(0x0ull)))), true);
  EXPECT_NEAR(math::Pow(math::Float64frombits(0x3ff8000000000000ull), math::Float64frombits(0x0ull)), 1, 4e-16 * std::fabs(1)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0x3ff8000000000000ull), math::Float64frombits(0x0ull))), uint64_t(0x3ff8000000000000ull)); // 1.5
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0x3ff8000000000000ull), math::Float64frombits(0x0ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0x3ff8000000000000ull), math::Float64frombits(0x0ull))), uint64_t(0x3ff8000000000000ull)); // 1.5
  EXPECT_NEAR(math::Hypot(math::Float64frombits(0x3ff8000000000000ull), math::Float64frombits(0x0ull)), 1.5, 4e-16 * std::fabs(1.5)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0x3ff8000000000000ull), math::Float64frombits(0x0ull))), uint64_t(0x3ff8000000000000ull)); // 1.5
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0x3ff8000000000000ull), math::Float64frombits(0x0ull))), uint64_t(0x3ff921fb54442d18ull)); // 1.5707963267948966
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0x3ff8000000000000ull), math::Float64frombits(0x0ull))), uint64_t(0x3ff7ffffffffffffull)); // 1.4999999999999998
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Float64frombits(0x3ff8000000000000ull), math::Copysign(0, -1)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Float64frombits(0x3ff8000000000000ull), math::Copysign(0, -1)))), true);
  EXPECT_NEAR(math::Pow(math::Float64frombits(0x3ff8000000000000ull), math::Copysign(0, -1)), 1, 4e-16 * std::fabs(1)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0x3ff8000000000000ull), math::Copysign(0, -1))), uint64_t(0x3ff8000000000000ull)); // 1.5
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0x3ff8000000000000ull), math::Copysign(0, -1))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0x3ff8000000000000ull), math::Copysign(0, -1))), uint64_t(0x3ff8000000000000ull)); // 1.5
  EXPECT_NEAR(math::Hypot(math::Float64frombits(0x3ff8000000000000ull), math::Copysign(0, -1)), 1.5, 4e-16 * std::fabs(1.5)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0x3ff8000000000000ull), math::Copysign(0, -1))), uint64_t(0xbff8000000000000ull)); // -1.5
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0x3ff8000000000000ull), math::Copysign(0, -1))), uint64_t(0x3ff921fb54442d18ull)); // 1.5707963267948966
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0x3ff8000000000000ull), math::Copysign(0, -1))), uint64_t(0x3ff7ffffffffffffull)); // 1.4999999999999998
  EXPECT_EQ(math::Float64bits(math::Mod(math::Float64frombits(0x3ff8000000000000ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x3ff8000000000000ull)); // 1.5
  EXPECT_EQ(math::Float64bits(math::Remainder(math::Float64frombits(0x3ff8000000000000ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0xbfe0000000000000ull)); // -0.5
  EXPECT_NEAR(math::Pow(math::Float64frombits(0x3ff8000000000000ull), math::Float64frombits(0x4000000000000000ull)), 2.25, 4e-16 * std::fabs(2.25)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0x3ff8000000000000ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x4000000000000000ull)); // 2
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0x3ff8000000000000ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x3ff8000000000000ull)); // 1.5
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0x3ff8000000000000ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_NEAR(math::Hypot(math::Float64frombits(0x3ff8000000000000ull), math::Float64frombits(0x4000000000000000ull)), 2.5, 4e-16 * std::fabs(2.5)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0x3ff8000000000000ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x3ff8000000000000ull)); // 1.5
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0x3ff8000000000000ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x3fe4978fa3269ee1ull)); // 0.6435011087932844
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0x3ff8000000000000ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x3ff8000000000001ull)); // 1.5000000000000002
  EXPECT_EQ(math::Float64bits(math::Mod(math::Float64frombits(0x3ff8000000000000ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Remainder(math::Float64frombits(0x3ff8000000000000ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_NEAR(math::Pow(math::Float64frombits(0x3ff8000000000000ull), math::Float64frombits(0xbff8000000000000ull)), 0.54433105395181736, 4e-16 * std::fabs(0.54433105395181736)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0x3ff8000000000000ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x3ff8000000000000ull)); // 1.5
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0x3ff8000000000000ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0xbff8000000000000ull)); // -1.5
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0x3ff8000000000000ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x4008000000000000ull)); // 3
  EXPECT_NEAR(math::Hypot(math::Float64frombits(0x3ff8000000000000ull), math::Float64frombits(0xbff8000000000000ull)), 2.1213203435596428, 4e-16 * std::fabs(2.1213203435596428)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0x3ff8000000000000ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0xbff8000000000000ull)); // -1.5
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0x3ff8000000000000ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x4002d97c7f3321d2ull)); // 2.356194490192345
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0x3ff8000000000000ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x3ff7ffffffffffffull)); // 1.4999999999999998
  EXPECT_EQ(math::Float64bits(math::Mod(math::Float64frombits(0x3ff8000000000000ull), math::Inf(1))), uint64_t(0x3ff8000000000000ull)); // 1.5
  EXPECT_EQ(math::Float64bits(math::Remainder(math::Float64frombits(0x3ff8000000000000ull), math::Inf(1))), uint64_t(0x3ff8000000000000ull)); // 1.5
  EXPECT_EQ(math::Float64bits(math::Pow(math::Float64frombits(0x3ff8000000000000ull), math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0x3ff8000000000000ull), math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0x3ff8000000000000ull), math::Inf(1))), uint64_t(0x3ff8000000000000ull)); // 1.5
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0x3ff8000000000000ull), math::Inf(1))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Hypot(math::Float64frombits(0x3ff8000000000000ull), math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0x3ff8000000000000ull), math::Inf(1))), uint64_t(0x3ff8000000000000ull)); // 1.5
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0x3ff8000000000000ull), math::Inf(1))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0x3ff8000000000000ull), math::Inf(1))), uint64_t(0x3ff8000000000001ull)); // 1.5000000000000002
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Float64frombits(0x3ff8000000000000ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Float64frombits(0x3ff8000000000000ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Pow(math::Float64frombits(0x3ff8000000000000ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Max(math::Float64frombits(0x3ff8000000000000ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Min(math::Float64frombits(0x3ff8000000000000ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Dim(math::Float64frombits(0x3ff8000000000000ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Hypot(math::Float64frombits(0x3ff8000000000000ull), math::NaN()))), true);
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0x3ff8000000000000ull), math::NaN())), uint64_t(0x3ff8000000000000ull)); // 1.5
  EXPECT_EQ(bool(math::IsNaN(math::Atan2(math::Float64frombits(0x3ff8000000000000ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Nextafter(math::Float64frombits(0x3ff8000000000000ull), math::NaN()))), true);
  EXPECT_EQ(math::Float64bits(math::Floor(math::Float64frombits(0x4004000000000000ull))), uint64_t(0x4000000000000000ull)); // 2
  EXPECT_EQ(math::Float64bits(math::Ceil(math::Float64frombits(0x4004000000000000ull))), uint64_t(0x4008000000000000ull)); // 3
  EXPECT_EQ(math::Float64bits(math::Trunc(math::Float64frombits(0x4004000000000000ull))), uint64_t(0x4000000000000000ull)); // 2
  EXPECT_EQ(math::Float64bits(math::Round(math::Float64frombits(0x4004000000000000ull))), uint64_t(0x4008000000000000ull)); // 3
  EXPECT_EQ(math::Float64bits(math::RoundToEven(math::Float64frombits(0x4004000000000000ull))), uint64_t(0x4000000000000000ull)); // 2
  EXPECT_EQ(math::Float64bits(math::Abs(math::Float64frombits(0x4004000000000000ull))), uint64_t(0x4004000000000000ull)); // 2.5
  EXPECT_EQ(math::Float64bits(math::Sqrt(math::Float64frombits(0x4004000000000000ull))), uint64_t(0x3ff94c583ada5b53ull)); // 1.5811388300841898
  EXPECT_EQ(math::Float64bits(std::get<0>(math::Modf(math::Float64frombits(0x4004000000000000ull)))), uint64_t(0x4000000000000000ull)); // 2
  EXPECT_EQ(math::Float64bits(std::get<1>(math::Modf(math::Float64frombits(0x4004000000000000ull)))), uint64_t(0x3fe0000000000000ull)); // 0.5
  EXPECT_EQ(math::Float64bits(std::get<0>(math::Frexp(math::Float64frombits(0x4004000000000000ull)))), uint64_t(0x3fe4000000000000ull)); // 0.625
  EXPECT_EQ(int64_t(std::get<1>(math::Frexp(math::Float64frombits(0x4004000000000000ull)))), int64_t(2));
  EXPECT_EQ(int64_t(math::Ilogb(math::Float64frombits(0x4004000000000000ull))), int64_t(1));
  EXPECT_EQ(math::Float64bits(math::Logb(math::Float64frombits(0x4004000000000000ull))), uint64_t(0x3ff0000000000000ull)); // 1
  EXPECT_EQ(math::Float64bits(math::Log2(math::Float64frombits(0x4004000000000000ull))), uint64_t(0x3ff5269e12f346e2ull)); // 1.3219280948873622
  EXPECT_EQ(math::Float64bits(math::Log10(math::Float64frombits(0x4004000000000000ull))), uint64_t(0x3fd977d95ec10c02ull)); // 0.3979400086720376
  EXPECT_EQ(bool(math::Signbit(math::Float64frombits(0x4004000000000000ull))), false);
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Float64frombits(0x4004000000000000ull), math::Float64frombits(0x0ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Float64frombits(0x4004000000000000ull), math::Float64frombits(0x0ull)))), true);
  EXPECT_NEAR(math::Pow(math::Float64frombits(0x4004000000000000ull), math::Float64frombits(0x0ull)), 1, 4e-16 * std::fabs(1)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0x4004000000000000ull), math::Float64frombits(0x0ull))), uint64_t(0x4004000000000000ull)); // 2.5
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0x4004000000000000ull), math::Float64frombits(0x0ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0x4004000000000000ull), math::Float64frombits(0x0ull))), uint64_t(0x4004000000000000ull)); // 2.5
  EXPECT_NEAR(math::Hypot(math::Float64frombits(0x4004000000000000ull), math::Float64frombits(0x0ull)), 2.5, 4e-16 * std::fabs(2.5)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0x4004000000000000ull), math::Float64frombits(0x0ull))), uint64_t(0x4004000000000000ull)); // 2.5
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0x4004000000000000ull), math::Float64frombits(0x0ull))), uint64_t(0x3ff921fb54442d18ull)); // 1.5707963267948966
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0x4004000000000000ull), math::Float64frombits(0x0ull))), uint64_t(0x4003ffffffffffffull)); // 2.4999999999999996
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Float64frombits(0x4004000000000000ull), math::Copysign(0, -1)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Float64frombits(0x4004000000000000ull), math::Copysign(0, -1)))), true);
  EXPECT_NEAR(math::Pow(math::Float64frombits(0x4004000000000000ull), math::Copysign(0, -1)), 1, 4e-16 * std::fabs(1)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0x4004000000000000ull), math::Copysign(0, -1))), uint64_t(0x4004000000000000ull)); // 2.5
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0x4004000000000000ull), math::Copysign(0, -1))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0x4004000000000000ull), math::Copysign(0, -1))), uint64_t(0x4004000000000000ull)); // 2.5
  EXPECT_NEAR(math::Hypot(math::Float64frombits(0x4004000000000000ull), math::Copysign(0, -1)), 2.5, 4e-16 * std::fabs(2.5)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0x4004000000000000ull), math::Copysign(0, -1))), uint64_t(0xc004000000000000ull)); // -2.5
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0x4004000000000000ull), math::Copysign(0, -1))), uint64_t(0x3ff921fb54442d18ull)); // 1.5707963267948966
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0x4004000000000000ull), math::Copysign(0, -1))), uint64_t(0x4003ffffffffffffull)); // 2.4999999999999996
  EXPECT_EQ(math::Float64bits(math::Mod(math::Float64frombits(0x4004000000000000ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x3fe0000000000000ull)); // 0.5
  EXPECT_EQ(math::Float64bits(math::Remainder(math::Float64frombits(0x4004000000000000ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x3fe0000000000000ull)); // 0.5
  EXPECT_NEAR(math::Pow(math::Float64frombits(0x4004000000000000ull), math::Float64frombits(0x4000000000000000ull)), 6.25, 4e-16 * std::fabs(6.25)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0x4004000000000000ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x4004000000000000ull)); // 2.5
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0x4004000000000000ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x4000000000000000ull)); // 2
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0x4004000000000000ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x3fe0000000000000ull)); // 0.5
  EXPECT_NEAR(math::Hypot(math::Float64frombits(0x4004000000000000ull), math::Float64frombits(0x4000000000000000ull)), 3.2015621187164243, 4e-16 * std::fabs(3.2015621187164243)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0x4004000000000000ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x4004000000000000ull)); // 2.5
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0x4004000000000000ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x3fecac7c57846f9eull)); // 0.8960553845713439
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0x4004000000000000ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x4003ffffffffffffull)); // 2.4999999999999996
  EXPECT_EQ(math::Float64bits(math::Mod(math::Float64frombits(0x4004000000000000ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x3ff0000000000000ull)); // 1
  EXPECT_EQ(math::Float64bits(math::Remainder(math::Float64frombits(0x4004000000000000ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0xbfe0000000000000ull)); // -0.5
  EXPECT_NEAR(math::Pow(math::Float64frombits(0x4004000000000000ull), math::Float64frombits(0xbff8000000000000ull)), 0.25298221281347033, 4e-16 * std::fabs(0.25298221281347033)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0x4004000000000000ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x4004000000000000ull)); // 2.5
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0x4004000000000000ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0xbff8000000000000ull)); // -1.5
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0x4004000000000000ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x4010000000000000ull)); // 4
  EXPECT_NEAR(math::Hypot(math::Float64frombits(0x4004000000000000ull), math::Float64frombits(0xbff8000000000000ull)), 2.9154759474226499, 4e-16 * std::fabs(2.9154759474226499)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0x4004000000000000ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0xc004000000000000ull)); // -2.5
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0x4004000000000000ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x4000e3c51fa059c4ull)); // 2.1112158270654806
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0x4004000000000000ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x4003ffffffffffffull)); // 2.4999999999999996
  EXPECT_EQ(math::Float64bits(math::Mod(math::Float64frombits(0x4004000000000000ull), math::Inf(1))), uint64_t(0x4004000000000000ull)); // 2.5
  EXPECT_EQ(math::Float64bits(math::Remainder(math::Float64frombits(0x4004000000000000ull), math::Inf(1))), uint64_t(0x4004000000000000ull)); // 2.5
  EXPECT_EQ(math::Float64bits(math::Pow(math::Float64frombits(0x4004000000000000ull), math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0x4004000000000000ull), math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0x4004000000000000ull), math::Inf(1))), uint64_t(0x4004000000000000ull)); // 2.5
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0x4004000000000000ull), math::Inf(1))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Hypot(math::Float64frombits(0x4004000000000000ull), math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0x4004000000000000ull), math::Inf(1))), uint64_t(0x4004000000000000ull)); // 2.5
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0x4004000000000000ull), math::Inf(1))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0x4004000000000000ull), math::Inf(1))), uint64_t(0x4004000000000001ull)); // 2.5000000000000004
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Float64frombits(0x4004000000000000ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Float64frombits(0x4004000000000000ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Pow(math::Float64frombits(0x4004000000000000ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Max(math::Float64frombits(0x4004000000000000ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Min(math::Float64frombits(0x4004000000000000ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Dim(math::Float64frombits(0x4004000000000000ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Hypot(math::Float64frombits(0x4004000000000000ull), math::NaN()))), true);
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0x4004000000000000ull), math::NaN())), uint64_t(0x4004000000000000ull)); // 2.5
  EXPECT_EQ(bool(math::IsNaN(math::Atan2(math::Float64frombits(0x4004000000000000ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Nextafter(math::Float64frombits(0x4004000000000000ull), math::NaN()))), true);
  EXPECT_EQ(math::Float64bits(math::Floor(math::Float64frombits(0xc004000000000000ull))), uint64_t(0xc008000000000000ull)); // -3
  EXPECT_EQ(math::Float64bits(math::Ceil(math::Float64frombits(0xc004000000000000ull))), uint64_t(0xc000000000000000ull)); // -2
  EXPECT_EQ(math::Float64bits(math::Trunc(math::Float64frombits(0xc004000000000000ull))), uint64_t(0xc000000000000000ull)); // -2
  EXPECT_EQ(math::Float64bits(math::Round(math::Float64frombits(0xc004000000000000ull))), uint64_t(0xc008000000000000ull)); // -3
  EXPECT_EQ(math::Float64bits(math::RoundToEven(math::Float64frombits(0xc004000000000000ull))), uint64_t(0xc000000000000000ull)); // -2
  EXPECT_EQ(math::Float64bits(math::Abs(math::Float64frombits(0xc004000000000000ull))), uint64_t(0x4004000000000000ull)); // 2.5
  EXPECT_EQ(bool(math::IsNaN(math::Sqrt(math::Float64frombits(0xc004000000000000ull)))), true);
  EXPECT_EQ(math::Float64bits(std::get<0>(math::Modf(math::Float64frombits(0xc004000000000000ull)))), uint64_t(0xc000000000000000ull)); // -2
  EXPECT_EQ(math::Float64bits(std::get<1>(math::Modf(math::Float64frombits(0xc004000000000000ull)))), uint64_t(0xbfe0000000000000ull)); // -0.5
  EXPECT_EQ(math::Float64bits(std::get<0>(math::Frexp(math::Float64frombits(0xc004000000000000ull)))), uint64_t(0xbfe4000000000000ull)); // -0.625
  EXPECT_EQ(int64_t(std::get<1>(math::Frexp(math::Float64frombits(0xc004000000000000ull)))), int64_t(2));
  EXPECT_EQ(int64_t(math::Ilogb(math::Float64frombits(0xc004000000000000ull))), int64_t(1));
  EXPECT_EQ(math::Float64bits(math::Logb(math::Float64frombits(0xc004000000000000ull))), uint64_t(0x3ff0000000000000ull)); // 1
  EXPECT_EQ(bool(math::IsNaN(math::Log2(math::Float64frombits(0xc004000000000000ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Log10(math::Float64frombits(0xc004000000000000ull)))), true);
  EXPECT_EQ(bool(math::Signbit(math::Float64frombits(0xc004000000000000ull))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Float64frombits(0xc004000000000000ull), math::Float64frombits(0x0ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Float64frombits(0xc004000000000000ull), math::Float64frombits(0x0ull)))), true);
  EXPECT_NEAR(math::Pow(math::Float64frombits(0xc004000000000000ull), math::Float64frombits(0x0ull)), 1, 4e-16 * std::fabs(1)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0xc004000000000000ull), math::Float64frombits(0x0ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0xc004000000000000ull), math::Float64frombits(0x0ull))), uint64_t(0xc004000000000000ull)); // -2.5
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0xc004000000000000ull), math::Float64frombits(0x0ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_NEAR(math::Hypot(math::Float64frombits(0xc004000000000000ull), math::Float64frombits(0x0ull)), 2.5, 4e-16 * std::fabs(2.5)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0xc004000000000000ull), math::Float64frombits(0x0ull))), uint64_t(0x4004000000000000ull)); // 2.5
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0xc004000000000000ull), math::Float64frombits(0x0ull))), uint64_t(0xbff921fb54442d18ull)); // -1.5707963267948966
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0xc004000000000000ull), math::Float64frombits(0x0ull))), uint64_t(0xc003ffffffffffffull)); // -2.4999999999999996
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Float64frombits(0xc004000000000000ull), math::Copysign(0, -1)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Float64frombits(0xc004000000000000ull), math::Copysign(0, -1)))), true);
  EXPECT_NEAR(math::Pow(math::Float64frombits(0xc004000000000000ull), math::Copysign(0, -1)), 1, 4e-16 * std::fabs(1)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0xc004000000000000ull), math::Copysign(0, -1))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0xc004000000000000ull), math::Copysign(0, -1))), uint64_t(0xc004000000000000ull)); // -2.5
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0xc004000000000000ull), math::Copysign(0, -1))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_NEAR(math::Hypot(math::Float64frombits(0xc004000000000000ull), math::Copysign(0, -1)), 2.5, 4e-16 * std::fabs(2.5)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0xc004000000000000ull), math::Copysign(0, -1))), uint64_t(0xc004000000000000ull)); // -2.5
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0xc004000000000000ull), math::Copysign(0, -1))), uint64_t(0xbff921fb54442d18ull)); // -1.5707963267948966
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0xc004000000000000ull), math::Copysign(0, -1))), uint64_t(0xc003ffffffffffffull)); // -2.4999999999999996
  EXPECT_EQ(math::Float64bits(math::Mod(math::Float64frombits(0xc004000000000000ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0xbfe0000000000000ull)); // -0.5
  EXPECT_EQ(math::Float64bits(math::Remainder(math::Float64frombits(0xc004000000000000ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0xbfe0000000000000ull)); // -0.5
  EXPECT_NEAR(math::Pow(math::Float64frombits(0xc004000000000000ull), math::Float64frombits(0x4000000000000000ull)), 6.25, 4e-16 * std::fabs(6.25)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0xc004000000000000ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x4000000000000000ull)); // 2
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0xc004000000000000ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0xc004000000000000ull)); // -2.5
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0xc004000000000000ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_NEAR(math::Hypot(math::Float64frombits(0xc004000000000000ull), math::Float64frombits(0x4000000000000000ull)), 3.2015621187164243, 4e-16 * std::fabs(3.2015621187164243)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0xc004000000000000ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x4004000000000000ull)); // 2.5
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0xc004000000000000ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0xbfecac7c57846f9eull)); // -0.8960553845713439
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0xc004000000000000ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0xc003ffffffffffffull)); // -2.4999999999999996
  EXPECT_EQ(math::Float64bits(math::Mod(math::Float64frombits(0xc004000000000000ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0xbff0000000000000ull)); // -1
  EXPECT_EQ(math::Float64bits(math::Remainder(math::Float64frombits(0xc004000000000000ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x3fe0000000000000ull)); // 0.5
  EXPECT_EQ(bool(math::IsNaN(math::Pow(math::Float64frombits(0xc004000000000000ull), math::Float64frombits(0xbff8000000000000ull)))), true);
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0xc004000000000000ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0xbff8000000000000ull)); // -1.5
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0xc004000000000000ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0xc004000000000000ull)); // -2.5
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0xc004000000000000ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_NEAR(math::Hypot(math::Float64frombits(0xc004000000000000ull), math::Float64frombits(0xbff8000000000000ull)), 2.9154759474226499, 4e-16 * std::fabs(2.9154759474226499)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0xc004000000000000ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0xc004000000000000ull)); // -2.5
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0xc004000000000000ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0xc000e3c51fa059c4ull)); // -2.1112158270654806
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0xc004000000000000ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0xc003ffffffffffffull)); // -2.4999999999999996
  EXPECT_EQ(math::Float64bits(math::Mod(math::Float64frombits(0xc004000000000000ull), math::Inf(1))), uint64_t(0xc004000000000000ull)); // -2.5
  EXPECT_EQ(math::Float64bits(math::Remainder(math::Float64frombits(0xc004000000000000ull), math::Inf(1))), uint64_t(0xc004000000000000ull)); // -2.5
  EXPECT_EQ(math::Float64bits(math::Pow(math::Float64frombits(0xc004000000000000ull), math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0xc004000000000000ull), math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0xc004000000000000ull), math::Inf(1))), uint64_t(0xc004000000000000ull)); // -2.5
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0xc004000000000000ull), math::Inf(1))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Hypot(math::Float64frombits(0xc004000000000000ull), math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0xc004000000000000ull), math::Inf(1))), uint64_t(0x4004000000000000ull)); // 2.5
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0xc004000000000000ull), math::Inf(1))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0xc004000000000000ull), math::Inf(1))), uint64_t(0xc003ffffffffffffull)); // -2.4999999999999996
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Float64frombits(0xc004000000000000ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Float64frombits(0xc004000000000000ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Pow(math::Float64frombits(0xc004000000000000ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Max(math::Float64frombits(0xc004000000000000ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Min(math::Float64frombits(0xc004000000000000ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Dim(math::Float64frombits(0xc004000000000000ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Hypot(math::Float64frombits(0xc004000000000000ull), math::NaN()))), true);
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0xc004000000000000ull), math::NaN())), uint64_t(0x4004000000000000ull)); // 2.5
  EXPECT_EQ(bool(math::IsNaN(math::Atan2(math::Float64frombits(0xc004000000000000ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Nextafter(math::Float64frombits(0xc004000000000000ull), math::NaN()))), true);
  EXPECT_EQ(math::Float64bits(math::Floor(math::Float64frombits(0x400d99999999999aull))), uint64_t(0x4008000000000000ull)); // 3
  EXPECT_EQ(math::Float64bits(math::Ceil(math::Float64frombits(0x400d99999999999aull))), uint64_t(0x4010000000000000ull)); // 4
  EXPECT_EQ(math::Float64bits(math::Trunc(math::Float64frombits(0x400d99999999999aull))), uint64_t(0x4008000000000000ull)); // 3
  EXPECT_EQ(math::Float64bits(math::Round(math::Float64frombits(0x400d99999999999aull))), uint64_t(0x4010000000000000ull)); // 4
  EXPECT_EQ(math::Float64bits(math::RoundToEven(math::Float64frombits(0x400d99999999999aull))), uint64_t(0x4010000000000000ull)); // 4
  EXPECT_EQ(math::Float64bits(math::Abs(math::Float64frombits(0x400d99999999999aull))), uint64_t(0x400d99999999999aull)); // 3.7
  EXPECT_EQ(math::Float64bits(math::Sqrt(math::Float64frombits(0x400d99999999999aull))), uint64_t(0x3ffec6d0353167a9ull)); // 1.9235384061671346
  EXPECT_EQ(math::Float64bits(std::get<0>(math::Modf(math::Float64frombits(0x400d99999999999aull)))), uint64_t(0x4008000000000000ull)); // 3
  EXPECT_EQ(math::Float64bits(std::get<1>(math::Modf(math::Float64frombits(0x400d99999999999aull)))), uint64_t(0x3fe6666666666668ull)); // 0.7000000000000002
  EXPECT_EQ(math::Float64bits(std::get<0>(math::Frexp(math::Float64frombits(0x400d99999999999aull)))), uint64_t(0x3fed99999999999aull)); // 0.925
  EXPECT_EQ(int64_t(std::get<1>(math::Frexp(math::Float64frombits(0x400d99999999999aull)))), int64_t(2));
  EXPECT_EQ(int64_t(math::Ilogb(math::Float64frombits(0x400d99999999999aull))), int64_t(1));
  EXPECT_EQ(math::Float64bits(math::Logb(math::Float64frombits(0x400d99999999999aull))), uint64_t(0x3ff0000000000000ull)); // 1
  EXPECT_EQ(math::Float64bits(math::Log2(math::Float64frombits(0x400d99999999999aull))), uint64_t(0x3ffe334db2c356b0ull)); // 1.8875252707415875
  EXPECT_EQ(math::Float64bits(math::Log10(math::Float64frombits(0x400d99999999999aull))), uint64_t(0x3fe22eb561ccc100ull)); // 0.568201724066995
  EXPECT_EQ(bool(math::Signbit(math::Float64frombits(0x400d99999999999aull))), false);
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Float64frombits(0x400d99999999999aull), math::Float64frombits(0x0ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Float64frombits(0x400d99999999999aull), math::Float64frombits(0x0ull)))), true);
  EXPECT_NEAR(math::Pow(math::Float64frombits(0x400d99999999999aull), math::Float64frombits(0x0ull)), 1, 4e-16 * std::fabs(1)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0x400d99999999999aull), math::Float64frombits(0x0ull))), uint64_t(0x400d99999999999aull)); // 3.7
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0x400d99999999999aull), math::Float64frombits(0x0ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0x400d99999999999aull), math::Float64frombits(0x0ull))), uint64_t(0x400d99999999999aull)); // 3.7
  EXPECT_NEAR(math::Hypot(math::Float64frombits(0x400d99999999999aull), math::Float64frombits(0x0ull)), 3.7000000000000002, 4e-16 * std::fabs(3.7000000000000002)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0x400d99999999999aull), math::Float64frombits(0x0ull))), uint64_t(0x400d99999999999aull)); // 3.7
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0x400d99999999999aull), math::Float64frombits(0x0ull))), uint64_t(0x3ff921fb54442d18ull)); // 1.5707963267948966
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0x400d99999999999aull), math::Float64frombits(0x0ull))), uint64_t(0x400d999999999999ull)); // 3.6999999999999997
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Float64frombits(0x400d99999999999aull), math::Copysign(0, -1)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Float64frombits(0x400d99999999999aull), math::Copysign(0, -1)))), true);
  EXPECT_NEAR(math::Pow(math::Float64frombits(0x400d99999999999aull), math::Copysign(0, -1)), 1, 4e-16 * std::fabs(1)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0x400d99999999999aull), math::Copysign(0, -1))), uint64_t(0x400d99999999999aull)); // 3.7
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0x400d99999999999aull), math::Copysign(0, -1))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0x400d99999999999aull), math::Copysign(0, -1))), uint64_t(0x400d99999999999aull)); // 3.7
  EXPECT_NEAR(math::Hypot(math::Float64frombits(0x400d99999999999aull), math::Copysign(0, -1)), 3.7000000000000002, 4e-16 * std::fabs(3.7000000000000002)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0x400d99999999999aull), math::Copysign(0, -1))), uint64_t(0xc00d99999999999aull)); // -3.7
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0x400d99999999999aull), math::Copysign(0, -1))), uint64_t(0x3ff921fb54442d18ull)); // 1.5707963267948966
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0x400d99999999999aull), math::Copysign(0, -1))), uint64_t(0x400d999999999999ull)); // 3.6999999999999997
  EXPECT_EQ(math::Float64bits(math::Mod(math::Float64frombits(0x400d99999999999aull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x3ffb333333333334ull)); // 1.7000000000000002
  EXPECT_EQ(math::Float64bits(math::Remainder(math::Float64frombits(0x400d99999999999aull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0xbfd3333333333330ull)); // -0.2999999999999998
  EXPECT_NEAR(math::Pow(math::Float64frombits(0x400d99999999999aull), math::Float64frombits(0x4000000000000000ull)), 13.690000000000001, 4e-16 * std::fabs(13.690000000000001)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0x400d99999999999aull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x400d99999999999aull)); // 3.7
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0x400d99999999999aull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x4000000000000000ull)); // 2
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0x400d99999999999aull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x3ffb333333333334ull)); // 1.7000000000000002
  EXPECT_NEAR(math::Hypot(math::Float64frombits(0x400d99999999999aull), math::Float64frombits(0x4000000000000000ull)), 4.2059481689626184, 4e-16 * std::fabs(4.2059481689626184)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0x400d99999999999aull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x400d99999999999aull)); // 3.7
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0x400d99999999999aull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x3ff13433bcd294b5ull)); // 1.075244653309068
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0x400d99999999999aull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x400d999999999999ull)); // 3.6999999999999997
  EXPECT_EQ(math::Float64bits(math::Mod(math::Float64frombits(0x400d99999999999aull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x3fe6666666666668ull)); // 0.7000000000000002
  EXPECT_EQ(math::Float64bits(math::Remainder(math::Float64frombits(0x400d99999999999aull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x3fe6666666666668ull)); // 0.7000000000000002
  EXPECT_NEAR(math::Pow(math::Float64frombits(0x400d99999999999aull), math::Float64frombits(0xbff8000000000000ull)), 0.14050682294865846, 4e-16 * std::fabs(0.14050682294865846)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0x400d99999999999aull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x400d99999999999aull)); // 3.7
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0x400d99999999999aull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0xbff8000000000000ull)); // -1.5
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0x400d99999999999aull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x4014cccccccccccdull)); // 5.2
  EXPECT_NEAR(math::Hypot(math::Float64frombits(0x400d99999999999aull), math::Float64frombits(0xbff8000000000000ull)), 3.9924929555354258, 4e-16 * std::fabs(3.9924929555354258)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0x400d99999999999aull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0xc00d99999999999aull)); // -3.7
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0x400d99999999999aull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x3fff4b963f1e6aacull)); // 1.9559538331583708
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0x400d99999999999aull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x400d999999999999ull)); // 3.6999999999999997
  EXPECT_EQ(math::Float64bits(math::Mod(math::Float64frombits(0x400d99999999999aull), math::Inf(1))), uint64_t(0x400d99999999999aull)); // 3.7
  EXPECT_EQ(math::Float64bits(math::Remainder(math::Float64frombits(0x400d99999999999aull), math::Inf(1))), uint64_t(0x400d99999999999aull)); // 3.7
  EXPECT_EQ(math::Float64bits(math::Pow(math::Float64frombits(0x400d99999999999aull), math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0x400d99999999999aull), math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0x400d99999999999aull), math::Inf(1))), uint64_t(0x400d99999999999aull)); // 3.7
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0x400d99999999999aull), math::Inf(1))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Hypot(math::Float64frombits(0x400d99999999999aull), math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0x400d99999999999aull), math::Inf(1))), uint64_t(0x400d99999999999aull)); // 3.7
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0x400d99999999999aull), math::Inf(1))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0x400d99999999999aull), math::Inf(1))), uint64_t(0x400d99999999999bull)); // 3.7000000000000006
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Float64frombits(0x400d99999999999aull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Float64frombits(0x400d99999999999aull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Pow(math::Float64frombits(0x400d99999999999aull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Max(math::Float64frombits(0x400d99999999999aull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Min(math::Float64frombits(0x400d99999999999aull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Dim(math::Float64frombits(0x400d99999999999aull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Hypot(math::Float64frombits(0x400d99999999999aull), math::NaN()))), true);
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0x400d99999999999aull), math::NaN())), uint64_t(0x400d99999999999aull)); // 3.7
  EXPECT_EQ(bool(math::IsNaN(math::Atan2(math::Float64frombits(0x400d99999999999aull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Nextafter(math::Float64frombits(0x400d99999999999aull), math::NaN()))), true);
  EXPECT_EQ(math::Float64bits(math::Floor(math::Float64frombits(0xc00d99999999999aull))), uint64_t(0xc010000000000000ull)); // -4
  EXPECT_EQ(math::Float64bits(math::Ceil(math::Float64frombits(0xc00d99999999999aull))), uint64_t(0xc008000000000000ull)); // -3
  EXPECT_EQ(math::Float64bits(math::Trunc(math::Float64frombits(0xc00d99999999999aull))), uint64_t(0xc008000000000000ull)); // -3
  EXPECT_EQ(math::Float64bits(math::Round(math::Float64frombits(0xc00d99999999999aull))), uint64_t(0xc010000000000000ull)); // -4
  EXPECT_EQ(math::Float64bits(math::RoundToEven(math::Float64frombits(0xc00d99999999999aull))), uint64_t(0xc010000000000000ull)); // -4
  EXPECT_EQ(math::Float64bits(math::Abs(math::Float64frombits(0xc00d99999999999aull))), uint64_t(0x400d99999999999aull)); // 3.7
  EXPECT_EQ(bool(math::IsNaN(math::Sqrt(math::Float64frombits(0xc00d99999999999aull)))), true);
  EXPECT_EQ(math::Float64bits(std::get<0>(math::Modf(math::Float64frombits(0xc00d99999999999aull)))), uint64_t(0xc008000000000000ull)); // -3
  EXPECT_EQ(math::Float64bits(std::get<1>(math::Modf(math::Float64frombits(0xc00d99999999999aull)))), uint64_t(0xbfe6666666666668ull)); // -0.7000000000000002
  EXPECT_EQ(math::Float64bits(std::get<0>(math::Frexp(math::Float64frombits(0xc00d99999999999aull)))), uint64_t(0xbfed99999999999aull)); // -0.925
  EXPECT_EQ(int64_t(std::get<1>(math::Frexp(math::Float64frombits(0xc00d99999999999aull)))), int64_t(2));
  EXPECT_EQ(int64_t(math::Ilogb(math::Float64frombits(0xc00d99999999999aull))), int64_t(1));
  EXPECT_EQ(math::Float64bits(math::Logb(math::Float64frombits(0xc00d99999999999aull))), uint64_t(0x3ff0000000000000ull)); // 1
  EXPECT_EQ(bool(math::IsNaN(math::Log2(math::Float64frombits(0xc00d99999999999aull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Log10(math::Float64frombits(0xc00d99999999999aull)))), true);
  EXPECT_EQ(bool(math::Signbit(math::Float64frombits(0xc00d99999999999aull))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Float64frombits(0xc00d99999999999aull), math::Float64frombits(0x0ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Float64frombits(0xc00d99999999999aull), math::Float64frombits(0x0ull)))), true);
  EXPECT_NEAR(math::Pow(math::Float64frombits(0xc00d99999999999aull), math::Float64frombits(0x0ull)), 1, 4e-16 * std::fabs(1)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0xc00d99999999999aull), math::Float64frombits(0x0ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0xc00d99999999999aull), math::Float64frombits(0x0ull))), uint64_t(0xc00d99999999999aull)); // -3.7
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0xc00d99999999999aull), math::Float64frombits(0x0ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_NEAR(math::Hypot(math::Float64frombits(0xc00d99999999999aull), math::Float64frombits(0x0ull)), 3.7000000000000002, 4e-16 * std::fabs(3.7000000000000002)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0xc00d99999999999aull), math::Float64frombits(0x0ull))), uint64_t(0x400d99999999999aull)); // 3.7
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0xc00d99999999999aull), math::Float64frombits(0x0ull))), uint64_t(0xbff921fb54442d18ull)); // -1.5707963267948966
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0xc00d99999999999aull), math::Float64frombits(0x0ull))), uint64_t(0xc00d999999999999ull)); // -3.6999999999999997
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Float64frombits(0xc00d99999999999aull), math::Copysign(0, -1)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Float64frombits(0xc00d99999999999aull), math::Copysign(0, -1)))), true);
  EXPECT_NEAR(math::Pow(math::Float64frombits(0xc00d99999999999aull), math::Copysign(0, -1)), 1, 4e-16 * std::fabs(1)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0xc00d99999999999aull), math::Copysign(0, -1))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0xc00d99999999999aull), math::Copysign(0, -1))), uint64_t(0xc00d99999999999aull)); // -3.7
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0xc00d99999999999aull), math::Copysign(0, -1))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_NEAR(math::Hypot(math::Float64frombits(0xc00d99999999999aull), math::Copysign(0, -1)), 3.7000000000000002, 4e-16 * std::fabs(3.7000000000000002)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0xc00d99999999999aull), math::Copysign(0, -1))), uint64_t(0xc00d99999999999aull)); // -3.7
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0xc00d99999999999aull), math::Copysign(0, -1))), uint64_t(0xbff921fb54442d18ull)); // -1.5707963267948966
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0xc00d99999999999aull), math::Copysign(0, -1))), uint64_t(0xc00d999999999999ull)); // -3.6999999999999997
  EXPECT_EQ(math::Float64bits(math::Mod(math::Float64frombits(0xc00d99999999999aull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0xbffb333333333334ull)); // -1.7000000000000002
  EXPECT_EQ(math::Float64bits(math::Remainder(math::Float64frombits(0xc00d99999999999aull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x3fd3333333333330ull)); // 0.2999999999999998
  EXPECT_NEAR(math::Pow(math::Float64frombits(0xc00d99999999999aull), math::Float64frombits(0x4000000000000000ull)), 13.690000000000001, 4e-16 * std::fabs(13.690000000000001)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0xc00d99999999999aull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x4000000000000000ull)); // 2
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0xc00d99999999999aull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0xc00d99999999999aull)); // -3.7
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0xc00d99999999999aull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_NEAR(math::Hypot(math::Float64frombits(0xc00d99999999999aull), math::Float64frombits(0x4000000000000000ull)), 4.2059481689626184, 4e-16 * std::fabs(4.2059481689626184)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0xc00d99999999999aull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x400d99999999999aull)); // 3.7
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0xc00d99999999999aull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0xbff13433bcd294b5ull)); // -1.075244653309068
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0xc00d99999999999aull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0xc00d999999999999ull)); // -3.6999999999999997
  EXPECT_EQ(math::Float64bits(math::Mod(math::Float64frombits(0xc00d99999999999aull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0xbfe6666666666668ull)); // -0.7000000000000002
  EXPECT_EQ(math::Float64bits(math::Remainder(math::Float64frombits(0xc00d99999999999aull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0xbfe6666666666668ull)); // -0.7000000000000002
  EXPECT_EQ(bool(math::IsNaN(math::Pow(math::Float64frombits(0xc00d99999999999aull), math::Float64frombits(0xbff8000000000000ull)))), true);
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0xc00d99999999999aull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0xbff8000000000000ull)); // -1.5
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0xc00d99999999999aull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0xc00d99999999999aull)); // -3.7
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0xc00d99999999999aull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_NEAR(math::Hypot(math::Float64frombits(0xc00d99999999999aull), math::Float64frombits(0xbff8000000000000ull)), 3.9924929555354258, 4e-16 * std::fabs(3.9924929555354258)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0xc00d99999999999aull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0xc00d99999999999aull)); // -3.7
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0xc00d99999999999aull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0xbfff4b963f1e6aacull)); // -1.9559538331583708
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0xc00d99999999999aull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0xc00d999999999999ull)); // -3.6999999999999997
  EXPECT_EQ(math::Float64bits(math::Mod(math::Float64frombits(0xc00d99999999999aull), math::Inf(1))), uint64_t(0xc00d99999999999aull)); // -3.7
  EXPECT_EQ(math::Float64bits(math::Remainder(math::Float64frombits(0xc00d99999999999aull), math::Inf(1))), uint64_t(0xc00d99999999999aull)); // -3.7
  EXPECT_EQ(math::Float64bits(math::Pow(math::Float64frombits(0xc00d99999999999aull), math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0xc00d99999999999aull), math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0xc00d99999999999aull), math::Inf(1))), uint64_t(0xc00d99999999999aull)); // -3.7
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0xc00d99999999999aull), math::Inf(1))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Hypot(math::Float64frombits(0xc00d99999999999aull), math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0xc00d99999999999aull), math::Inf(1))), uint64_t(0x400d99999999999aull)); // 3.7
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0xc00d99999999999aull), math::Inf(1))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0xc00d99999999999aull), math::Inf(1))), uint64_t(0xc00d999999999999ull)); // -3.6999999999999997
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Float64frombits(0xc00d99999999999aull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Float64frombits(0xc00d99999999999aull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Pow(math::Float64frombits(0xc00d99999999999aull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Max(math::Float64frombits(0xc00d99999999999aull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Min(math::Float64frombits(0xc00d99999999999aull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Dim(math::Float64frombits(0xc00d99999999999aull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Hypot(math::Float64frombits(0xc00d99999999999aull), math::NaN()))), true);
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0xc00d99999999999aull), math::NaN())), uint64_t(0x400d99999999999aull)); // 3.7
  EXPECT_EQ(bool(math::IsNaN(math::Atan2(math::Float64frombits(0xc00d99999999999aull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Nextafter(math::Float64frombits(0xc00d99999999999aull), math::NaN()))), true);
  EXPECT_EQ(math::Float64bits(math::Floor(math::Float64frombits(0x7e37e43c8800759cull))), uint64_t(0x7e37e43c8800759cull)); // 1e+300
  EXPECT_EQ(math::Float64bits(math::Ceil(math::Float64frombits(0x7e37e43c8800759cull))), uint64_t(0x7e37e43c8800759cull)); // 1e+300
  EXPECT_EQ(math::Float64bits(math::Trunc(math::Float64frombits(0x7e37e43c8800759cull))), uint64_t(0x7e37e43c8800759cull)); // 1e+300
  EXPECT_EQ(math::Float64bits(math::Round(math::Float64frombits(0x7e37e43c8800759cull))), uint64_t(0x7e37e43c8800759cull)); // 1e+300
  EXPECT_EQ(math::Float64bits(math::RoundToEven(math::Float64frombits(0x7e37e43c8800759cull))), uint64_t(0x7e37e43c8800759cull)); // 1e+300
  EXPECT_EQ(math::Float64bits(math::Abs(math::Float64frombits(0x7e37e43c8800759cull))), uint64_t(0x7e37e43c8800759cull)); // 1e+300
  EXPECT_EQ(math::Float64bits(math::Sqrt(math::Float64frombits(0x7e37e43c8800759cull))), uint64_t(0x5f138d352e5096afull)); // 1e+150
  EXPECT_EQ(math::Float64bits(std::get<0>(math::Modf(math::Float64frombits(0x7e37e43c8800759cull)))), uint64_t(0x7e37e43c8800759cull)); // 1e+300
  EXPECT_EQ(math::Float64bits(std::get<1>(math::Modf(math::Float64frombits(0x7e37e43c8800759cull)))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(std::get<0>(math::Frexp(math::Float64frombits(0x7e37e43c8800759cull)))), uint64_t(0x3fe7e43c8800759cull)); // 0.7466108948025751
  EXPECT_EQ(int64_t(std::get<1>(math::Frexp(math::Float64frombits(0x7e37e43c8800759cull)))), int64_t(997));
  EXPECT_EQ(int64_t(math::Ilogb(math::Float64frombits(0x7e37e43c8800759cull))), int64_t(996));
  EXPECT_EQ(math::Float64bits(math::Logb(math::Float64frombits(0x7e37e43c8800759cull))), uint64_t(0x408f200000000000ull)); // 996
  EXPECT_EQ(math::Float64bits(math::Log2(math::Float64frombits(0x7e37e43c8800759cull))), uint64_t(0x408f24a09f1a8b89ull)); // 996.5784284662087
  EXPECT_EQ(math::Float64bits(math::Log10(math::Float64frombits(0x7e37e43c8800759cull))), uint64_t(0x4072c00000000000ull)); // 300
  EXPECT_EQ(bool(math::Signbit(math::Float64frombits(0x7e37e43c8800759cull))), false);
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Float64frombits(0x7e37e43c8800759cull), math::Float64frombits(0x0ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Float64frombits(0x7e37e43c8800759cull), math::Float64frombits(0x0ull)))), true);
  EXPECT_NEAR(math::Pow(math::Float64frombits(0x7e37e43c8800759cull), math::Float64frombits(0x0ull)), 1, 4e-16 * std::fabs(1)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0x7e37e43c8800759cull), math::Float64frombits(0x0ull))), uint64_t(0x7e37e43c8800759cull)); // 1e+300
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0x7e37e43c8800759cull), math::Float64frombits(0x0ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0x7e37e43c8800759cull), math::Float64frombits(0x0ull))), uint64_t(0x7e37e43c8800759cull)); // 1e+300
  EXPECT_NEAR(math::Hypot(math::Float64frombits(0x7e37e43c8800759cull), math::Float64frombits(0x0ull)), 1.0000000000000001e+300, 4e-16 * std::fabs(1.0000000000000001e+300)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0x7e37e43c8800759cull), math::Float64frombits(0x0ull))), uint64_t(0x7e37e43c8800759cull)); // 1e+300
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0x7e37e43c8800759cull), math::Float64frombits(0x0ull))), uint64_t(0x3ff921fb54442d18ull)); // 1.5707963267948966
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0x7e37e43c8800759cull), math::Float64frombits(0x0ull))), uint64_t(0x7e37e43c8800759bull)); // 9.999999999999999e+299
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Float64frombits(0x7e37e43c8800759cull), math::Copysign(0, -1)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Float64frombits(0x7e37e43c8800759cull), math::Copysign(0, -1)))), true);
  EXPECT_NEAR(math::Pow(math::Float64frombits(0x7e37e43c8800759cull), math::Copysign(0, -1)), 1, 4e-16 * std::fabs(1)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0x7e37e43c8800759cull), math::Copysign(0, -1))), uint64_t(0x7e37e43c8800759cull)); // 1e+300
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0x7e37e43c8800759cull), math::Copysign(0, -1))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0x7e37e43c8800759cull), math::Copysign(0, -1))), uint64_t(0x7e37e43c8800759cull)); // 1e+300
  EXPECT_NEAR(math::Hypot(math::Float64frombits(0x7e37e43c8800759cull), math::Copysign(0, -1)), 1.0000000000000001e+300, 4e-16 * std::fabs(1.0000000000000001e+300)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0x7e37e43c8800759cull), math::Copysign(0, -1))), uint64_t(0xfe37e43c8800759cull)); // -1e+300
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0x7e37e43c8800759cull), math::Copysign(0, -1))), uint64_t(0x3ff921fb54442d18ull)); // 1.5707963267948966
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0x7e37e43c8800759cull), math::Copysign(0, -1))), uint64_t(0x7e37e43c8800759bull)); // 9.999999999999999e+299
  EXPECT_EQ(math::Float64bits(math::Mod(math::Float64frombits(0x7e37e43c8800759cull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Remainder(math::Float64frombits(0x7e37e43c8800759cull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Pow(math::Float64frombits(0x7e37e43c8800759cull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0x7e37e43c8800759cull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x7e37e43c8800759cull)); // 1e+300
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0x7e37e43c8800759cull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x4000000000000000ull)); // 2
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0x7e37e43c8800759cull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x7e37e43c8800759cull)); // 1e+300
  EXPECT_NEAR(math::Hypot(math::Float64frombits(0x7e37e43c8800759cull), math::Float64frombits(0x4000000000000000ull)), 1.0000000000000001e+300, 4e-16 * std::fabs(1.0000000000000001e+300)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0x7e37e43c8800759cull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x7e37e43c8800759cull)); // 1e+300
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0x7e37e43c8800759cull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x3ff921fb54442d18ull)); // 1.5707963267948966
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0x7e37e43c8800759cull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x7e37e43c8800759bull)); // 9.999999999999999e+299
  EXPECT_EQ(math::Float64bits(math::Mod(math::Float64frombits(0x7e37e43c8800759cull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Remainder(math::Float64frombits(0x7e37e43c8800759cull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Pow(math::Float64frombits(0x7e37e43c8800759cull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0x7e37e43c8800759cull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x7e37e43c8800759cull)); // 1e+300
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0x7e37e43c8800759cull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0xbff8000000000000ull)); // -1.5
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0x7e37e43c8800759cull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x7e37e43c8800759cull)); // 1e+300
  EXPECT_NEAR(math::Hypot(math::Float64frombits(0x7e37e43c8800759cull), math::Float64frombits(0xbff8000000000000ull)), 1.0000000000000001e+300, 4e-16 * std::fabs(1.0000000000000001e+300)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0x7e37e43c8800759cull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0xfe37e43c8800759cull)); // -1e+300
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0x7e37e43c8800759cull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x3ff921fb54442d18ull)); // 1.5707963267948966
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0x7e37e43c8800759cull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x7e37e43c8800759bull)); // 9.999999999999999e+299
  EXPECT_EQ(math::Float64bits(math::Mod(math::Float64frombits(0x7e37e43c8800759cull), math::Inf(1))), uint64_t(0x7e37e43c8800759cull)); // 1e+300
  EXPECT_EQ(math::Float64bits(math::Remainder(math::Float64frombits(0x7e37e43c8800759cull), math::Inf(1))), uint64_t(0x7e37e43c8800759cull)); // 1e+300
  EXPECT_EQ(math::Float64bits(math::Pow(math::Float64frombits(0x7e37e43c8800759cull), math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0x7e37e43c8800759cull), math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0x7e37e43c8800759cull), math::Inf(1))), uint64_t(0x7e37e43c8800759cull)); // 1e+300
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0x7e37e43c8800759cull), math::Inf(1))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Hypot(math::Float64frombits(0x7e37e43c8800759cull), math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0x7e37e43c8800759cull), math::Inf(1))), uint64_t(0x7e37e43c8800759cull)); // 1e+300
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0x7e37e43c8800759cull), math::Inf(1))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0x7e37e43c8800759cull), math::Inf(1))), uint64_t(0x7e37e43c8800759dull)); // 1.0000000000000002e+300
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Float64frombits(0x7e37e43c8800759cull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Float64frombits(0x7e37e43c8800759cull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Pow(math::Float64frombits(0x7e37e43c8800759cull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Max(math::Float64frombits(0x7e37e43c8800759cull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Min(math::Float64frombits(0x7e37e43c8800759cull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Dim(math::Float64frombits(0x7e37e43c8800759cull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Hypot(math::Float64frombits(0x7e37e43c8800759cull), math::NaN()))), true);
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0x7e37e43c8800759cull), math::NaN())), uint64_t(0x7e37e43c8800759cull)); // 1e+300
  EXPECT_EQ(bool(math::IsNaN(math::Atan2(math::Float64frombits(0x7e37e43c8800759cull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Nextafter(math::Float64frombits(0x7e37e43c8800759cull), math::NaN()))), true);
  EXPECT_EQ(math::Float64bits(math::Floor(math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Ceil(math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Trunc(math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Round(math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::RoundToEven(math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Abs(math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Sqrt(math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(std::get<0>(math::Modf(math::Inf(1)))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(bool(math::IsNaN(std::get<1>(math::Modf(math::Inf(1))))), true);
  EXPECT_EQ(math::Float64bits(std::get<0>(math::Frexp(math::Inf(1)))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(int64_t(std::get<1>(math::Frexp(math::Inf(1)))), int64_t(0));
  EXPECT_EQ(int64_t(math::Ilogb(math::Inf(1))), int64_t(2147483647));
  EXPECT_EQ(math::Float64bits(math::Logb(math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Log2(math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Log10(math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(bool(math::Signbit(math::Inf(1))), false);
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Inf(1), math::Float64frombits(0x0ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Inf(1), math::Float64frombits(0x0ull)))), true);
  EXPECT_NEAR(math::Pow(math::Inf(1), math::Float64frombits(0x0ull)), 1, 4e-16 * std::fabs(1)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Max(math::Inf(1), math::Float64frombits(0x0ull))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Min(math::Inf(1), math::Float64frombits(0x0ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Dim(math::Inf(1), math::Float64frombits(0x0ull))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Hypot(math::Inf(1), math::Float64frombits(0x0ull))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Inf(1), math::Float64frombits(0x0ull))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Inf(1), math::Float64frombits(0x0ull))), uint64_t(0x3ff921fb54442d18ull)); // 1.5707963267948966
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Inf(1), math::Float64frombits(0x0ull))), uint64_t(0x7fefffffffffffffull)); // 1.7976931348623157e+308
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Inf(1), math::Copysign(0, -1)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Inf(1), math::Copysign(0, -1)))), true);
  EXPECT_NEAR(math::Pow(math::Inf(1), math::Copysign(0, -1)), 1, 4e-16 * std::fabs(1)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Max(math::Inf(1), math::Copysign(0, -1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Min(math::Inf(1), math::Copysign(0, -1))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(math::Dim(math::Inf(1), math::Copysign(0, -1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Hypot(math::Inf(1), math::Copysign(0, -1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Inf(1), math::Copysign(0, -1))), uint64_t(0xfff0000000000000ull)); // -Inf
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Inf(1), math::Copysign(0, -1))), uint64_t(0x3ff921fb54442d18ull)); // 1.5707963267948966
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Inf(1), math::Copysign(0, -1))), uint64_t(0x7fefffffffffffffull)); // 1.7976931348623157e+308
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Inf(1), math::Float64frombits(0x4000000000000000ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Inf(1), math::Float64frombits(0x4000000000000000ull)))), true);
  EXPECT_EQ(math::Float64bits(math::Pow(math::Inf(1), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Max(math::Inf(1), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Min(math::Inf(1), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x4000000000000000ull)); // 2
  EXPECT_EQ(math::Float64bits(math::Dim(math::Inf(1), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Hypot(math::Inf(1), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Inf(1), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Inf(1), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x3ff921fb54442d18ull)); // 1.5707963267948966
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Inf(1), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x7fefffffffffffffull)); // 1.7976931348623157e+308
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Inf(1), math::Float64frombits(0xbff8000000000000ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Inf(1), math::Float64frombits(0xbff8000000000000ull)))), true);
  EXPECT_EQ(math::Float64bits(math::Pow(math::Inf(1), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Max(math::Inf(1), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Min(math::Inf(1), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0xbff8000000000000ull)); // -1.5
  EXPECT_EQ(math::Float64bits(math::Dim(math::Inf(1), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Hypot(math::Inf(1), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Inf(1), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0xfff0000000000000ull)); // -Inf
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Inf(1), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x3ff921fb54442d18ull)); // 1.5707963267948966
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Inf(1), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x7fefffffffffffffull)); // 1.7976931348623157e+308
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Inf(1), math::Inf(1)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Inf(1), math::Inf(1)))), true);
  EXPECT_EQ(math::Float64bits(math::Pow(math::Inf(1), math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Max(math::Inf(1), math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Min(math::Inf(1), math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(bool(math::IsNaN(math::Dim(math::Inf(1), math::Inf(1)))), true);
  EXPECT_EQ(math::Float64bits(math::Hypot(math::Inf(1), math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Inf(1), math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Inf(1), math::Inf(1))), uint64_t(0x3fe921fb54442d18ull)); // 0.7853981633974483
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Inf(1), math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Inf(1), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Inf(1), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Pow(math::Inf(1), math::NaN()))), true);
  EXPECT_EQ(math::Float64bits(math::Max(math::Inf(1), math::NaN())), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(bool(math::IsNaN(math::Min(math::Inf(1), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Dim(math::Inf(1), math::NaN()))), true);
  EXPECT_EQ(math::Float64bits(math::Hypot(math::Inf(1), math::NaN())), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Inf(1), math::NaN())), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(bool(math::IsNaN(math::Atan2(math::Inf(1), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Nextafter(math::Inf(1), math::NaN()))), true);
  EXPECT_EQ(math::Float64bits(math::Floor(math::Inf(-1))), uint64_t(0xfff0000000000000ull)); // -Inf
  EXPECT_EQ(math::Float64bits(math::Ceil(math::Inf(-1))), uint64_t(0xfff0000000000000ull)); // -Inf
  EXPECT_EQ(math::Float64bits(math::Trunc(math::Inf(-1))), uint64_t(0xfff0000000000000ull)); // -Inf
  EXPECT_EQ(math::Float64bits(math::Round(math::Inf(-1))), uint64_t(0xfff0000000000000ull)); // -Inf
  EXPECT_EQ(math::Float64bits(math::RoundToEven(math::Inf(-1))), uint64_t(0xfff0000000000000ull)); // -Inf
  EXPECT_EQ(math::Float64bits(math::Abs(math::Inf(-1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(bool(math::IsNaN(math::Sqrt(math::Inf(-1)))), true);
  EXPECT_EQ(math::Float64bits(std::get<0>(math::Modf(math::Inf(-1)))), uint64_t(0xfff0000000000000ull)); // -Inf
  EXPECT_EQ(bool(math::IsNaN(std::get<1>(math::Modf(math::Inf(-1))))), true);
  EXPECT_EQ(math::Float64bits(std::get<0>(math::Frexp(math::Inf(-1)))), uint64_t(0xfff0000000000000ull)); // -Inf
  EXPECT_EQ(int64_t(std::get<1>(math::Frexp(math::Inf(-1)))), int64_t(0));
  EXPECT_EQ(int64_t(math::Ilogb(math::Inf(-1))), int64_t(2147483647));
  EXPECT_EQ(math::Float64bits(math::Logb(math::Inf(-1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(bool(math::IsNaN(math::Log2(math::Inf(-1)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Log10(math::Inf(-1)))), true);
  EXPECT_EQ(bool(math::Signbit(math::Inf(-1))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Inf(-1), math::Float64frombits(0x0ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Inf(-1), math::Float64frombits(0x0ull)))), true);
  EXPECT_NEAR(math::Pow(math::Inf(-1), math::Float64frombits(0x0ull)), 1, 4e-16 * std::fabs(1)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Max(math::Inf(-1), math::Float64frombits(0x0ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Min(math::Inf(-1), math::Float64frombits(0x0ull))), uint64_t(0xfff0000000000000ull)); // -Inf
  EXPECT_EQ(math::Float64bits(math::Dim(math::Inf(-1), math::Float64frombits(0x0ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Hypot(math::Inf(-1), math::Float64frombits(0x0ull))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Inf(-1), math::Float64frombits(0x0ull))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Inf(-1), math::Float64frombits(0x0ull))), uint64_t(0xbff921fb54442d18ull)); // -1.5707963267948966
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Inf(-1), math::Float64frombits(0x0ull))), uint64_t(0xffefffffffffffffull)); // -1.7976931348623157e+308
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Inf(-1), math::Copysign(0, -1)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Inf(-1), math::Copysign(0, -1)))), true);
  EXPECT_NEAR(math::Pow(math::Inf(-1), math::Copysign(0, -1)), 1, 4e-16 * std::fabs(1)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Max(math::Inf(-1), math::Copysign(0, -1))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(math::Min(math::Inf(-1), math::Copysign(0, -1))), uint64_t(0xfff0000000000000ull)); // -Inf
  EXPECT_EQ(math::Float64bits(math::Dim(math::Inf(-1), math::Copysign(0, -1))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Hypot(math::Inf(-1), math::Copysign(0, -1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Inf(-1), math::Copysign(0, -1))), uint64_t(0xfff0000000000000ull)); // -Inf
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Inf(-1), math::Copysign(0, -1))), uint64_t(0xbff921fb54442d18ull)); // -1.5707963267948966
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Inf(-1), math::Copysign(0, -1))), uint64_t(0xffefffffffffffffull)); // -1.7976931348623157e+308
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Inf(-1), math::Float64frombits(0x4000000000000000ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Inf(-1), math::Float64frombits(0x4000000000000000ull)))), true);
  EXPECT_EQ(math::Float64bits(math::Pow(math::Inf(-1), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Max(math::Inf(-1), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x4000000000000000ull)); // 2
  EXPECT_EQ(math::Float64bits(math::Min(math::Inf(-1), math::Float64frombits(0x4000000000000000ull))), uint64_t(0xfff0000000000000ull)); // -Inf
  EXPECT_EQ(math::Float64bits(math::Dim(math::Inf(-1), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Hypot(math::Inf(-1), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Inf(-1), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Inf(-1), math::Float64frombits(0x4000000000000000ull))), uint64_t(0xbff921fb54442d18ull)); // -1.5707963267948966
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Inf(-1), math::Float64frombits(0x4000000000000000ull))), uint64_t(0xffefffffffffffffull)); // -1.7976931348623157e+308
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Inf(-1), math::Float64frombits(0xbff8000000000000ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Inf(-1), math::Float64frombits(0xbff8000000000000ull)))), true);
  EXPECT_EQ(math::Float64bits(math::Pow(math::Inf(-1), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Max(math::Inf(-1), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0xbff8000000000000ull)); // -1.5
  EXPECT_EQ(math::Float64bits(math::Min(math::Inf(-1), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0xfff0000000000000ull)); // -Inf
  EXPECT_EQ(math::Float64bits(math::Dim(math::Inf(-1), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Hypot(math::Inf(-1), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Inf(-1), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0xfff0000000000000ull)); // -Inf
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Inf(-1), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0xbff921fb54442d18ull)); // -1.5707963267948966
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Inf(-1), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0xffefffffffffffffull)); // -1.7976931348623157e+308
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Inf(-1), math::Inf(1)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Inf(-1), math::Inf(1)))), true);
  EXPECT_EQ(math::Float64bits(math::Pow(math::Inf(-1), math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Max(math::Inf(-1), math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Min(math::Inf(-1), math::Inf(1))), uint64_t(0xfff0000000000000ull)); // -Inf
  EXPECT_EQ(math::Float64bits(math::Dim(math::Inf(-1), math::Inf(1))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Hypot(math::Inf(-1), math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Inf(-1), math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Inf(-1), math::Inf(1))), uint64_t(0xbfe921fb54442d18ull)); // -0.7853981633974483
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Inf(-1), math::Inf(1))), uint64_t(0xffefffffffffffffull)); // -1.7976931348623157e+308
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Inf(-1), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Inf(-1), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Pow(math::Inf(-1), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Max(math::Inf(-1), math::NaN()))), true);
  EXPECT_EQ(math::Float64bits(math::Min(math::Inf(-1), math::NaN())), uint64_t(0xfff0000000000000ull)); // -Inf
  EXPECT_EQ(bool(math::IsNaN(math::Dim(math::Inf(-1), math::NaN()))), true);
  EXPECT_EQ(math::Float64bits(math::Hypot(math::Inf(-1), math::NaN())), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Inf(-1), math::NaN())), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(bool(math::IsNaN(math::Atan2(math::Inf(-1), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Nextafter(math::Inf(-1), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Floor(math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Ceil(math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Trunc(math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Round(math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::RoundToEven(math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Abs(math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Sqrt(math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(std::get<0>(math::Modf(math::NaN())))), true);
  EXPECT_EQ(bool(math::IsNaN(std::get<1>(math::Modf(math::NaN())))), true);
  EXPECT_EQ(bool(math::IsNaN(std::get<0>(math::Frexp(math::NaN())))), true);
  EXPECT_EQ(int64_t(std::get<1>(math::Frexp(math::NaN()))), int64_t(0));
  EXPECT_EQ(int64_t(math::Ilogb(math::NaN())), int64_t(2147483647));
  EXPECT_EQ(bool(math::IsNaN(math::Logb(math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Log2(math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Log10(math::NaN()))), true);
  EXPECT_EQ(bool(math::Signbit(math::NaN())), false);
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::NaN(), math::Float64frombits(0x0ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::NaN(), math::Float64frombits(0x0ull)))), true);
  EXPECT_NEAR(math::Pow(math::NaN(), math::Float64frombits(0x0ull)), 1, 4e-16 * std::fabs(1)); // Go's own algorithm may round differently
  EXPECT_EQ(bool(math::IsNaN(math::Max(math::NaN(), math::Float64frombits(0x0ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Min(math::NaN(), math::Float64frombits(0x0ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Dim(math::NaN(), math::Float64frombits(0x0ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Hypot(math::NaN(), math::Float64frombits(0x0ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Copysign(math::NaN(), math::Float64frombits(0x0ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Atan2(math::NaN(), math::Float64frombits(0x0ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Nextafter(math::NaN(), math::Float64frombits(0x0ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::NaN(), math::Copysign(0, -1)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::NaN(), math::Copysign(0, -1)))), true);
  EXPECT_NEAR(math::Pow(math::NaN(), math::Copysign(0, -1)), 1, 4e-16 * std::fabs(1)); // Go's own algorithm may round differently
  EXPECT_EQ(bool(math::IsNaN(math::Max(math::NaN(), math::Copysign(0, -1)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Min(math::NaN(), math::Copysign(0, -1)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Dim(math::NaN(), math::Copysign(0, -1)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Hypot(math::NaN(), math::Copysign(0, -1)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Copysign(math::NaN(), math::Copysign(0, -1)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Atan2(math::NaN(), math::Copysign(0, -1)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Nextafter(math::NaN(), math::Copysign(0, -1)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::NaN(), math::Float64frombits(0x4000000000000000ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::NaN(), math::Float64frombits(0x4000000000000000ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Pow(math::NaN(), math::Float64frombits(0x4000000000000000ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Max(math::NaN(), math::Float64frombits(0x4000000000000000ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Min(math::NaN(), math::Float64frombits(0x4000000000000000ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Dim(math::NaN(), math::Float64frombits(0x4000000000000000ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Hypot(math::NaN(), math::Float64frombits(0x4000000000000000ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Copysign(math::NaN(), math::Float64frombits(0x4000000000000000ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Atan2(math::NaN(), math::Float64frombits(0x4000000000000000ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Nextafter(math::NaN(), math::Float64frombits(0x4000000000000000ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::NaN(), math::Float64frombits(0xbff8000000000000ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::NaN(), math::Float64frombits(0xbff8000000000000ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Pow(math::NaN(), math::Float64frombits(0xbff8000000000000ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Max(math::NaN(), math::Float64frombits(0xbff8000000000000ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Min(math::NaN(), math::Float64frombits(0xbff8000000000000ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Dim(math::NaN(), math::Float64frombits(0xbff8000000000000ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Hypot(math::NaN(), math::Float64frombits(0xbff8000000000000ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Copysign(math::NaN(), math::Float64frombits(0xbff8000000000000ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Atan2(math::NaN(), math::Float64frombits(0xbff8000000000000ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Nextafter(math::NaN(), math::Float64frombits(0xbff8000000000000ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::NaN(), math::Inf(1)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::NaN(), math::Inf(1)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Pow(math::NaN(), math::Inf(1)))), true);
  EXPECT_EQ(math::Float64bits(math::Max(math::NaN(), math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(bool(math::IsNaN(math::Min(math::NaN(), math::Inf(1)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Dim(math::NaN(), math::Inf(1)))), true);
  EXPECT_EQ(math::Float64bits(math::Hypot(math::NaN(), math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(bool(math::IsNaN(math::Copysign(math::NaN(), math::Inf(1)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Atan2(math::NaN(), math::Inf(1)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Nextafter(math::NaN(), math::Inf(1)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::NaN(), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::NaN(), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Pow(math::NaN(), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Max(math::NaN(), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Min(math::NaN(), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Dim(math::NaN(), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Hypot(math::NaN(), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Copysign(math::NaN(), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Atan2(math::NaN(), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Nextafter(math::NaN(), math::NaN()))), true);
  EXPECT_EQ(math::Float64bits(math::Floor(math::Float64frombits(0x1ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Ceil(math::Float64frombits(0x1ull))), uint64_t(0x3ff0000000000000ull)); // 1
  EXPECT_EQ(math::Float64bits(math::Trunc(math::Float64frombits(0x1ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Round(math::Float64frombits(0x1ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::RoundToEven(math::Float64frombits(0x1ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Abs(math::Float64frombits(0x1ull))), uint64_t(0x0000000000000001ull)); // 5e-324
  EXPECT_EQ(math::Float64bits(math::Sqrt(math::Float64frombits(0x1ull))), uint64_t(0x1e60000000000000ull)); // 2.2227587494850775e-162
  EXPECT_EQ(math::Float64bits(std::get<0>(math::Modf(math::Float64frombits(0x1ull)))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(std::get<1>(math::Modf(math::Float64frombits(0x1ull)))), uint64_t(0x0000000000000001ull)); // 5e-324
  EXPECT_EQ(math::Float64bits(std::get<0>(math::Frexp(math::Float64frombits(0x1ull)))), uint64_t(0x3fe0000000000000ull)); // 0.5
  EXPECT_EQ(int64_t(std::get<1>(math::Frexp(math::Float64frombits(0x1ull)))), int64_t(-1073));
  EXPECT_EQ(int64_t(math::Ilogb(math::Float64frombits(0x1ull))), int64_t(-1074));
  EXPECT_EQ(math::Float64bits(math::Logb(math::Float64frombits(0x1ull))), uint64_t(0xc090c80000000000ull)); // -1074
  EXPECT_EQ(math::Float64bits(math::Log2(math::Float64frombits(0x1ull))), uint64_t(0xc090c80000000000ull)); // -1074
  EXPECT_EQ(math::Float64bits(math::Log10(math::Float64frombits(0x1ull))), uint64_t(0xc0733f424bcb5221ull)); // -307.9536855642528
  EXPECT_EQ(bool(math::Signbit(math::Float64frombits(0x1ull))), false);
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Float64frombits(0x1ull), math::Float64frombits(0x0ull)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Float64frombits(0x1ull), math::Float64frombits(0x0ull)))), true);
  EXPECT_NEAR(math::Pow(math::Float64frombits(0x1ull), math::Float64frombits(0x0ull)), 1, 4e-16 * std::fabs(1)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0x1ull), math::Float64frombits(0x0ull))), uint64_t(0x0000000000000001ull)); // 5e-324
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0x1ull), math::Float64frombits(0x0ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0x1ull), math::Float64frombits(0x0ull))), uint64_t(0x0000000000000001ull)); // 5e-324
  EXPECT_NEAR(math::Hypot(math::Float64frombits(0x1ull), math::Float64frombits(0x0ull)), 4.9406564584124654e-324, 4e-16 * std::fabs(4.9406564584124654e-324)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0x1ull), math::Float64frombits(0x0ull))), uint64_t(0x0000000000000001ull)); // 5e-324
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0x1ull), math::Float64frombits(0x0ull))), uint64_t(0x3ff921fb54442d18ull)); // 1.5707963267948966
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0x1ull), math::Float64frombits(0x0ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Float64frombits(0x1ull), math::Copysign(0, -1)))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Float64frombits(0x1ull), math::Copysign(0, -1)))), true);
  EXPECT_NEAR(math::Pow(math::Float64frombits(0x1ull), math::Copysign(0, -1)), 1, 4e-16 * std::fabs(1)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0x1ull), math::Copysign(0, -1))), uint64_t(0x0000000000000001ull)); // 5e-324
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0x1ull), math::Copysign(0, -1))), uint64_t(0x8000000000000000ull)); // -0
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0x1ull), math::Copysign(0, -1))), uint64_t(0x0000000000000001ull)); // 5e-324
  EXPECT_NEAR(math::Hypot(math::Float64frombits(0x1ull), math::Copysign(0, -1)), 4.9406564584124654e-324, 4e-16 * std::fabs(4.9406564584124654e-324)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0x1ull), math::Copysign(0, -1))), uint64_t(0x8000000000000001ull)); // -5e-324
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0x1ull), math::Copysign(0, -1))), uint64_t(0x3ff921fb54442d18ull)); // 1.5707963267948966
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0x1ull), math::Copysign(0, -1))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Mod(math::Float64frombits(0x1ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x0000000000000001ull)); // 5e-324
  EXPECT_EQ(math::Float64bits(math::Remainder(math::Float64frombits(0x1ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x0000000000000001ull)); // 5e-324
  EXPECT_EQ(math::Float64bits(math::Pow(math::Float64frombits(0x1ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0x1ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x4000000000000000ull)); // 2
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0x1ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x0000000000000001ull)); // 5e-324
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0x1ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_NEAR(math::Hypot(math::Float64frombits(0x1ull), math::Float64frombits(0x4000000000000000ull)), 2, 4e-16 * std::fabs(2)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0x1ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x0000000000000001ull)); // 5e-324
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0x1ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0x1ull), math::Float64frombits(0x4000000000000000ull))), uint64_t(0x0000000000000002ull)); // 1e-323
  EXPECT_EQ(math::Float64bits(math::Mod(math::Float64frombits(0x1ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x0000000000000001ull)); // 5e-324
  EXPECT_EQ(math::Float64bits(math::Remainder(math::Float64frombits(0x1ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x0000000000000001ull)); // 5e-324
  EXPECT_EQ(math::Float64bits(math::Pow(math::Float64frombits(0x1ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0x1ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x0000000000000001ull)); // 5e-324
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0x1ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0xbff8000000000000ull)); // -1.5
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0x1ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x3ff8000000000000ull)); // 1.5
  EXPECT_NEAR(math::Hypot(math::Float64frombits(0x1ull), math::Float64frombits(0xbff8000000000000ull)), 1.5, 4e-16 * std::fabs(1.5)); // Go's own algorithm may round differently
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0x1ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x8000000000000001ull)); // -5e-324
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0x1ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x400921fb54442d18ull)); // 3.141592653589793
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0x1ull), math::Float64frombits(0xbff8000000000000ull))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Mod(math::Float64frombits(0x1ull), math::Inf(1))), uint64_t(0x0000000000000001ull)); // 5e-324
  EXPECT_EQ(math::Float64bits(math::Remainder(math::Float64frombits(0x1ull), math::Inf(1))), uint64_t(0x0000000000000001ull)); // 5e-324
  EXPECT_EQ(math::Float64bits(math::Pow(math::Float64frombits(0x1ull), math::Inf(1))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Max(math::Float64frombits(0x1ull), math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Min(math::Float64frombits(0x1ull), math::Inf(1))), uint64_t(0x0000000000000001ull)); // 5e-324
  EXPECT_EQ(math::Float64bits(math::Dim(math::Float64frombits(0x1ull), math::Inf(1))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Hypot(math::Float64frombits(0x1ull), math::Inf(1))), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0x1ull), math::Inf(1))), uint64_t(0x0000000000000001ull)); // 5e-324
  EXPECT_EQ(math::Float64bits(math::Atan2(math::Float64frombits(0x1ull), math::Inf(1))), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Nextafter(math::Float64frombits(0x1ull), math::Inf(1))), uint64_t(0x0000000000000002ull)); // 1e-323
  EXPECT_EQ(bool(math::IsNaN(math::Mod(math::Float64frombits(0x1ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Remainder(math::Float64frombits(0x1ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Pow(math::Float64frombits(0x1ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Max(math::Float64frombits(0x1ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Min(math::Float64frombits(0x1ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Dim(math::Float64frombits(0x1ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Hypot(math::Float64frombits(0x1ull), math::NaN()))), true);
  EXPECT_EQ(math::Float64bits(math::Copysign(math::Float64frombits(0x1ull), math::NaN())), uint64_t(0x0000000000000001ull)); // 5e-324
  EXPECT_EQ(bool(math::IsNaN(math::Atan2(math::Float64frombits(0x1ull), math::NaN()))), true);
  EXPECT_EQ(bool(math::IsNaN(math::Nextafter(math::Float64frombits(0x1ull), math::NaN()))), true);
  EXPECT_EQ(math::Float64bits(math::Pow10(-400)), uint64_t(0x0000000000000000ull)); // 0
  EXPECT_EQ(math::Float64bits(math::Pow10(-323)), uint64_t(0x0000000000000002ull)); // 1e-323
  EXPECT_EQ(math::Float64bits(math::Pow10(-5)), uint64_t(0x3ee4f8b588e368f1ull)); // 1e-05
  EXPECT_EQ(math::Float64bits(math::Pow10(0)), uint64_t(0x3ff0000000000000ull)); // 1
  EXPECT_EQ(math::Float64bits(math::Pow10(1)), uint64_t(0x4024000000000000ull)); // 10
  EXPECT_EQ(math::Float64bits(math::Pow10(22)), uint64_t(0x4480f0cf064dd592ull)); // 1e+22
  EXPECT_EQ(math::Float64bits(math::Pow10(23)), uint64_t(0x44b52d02c7e14af6ull)); // 1e+23
  EXPECT_EQ(math::Float64bits(math::Pow10(50)), uint64_t(0x4a511b0ec57e649aull)); // 1e+50
  EXPECT_EQ(math::Float64bits(math::Pow10(308)), uint64_t(0x7fe1ccf385ebc8a0ull)); // 1e+308
  EXPECT_EQ(math::Float64bits(math::Pow10(309)), uint64_t(0x7ff0000000000000ull)); // +Inf
  EXPECT_EQ(math::Float64bits(math::Log10(10)), uint64_t(0x3ff0000000000000ull)); // 1
  EXPECT_EQ(math::Float64bits(math::Log2(10)), uint64_t(0x400a934f0979a371ull)); // 3.321928094887362
  EXPECT_EQ(math::Float64bits(math::Log10(100)), uint64_t(0x4000000000000000ull)); // 2
  EXPECT_EQ(math::Float64bits(math::Log2(100)), uint64_t(0x401a934f0979a371ull)); // 6.643856189774724
  EXPECT_EQ(math::Float64bits(math::Log10(1000)), uint64_t(0x4008000000000000ull)); // 3
  EXPECT_EQ(math::Float64bits(math::Log2(1000)), uint64_t(0x4023ee7b471b3a95ull)); // 9.965784284662087
  EXPECT_EQ(math::Float64bits(math::Log10(1e+15)), uint64_t(0x402dffffffffffffull)); // 14.999999999999998
  EXPECT_EQ(math::Float64bits(math::Log2(1e+15)), uint64_t(0x4048ea1a18e2093aull)); // 49.82892142331043
  EXPECT_EQ(math::Float64bits(math::Log10(8)), uint64_t(0x3fece61cf8ef36feull)); // 0.9030899869919435
  EXPECT_EQ(math::Float64bits(math::Log2(8)), uint64_t(0x4008000000000000ull)); // 3
  EXPECT_EQ(math::Float64bits(math::Log10(1024)), uint64_t(0x4008151824c7587full)); // 3.010299956639812
  EXPECT_EQ(math::Float64bits(math::Log2(1024)), uint64_t(0x4024000000000000ull)); // 10
  EXPECT_EQ(math::Float64bits(math::Log10(0.001)), uint64_t(0xc008000000000000ull)); // -3
  EXPECT_EQ(math::Float64bits(math::Log2(0.001)), uint64_t(0xc023ee7b471b3a95ull)); // -9.965784284662087
  EXPECT_EQ(int64_t(math::Float64bits(math::NaN())), int64_t(9221120237041090561));
  EXPECT_EQ(int64_t(math::Float32bits(1.5f)), int64_t(1069547520));
}

TEST(Math, Approx) {
  EXPECT_NEAR(math::Sin(0.1), 0.099833416646828155, 1e-14 * std::fabs(0.099833416646828155) + 1e-300);
  EXPECT_NEAR(math::Cos(0.1), 0.99500416527802571, 1e-14 * std::fabs(0.99500416527802571) + 1e-300);
  EXPECT_NEAR(math::Tan(0.1), 0.10033467208545055, 1e-14 * std::fabs(0.10033467208545055) + 1e-300);
  EXPECT_NEAR(math::Exp(0.1), 1.1051709180756477, 1e-14 * std::fabs(1.1051709180756477) + 1e-300);
  EXPECT_NEAR(math::Log(0.1), -2.3025850929940455, 1e-14 * std::fabs(-2.3025850929940455) + 1e-300);
  EXPECT_NEAR(math::Cbrt(0.1), 0.46415888336127792, 1e-14 * std::fabs(0.46415888336127792) + 1e-300);
  EXPECT_NEAR(math::Atan(0.1), 0.099668652491162038, 1e-14 * std::fabs(0.099668652491162038) + 1e-300);
  EXPECT_NEAR(math::Sinh(0.1), 0.10016675001984404, 1e-14 * std::fabs(0.10016675001984404) + 1e-300);
  EXPECT_NEAR(math::Tanh(0.1), 0.099667994624955819, 1e-14 * std::fabs(0.099667994624955819) + 1e-300);
  EXPECT_NEAR(math::Erf(0.1), 0.1124629160182849, 1e-14 * std::fabs(0.1124629160182849) + 1e-300);
  EXPECT_NEAR(math::Gamma(0.1), 9.5135076986687324, 1e-14 * std::fabs(9.5135076986687324) + 1e-300);
  EXPECT_NEAR(math::J0(0.1), 0.99750156206604002, 1e-14 * std::fabs(0.99750156206604002) + 1e-300);
  EXPECT_NEAR(math::Y1(0.1), -6.4589510947020274, 1e-14 * std::fabs(-6.4589510947020274) + 1e-300);
  EXPECT_NEAR(math::Log1p(0.1), 0.095310179804324865, 1e-14 * std::fabs(0.095310179804324865) + 1e-300);
  EXPECT_NEAR(math::Expm1(0.1), 0.10517091807564763, 1e-14 * std::fabs(0.10517091807564763) + 1e-300);
  EXPECT_NEAR(math::Asinh(0.1), 0.099834078899207576, 1e-14 * std::fabs(0.099834078899207576) + 1e-300);
  EXPECT_NEAR(math::Sin(0.5), 0.47942553860420301, 1e-14 * std::fabs(0.47942553860420301) + 1e-300);
  EXPECT_NEAR(math::Cos(0.5), 0.87758256189037276, 1e-14 * std::fabs(0.87758256189037276) + 1e-300);
  EXPECT_NEAR(math::Tan(0.5), 0.54630248984379048, 1e-14 * std::fabs(0.54630248984379048) + 1e-300);
  EXPECT_NEAR(math::Exp(0.5), 1.6487212707001282, 1e-14 * std::fabs(1.6487212707001282) + 1e-300);
  EXPECT_NEAR(math::Log(0.5), -0.69314718055994529, 1e-14 * std::fabs(-0.69314718055994529) + 1e-300);
  EXPECT_NEAR(math::Cbrt(0.5), 0.79370052598409968, 1e-14 * std::fabs(0.79370052598409968) + 1e-300);
  EXPECT_NEAR(math::Atan(0.5), 0.46364760900080609, 1e-14 * std::fabs(0.46364760900080609) + 1e-300);
  EXPECT_NEAR(math::Sinh(0.5), 0.52109530549374738, 1e-14 * std::fabs(0.52109530549374738) + 1e-300);
  EXPECT_NEAR(math::Tanh(0.5), 0.46211715726000974, 1e-14 * std::fabs(0.46211715726000974) + 1e-300);
  EXPECT_NEAR(math::Erf(0.5), 0.52049987781304652, 1e-14 * std::fabs(0.52049987781304652) + 1e-300);
  EXPECT_NEAR(math::Gamma(0.5), 1.7724538509055159, 1e-14 * std::fabs(1.7724538509055159) + 1e-300);
  EXPECT_NEAR(math::J0(0.5), 0.93846980724081286, 1e-14 * std::fabs(0.93846980724081286) + 1e-300);
  EXPECT_NEAR(math::Y1(0.5), -1.4714723926702433, 1e-14 * std::fabs(-1.4714723926702433) + 1e-300);
  EXPECT_NEAR(math::Log1p(0.5), 0.40546510810816438, 1e-14 * std::fabs(0.40546510810816438) + 1e-300);
  EXPECT_NEAR(math::Expm1(0.5), 0.64872127070012819, 1e-14 * std::fabs(0.64872127070012819) + 1e-300);
  EXPECT_NEAR(math::Asinh(0.5), 0.48121182505960347, 1e-14 * std::fabs(0.48121182505960347) + 1e-300);
  EXPECT_NEAR(math::Sin(1), 0.8414709848078965, 1e-14 * std::fabs(0.8414709848078965) + 1e-300);
  EXPECT_NEAR(math::Cos(1), 0.54030230586813977, 1e-14 * std::fabs(0.54030230586813977) + 1e-300);
  EXPECT_NEAR(math::Tan(1), 1.5574077246549021, 1e-14 * std::fabs(1.5574077246549021) + 1e-300);
  EXPECT_NEAR(math::Exp(1), 2.7182818284590451, 1e-14 * std::fabs(2.7182818284590451) + 1e-300);
  EXPECT_NEAR(math::Log(1), 0, 1e-14 * std::fabs(0) + 1e-300);
  EXPECT_NEAR(math::Cbrt(1), 1, 1e-14 * std::fabs(1) + 1e-300);
  EXPECT_NEAR(math::Atan(1), 0.78539816339744828, 1e-14 * std::fabs(0.78539816339744828) + 1e-300);
  EXPECT_NEAR(math::Sinh(1), 1.1752011936438014, 1e-14 * std::fabs(1.1752011936438014) + 1e-300);
  EXPECT_NEAR(math::Tanh(1), 0.76159415595576485, 1e-14 * std::fabs(0.76159415595576485) + 1e-300);
  EXPECT_NEAR(math::Erf(1), 0.84270079294971489, 1e-14 * std::fabs(0.84270079294971489) + 1e-300);
  EXPECT_NEAR(math::Gamma(1), 1, 1e-14 * std::fabs(1) + 1e-300);
  EXPECT_NEAR(math::J0(1), 0.76519768655796661, 1e-14 * std::fabs(0.76519768655796661) + 1e-300);
  EXPECT_NEAR(math::Y1(1), -0.78121282130028868, 1e-14 * std::fabs(-0.78121282130028868) + 1e-300);
  EXPECT_NEAR(math::Log1p(1), 0.69314718055994529, 1e-14 * std::fabs(0.69314718055994529) + 1e-300);
  EXPECT_NEAR(math::Expm1(1), 1.7182818284590451, 1e-14 * std::fabs(1.7182818284590451) + 1e-300);
  EXPECT_NEAR(math::Asinh(1), 0.88137358701954305, 1e-14 * std::fabs(0.88137358701954305) + 1e-300);
  EXPECT_NEAR(math::Sin(2.5), 0.59847214410395644, 1e-14 * std::fabs(0.59847214410395644) + 1e-300);
  EXPECT_NEAR(math::Cos(2.5), -0.8011436155469337, 1e-14 * std::fabs(-0.8011436155469337) + 1e-300);
  EXPECT_NEAR(math::Tan(2.5), -0.74702229723866032, 1e-14 * std::fabs(-0.74702229723866032) + 1e-300);
  EXPECT_NEAR(math::Exp(2.5), 12.182493960703473, 1e-14 * std::fabs(12.182493960703473) + 1e-300);
  EXPECT_NEAR(math::Log(2.5), 0.91629073187415511, 1e-14 * std::fabs(0.91629073187415511) + 1e-300);
  EXPECT_NEAR(math::Cbrt(2.5), 1.3572088082974534, 1e-14 * std::fabs(1.3572088082974534) + 1e-300);
  EXPECT_NEAR(math::Atan(2.5), 1.1902899496825317, 1e-14 * std::fabs(1.1902899496825317) + 1e-300);
  EXPECT_NEAR(math::Sinh(2.5), 6.0502044810397875, 1e-14 * std::fabs(6.0502044810397875) + 1e-300);
  EXPECT_NEAR(math::Tanh(2.5), 0.98661429815143031, 1e-14 * std::fabs(0.98661429815143031) + 1e-300);
  EXPECT_NEAR(math::Erf(2.5), 0.99959304798255499, 1e-14 * std::fabs(0.99959304798255499) + 1e-300);
  EXPECT_NEAR(math::Gamma(2.5), 1.329340388179137, 1e-14 * std::fabs(1.329340388179137) + 1e-300);
  EXPECT_NEAR(math::J0(2.5), -0.048383776468198025, 1e-14 * std::fabs(-0.048383776468198025) + 1e-300);
  EXPECT_NEAR(math::Y1(2.5), 0.14591813796678579, 1e-14 * std::fabs(0.14591813796678579) + 1e-300);
  EXPECT_NEAR(math::Log1p(2.5), 1.2527629684953681, 1e-14 * std::fabs(1.2527629684953681) + 1e-300);
  EXPECT_NEAR(math::Expm1(2.5), 11.182493960703473, 1e-14 * std::fabs(11.182493960703473) + 1e-300);
  EXPECT_NEAR(math::Asinh(2.5), 1.6472311463710958, 1e-14 * std::fabs(1.6472311463710958) + 1e-300);
  EXPECT_NEAR(math::Sin(10), -0.54402111088936989, 1e-14 * std::fabs(-0.54402111088936989) + 1e-300);
  EXPECT_NEAR(math::Cos(10), -0.83907152907645244, 1e-14 * std::fabs(-0.83907152907645244) + 1e-300);
  EXPECT_NEAR(math::Tan(10), 0.64836082745908674, 1e-14 * std::fabs(0.64836082745908674) + 1e-300);
  EXPECT_NEAR(math::Exp(10), 22026.465794806718, 1e-14 * std::fabs(22026.465794806718) + 1e-300);
  EXPECT_NEAR(math::Log(10), 2.3025850929940459, 1e-14 * std::fabs(2.3025850929940459) + 1e-300);
  EXPECT_NEAR(math::Cbrt(10), 2.1544346900318838, 1e-14 * std::fabs(2.1544346900318838) + 1e-300);
  EXPECT_NEAR(math::Atan(10), 1.4711276743037345, 1e-14 * std::fabs(1.4711276743037345) + 1e-300);
  EXPECT_NEAR(math::Sinh(10), 11013.232874703393, 1e-14 * std::fabs(11013.232874703393) + 1e-300);
  EXPECT_NEAR(math::Tanh(10), 0.99999999587769273, 1e-14 * std::fabs(0.99999999587769273) + 1e-300);
  EXPECT_NEAR(math::Erf(10), 1, 1e-14 * std::fabs(1) + 1e-300);
  EXPECT_NEAR(math::Gamma(10), 362880, 1e-14 * std::fabs(362880) + 1e-300);
  EXPECT_NEAR(math::J0(10), -0.24593576445134832, 1e-14 * std::fabs(-0.24593576445134832) + 1e-300);
  EXPECT_NEAR(math::Y1(10), 0.24901542420695386, 1e-14 * std::fabs(0.24901542420695386) + 1e-300);
  EXPECT_NEAR(math::Log1p(10), 2.3978952727983707, 1e-14 * std::fabs(2.3978952727983707) + 1e-300);
  EXPECT_NEAR(math::Expm1(10), 22025.465794806718, 1e-14 * std::fabs(22025.465794806718) + 1e-300);
  EXPECT_NEAR(math::Asinh(10), 2.9982229502979698, 1e-14 * std::fabs(2.9982229502979698) + 1e-300);
  EXPECT_NEAR(math::Sin(-0.7), -0.64421768723769102, 1e-14 * std::fabs(-0.64421768723769102) + 1e-300);
  EXPECT_NEAR(math::Cos(-0.7), 0.76484218728448838, 1e-14 * std::fabs(0.76484218728448838) + 1e-300);
  EXPECT_NEAR(math::Tan(-0.7), -0.84228838046307941, 1e-14 * std::fabs(-0.84228838046307941) + 1e-300);
  EXPECT_NEAR(math::Exp(-0.7), 0.49658530379140953, 1e-14 * std::fabs(0.49658530379140953) + 1e-300);
  EXPECT_EQ(bool(math::IsNaN(math::Log(-0.7))), true);
  EXPECT_NEAR(math::Cbrt(-0.7), -0.88790400174260065, 1e-14 * std::fabs(-0.88790400174260065) + 1e-300);
  EXPECT_NEAR(math::Atan(-0.7), -0.61072596438920856, 1e-14 * std::fabs(-0.61072596438920856) + 1e-300);
  EXPECT_NEAR(math::Sinh(-0.7), -0.75858370183953361, 1e-14 * std::fabs(-0.75858370183953361) + 1e-300);
  EXPECT_NEAR(math::Tanh(-0.7), -0.6043677771171635, 1e-14 * std::fabs(-0.6043677771171635) + 1e-300);
  EXPECT_NEAR(math::Erf(-0.7), -0.67780119383741844, 1e-14 * std::fabs(-0.67780119383741844) + 1e-300);
  EXPECT_NEAR(math::Gamma(-0.7), -4.2736699824108424, 1e-14 * std::fabs(-4.2736699824108424) + 1e-300);
  EXPECT_NEAR(math::J0(-0.7), 0.88120088860740531, 1e-14 * std::fabs(0.88120088860740531) + 1e-300);
  EXPECT_EQ(bool(math::IsNaN(math::Y1(-0.7))), true);
  EXPECT_NEAR(math::Log1p(-0.7), -1.2039728043259359, 1e-14 * std::fabs(-1.2039728043259359) + 1e-300);
  EXPECT_NEAR(math::Expm1(-0.7), -0.50341469620859047, 1e-14 * std::fabs(-0.50341469620859047) + 1e-300);
  EXPECT_NEAR(math::Asinh(-0.7), -0.65266656608235574, 1e-14 * std::fabs(-0.65266656608235574) + 1e-300);
  EXPECT_NEAR(math::Erfinv(-0.9), -1.1630871536766738, 1e-14 * std::fabs(-1.1630871536766738) + 1e-300);
  EXPECT_NEAR(math::Erfinv(-0.3), -0.27246271472675432, 1e-14 * std::fabs(-0.27246271472675432) + 1e-300);
  EXPECT_NEAR(math::Erfinv(0), 0, 1e-14 * std::fabs(0) + 1e-300);
  EXPECT_NEAR(math::Erfinv(0.2), 0.17914345462129164, 1e-14 * std::fabs(0.17914345462129164) + 1e-300);
  EXPECT_NEAR(math::Erfinv(0.5), 0.47693627620446988, 1e-14 * std::fabs(0.47693627620446988) + 1e-300);
  EXPECT_NEAR(math::Erfinv(0.999), 2.3267537655135242, 1e-14 * std::fabs(2.3267537655135242) + 1e-300);
  EXPECT_NEAR(std::get<0>(math::Lgamma(-2.5)), -0.056243716497674123, 1e-15); EXPECT_EQ(std::get<1>(math::Lgamma(-2.5)), -1);
  EXPECT_EQ(std::get<0>(math::Lgamma(math::Inf(-1))), math::Inf(-1)); EXPECT_EQ(std::get<1>(math::Lgamma(math::Inf(-1))), 1);
}
