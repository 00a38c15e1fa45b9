// errors_test.cpp — run-time error values: Go's exact texts and types
// (checked against go1.19 with fmt.Printf("%T | %v", recover(), ...)).
#include "common.h"

using namespace rt_test;
using go::Bounds;

namespace {

std::string bounds(Bounds code, int64_t x, bool xSigned, int64_t y) {
  return panicText([&] { go::panicBounds(code, x, xSigned, y); });
}

} // namespace

TEST(Bounds, IndexReportsIndexAndLength) {
  EXPECT_EQ(bounds(Bounds::Index, 5, true, 3), "runtime error: index out of range [5] with length 3");
}
TEST(Bounds, NegativeIndexOmitsLength) {
  EXPECT_EQ(bounds(Bounds::Index, -1, true, 3), "runtime error: index out of range [-1]");
}
TEST(Bounds, UnsignedIndexPrintsUnsigned) {
  EXPECT_EQ(bounds(Bounds::Index, -1, false, 3),
            "runtime error: index out of range [18446744073709551615] with length 3");
}
TEST(Bounds, SliceHighAgainstLengthOrCapacity) {
  EXPECT_EQ(bounds(Bounds::SliceAlen, 5, true, 3), "runtime error: slice bounds out of range [:5] with length 3");
  EXPECT_EQ(bounds(Bounds::SliceAcap, 5, true, 3), "runtime error: slice bounds out of range [:5] with capacity 3");
  EXPECT_EQ(bounds(Bounds::SliceAcap, -1, true, 3), "runtime error: slice bounds out of range [:-1]");
}
TEST(Bounds, SliceLowAboveHigh) {
  EXPECT_EQ(bounds(Bounds::SliceB, 2, true, 1), "runtime error: slice bounds out of range [2:1]");
  EXPECT_EQ(bounds(Bounds::SliceB, -1, true, 3), "runtime error: slice bounds out of range [-1:]");
}
TEST(Bounds, ThreeIndexForms) {
  EXPECT_EQ(bounds(Bounds::Slice3Alen, 5, true, 3), "runtime error: slice bounds out of range [::5] with length 3");
  EXPECT_EQ(bounds(Bounds::Slice3Acap, 5, true, 3),
            "runtime error: slice bounds out of range [::5] with capacity 3");
  EXPECT_EQ(bounds(Bounds::Slice3B, 2, true, 1), "runtime error: slice bounds out of range [:2:1]");
  EXPECT_EQ(bounds(Bounds::Slice3C, 2, true, 1), "runtime error: slice bounds out of range [2:1:]");
  EXPECT_EQ(bounds(Bounds::Slice3B, -4, true, 1), "runtime error: slice bounds out of range [:-4:]");
  EXPECT_EQ(bounds(Bounds::Slice3C, -4, true, 1), "runtime error: slice bounds out of range [-4::]");
}
TEST(Bounds, ConvertNamesArrayLengthXAndSliceLengthY) {
  EXPECT_EQ(bounds(Bounds::Convert, 5, true, 3),
            "runtime error: cannot convert slice with length 3 to pointer to array with length 5");
}
TEST(Bounds, ValueIsRuntimeBoundsError) {
  EXPECT_EQ(panicType([] { go::panicIndex(1, 0); }), "runtime.boundsError");
}
TEST(Bounds, SliceAndStringIndexingRaiseIt) {
  go::Slice<int64_t> s{1, 2, 3};
  EXPECT_EQ(panicText([&] { (void)s[3]; }), "runtime error: index out of range [3] with length 3");
  go::String str("abc");
  EXPECT_EQ(panicText([&] { (void)str.at(-2); }), "runtime error: index out of range [-2]");
  go::Array<int, 2> a{};
  EXPECT_EQ(panicText([&] { (void)a[2]; }), "runtime error: index out of range [2] with length 2");
}

