// semicolons_test.cpp — automatic semicolon insertion (spec "Semicolons"),
// observed through the parser.
//
// The rule: a newline ends a statement when the line's last token is an
// identifier, a literal, one of break continue fallthrough return, or one
// of ++ -- ) ] }. Each test below makes the rule visible in the AST: a line
// is followed by `-y`, which becomes a second statement (ExprStmt) when a
// semicolon was inserted, and a continuation of the expression otherwise.
//
// Every input was checked with Go 1.19: valid inputs are accepted by
// go/parser (gofmt -e) and by gc's parser; each invalid one is rejected by
// both, and the expected line:col is gc's.
// (tests/unit/check_go_sources.sh re-runs that check.)
#include "ParseHelpers.h"

namespace gopp::testing {
namespace {

using namespace ast;

// The kinds of the statements in the function body, e.g. "AssignStmt ExprStmt".
std::string stmtKinds(llvm::ArrayRef<Stmt *> list) {
  std::string s;
  for (Stmt *st : list) {
    if (!s.empty())
      s += ' ';
    s += std::string(st->kindName());
  }
  return s;
}

bool startsWith(const std::string &s, std::string_view prefix) { return s.rfind(prefix, 0) == 0; }

// A body statement `-y` (the marker that follows the line under test).
bool isMinusY(const Stmt *s) {
  auto *es = llvm::dyn_cast<ExprStmt>(s);
  if (!es)
    return false;
  auto *u = llvm::dyn_cast<UnaryExpr>(es->x);
  return u && u->op == Op::Sub && llvm::isa<Ident>(u->x) && llvm::cast<Ident>(u->x)->name == "y";
}

// ------------------------------------------- tokens that end a statement

struct LineEnd {
  const char *name; // the line's final token
  const char *line; // the statement on the line
};

std::ostream &operator<<(std::ostream &os, const LineEnd &l) { return os << l.name; }

class NewlineAfterToken : public ::testing::TestWithParam<LineEnd> {};

TEST_P(NewlineAfterToken, InsertsSemicolon) {
  // The line, then `-y` on the next line: two statements, not `line - y`.
  Parsed p(bodySource(std::string("\t") + GetParam().line + "\n\t-y\n"));
  ASSERT_TRUE(p.ok()) << p.errorText();
  ASSERT_EQ(p.body().size(), 2u) << stmtKinds(p.body());
  EXPECT_FALSE(isMinusY(p.body()[0]));
  EXPECT_TRUE(isMinusY(p.body()[1])) << p.dump();
}

// Each of these, followed by "\n\t-y\n", was checked as a function body
// with gofmt -e (see the comment at the top).
INSTANTIATE_TEST_SUITE_P(
    StatementEnders, NewlineAfterToken,
    ::testing::Values(LineEnd{"Identifier", "x = a"},
                      LineEnd{"IntLiteral", "x = 1"},
                      LineEnd{"FloatLiteral", "x = 1.5"},
                      LineEnd{"ImaginaryLiteral", "x = 2i"},
                      LineEnd{"RuneLiteral", "x = 'c'"},
                      LineEnd{"StringLiteral", "x = \"s\""},
                      LineEnd{"RawStringLiteral", "x = `raw`"},
                      LineEnd{"RawStringSpanningLines", "x = `raw\nstring`"},
                      LineEnd{"CloseParen", "x = f()"},
                      LineEnd{"CloseBracket", "x = a[0]"},
                      LineEnd{"CloseBrace", "x = T{}"},
                      LineEnd{"Increment", "x++"},
                      LineEnd{"Decrement", "x--"},
                      LineEnd{"Return", "return"}),
    [](const ::testing::TestParamInfo<LineEnd> &info) { return std::string(info.param.name); });

TEST(NewlineAfterToken, BreakAndContinueEndTheirStatement) {
  Parsed p(bodySource(R"body(	for {
		break
		-y
		continue
		-y
	}
)body"));
  ASSERT_TRUE(p.ok()) << p.errorText();
  auto *loop = llvm::dyn_cast<ForStmt>(p.body()[0]);
  ASSERT_NE(loop, nullptr);
  EXPECT_EQ(stmtKinds(loop->body->list), "BranchStmt ExprStmt BranchStmt ExprStmt");
  EXPECT_EQ(llvm::cast<BranchStmt>(loop->body->list[0])->label, nullptr);
  EXPECT_EQ(llvm::cast<BranchStmt>(loop->body->list[2])->label, nullptr);
}

TEST(NewlineAfterToken, FallthroughEndsItsStatement) {
  Parsed p(bodySource(R"body(	switch {
	case true:
		fallthrough
		-y
	}
)body"));
  ASSERT_TRUE(p.ok()) << p.errorText();
  auto *sw = llvm::dyn_cast<SwitchStmt>(p.body()[0]);
  ASSERT_NE(sw, nullptr);
  auto *clause = llvm::cast<CaseClause>(sw->body->list[0]);
  EXPECT_EQ(stmtKinds(clause->body), "BranchStmt ExprStmt");
}

TEST(NewlineAfterToken, ReturnOnItsOwnLineReturnsNothing) {
  // `return` then a value on the next line: the value is a separate statement.
  Parsed p(bodySource("\treturn\n\t-y\n"));
  ASSERT_TRUE(p.ok()) << p.errorText();
  auto *ret = llvm::dyn_cast<ReturnStmt>(p.body()[0]);
  ASSERT_NE(ret, nullptr);
  EXPECT_TRUE(ret->results.empty());
}

// ------------------------------------------ tokens that continue the line

class NewlineAfterOperator : public ::testing::TestWithParam<LineEnd> {};

TEST_P(NewlineAfterOperator, ContinuesTheStatement) {
  // The line ends in a token that inserts nothing: `-y` continues it.
  Parsed p(bodySource(std::string("\t") + GetParam().line + "\n\t\t-y\n"));
  ASSERT_TRUE(p.ok()) << p.errorText();
  EXPECT_EQ(p.body().size(), 1u) << stmtKinds(p.body());
}

INSTANTIATE_TEST_SUITE_P(
    Continuations, NewlineAfterOperator,
    ::testing::Values(LineEnd{"Plus", "x = a +"},           // x = a + -y
                      LineEnd{"Star", "x = a *"},           // x = a * -y
                      LineEnd{"LogicalAnd", "x = a &&"},    // x = a && -y
                      LineEnd{"Assign", "x ="},             // x = -y
                      LineEnd{"Define", "x :="},            // x := -y
                      LineEnd{"ShiftLeft", "x = a <<"},     // x = a << -y
                      LineEnd{"Equal", "x = a =="}),        // x = a == -y
    [](const ::testing::TestParamInfo<LineEnd> &info) { return std::string(info.param.name); });

TEST(NewlineAfterOperator, CommaAndOpenParenContinueAnArgumentList) {
  Parsed p(bodySource(R"body(	x = f(a,
		-y)
	x = f(
		-y)
)body"));
  ASSERT_TRUE(p.ok()) << p.errorText();
  ASSERT_EQ(stmtKinds(p.body()), "AssignStmt AssignStmt");
  auto *call = llvm::cast<CallExpr>(llvm::cast<AssignStmt>(p.body()[0])->rhs[0]);
  EXPECT_EQ(call->args.size(), 2u);
}

TEST(NewlineAfterOperator, BinaryOperatorAtLineEndJoinsTheOperands) {
  Parsed p(bodySource(R"body(	x := a +
		b
)body"));
  ASSERT_TRUE(p.ok()) << p.errorText();
  ASSERT_EQ(p.body().size(), 1u);
  auto *assign = llvm::cast<AssignStmt>(p.body()[0]);
  auto *sum = llvm::dyn_cast<BinaryExpr>(assign->rhs[0]);
  ASSERT_NE(sum, nullptr);
  EXPECT_EQ(sum->op, Op::Add);
  EXPECT_EQ(sum->y->pos().line, 5u);
}

TEST(NewlineAfterOperator, DotAtLineEndContinuesASelector) {
  Parsed p(bodySource("\tx = a.\n\t\tb\n"));
  ASSERT_TRUE(p.ok()) << p.errorText();
  ASSERT_EQ(p.body().size(), 1u);
  EXPECT_TRUE(llvm::isa<SelectorExpr>(llvm::cast<AssignStmt>(p.body()[0])->rhs[0]));
}

TEST(NewlineAfterOperator, TrailingCommaLetsACompositeLiteralSpanLines) {
  Parsed p(bodySource(R"body(	x := []int{
		1,
		2,
	}
)body"));
  ASSERT_TRUE(p.ok()) << p.errorText();
  ASSERT_EQ(p.body().size(), 1u);
  auto *lit = llvm::cast<CompositeLit>(llvm::cast<AssignStmt>(p.body()[0])->rhs[0]);
  EXPECT_EQ(lit->elts.size(), 2u);
}

TEST(NewlineAfterOperator, OtherKeywordsDoNotEndAStatement) {
  // Only break, continue, fallthrough and return insert a semicolon:
  // `go` followed by a newline still takes the call on the next line.
  Parsed p(bodySource("\tgo\n\tf()\n"));
  ASSERT_TRUE(p.ok()) << p.errorText();
  ASSERT_EQ(stmtKinds(p.body()), "GoStmt");
}

TEST(NewlineAfterOperator, ElseAtLineEndTakesTheBlockOnTheNextLine) {
  Parsed p(bodySource(R"body(	if x {
	} else
	{
	}
)body"));
  ASSERT_TRUE(p.ok()) << p.errorText();
  auto *ifs = llvm::cast<IfStmt>(p.body()[0]);
  ASSERT_NE(ifs->elseStmt, nullptr);
  EXPECT_TRUE(llvm::isa<BlockStmt>(ifs->elseStmt));
}

// ------------------------------------------------ braces on the next line

TEST(BraceOnNextLine, IfConditionThenBraceOnSameLineParses) {
  Parsed p(bodySource("\tif x {\n\t}\n"));
  EXPECT_TRUE(p.ok()) << p.errorText();
}

TEST(BraceOnNextLine, IfConditionThenBraceOnNextLineIsAnErrorAtTheNewline) {
  // `if x` + newline is `if x;`: x is the init statement and the condition
  // is missing. gc 1.19: "4:6: syntax error: unexpected newline, expecting {
  // after if clause" (gopp words it as Go >= 1.20 does: "expected");
  // go/parser reports 4:6 too.
  Parsed p(bodySource("\tif x\n\t{\n\t}\n"));
  ASSERT_FALSE(p.ok());
  auto errors = p.errors();
  EXPECT_EQ(errors[0], "4:6: syntax error: unexpected newline, expected { after if clause") << p.errorText();
}

TEST(BraceOnNextLine, ForClauseThenBraceOnNextLineIsAnErrorAtTheNewline) {
  // gc: "4:24: syntax error: unexpected newline, expecting { after for clause".
  Parsed p(bodySource("\tfor i := 0; i < 3; i++\n\t{\n\t}\n"));
  ASSERT_FALSE(p.ok());
  EXPECT_TRUE(startsWith(p.errors()[0], "4:24: syntax error: unexpected newline")) << p.errorText();
}

TEST(BraceOnNextLine, FuncSignatureThenBraceOnNextLineIsAnError) {
  // gc: "4:1: syntax error: unexpected semicolon or newline before {".
  Parsed p("package p\n\nfunc f()\n{\n}\n");
  ASSERT_FALSE(p.ok());
  EXPECT_TRUE(startsWith(p.errors()[0], "4:1: syntax error: unexpected ")) << p.errorText();
}

TEST(BraceOnNextLine, SwitchTagThenBraceOnNextLineIsAValidTaglessSwitch) {
  // `switch x` + newline is `switch x; {`: x becomes the init statement and
  // the switch has no tag. Valid syntax (gofmt accepts it).
  Parsed p(bodySource("\tswitch x\n\t{\n\t}\n"));
  ASSERT_TRUE(p.ok()) << p.errorText();
  auto *sw = llvm::dyn_cast<SwitchStmt>(p.body()[0]);
  ASSERT_NE(sw, nullptr);
  EXPECT_NE(sw->init, nullptr);
  EXPECT_EQ(sw->tag, nullptr);
}

TEST(BraceOnNextLine, ElseOnTheLineAfterTheClosingBraceIsAnError) {
  // `}` inserts a semicolon, so the if statement ends before `else`.
  // gc: "6:2: syntax error: unexpected else, expecting }" (Go >= 1.20 words
  // it "unexpected keyword else, expected }", as gopp does).
  Parsed p(bodySource(R"body(	if x {
	}
	else {
	}
)body"));
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.errors()[0], "6:2: syntax error: unexpected keyword else, expected }") << p.errorText();
}

TEST(BraceOnNextLine, MissingCommaBeforeNewlineInCompositeLiteralIsAnError) {
  // gc: "6:4: syntax error: unexpected newline in composite literal;
  // possibly missing comma or }".
  Parsed p(bodySource(R"body(	x := []int{
		1,
		2
	}
)body"));
  ASSERT_FALSE(p.ok());
  EXPECT_TRUE(startsWith(p.errors()[0], "6:4: syntax error: unexpected newline")) << p.errorText();
}

// ---------------------------------------------------------------- comments

TEST(Comments, MultiLineGeneralCommentActsAsNewline) {
  Parsed p(bodySource("\tx := 1 /* a\n b */ y := 2\n"));
  ASSERT_TRUE(p.ok()) << p.errorText();
  EXPECT_EQ(stmtKinds(p.body()), "AssignStmt AssignStmt");
}

TEST(Comments, MultiLineGeneralCommentActsAsNewlineAtTopLevel) {
  Parsed p("package p\n\nvar x = 1 /* c\n */ var y = 2\n");
  ASSERT_TRUE(p.ok()) << p.errorText();
  EXPECT_EQ(p.file->decls.size(), 2u);
}

TEST(Comments, SingleLineGeneralCommentDoesNotActAsNewline) {
  // gc: "4:19: syntax error: unexpected y at end of statement".
  Parsed p(bodySource("\tx := 1 /* a b */ y := 2\n"));
  ASSERT_FALSE(p.ok());
  EXPECT_TRUE(startsWith(p.errors()[0], "4:19: syntax error: unexpected name y")) << p.errorText();
}

TEST(Comments, LineCommentEndsTheStatement) {
  Parsed p(bodySource("\tx := 1 // one\n\ty := 2\n"));
  ASSERT_TRUE(p.ok()) << p.errorText();
  EXPECT_EQ(stmtKinds(p.body()), "AssignStmt AssignStmt");
}

TEST(Comments, LineCommentAtEndOfFileWithoutNewlineParses) {
  Parsed p("package p\n\nfunc f() {}\n// trailing");
  ASSERT_TRUE(p.ok()) << p.errorText();
  EXPECT_EQ(p.file->decls.size(), 1u);
}

TEST(Comments, LineCommentAfterDeclarationAtEndOfFileParses) {
  Parsed p("package p\n\nvar x = 1 // trailing");
  ASSERT_TRUE(p.ok()) << p.errorText();
  EXPECT_EQ(p.file->decls.size(), 1u);
}

// ------------------------------------------------------------- end of file

TEST(EndOfFile, FileWithoutFinalNewlineParses) {
  Parsed p("package p\n\nfunc f() {}");
  ASSERT_TRUE(p.ok()) << p.errorText();
  EXPECT_EQ(p.file->decls.size(), 1u);
}

TEST(EndOfFile, DeclarationEndingInLiteralAtEndOfFileParses) {
  // A semicolon is inserted at EOF after a literal, as after a newline.
  Parsed p("package p\n\nvar x = 1");
  ASSERT_TRUE(p.ok()) << p.errorText();
  EXPECT_EQ(p.file->decls.size(), 1u);
}

TEST(EndOfFile, PackageClauseAloneWithoutNewlineParses) {
  Parsed p("package p");
  ASSERT_TRUE(p.ok()) << p.errorText();
  EXPECT_EQ(p.file->packageName->name, "p");
}

// -------------------------------------------------------- explicit semicolons

TEST(ExplicitSemicolons, SeparateStatementsOnOneLine) {
  Parsed p(bodySource("\tx := 1; y := 2; _ = x + y\n"));
  ASSERT_TRUE(p.ok()) << p.errorText();
  EXPECT_EQ(stmtKinds(p.body()), "AssignStmt AssignStmt AssignStmt");
}

TEST(ExplicitSemicolons, ClosingBraceNeedsNoSemicolonBeforeIt) {
  // "To allow complex statements to occupy a single line, a semicolon may
  // be omitted before a closing ")" or "}"."
  Parsed p("package p\n\nfunc f() { x := 1; _ = x }\nvar ( a = 1; b = 2 )\n");
  ASSERT_TRUE(p.ok()) << p.errorText();
  EXPECT_EQ(p.body().size(), 2u);
}

} // namespace
} // namespace gopp::testing
