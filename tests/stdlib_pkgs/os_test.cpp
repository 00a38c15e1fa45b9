// Tests of package os; expected values from go1.19.
#include <gtest/gtest.h>

#include <unistd.h>

#include "os/os.h"
#include "testutil.h"

using namespace pkg;
using namespace testutil;

TEST(OS, Errors) {
  auto [data, err] = os::ReadFile("/nonexistent/file");
  EXPECT_TRUE(data.isNil());
  EXPECT_EQ(errText(err), "open /nonexistent/file: no such file or directory");
  EXPECT_EQ(errText(os::WriteFile("/nonexistent/file", nullptr, 0644)), "open /nonexistent/file: no such file or directory");
  EXPECT_TRUE(os::IsNotExist(err));
  EXPECT_EQ(S(err.type()->name), "*os.PathError");
}

TEST(OS, FileRoundTrip) {
  go::String dir = std::get<0>(os::MkdirTemp("", "gopp-os-*"));
  go::String name = go::concat(dir, "/f.txt");
  ASSERT_TRUE(os::WriteFile(name, go::stringToBytes("hello\nworld"), 0600).isNil());
  auto [data, err] = os::ReadFile(name);
  EXPECT_TRUE(err.isNil());
  EXPECT_EQ(S(go::bytesToString(data)), "hello\nworld");
  auto [f, err2] = os::Open(name);
  ASSERT_TRUE(err2.isNil());
  go::Slice<uint8_t> buf = go::makeSlice<uint8_t>(64);
  EXPECT_EQ(std::get<0>(os::File_Read(f, buf)), 11);
  EXPECT_EQ(errText(std::get<1>(os::File_Read(f, buf))), "EOF");
  EXPECT_TRUE(os::File_Close(f).isNil());
  EXPECT_EQ(errText(os::File_Close(f)), go::concat({"close ", name, ": file already closed"}).view());
  EXPECT_TRUE(os::Remove(name).isNil());
  EXPECT_TRUE(os::IsNotExist(os::Remove(name)));
  EXPECT_TRUE(os::RemoveAll(dir).isNil());
}

TEST(OS, ModeEnvExpand) {
  EXPECT_EQ(S(os::FileMode_String(0755u | (1u << 31))), "drwxr-xr-x");
  EXPECT_EQ(S(os::FileMode_String(0644)), "-rw-r--r--");
  EXPECT_EQ(S(os::Expand("$A ${B} $ ${} $1x", [](go::String k) { return go::concat({"<", k, ">"}); })), "<A> <B> $  <1>x");
  EXPECT_TRUE(os::Setenv("GOPP_OS_TEST", "v1").isNil());
  EXPECT_EQ(S(os::Getenv("GOPP_OS_TEST")), "v1");
  auto [v, ok] = os::LookupEnv("GOPP_OS_TEST_UNSET");
  EXPECT_FALSE(ok);
  EXPECT_EQ(errText(os::Setenv("", "x")), "setenv: invalid argument");
  EXPECT_GE(os::Args.len(), 1);
  EXPECT_EQ(os::Getpid(), int64_t(getpid()));
}