TEST(RuntimeErrors, TextsArePrefixed) {
  EXPECT_EQ(panicText([] { go::panicDivide(); }), "runtime error: integer divide by zero");
  EXPECT_EQ(panicText([] { go::panicShift(); }), "runtime error: negative shift amount");
  EXPECT_EQ(panicText([] { go::panicNilDeref(); }),
            "runtime error: invalid memory address or nil pointer dereference");
  EXPECT_EQ(panicText([] { go::panicMakeLen(); }), "runtime error: makeslice: len out of range");
  EXPECT_EQ(panicText([] { go::panicMakeCap(); }), "runtime error: makeslice: cap out of range");
  EXPECT_EQ(panicText([] { go::panicRuntimeError("custom"); }), "runtime error: custom");
}
TEST(RuntimeErrors, TheyAreRuntimeErrorStrings) {
  EXPECT_EQ(panicType([] { go::panicDivide(); }), "runtime.errorString");
  EXPECT_EQ(panicType([] { go::panicNilDeref(); }), "runtime.errorString");
}
TEST(RuntimeErrors, ValuesHaveRuntimeErrorMethod) {
  go::Iface v = recovered([] { go::panicDivide(); });
  ASSERT_NE(v.type(), nullptr);
  EXPECT_NE(v.type()->method("RuntimeError"), nullptr);
  go::Iface b = recovered([] { go::panicIndex(0, 0); });
  EXPECT_NE(b.type()->method("RuntimeError"), nullptr);
}
TEST(RuntimeErrors, RecordIsFlaggedRuntimeError) {
  bool flagged = false;
  try {
    go::panicDivide();
  } catch (go::PanicUnwind &u) {
    flagged = u.rec->runtimeError;
    go::DeferStack ds;
    ds.push(recoverInto(new go::Iface), true);
    ds.run(u.rec);
  }
  EXPECT_TRUE(flagged);
}
TEST(RuntimeErrors, IntegerDivisionByZeroPanics) {
  volatile int64_t zero = 0;
  EXPECT_EQ(panicText([&] { (void)go::div<int64_t>(1, zero); }), "runtime error: integer divide by zero");
  EXPECT_EQ(panicText([&] { (void)go::rem<int32_t>(1, int32_t(zero)); }), "runtime error: integer divide by zero");
}
TEST(RuntimeErrors, NegativeShiftPanics) {
  volatile int neg = -1;
  EXPECT_EQ(panicText([&] { (void)go::shl(1, int(neg)); }), "runtime error: negative shift amount");
}
TEST(RuntimeErrors, MakeSliceChecksLenThenCap) {
  EXPECT_EQ(panicText([] { (void)go::makeSlice<int>(-1, 0); }), "runtime error: makeslice: len out of range");
  EXPECT_EQ(panicText([] { (void)go::makeSlice<int>(2, 1); }), "runtime error: makeslice: cap out of range");
}
TEST(RuntimeErrors, NilMapAssignmentIsPlainError) {
  EXPECT_EQ(panicText([] { go::panicNilMap(); }), "assignment to entry in nil map");
  EXPECT_EQ(panicType([] { go::panicNilMap(); }), "runtime.plainError");
  go::Map<int64_t, int64_t> *m = nullptr;
  EXPECT_EQ(panicText([&] { go::mapSet<int64_t, int64_t>(m, 1, 1); }), "assignment to entry in nil map");
}
TEST(RuntimeErrors, UnhashableAndUncomparableNameTheType) {
  go::Type sliceT{};
  sliceT.self = &sliceT;
  sliceT.kind = go::Kind::Slice;
  sliceT.name = "[]int";
  EXPECT_EQ(panicText([&] { go::panicUnhashable(&sliceT); }), "runtime error: hash of unhashable type []int");
  EXPECT_EQ(panicText([&] { go::panicUncomparable(&sliceT); }),
            "runtime error: comparing uncomparable type []int");
}
TEST(RuntimeErrors, NegativeRepeatIsAStringsPanic) {
  go::Iface v = recovered([] { go::panicNegativeRepeat(); });
  ASSERT_EQ(v.type(), &go::stringType);
  EXPECT_EQ(str(go::unboxData<go::String>(v.data)), "strings: negative Repeat count");
}
TEST(RuntimeErrors, NilMethodCallIsNilDereference) {
  EXPECT_EQ(panicText([] { go::panicNilMethodCall(); }),
            "runtime error: invalid memory address or nil pointer dereference");
  EXPECT_EQ(panicText([] { (void)go::method<void (*)(void *)>(go::Iface(), 0); }),
            "runtime error: invalid memory address or nil pointer dereference");
}
TEST(RuntimeErrors, NilFuncCallIsNilDereference) {
  go::Func<void()> f;
  EXPECT_EQ(panicText([&] { f(); }), "runtime error: invalid memory address or nil pointer dereference");
}
TEST(RuntimeErrors, ChainIsCleanAfterRecovery) {
  (void)recovered([] { go::panicDivide(); });
  EXPECT_EQ(go::detail::panicHead(), nullptr);
}
