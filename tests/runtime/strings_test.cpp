// strings_test.cpp — strings, UTF-8, conversions, slicing checks,
// append's growth and complex division, against what go1.19 does.
#include <cmath>
#include <vector>

#include "common.h"

using namespace rt_test;
using go::kAbsent;
using go::Slice;
using go::String;

TEST(Strings, MakeStringCopies) {
  char buf[] = "abc";
  String s = go::makeString(buf, 3);
  buf[0] = 'x';
  EXPECT_EQ(str(s), "abc");
  EXPECT_EQ(go::makeString(buf, 0).p, nullptr);
  EXPECT_EQ(str(go::makeString(std::string_view("hey"))), "hey");
}
TEST(Strings, SubstrSharesBytes) {
  String s = go::makeString("hello");
  String t = go::substr(s, 1, 3);
  EXPECT_EQ(str(t), "el");
  EXPECT_EQ(t.p, s.p + 1);
  EXPECT_EQ(str(go::substr(s, 2, kAbsent)), "llo");
  EXPECT_EQ(go::substr(s, 5, kAbsent).n, 0);
}
TEST(Strings, SubstrMessagesSayLength) {
  String s("abc");
  EXPECT_EQ(panicText([&] { go::substr(s, 0, 5); }), "runtime error: slice bounds out of range [:5] with length 3");
  EXPECT_EQ(panicText([&] { go::substr(s, 5, kAbsent); }), "runtime error: slice bounds out of range [5:3]");
  EXPECT_EQ(panicText([&] { go::substr(s, -2, kAbsent); }), "runtime error: slice bounds out of range [-2:]");
  EXPECT_EQ(panicText([&] { go::substr(s, 2, 1); }), "runtime error: slice bounds out of range [2:1]");
}
TEST(Strings, ConcatBothForms) {
  EXPECT_EQ(str(go::concat(String("ab"), String("cd"))), "abcd");
  String a = go::makeString("x");
  EXPECT_EQ(go::concat(a, String()).p, a.p); // shares the non-empty operand
  EXPECT_EQ(go::concat(String(), a).p, a.p);
  EXPECT_EQ(str(go::concat({String("a"), String(), String("bc"), String("d")})), "abcd");
  EXPECT_EQ(go::concat({String(), a, String()}).p, a.p);
  EXPECT_EQ(go::concat({}).n, 0);
}
TEST(Strings, ComparisonIsBytewise) {
  EXPECT_TRUE(String("a") < String("b"));
  EXPECT_TRUE(String("ab") < String("abc"));
  EXPECT_TRUE(String("\xff") > String("a"));
  EXPECT_TRUE(String() == String(""));
}

// --------------------------------------------------------------- UTF-8

namespace {
std::vector<std::pair<int, int32_t>> rangeOver(const std::string &s) {
  std::vector<std::pair<int, int32_t>> out;
  auto p = reinterpret_cast<const uint8_t *>(s.data());
  for (int64_t i = 0; i < int64_t(s.size());) {
    int w;
    int32_t r = go::decodeRune(p + i, int64_t(s.size()) - i, &w);
    out.push_back({int(i), r});
    i += w;
  }
  return out;
}
} // namespace

