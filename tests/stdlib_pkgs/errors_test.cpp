// Tests of package errors; expected values from go1.19 (Join and
// ErrUnsupported, newer than go1.19, from Go's documentation).
#include <gtest/gtest.h>

#include "errors/errors.h"
#include "os/os.h"

using namespace pkg;

namespace {
std::string str(go::String s) { return std::string(s.view()); }
std::string text(go::Iface e) { return str(errors::detail::callError(e)); }
} // namespace

TEST(Errors, NewIsDistinct) {
  go::Iface a = errors::New("x"), b = errors::New("x");
  EXPECT_EQ(text(a), "x");
  EXPECT_FALSE(a == b);
  EXPECT_TRUE(errors::Is(a, a));
  EXPECT_FALSE(errors::Is(a, b));
  EXPECT_TRUE(errors::Is(go::Iface(), go::Iface()));
  EXPECT_FALSE(errors::Is(a, go::Iface()));
  EXPECT_EQ(str(a.type()->name), "*errors.errorString");
}

TEST(Errors, UnwrapThroughPathError) {
  auto [f, err] = os::Open("/nonexistent/x");
  EXPECT_EQ(f, nullptr);
  EXPECT_EQ(text(err), "open /nonexistent/x: no such file or directory");
  EXPECT_TRUE(errors::Is(err, os::ErrNotExist));
  EXPECT_TRUE(os::IsNotExist(err));
  EXPECT_FALSE(os::IsExist(err));
  go::Iface inner = errors::Unwrap(err);
  EXPECT_EQ(text(inner), "no such file or directory");
  EXPECT_TRUE(errors::Unwrap(inner).isNil());
  // var pe *os.PathError; errors.As(err, &pe)
  os::PathError *pe = nullptr;
  static go::Type ptrToPtr{};
  ptrToPtr.self = &ptrToPtr;
  ptrToPtr.kind = go::Kind::Pointer;
  ptrToPtr.flags = go::kPointerShaped;
  ptrToPtr.elem = &os::detail::PathErrorPtrType;
  EXPECT_TRUE(errors::As(err, go::box(&ptrToPtr, &pe)));
  ASSERT_NE(pe, nullptr);
  EXPECT_EQ(str(pe->Op), "open");
  EXPECT_EQ(str(pe->Path), "/nonexistent/x");
}

TEST(Errors, AsPanics) {
  go::Iface err = errors::New("e");
  try {
    errors::As(err, go::Iface());
    FAIL();
  } catch (go::PanicUnwind &u) {
    EXPECT_EQ(str(go::unboxData<go::String>(u.rec->value.data)), "errors: target cannot be nil");
  }
  try {
    errors::As(err, go::box(&go::intType, int64_t(1)));
    FAIL();
  } catch (go::PanicUnwind &u) {
    EXPECT_EQ(str(go::unboxData<go::String>(u.rec->value.data)), "errors: target must be a non-nil pointer");
  }
}

TEST(Errors, Join) {
  go::Iface a = errors::New("a"), b = errors::New("b");
  EXPECT_TRUE(errors::Join({}).isNil());
  EXPECT_TRUE(errors::Join({go::Iface(), go::Iface()}).isNil());
  go::Iface j = errors::Join({a, go::Iface(), b});
  EXPECT_EQ(text(j), "a\nb");
  EXPECT_TRUE(errors::Is(j, b));
  EXPECT_TRUE(errors::Unwrap(j).isNil());
  EXPECT_EQ(text(errors::ErrUnsupported), "unsupported operation");
}
