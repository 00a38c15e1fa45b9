// line_directives_test.cpp — positions presented after //line and /*line*/
// directives, as gc presents them (cmd/compile "Line directives").
#include <gtest/gtest.h>

#include "frontend/source/SourceFile.h"

namespace gopp {
namespace {

PresentedPos at(const std::string &text, uint32_t line, uint32_t col) {
  SourceFile f(0, "x.go", text);
  return f.present(Pos{0, line, col});
}

TEST(LineDirectives, WithoutDirectivesPositionsArePhysical) {
  PresentedPos p = at("package p\nvar x int\n", 2, 5);
  EXPECT_EQ(p.file, "x.go");
  EXPECT_EQ(p.line, 2u);
  EXPECT_EQ(p.col, 5u);
}

TEST(LineDirectives, LineCommentAppliesToTheNextLineWithUnknownColumn) {
  std::string src = "package p\n//line gen.y:20\nvar x\nvar y\n";
  PresentedPos p = at(src, 3, 5);
  EXPECT_EQ(p.file, "gen.y");
  EXPECT_EQ(p.line, 20u);
  EXPECT_EQ(p.col, 0u); // no column in the directive: unknown
  EXPECT_EQ(at(src, 4, 1).line, 21u);
  EXPECT_EQ(at(src, 1, 1).line, 1u); // before the directive
}

TEST(LineDirectives, ColumnsAreShiftedOnTheDirectivesLineOnly) {
  std::string src = "package p\n//line gen.y:20:10\nvar x\nvar y\n";
  EXPECT_EQ(at(src, 3, 5).col, 14u);
  EXPECT_EQ(at(src, 4, 5).col, 5u);
}

TEST(LineDirectives, BlockCommentAppliesRightAfterIt) {
  std::string src = "package p\nvar /*line :7:3*/x int\n";
  PresentedPos p = at(src, 2, 18); // `x`
  EXPECT_EQ(p.file, "x.go");        // no file name, but a column: the previous one
  EXPECT_EQ(p.line, 7u);
  EXPECT_EQ(p.col, 3u);
}

TEST(LineDirectives, OnlyAtTheStartOfALineAndWithAColon) {
  EXPECT_EQ(at("package p\nvar x // //line a.go:9\nvar y\n", 3, 1).line, 3u);
  EXPECT_EQ(at("package p\n//line nocolon\nvar y\n", 3, 1).line, 3u);
  EXPECT_EQ(at("package p\n//line a.go:0\nvar y\n", 3, 1).line, 3u); // line 0 is invalid
}

} // namespace
} // namespace gopp