TEST(UTF8, DecodesValidSequences) {
  auto r = rangeOver("a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80");
  std::vector<std::pair<int, int32_t>> want = {{0, 'a'}, {1, 0xE9}, {3, 0x20AC}, {6, 0x1F600}};
  EXPECT_EQ(r, want);
}
TEST(UTF8, InvalidBytesAreReplacementOfWidthOne) {
  // The sequence go1.19 ranges over as 0:97 1..9:65533 10:233.
  auto r = rangeOver("a\xc0\x80\xed\xa0\x80\xf4\x90\x80\x80\xc3\xa9");
  std::vector<std::pair<int, int32_t>> want = {{0, 97},    {1, 65533}, {2, 65533}, {3, 65533},
                                               {4, 65533}, {5, 65533}, {6, 65533}, {7, 65533},
                                               {8, 65533}, {9, 65533}, {10, 233}};
  EXPECT_EQ(r, want);
}
TEST(UTF8, TruncatedSequenceIsInvalid) {
  int w;
  EXPECT_EQ(go::decodeRune(reinterpret_cast<const uint8_t *>("\xe2\x82"), 2, &w), 0xFFFD);
  EXPECT_EQ(w, 1);
  EXPECT_EQ(go::decodeRune(reinterpret_cast<const uint8_t *>("\xe2\x82\xac"), 3, &w), 0x20AC);
  EXPECT_EQ(w, 3);
  EXPECT_EQ(go::decodeRune(reinterpret_cast<const uint8_t *>(""), 0, &w), 0xFFFD);
  EXPECT_EQ(w, 0);
}
TEST(UTF8, BoundariesOfEachLength) {
  int32_t edges[] = {0, 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFF, 0x10000, 0x10FFFF};
  for (int32_t r : edges) {
    uint8_t buf[4];
    int n = go::encodeRune(buf, r);
    int w;
    EXPECT_EQ(go::decodeRune(buf, n, &w), r);
    EXPECT_EQ(w, n);
  }
}
TEST(UTF8, EncodingInvalidRunesWritesReplacement) {
  for (int32_t r : {int32_t(-1), int32_t(0xD800), int32_t(0xDFFF), int32_t(0x110000)}) {
    uint8_t buf[4];
    ASSERT_EQ(go::encodeRune(buf, r), 3);
    EXPECT_EQ(std::string(reinterpret_cast<char *>(buf), 3), "\xef\xbf\xbd");
  }
}
TEST(UTF8, RuneToStringOfOutOfRangeInt64IsReplacement) {
  EXPECT_EQ(str(go::runeToString('x')), "x");
  EXPECT_EQ(str(go::runeToString(0x20AC)), "\xe2\x82\xac");
  EXPECT_EQ(str(go::runeToString(-1)), "\xef\xbf\xbd");
  EXPECT_EQ(str(go::runeToString(0x100000041)), "\xef\xbf\xbd"); // not truncated to 'A'
}

// -------------------------------------------------------- conversions

TEST(Conversions, BytesOfStringCopyAndRoundCap) {
  Slice<uint8_t> b = go::stringToBytes("hello");
  EXPECT_EQ(b.len(), 5);
  EXPECT_EQ(b.cap(), 8); // Go's size class for 5 bytes
  b[0] = 'j';
  EXPECT_EQ(str(go::bytesToString(b)), "jello");
}
TEST(Conversions, EmptyStringGivesEmptyNonNilSlice) {
  EXPECT_FALSE(go::stringToBytes("").isNil());
  EXPECT_EQ(go::stringToBytes("").len(), 0);
  EXPECT_FALSE(go::stringToRunes("").isNil());
  EXPECT_EQ(go::bytesToString(Slice<uint8_t>()).n, 0);
}
TEST(Conversions, BytesToStringCopies) {
  Slice<uint8_t> b = go::stringToBytes("abc");
  String s = go::bytesToString(b);
  b[0] = 'z';
  EXPECT_EQ(str(s), "abc");
}
TEST(Conversions, RunesRoundTripWithReplacement) {
  Slice<int32_t> r = go::stringToRunes("h\xc3\xa9\xff!");
  ASSERT_EQ(r.len(), 4);
  EXPECT_EQ(r[0], 'h');
  EXPECT_EQ(r[1], 0xE9);
  EXPECT_EQ(r[2], 0xFFFD);
  EXPECT_EQ(r[3], '!');
  EXPECT_EQ(r.cap(), 4);
  EXPECT_EQ(str(go::runesToString(r)), "h\xc3\xa9\xef\xbf\xbd!");
  EXPECT_EQ(str(go::runesToString(Slice<int32_t>{0xD800, 'a'})), "\xef\xbf\xbd" "a");
}

// ------------------------------------------------------------ slicing

namespace {
struct Sliced {
  int64_t lo, hi, max;
};
Sliced check(int64_t lo, int64_t hi, int64_t max, int64_t cap, bool three, bool isLen = false) {
  go::checkSlice(lo, hi, max, cap, three, isLen);
  return {lo, hi, max};
}
std::string checkText(int64_t lo, int64_t hi, int64_t max, int64_t cap, bool three, bool isLen = false) {
  return panicText([&] { check(lo, hi, max, cap, three, isLen); });
}
} // namespace

