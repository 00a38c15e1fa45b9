// Tests of package bufio; expected values from go1.19.
#include <gtest/gtest.h>

#include <vector>

#include "bufio/bufio.h"
#include "testutil.h"

using namespace pkg;
using namespace testutil;

TEST(Bufio, ScannerLinesWordsTooLong) {
  bufio::Scanner *sc = bufio::NewScanner(reader("one two\r\nthree\n\nfour"));
  std::vector<std::string> got;
  while (bufio::Scanner_Scan(sc))
    got.push_back(S(bufio::Scanner_Text(sc)));
  EXPECT_EQ(got, (std::vector<std::string>{"one two", "three", "", "four"}));
  EXPECT_TRUE(bufio::Scanner_Err(sc).isNil());

  sc = bufio::NewScanner(reader("  a bb\xc2\xa0" "ccc\n"));
  bufio::Scanner_Split(sc, bufio::ScanWords);
  got.clear();
  while (bufio::Scanner_Scan(sc))
    got.push_back(S(bufio::Scanner_Text(sc)));
  EXPECT_EQ(got, (std::vector<std::string>{"a", "bb", "ccc"}));

  sc = bufio::NewScanner(reader(strings::Repeat("x", 100)));
  bufio::Scanner_Buffer(sc, go::makeSlice<uint8_t>(10), 20);
  EXPECT_FALSE(bufio::Scanner_Scan(sc));
  EXPECT_EQ(errText(bufio::Scanner_Err(sc)), "bufio.Scanner: token too long");
}

TEST(Bufio, Reader) {
  bufio::Reader *r = bufio::NewReader(reader("h\xc3\xa9llo\nworld"));
  auto [s, err] = bufio::Reader_ReadString(r, '\n');
  EXPECT_EQ(S(s), "h\xc3\xa9llo\n");
  EXPECT_TRUE(err.isNil());
  auto [c, n, err2] = bufio::Reader_ReadRune(r);
  EXPECT_EQ(c, 119);
  EXPECT_EQ(n, 1);
  EXPECT_TRUE(bufio::Reader_UnreadRune(r).isNil());
  EXPECT_EQ(errText(bufio::Reader_UnreadRune(r)), "bufio: invalid use of UnreadRune");
  auto [s2, err3] = bufio::Reader_ReadString(r, '\n');
  EXPECT_EQ(S(s2), "world");
  EXPECT_EQ(errText(err3), "EOF");
}

TEST(Bufio, Writer) {
  strings::Builder b{};
  bufio::Writer *w = bufio::NewWriterSize(writer(&b), 16);
  bufio::Writer_WriteString(w, "hello ");
  bufio::Writer_WriteRune(w, 0xE9);
  bufio::Writer_WriteByte(w, '!');
  EXPECT_EQ(strings::Builder_Len(&b), 0);
  EXPECT_EQ(bufio::Writer_Buffered(w), 9);
  EXPECT_EQ(bufio::Writer_Available(w), 7);
  bufio::Writer_WriteString(w, strings::Repeat("z", 20));
  EXPECT_EQ(strings::Builder_Len(&b), 16);
  EXPECT_EQ(bufio::Writer_Buffered(w), 13);
  EXPECT_TRUE(bufio::Writer_Flush(w).isNil());
  EXPECT_EQ(S(strings::Builder_String(&b)), "hello \xc3\xa9!zzzzzzzzzzzzzzzzzzzz");
}
