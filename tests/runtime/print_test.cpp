// print_test.cpp — print/println's formats, byte for byte what go1.19's
// runtime prints (each expectation was produced by println in Go).
#include <cmath>
#include <limits>

#include "common.h"

using namespace rt_test;

namespace {
std::string f(double v) {
  return captureStderr([&] { go::printFloat(v); });
}
} // namespace

TEST(Print, FloatsUseRuntimeExponentFormat) {
  EXPECT_EQ(f(1.5), "+1.500000e+000");
  EXPECT_EQ(f(0.0), "+0.000000e+000");
  EXPECT_EQ(f(-0.0), "-0.000000e+000");
  EXPECT_EQ(f(1e300), "+1.000000e+300");
  EXPECT_EQ(f(123456789.0), "+1.234568e+008");
  EXPECT_EQ(f(1e-300), "+1.000000e-300");
  EXPECT_EQ(f(5e-324), "+4.940656e-324");
  EXPECT_EQ(f(9.9999999), "+1.000000e+001");
  EXPECT_EQ(f(0.1), "+1.000000e-001");
  EXPECT_EQ(f(2.0 / 3), "+6.666667e-001");
  EXPECT_EQ(f(1e23), "+1.000000e+023");
  EXPECT_EQ(f(99.99999999), "+1.000000e+002");
  EXPECT_EQ(f(-2.5), "-2.500000e+000");
  EXPECT_EQ(f(double(3.25f)), "+3.250000e+000");
}
TEST(Print, FloatSpecialsAreWords) {
  EXPECT_EQ(f(std::nan("")), "NaN");
  EXPECT_EQ(f(INFINITY), "+Inf");
  EXPECT_EQ(f(-INFINITY), "-Inf");
}
TEST(Print, ComplexInParentheses) {
  EXPECT_EQ(captureStderr([] { go::printComplex(go::complex128(1, -2)); }), "(+1.000000e+000-2.000000e+000i)");
}
TEST(Print, Integers) {
  EXPECT_EQ(captureStderr([] { go::printInt(std::numeric_limits<int64_t>::min()); }), "-9223372036854775808");
  EXPECT_EQ(captureStderr([] { go::printInt(0); }), "0");
  EXPECT_EQ(captureStderr([] { go::printInt(-5); }), "-5");
  EXPECT_EQ(captureStderr([] { go::printUint(18446744073709551615ull); }), "18446744073709551615");
}
TEST(Print, BoolsStringsSpacesNewlines) {
  EXPECT_EQ(captureStderr([] {
              go::printBool(true);
              go::printSpace();
              go::printBool(false);
              go::printSpace();
              go::printString("str");
              go::printNewline();
            }),
            "true false str\n");
}
TEST(Print, PointersInHex) {
  EXPECT_EQ(captureStderr([] { go::printPointer(nullptr); }), "0x0");
  EXPECT_EQ(captureStderr([] { go::printPointer(reinterpret_cast<void *>(0xc000036748)); }), "0xc000036748");
}
TEST(Print, InterfacesAsTwoWords) {
  EXPECT_EQ(captureStderr([] { go::printIface(go::Iface()); }), "(0x0,0x0)");
  EXPECT_EQ(captureStderr([] {
              go::printIface(go::Iface(reinterpret_cast<const go::Itab *>(0x45c0c0), reinterpret_cast<void *>(0x47b838)));
            }),
            "(0x45c0c0,0x47b838)");
}
TEST(Print, SlicesAsLenCapPointer) {
  EXPECT_EQ(captureStderr([] { go::printSlice(reinterpret_cast<void *>(0xc000036748), 2, 2); }),
            "[2/2]0xc000036748");
  EXPECT_EQ(captureStderr([] { go::printSlice(nullptr, 0, 0); }), "[0/0]0x0");
}