TEST(Slicing, AbsentIndicesAreFilled) {
  Sliced s = check(kAbsent, kAbsent, kAbsent, 5, false);
  EXPECT_EQ(s.lo, 0);
  EXPECT_EQ(s.hi, 5);
  EXPECT_EQ(s.max, 5);
  s = check(1, 2, kAbsent, 5, false);
  EXPECT_EQ(s.max, 5);
}
TEST(Slicing, TwoIndexChecksHighAgainstCapFirst) {
  // s[a:b] with a > b and b > cap reports b.
  EXPECT_EQ(checkText(4, 9, kAbsent, 3, false), "runtime error: slice bounds out of range [:9] with capacity 3");
  EXPECT_EQ(checkText(2, 1, kAbsent, 3, false), "runtime error: slice bounds out of range [2:1]");
  EXPECT_EQ(checkText(-1, 2, kAbsent, 3, false), "runtime error: slice bounds out of range [-1:]");
  EXPECT_EQ(checkText(0, -1, kAbsent, 3, false), "runtime error: slice bounds out of range [:-1]");
  EXPECT_EQ(checkText(0, 4, kAbsent, 3, false, true), "runtime error: slice bounds out of range [:4] with length 3");
}
TEST(Slicing, ThreeIndexChecksMaxThenHighThenLow) {
  EXPECT_EQ(checkText(3, 2, 9, 5, true), "runtime error: slice bounds out of range [::9] with capacity 5");
  EXPECT_EQ(checkText(3, 2, 9, 5, true, true), "runtime error: slice bounds out of range [::9] with length 5");
  EXPECT_EQ(checkText(3, 4, 2, 5, true), "runtime error: slice bounds out of range [:4:2]");
  EXPECT_EQ(checkText(3, 2, 4, 5, true), "runtime error: slice bounds out of range [3:2:]");
  Sliced s = check(1, 2, 3, 5, true);
  EXPECT_EQ(s.max, 3);
}
TEST(Slicing, SliceOfSliceEndsAtLenWhenHighAbsent) {
  Slice<int64_t> s = go::makeSlice<int64_t>(2, 10);
  Slice<int64_t> t = go::slice(s, 1, kAbsent);
  EXPECT_EQ(t.len(), 1);
  EXPECT_EQ(t.cap(), 9);
  Slice<int64_t> u = go::slice(s, 0, 10); // up to cap is allowed
  EXPECT_EQ(u.len(), 10);
  Slice<int64_t> v = go::slice(s, 1, 2, 3, true);
  EXPECT_EQ(v.cap(), 2);
  EXPECT_EQ(panicText([&] { go::slice(s, 0, 11); }), "runtime error: slice bounds out of range [:11] with capacity 10");
}
TEST(Slicing, ArraySlicingSaysLength) {
  int64_t a[3] = {};
  EXPECT_EQ(panicText([&] { go::sliceArray(a, 3, 0, 5); }), "runtime error: slice bounds out of range [:5] with length 3");
  EXPECT_EQ(panicText([&] { go::sliceArray(a, 3, 0, 1, 5, true); }),
            "runtime error: slice bounds out of range [::5] with length 3");
  EXPECT_EQ(panicText([&] { go::sliceArray(a, 3, 5, kAbsent); }), "runtime error: slice bounds out of range [5:3]");
  EXPECT_EQ(panicText([&] { go::sliceArray<int64_t>(nullptr, 3, 0, 1); }),
            "runtime error: invalid memory address or nil pointer dereference");
}

// ------------------------------------------------------------- growth

namespace {
// The distinct capacities append gives while appending one at a time.
std::vector<int64_t> caps(size_t elemSize, int64_t upTo) {
  std::vector<int64_t> out;
  int64_t cap = 0;
  for (int64_t len = 1; len <= upTo; len++) {
    if (len > cap) {
      cap = go::growCap(cap, len, elemSize);
      out.push_back(cap);
    }
  }
  return out;
}
} // namespace

