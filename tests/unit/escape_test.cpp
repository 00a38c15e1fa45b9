// escape_test.cpp — which address-taken locals may stay in their frame
// (codegen/escape.h). A wrong "stays" is a dangling pointer, so most cases
// here are ways a pointer leaves; the semantics are in
// tests/conformance/funcs/address_outlives_frame.go and
// address_stays_in_frame.go.
#include <gtest/gtest.h>

#include "CheckHelpers.h"
#include "codegen/escape.h"

namespace gopp {
namespace {

// Whether the local variable `name` (declared once in src) stays local.
bool stays(const std::string &src, const std::string &name) {
  testing::Checked c("package p\n" + src);
  EXPECT_TRUE(c.ok()) << c.errorText();
  const ast::File *files[] = {c.file};
  codegen::EscapeAnalysis esc(c.info, {files[0]});
  const types::Var *found = nullptr;
  for (auto &[id, obj] : c.info.defs)
    if (auto *v = llvm::dyn_cast_or_null<types::Var>(obj); v && id->name == name) {
      EXPECT_EQ(found, nullptr) << name << " declared twice";
      found = v;
    }
  EXPECT_NE(found, nullptr) << name;
  return found && esc.addressStaysLocal(found);
}

TEST(Escape, DereferencedByACalleeStays) {
  EXPECT_TRUE(stays("func inc(p *int) { *p++ }\nfunc f() { x := 0; inc(&x) }", "x"));
}

TEST(Escape, ReturnedEscapes) {
  EXPECT_FALSE(stays("func f() *int { x := 0; return &x }", "x"));
}

TEST(Escape, LocalPointerVariablesAreFollowed) {
  EXPECT_TRUE(stays("func f() int { x := 0; p := &x; *p = 1; var q = p; return *q }", "x"));
  EXPECT_TRUE(stays("func f() { var a [4]int; s := a[:]; for i := range s { s[i] = i } }", "a"));
  EXPECT_TRUE(stays("func f(p *int) int { x := 0; p = &x; return *p }", "x"));
}

TEST(Escape, LocalPointerVariableThatEscapesTakesTheVariableAlong) {
  EXPECT_FALSE(stays("var g *int\nfunc f() { x := 0; p := &x; q := p; g = q }", "x"));
  EXPECT_FALSE(stays("func f() *int { x := 0; p := &x; return p }", "x"));
  EXPECT_FALSE(stays("var g []int\nfunc f() { var a [4]int; s := a[:]; s = append(s, 1); g = s }", "a"));
  EXPECT_FALSE(stays("type t struct{ p *int }\nfunc f(v *t) { x := 0; p := &x; v.p = p }", "x"));
  EXPECT_FALSE(stays("func f() func() int { x := 0; p := &x; return func() int { return *p } }", "x"));
  EXPECT_FALSE(stays("func f() { x := 0; p := &x; pp := &p; _ = pp }", "x"));
}

TEST(Escape, AStoreIntoAVariableOfAnOuterBlockEscapes) {
  // The pointer variable outlives the block, or the iteration, of x.
  EXPECT_FALSE(stays("func f() int { var p *int; { x := 5; p = &x }; return *p }", "x"));
  EXPECT_FALSE(stays("func f() { var p *int; for i := 0; i < 3; i++ { x := i; p = &x }; _ = *p }", "x"));
  EXPECT_FALSE(stays("func f(k int) int { var p *int; switch k { case 1: a := 1; p = &a }; return *p }", "a"));
  EXPECT_FALSE(stays("func f() int { var p *int; { x := 5; q := &x; p = q }; return *p }", "x"));
  EXPECT_FALSE(stays("func f(p *int) int { { x := 5; p = &x }; return *p }", "x"));
  // Loop variables are copied from one iteration to the next.
  EXPECT_FALSE(stays("func f() { for i, p := 0, (*int)(nil); i < 3; i, p = i+1, &i { _ = p } }", "i"));
  // In the same block, or an inner one declaring the pointer, it is local.
  EXPECT_TRUE(stays("func f() { for i := 0; i < 3; i++ { x := i; p := &x; *p = 1 } }", "x"));
  EXPECT_TRUE(stays("func f() int { x := 5; { p := &x; *p = 1 }; return x }", "x"));
}

TEST(Escape, NoStoreIsLocalInAFunctionWithAGoto) {
  const char *src = "func f() int { n := 0; var p *int\nL:\n x := n; p = &x; n++; if n < 3 { goto L }; return *p }";
  EXPECT_FALSE(stays(src, "x"));
}

TEST(Escape, NamedResultsAreNotFollowed) {
  EXPECT_FALSE(stays("func f() (p *int) { x := 0; p = &x; return }", "x"));
}

TEST(Escape, StoredByACalleeEscapesTransitively) {
  const char *src = "var g *int\nfunc keep(p *int) { g = p }\nfunc pass(p *int) { keep(p) }\n"
                    "func f() { x := 0; pass(&x) }";
  EXPECT_FALSE(stays(src, "x"));
}

TEST(Escape, MutualRecursionStays) {
  const char *src = "func a(n int, p *int) { if n > 0 { m := n - 1; b(&m, p) }; *p += n }\n"
                    "func b(n *int, p *int) { a(*n, p) }\nfunc f() int { t := 0; a(5, &t); return t }";
  EXPECT_TRUE(stays(src, "t"));
  EXPECT_TRUE(stays(src, "m"));
}

TEST(Escape, MutualRecursionThatStoresEscapes) {
  const char *src = "var g *int\nfunc a(n int, p *int) { if n > 0 { b(n-1, p) } else { g = p } }\n"
                    "func b(n int, p *int) { a(n, p) }\nfunc f() { t := 0; a(5, &t) }";
  EXPECT_FALSE(stays(src, "t"));
}

TEST(Escape, PointerMethodCallFollowsTheReceiver) {
  const char *src = "type c struct{ n int }\nvar g *c\nfunc (x *c) inc() { x.n++ }\n"
                    "func (x *c) keep() { g = x }\nfunc f() { var a c; a.inc(); var b c; b.keep() }";
  EXPECT_TRUE(stays(src, "a"));
  EXPECT_FALSE(stays(src, "b"));
}

TEST(Escape, MethodValueEscapes) {
  const char *src = "type c struct{ n int }\nfunc (x *c) inc() { x.n++ }\n"
                    "func f() func() { var a c; return a.inc }";
  EXPECT_FALSE(stays(src, "a"));
}

TEST(Escape, ArraySlicedForAWriterStays) {
  const char *src = "func fill(s []int) { for i := range s { s[i] = i }; copy(s, s[1:]) }\n"
                    "func f() int { var a [4]int; fill(a[:]); return len(a[1:]) }";
  EXPECT_TRUE(stays(src, "a"));
}

TEST(Escape, AppendedSliceEscapes) {
  const char *src = "var g []int\nfunc grow(s []int) { g = append(s, 1) }\nfunc f() { var a [4]int; grow(a[:]) }";
  EXPECT_FALSE(stays(src, "a"));
}

TEST(Escape, ReslicedParameterReturnedEscapes) {
  const char *src = "func tail(s []int) []int { return s[1:] }\nfunc f() int { var a [4]int; return tail(a[:])[0] }";
  EXPECT_FALSE(stays(src, "a"));
}

TEST(Escape, ConversionToAnInterfaceEscapes) {
  EXPECT_FALSE(stays("var g any\nfunc f() { x := 0; g = any(&x) }", "x"));
  EXPECT_FALSE(stays("func use(v any) {}\nfunc f() { x := 0; use(&x) }", "x"));
}

TEST(Escape, FuncValuesAndInterfaceMethodsEscape) {
  EXPECT_FALSE(stays("var h func(*int)\nfunc f() { x := 0; h(&x) }", "x"));
  EXPECT_FALSE(stays("type I interface{ M(*int) }\nfunc f(i I) { x := 0; i.M(&x) }", "x"));
}

TEST(Escape, GoAndDeferEscape) {
  const char *src = "func inc(p *int) { *p++ }\nfunc f() { x := 0; go inc(&x); y := 0; defer inc(&y) }";
  EXPECT_FALSE(stays(src, "x"));
  EXPECT_FALSE(stays(src, "y"));
}

TEST(Escape, ClosureCapturingAParameterMakesItEscape) {
  const char *src = "var g func() int\nfunc keep(p *int) { g = func() int { return *p } }\n"
                    "func f() { x := 0; keep(&x) }";
  EXPECT_FALSE(stays(src, "x"));
}

TEST(Escape, PointerToAParameterMakesItEscape) {
  const char *src = "var g *int\nfunc deep(pp **int) { g = *pp }\nfunc mid(p *int) { deep(&p) }\n"
                    "func f() { x := 0; mid(&x) }";
  EXPECT_FALSE(stays(src, "x"));
}

TEST(Escape, VariadicArgumentsArePackedAndEscape) {
  const char *src = "func look(ps ...*int) int { return *ps[0] }\nfunc f() int { x := 0; return look(&x) }";
  EXPECT_FALSE(stays(src, "x"));
}

TEST(Escape, ComparedAndDereferencedStays) {
  const char *src = "func same(p, q *int) bool { return p == q && *p == *q }\n"
                    "func f() bool { x := 0; return same(&x, &x) }";
  EXPECT_TRUE(stays(src, "x"));
}

TEST(Escape, StoredInACompositeLiteralEscapes) {
  const char *src = "type n struct{ p *int }\nfunc f() int { x := 0; v := n{&x}; return *v.p }";
  EXPECT_FALSE(stays(src, "x"));
}

TEST(Escape, SentOnAChannelEscapes) {
  EXPECT_FALSE(stays("func f(c chan *int) { x := 0; c <- &x }", "x"));
}

TEST(Escape, FieldAddressFollowsTheVariable) {
  const char *src = "type pt struct{ x, y int }\nvar g *int\nfunc inc(p *int) { *p++ }\n"
                    "func f() { var a pt; inc(&a.y); var b pt; g = &b.x }";
  EXPECT_TRUE(stays(src, "a"));
  EXPECT_FALSE(stays(src, "b"));
}

TEST(Escape, ValueReceiverOfASliceTypeFollowsTheReceiverSummary) {
  const char *src = "type S []int\nvar g S\nfunc (s S) keep() { g = s }\nfunc (s S) sum() int { return len(s) }\n"
                    "func h(s S) { s.keep() }\nfunc k(s S) int { return s.sum() }\n"
                    "func f() int { var a [4]int; h(a[:]); var b [4]int; return k(b[:]) }";
  EXPECT_FALSE(stays(src, "a"));
  EXPECT_TRUE(stays(src, "b"));
}

TEST(Escape, ArrayCoreTypeParameterIsAddressedBySlicingAndIndexing) {
  EXPECT_FALSE(stays("func f[A ~[4]int](a A) []int { return a[:] }", "a"));
  EXPECT_FALSE(stays("func f[A ~[4]int](a A) *int { return &a[2] }", "a"));
  EXPECT_TRUE(stays("func sum(s []int) int { return len(s) }\nfunc f[A ~[4]int](a A) int { return sum(a[:]) }",
                    "a"));
}

} // namespace
} // namespace gopp
