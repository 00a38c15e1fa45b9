// precedence_test.cpp — operator precedence and associativity (spec
// "Operator precedence"), read back from the AST.
//
// Each expression is parsed as `var _ = EXPR` and printed fully
// parenthesized: every operation, postfix ones included, gets its own
// parentheses, so "(*(p.x))" says that * applies to p.x. A ParenExpr from
// the source prints as one more pair of parentheses.
//
// Every expected string was produced by Go 1.19's go/parser (ParseExpr)
// with a Go twin of the printer below (same rules, over go/ast), and the
// results compared character for character.
//
// Binary precedence, highest first:
//   5  *  /  %  <<  >>  &  &^
//   4  +  -  |  ^
//   3  ==  !=  <  <=  >  >=
//   2  &&
//   1  ||
// Binary operators of one level associate to the left; unary operators
// bind tighter than any binary one; postfix forms (selectors, indexes,
// slices, calls, type assertions) bind tighter still.
#include "ParseHelpers.h"

namespace gopp::testing {
namespace {

using namespace ast;

std::string paren(const Expr *e);

std::string list(llvm::ArrayRef<Expr *> xs) {
  std::string s;
  for (size_t i = 0; i < xs.size(); ++i)
    s += (i ? ", " : "") + paren(xs[i]);
  return s;
}

std::string opt(const Expr *e) { return e ? paren(e) : ""; }

// The expression with every operation parenthesized.
std::string paren(const Expr *e) {
  if (!e)
    return "<null>";
  switch (e->kind()) {
  case Node::Kind::Ident:
    return std::string(llvm::cast<Ident>(e)->name);
  case Node::Kind::BasicLit:
    return std::string(llvm::cast<BasicLit>(e)->value);
  case Node::Kind::ParenExpr:
    return "(" + paren(llvm::cast<ParenExpr>(e)->x) + ")";
  case Node::Kind::BinaryExpr: {
    auto *b = llvm::cast<BinaryExpr>(e);
    return "(" + paren(b->x) + " " + std::string(spelling(b->op)) + " " + paren(b->y) + ")";
  }
  case Node::Kind::UnaryExpr: {
    auto *u = llvm::cast<UnaryExpr>(e);
    return "(" + std::string(spelling(u->op)) + paren(u->x) + ")";
  }
  case Node::Kind::StarExpr:
    return "(*" + paren(llvm::cast<StarExpr>(e)->x) + ")";
  case Node::Kind::SelectorExpr: {
    auto *s = llvm::cast<SelectorExpr>(e);
    return "(" + paren(s->x) + "." + std::string(s->sel->name) + ")";
  }
  case Node::Kind::IndexExpr: {
    auto *i = llvm::cast<IndexExpr>(e);
    return "(" + paren(i->x) + "[" + list(i->indices) + "])";
  }
  case Node::Kind::SliceExpr: {
    auto *s = llvm::cast<SliceExpr>(e);
    std::string r = "(" + paren(s->x) + "[" + opt(s->lo) + ":" + opt(s->hi);
    if (s->slice3)
      r += ":" + opt(s->max);
    return r + "])";
  }
  case Node::Kind::TypeAssertExpr: {
    auto *t = llvm::cast<TypeAssertExpr>(e);
    return "(" + paren(t->x) + ".(" + (t->type ? paren(t->type) : "type") + "))";
  }
  case Node::Kind::CallExpr: {
    auto *c = llvm::cast<CallExpr>(e);
    return "(" + paren(c->fun) + "(" + list(c->args) + (c->hasEllipsis ? "..." : "") + "))";
  }
  case Node::Kind::CompositeLit: {
    auto *c = llvm::cast<CompositeLit>(e);
    return opt(c->type) + "{" + list(c->elts) + "}";
  }
  case Node::Kind::KeyValueExpr: {
    auto *kv = llvm::cast<KeyValueExpr>(e);
    return paren(kv->key) + ": " + paren(kv->value);
  }
  case Node::Kind::ArrayType: {
    auto *a = llvm::cast<ArrayType>(e);
    return "[" + opt(a->len) + "]" + paren(a->elt);
  }
  case Node::Kind::MapType: {
    auto *m = llvm::cast<MapType>(e);
    return "map[" + paren(m->key) + "]" + paren(m->value);
  }
  case Node::Kind::ChanType: {
    auto *c = llvm::cast<ChanType>(e);
    const char *dir = c->dir == ChanType::Dir::Send ? "chan<- " : c->dir == ChanType::Dir::Recv ? "<-chan " : "chan ";
    return "(" + std::string(dir) + paren(c->value) + ")";
  }
  case Node::Kind::Ellipsis:
    return "..." + opt(llvm::cast<Ellipsis>(e)->elt);
  case Node::Kind::FuncLit:
    return "func(){...}";
  default:
    return "<" + std::string(e->kindName()) + ">";
  }
}

struct Case {
  const char *expr;
  const char *parenthesized;
};

std::ostream &operator<<(std::ostream &os, const Case &c) { return os << c.expr; }

class Precedence : public ::testing::TestWithParam<Case> {};

TEST_P(Precedence, ParsesAsParenthesized) {
  Parsed p(std::string("package p\n\nvar _ = ") + GetParam().expr + "\n");
  ASSERT_TRUE(p.ok()) << p.errorText();
  auto *spec = p.spec<ValueSpec>();
  ASSERT_NE(spec, nullptr);
  ASSERT_EQ(spec->values.size(), 1u);
  EXPECT_EQ(paren(spec->values[0]), GetParam().parenthesized) << GetParam().expr;
}

INSTANTIATE_TEST_SUITE_P(
    FiveBinaryLevels, Precedence,
    ::testing::Values(Case{"a || b && c == d + e * f", "(a || (b && (c == (d + (e * f)))))"},
                      Case{"a * b + c == d && e || f", "(((((a * b) + c) == d) && e) || f)"},
                      Case{"a + b == c * d", "((a + b) == (c * d))"},
                      Case{"a < b && c > d", "((a < b) && (c > d))"},
                      Case{"a != b || c <= d", "((a != b) || (c <= d))"}));

INSTANTIATE_TEST_SUITE_P(
    EachOperatorOnItsLevel, Precedence,
    ::testing::Values(Case{"a + b * c", "(a + (b * c))"},     // * over +
                      Case{"a - b % c", "(a - (b % c))"},     // % over -
                      Case{"a | b & c", "(a | (b & c))"},     // & over |
                      Case{"a ^ b << c", "(a ^ (b << c))"},   // << over binary ^
                      Case{"a >> b - c", "((a >> b) - c)"},   // >> over -
                      Case{"a &^ b + c", "((a &^ b) + c)"},   // &^ over +
                      Case{"a == b | c", "(a == (b | c))"})); // | over ==

INSTANTIATE_TEST_SUITE_P(
    LeftAssociativity, Precedence,
    ::testing::Values(Case{"a - b - c", "((a - b) - c)"},
                      Case{"a / b / c", "((a / b) / c)"},
                      Case{"a << b << c", "((a << b) << c)"},
                      Case{"a * b / c % d", "(((a * b) / c) % d)"},
                      Case{"a == b == c", "((a == b) == c)"},
                      Case{"a && b && c", "((a && b) && c)"},
                      Case{"a || b || c", "((a || b) || c)"}));

INSTANTIATE_TEST_SUITE_P(
    UnaryBindsTighterThanBinary, Precedence,
    ::testing::Values(Case{"-a * b", "((-a) * b)"},
                      Case{"!a && b", "((!a) && b)"},
                      Case{"^a + b", "((^a) + b)"},
                      Case{"*p * q", "((*p) * q)"},
                      Case{"a + -b", "(a + (-b))"},
                      Case{"- -a", "(-(-a))"},
                      Case{"**p", "(*(*p))"},
                      Case{"-1", "(-1)"}));

INSTANTIATE_TEST_SUITE_P(
    Receive, Precedence,
    ::testing::Values(Case{"<-ch", "(<-ch)"},
                      Case{"<-ch + 1", "((<-ch) + 1)"},
                      Case{"<-<-ch", "(<-(<-ch))"}));

INSTANTIATE_TEST_SUITE_P(
    PostfixBindsTighterThanUnary, Precedence,
    ::testing::Values(Case{"*p.x", "(*(p.x))"},
                      Case{"&x[i]", "(&(x[i]))"},
                      Case{"-a.b", "(-(a.b))"},
                      Case{"!f()", "(!(f()))"},
                      Case{"-x.(T)", "(-(x.(T)))"},
                      Case{"&T{1}", "(&T{1})"}));

INSTANTIATE_TEST_SUITE_P(
    PostfixChainsLeftToRight, Precedence,
    ::testing::Values(Case{"x.y.z(a)[i]", "((((x.y).z)(a))[i])"},
                      Case{"a.(T).b", "((a.(T)).b)"},
                      Case{"f(a)(b)", "((f(a))(b))"},
                      Case{"m[k].v", "((m[k]).v)"},
                      Case{"x.f(a + b, c)", "((x.f)((a + b), c))"},
                      Case{"f(x...)", "(f(x...))"},
                      Case{"a[i:j]", "(a[i:j])"},
                      Case{"a[i:j:k]", "(a[i:j:k])"}));

INSTANTIATE_TEST_SUITE_P(
    ParenthesesOverridePrecedence, Precedence,
    ::testing::Values(Case{"a * (b + c)", "(a * ((b + c)))"},
                      Case{"(<-chan int)(nil)", "(((<-chan int))(nil))"}));

INSTANTIATE_TEST_SUITE_P(
    // Spec: "<-chan int(c)  // same as <-(chan int(c))".
    ReceiveBeforeChanTypeConversion, Precedence,
    ::testing::Values(Case{"<-chan int(nil)", "(<-((chan int)(nil)))"}));

// --------------------------------------------------------- in statements

TEST(PrecedenceInStatements, IncrementAppliesToTheWholeOperand) {
  // *p++ is (*p)++: ++ is a statement, not an operator.
  Parsed p(bodySource("\t*p++\n"));
  ASSERT_TRUE(p.ok()) << p.errorText();
  auto *inc = llvm::dyn_cast<IncDecStmt>(p.body()[0]);
  ASSERT_NE(inc, nullptr);
  EXPECT_EQ(paren(inc->x), "(*p)");
}

TEST(PrecedenceInStatements, SendTakesTheWholeExpressionAsValue) {
  Parsed p(bodySource("\tch <- a + b\n"));
  ASSERT_TRUE(p.ok()) << p.errorText();
  auto *send = llvm::dyn_cast<SendStmt>(p.body()[0]);
  ASSERT_NE(send, nullptr);
  EXPECT_EQ(paren(send->chan), "ch");
  EXPECT_EQ(paren(send->value), "(a + b)");
}

TEST(PrecedenceInStatements, ReceiveOnTheRightOfDefine) {
  Parsed p(bodySource("\tv, ok := <-ch\n\t_, _ = v, ok\n"));
  ASSERT_TRUE(p.ok()) << p.errorText();
  auto *assign = llvm::dyn_cast<AssignStmt>(p.body()[0]);
  ASSERT_NE(assign, nullptr);
  ASSERT_EQ(assign->rhs.size(), 1u);
  EXPECT_EQ(paren(assign->rhs[0]), "(<-ch)");
}

TEST(PrecedenceInStatements, OpAssignTakesTheWholeRightSide) {
  Parsed p(bodySource("\tx -= a - b\n"));
  ASSERT_TRUE(p.ok()) << p.errorText();
  auto *assign = llvm::dyn_cast<AssignStmt>(p.body()[0]);
  ASSERT_NE(assign, nullptr);
  EXPECT_EQ(assign->tok, AssignStmt::Tok::OpAssign);
  EXPECT_EQ(assign->op, Op::Sub);
  EXPECT_EQ(paren(assign->rhs[0]), "(a - b)");
}

TEST(BinaryExprPosition, IsTheOperatorsPosition) {
  // AST.h: a BinaryExpr's Pos is its operator's (go/ast's OpPos; gc's syntax.Operation
  // is positioned at the operator too).
  Parsed p("package p\n\nvar _ = a + b*c\n");
  ASSERT_TRUE(p.ok()) << p.errorText();
  auto *sum = llvm::cast<BinaryExpr>(p.spec<ValueSpec>()->values[0]);
  EXPECT_EQ(sum->pos().line, 3u);
  EXPECT_EQ(sum->pos().col, 11u);
  EXPECT_EQ(sum->y->pos().col, 14u);
}

} // namespace
} // namespace gopp::testing