TEST(Growth, RoundUpSizeUsesSizeClasses) {
  EXPECT_EQ(go::roundupsize(0), 0u);
  EXPECT_EQ(go::roundupsize(1), 8u);
  EXPECT_EQ(go::roundupsize(9), 16u);
  EXPECT_EQ(go::roundupsize(33), 48u);
  EXPECT_EQ(go::roundupsize(1025), 1152u);
  EXPECT_EQ(go::roundupsize(6913), 8192u);
  EXPECT_EQ(go::roundupsize(32768), 32768u);
  EXPECT_EQ(go::roundupsize(32769), 40960u); // whole 8 KiB pages
}
TEST(Growth, ByteSlicesMatchGo119) {
  // go1.19: for i < 5000 { b = append(b, 1) } printing each new cap.
  std::vector<int64_t> want = {8, 16, 32, 64, 128, 256, 512, 896, 1408, 2048, 3072, 4096, 5376};
  EXPECT_EQ(caps(1, 5000), want);
}
TEST(Growth, WordSlicesMatchGo119) {
  std::vector<int64_t> want = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560, 3408, 5120};
  EXPECT_EQ(caps(8, 5000), want);
}
TEST(Growth, TwentyFourByteSlicesMatchGo119) {
  std::vector<int64_t> want = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853, 1365, 2048, 3072, 4096, 5461};
  EXPECT_EQ(caps(24, 5000), want);
}
TEST(Growth, StringSlicesMatchGo119) {
  std::vector<int64_t> want = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560};
  EXPECT_EQ(caps(16, 2000), want);
}
TEST(Growth, AppendingManyAtOnceTakesTheNeededLengthRounded) {
  EXPECT_EQ(go::growCap(3, 8, 8), 8);    // append([]int64{1,2,3}, 4..8)
  EXPECT_EQ(go::growCap(0, 7, 24), 7);   // append([]E24(nil), 7 elems...)
  EXPECT_EQ(go::growCap(5, 25, 1), 32);  // 25 bytes round to 32
  EXPECT_EQ(go::growCap(0, 5, 0), 5);    // zero-size elements
}
TEST(Growth, AppendUsesIt) {
  Slice<int64_t> s;
  std::vector<int64_t> seen;
  for (int i = 0; i < 20; i++) {
    s = go::append(s, int64_t(i));
    if (seen.empty() || seen.back() != s.cap())
      seen.push_back(s.cap());
  }
  EXPECT_EQ(seen, (std::vector<int64_t>{1, 2, 4, 8, 16, 32}));
  for (int i = 0; i < 20; i++)
    EXPECT_EQ(s[i], i);
}
TEST(Growth, ImpossibleCapacityPanics) {
  EXPECT_EQ(panicText([] { go::growCap(0, int64_t(1) << 50, 8); }), "runtime error: growslice: cap out of range");
}

// ------------------------------------------------------------ complex

TEST(Complex, DivisionOrdinary) {
  go::complex128 q = go::complexDiv(go::complex128(1, 2), go::complex128(3, 4));
  EXPECT_DOUBLE_EQ(q.real(), 0.44);
  EXPECT_DOUBLE_EQ(q.imag(), 0.08);
  go::complex64 f = go::complexDiv(go::complex64(1, 2), go::complex64(3, 4));
  EXPECT_FLOAT_EQ(f.real(), 0.44f);
}
TEST(Complex, DivisionByZeroGivesInfinities) {
  go::complex128 q = go::complexDiv(go::complex128(1, 1), go::complex128(0, 0));
  EXPECT_TRUE(std::isinf(q.real()) && q.real() > 0);
  EXPECT_TRUE(std::isinf(q.imag()) && q.imag() > 0);
  q = go::complexDiv(go::complex128(-1, 0), go::complex128(0, 0));
  EXPECT_TRUE(std::isinf(q.real()) && q.real() < 0);
  EXPECT_TRUE(std::isnan(q.imag())); // inf * 0
}
TEST(Complex, InfiniteOverFiniteIsInfinite) {
  double inf = INFINITY;
  // go1.19: complex(inf, 0) / complex(1, 1) == (+Inf-Infi)
  go::complex128 q = go::complexDiv(go::complex128(inf, 0), go::complex128(1, 1));
  EXPECT_TRUE(std::isinf(q.real()) && q.real() > 0);
  EXPECT_TRUE(std::isinf(q.imag()) && q.imag() < 0);
}
TEST(Complex, FiniteOverInfiniteIsZero) {
  double inf = INFINITY;
  go::complex128 q = go::complexDiv(go::complex128(1, 1), go::complex128(inf, inf));
  EXPECT_EQ(q.real(), 0);
  EXPECT_EQ(q.imag(), 0);
}
