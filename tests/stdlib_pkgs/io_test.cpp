// Tests of package io; expected values from go1.19.
#include <gtest/gtest.h>

#include "testutil.h"

using namespace pkg;
using namespace testutil;

TEST(IO, ReadAllLimitReadFull) {
  auto [data, err] = io::ReadAll(io::LimitReader(reader("abcdefgh"), 5));
  EXPECT_EQ(S(go::bytesToString(data)), "abcde");
  EXPECT_TRUE(err.isNil());
  go::Slice<uint8_t> buf = go::makeSlice<uint8_t>(4);
  auto [n, err2] = io::ReadFull(reader("ab"), buf);
  EXPECT_EQ(n, 2);
  EXPECT_EQ(errText(err2), "unexpected EOF");
  EXPECT_EQ(errText(io::EOF_), "EOF");
}

TEST(IO, CopyMultiReader) {
  strings::Builder sb{};
  auto [n, err] = io::Copy(writer(&sb), io::MultiReader({reader("ab"), reader(""), reader("cd")}));
  EXPECT_EQ(n, 4);
  EXPECT_TRUE(err.isNil());
  EXPECT_EQ(S(strings::Builder_String(&sb)), "abcd");
  // src has WriteTo: Copy uses it.
  strings::Builder sb2{};
  auto [n2, err2] = io::Copy(writer(&sb2), reader("xyz"));
  EXPECT_EQ(n2, 3);
  EXPECT_EQ(S(strings::Builder_String(&sb2)), "xyz");
  auto [n3, err3] = io::CopyN(io::Discard, reader("abc"), 5);
  EXPECT_EQ(n3, 3);
  EXPECT_EQ(errText(err3), "EOF");
}
