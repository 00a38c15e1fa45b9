// check_test.cpp — the type checker's results, beyond its messages (those
// are in tests/typecheck): recorded types and constant values, implicit
// conversions made explicit, identifier resolution, selections through
// embedding, inferred type arguments, and package initialization order.
// Every expectation here is what go/types reports for the same source.
#include <gtest/gtest.h>

#include "CheckHelpers.h"

namespace gopp {
namespace {

using testing::Checked;

TEST(Check, UntypedConstantTakesTheTypeOfItsContext) {
  Checked c("package p\nvar x float64 = 1\nvar y = 1 << 3\nvar z interface{} = 'a'\n");
  ASSERT_TRUE(c.ok()) << c.errorText();
  const check::TypeAndValue *one = c.exprNamed("1");
  ASSERT_NE(one, nullptr);
  EXPECT_EQ(c.typeString(one->type), "float64");
  EXPECT_EQ(one->value.toString(), "1");
  const check::TypeAndValue *shift = c.exprNamed("1 << 3");
  ASSERT_NE(shift, nullptr);
  EXPECT_EQ(c.typeString(shift->type), "int");
  EXPECT_EQ(shift->value.toString(), "8");
  // Assigned to an interface, an untyped rune takes its default type.
  const check::TypeAndValue *rune = c.exprNamed("'a'");
  ASSERT_NE(rune, nullptr);
  EXPECT_EQ(c.typeString(rune->type), "rune");
}

TEST(Check, ConstantExpressionsAreExact) {
  Checked c("package p\nconst big = 1 << 100\nconst c = big >> 98\nconst f = 0.1 * 10\nconst s = \"ab\" + \"c\"\n"
            "const (\n\tA = iota * 10\n\tB\n\tC\n)\n");
  ASSERT_TRUE(c.ok()) << c.errorText();
  auto val = [&](const char *name) { return llvm::cast<types::Const>(c.lookup(name))->val.toString(); };
  EXPECT_EQ(val("c"), "4");
  EXPECT_EQ(val("f"), "1");
  EXPECT_EQ(val("s"), "\"abc\"");
  EXPECT_EQ(val("C"), "20");
  EXPECT_EQ(c.typeString(c.lookup("big")->type()), "untyped int");
}

TEST(Check, TypesAreSpelledAsGcSpellsThem) {
  Checked c("package p\ntype T struct{ a int }\n"
            "var m map[string][]*T\n"
            "var f func(int, ...string) (bool, error)\n"
            "var ch chan<- <-chan int\n"
            "var s struct{ T; x, y float32 \"tag\" }\n"
            "var i interface{ M(int) string }\n");
  ASSERT_TRUE(c.ok()) << c.errorText();
  auto type = [&](const char *name) { return c.typeString(c.lookup(name)->type()); };
  EXPECT_EQ(type("m"), "map[string][]*T");
  EXPECT_EQ(type("f"), "func(int, ...string) (bool, error)");
  EXPECT_EQ(type("ch"), "chan<- <-chan int");
  EXPECT_EQ(type("s"), "struct{T; x float32 \"tag\"; y float32 \"tag\"}");
  EXPECT_EQ(type("i"), "interface{M(int) string}");
}

TEST(Check, IdentifiersResolveToTheirDeclarations) {
  Checked c("package p\nvar x = 1\nfunc f() int {\n\tx := 2\n\treturn x\n}\nfunc g() int { return x }\n");
  ASSERT_TRUE(c.ok()) << c.errorText();
  types::Object *global = c.lookup("x");
  int usesOfGlobal = 0, usesOfLocal = 0;
  for (auto &kv : c.info.uses) {
    if (kv.first->name != "x")
      continue;
    if (kv.second == global)
      usesOfGlobal++;
    else if (kv.second && kv.second->pos().line == 4)
      usesOfLocal++;
  }
  EXPECT_EQ(usesOfGlobal, 1); // in g
  EXPECT_EQ(usesOfLocal, 1);  // in f, the local x shadows the global
}

TEST(Check, SelectionsThroughEmbeddingRecordTheirPath) {
  Checked c("package p\ntype Inner struct{ v int }\nfunc (*Inner) M() {}\n"
            "type Outer struct{ n int; *Inner }\n"
            "func f(o Outer) int { o.M(); return o.v }\n");
  ASSERT_TRUE(c.ok()) << c.errorText();
  int checked = 0;
  for (auto &kv : c.info.selections) {
    const check::Selection &s = kv.second;
    if (kv.first->sel->name == "v") {
      EXPECT_EQ(s.kind, check::SelectionKind::FieldVal);
      EXPECT_EQ(s.index, (std::vector<int>{1, 0}));
      EXPECT_TRUE(s.indirect);
      checked++;
    }
    if (kv.first->sel->name == "M") {
      EXPECT_EQ(s.kind, check::SelectionKind::MethodVal);
      EXPECT_EQ(s.index, (std::vector<int>{1, 0}));
      checked++;
    }
  }
  EXPECT_EQ(checked, 2);
}

TEST(Check, TypeArgumentsAreInferred) {
  Checked c("package p\nfunc Map[S ~[]E, E, R any](s S, f func(E) R) []R { return nil }\n"
            "type Ints []int\n"
            "func str(int) string { return \"\" }\n"
            "var r = Map(Ints{1}, str)\n");
  ASSERT_TRUE(c.ok()) << c.errorText();
  EXPECT_EQ(c.typeString(c.lookup("r")->type()), "[]string");
  bool found = false;
  for (auto &kv : c.info.instances) {
    std::string args;
    for (const types::Type *t : kv.second.typeArgs)
      args += c.typeString(t) + ";";
    EXPECT_EQ(args, "Ints;int;string;");
    found = true;
  }
  EXPECT_TRUE(found);
}

TEST(Check, GenericTypesInstantiate) {
  Checked c("package p\ntype List[T any] struct{ next *List[T]; val T }\n"
            "func (l *List[T]) Push(v T) *List[T] { return &List[T]{l, v} }\n"
            "var l = (&List[string]{}).Push(\"a\")\n"
            "var v = l.next.val\n");
  ASSERT_TRUE(c.ok()) << c.errorText();
  EXPECT_EQ(c.typeString(c.lookup("l")->type()), "*List[string]");
  EXPECT_EQ(c.typeString(c.lookup("v")->type()), "string");
}

TEST(Check, InitializationOrderFollowsDependencies) {
  // The spec's example (spec "Package initialization").
  Checked c("package p\nvar (\n\ta = c + b\n\tb = f()\n\tc = f()\n\td = 3\n)\n"
            "func f() int {\n\td++\n\treturn d\n}\n");
  ASSERT_TRUE(c.ok()) << c.errorText();
  std::string order;
  for (const check::Initializer &init : c.info.initOrder)
    order += init.lhs[0]->name().str();
  EXPECT_EQ(order, "dbca");
}

TEST(Check, MethodSetsDecideImplementation) {
  Checked c("package p\ntype I interface{ M() }\ntype T struct{}\nfunc (*T) M() {}\n"
            "var _ I = &T{}\nvar _ I = T{}\n");
  EXPECT_EQ(c.errorText(), "6:11: cannot use T{} (value of type T) as I value in variable declaration: "
                           "T does not implement I (method M has pointer receiver)\n");
}

} // namespace
} // namespace gopp

#include "frontend/ast/Walk.h"

namespace gopp {
namespace {

using testing::Checked;

// Every expression of a program that uses most of the language has a
// recorded type, and every identifier a recorded object: what code
// generation relies on.
TEST(Check, EveryExpressionAndIdentifierIsResolved) {
  Checked c(R"(package p

import (
	"fmt"
	"strings"
)

type Shape interface{ Area() float64 }
type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func Map[E, R any](xs []E, f func(E) R) []R {
	out := make([]R, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

const (
	A = iota * 2
	B
)

var table = map[string][]int{"a": {1, 2}, "b": nil}

func f(xs ...int) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	var s Shape = Rect{W: 1, H: float64(len(xs))}
	switch v := s.(type) {
	case Rect:
		n = int(v.W)
	case nil:
	}
	ch := make(chan int, 1)
	select {
	case ch <- 1:
	case x, ok := <-ch:
		_, _ = x, ok
	default:
	}
	st := &Stack[string]{}
	st.Push(strings.ToUpper("x"))
	ys := Map(xs, func(i int) string { return fmt.Sprint(i + A + B) })
	arr := [...]int{1, 2, 3}
	for i := range 3 {
		arr[i] <<= 1
	}
	_ = ys[1:2:2]
	m := table["a"]
	if v, ok := table["b"]; ok && len(v) == 0 {
		n += len(m) + cap(arr[:])
	}
	area := Rect.Area
	_ = area(Rect{})
	return n, nil
}
)");
  ASSERT_TRUE(c.ok()) << c.errorText();
  std::string missing;
  // Identifiers that are not expressions of their own: selector names
  // and struct literal keys resolve through defs/uses only; import paths
  // and [...] lengths have no type of their own (as in go/types).
  llvm::DenseSet<const ast::Node *> nameOnly;
  ast::walk(c.file, [&](const ast::Node *n) {
    if (auto *sel = llvm::dyn_cast<ast::SelectorExpr>(n))
      nameOnly.insert(sel->sel);
    if (auto *kv = llvm::dyn_cast<ast::KeyValueExpr>(n))
      if (llvm::isa<ast::Ident>(kv->key))
        nameOnly.insert(kv->key);
    if (auto *is = llvm::dyn_cast<ast::ImportSpec>(n))
      nameOnly.insert(is->path);
    if (auto *at = llvm::dyn_cast<ast::ArrayType>(n); at && at->len && llvm::isa<ast::Ellipsis>(at->len))
      nameOnly.insert(at->len); // [...]T: the length is the literal's
  });
  ast::walk(c.file, [&](const ast::Node *n) {
    if (n == c.file->packageName)
      return;
    if (auto *id = llvm::dyn_cast<ast::Ident>(n)) {
      if (!c.info.defs.count(id) && !c.info.uses.count(id))
        missing += fmt::format("{}:{}: identifier {} unresolved\n", id->pos().line, id->pos().col, id->name.str());
      return;
    }
    auto *e = llvm::dyn_cast<ast::Expr>(n);
    if (!e || llvm::isa<ast::KeyValueExpr>(e) || nameOnly.count(e))
      return;
    auto it = c.info.types.find(e);
    if (it == c.info.types.end() || !it->second.type)
      missing += fmt::format("{}:{}: no type for {}\n", e->pos().line, e->pos().col, ast::exprString(e));
  });
  EXPECT_EQ(missing, "");
}

} // namespace
} // namespace gopp

namespace gopp {
namespace {

using testing::Checked;

TEST(Check, ImplicitConversionsAreRecorded) {
  Checked c("package p\ntype S struct{}\nfunc (S) String() string { return \"\" }\n"
            "type Stringer interface{ String() string }\n"
            "func use(x any) {}\n"
            "func f(ch chan int) (<-chan int, Stringer) {\n"
            "\tvar s Stringer = S{}\n"
            "\tuse(s)\n"
            "\t_ = s == S{}\n"
            "\treturn ch, S{}\n"
            "}\n");
  ASSERT_TRUE(c.ok()) << c.errorText();
  std::vector<std::string> got;
  for (auto &kv : c.info.conversions)
    got.push_back(fmt::format("{}:{} {} -> {}", kv.first->pos().line, kv.first->pos().col, ast::exprString(kv.first),
                              c.typeString(kv.second)));
  std::sort(got.begin(), got.end());
  std::vector<std::string> want = {
      "10:9 ch -> <-chan int",  // a bidirectional channel returned as receive-only
      "10:13 S{} -> Stringer",  // a struct returned as an interface
      "7:19 S{} -> Stringer",   // assigned to an interface variable
      "8:6 s -> any",           // passed to an empty-interface parameter
      "9:11 S{} -> Stringer",   // compared with an interface
  };
  std::sort(want.begin(), want.end());
  EXPECT_EQ(got, want);
}

} // namespace
} // namespace gopp

namespace gopp {
namespace {

using testing::Checked;

TEST(Check, ParametersAreScopedToTheBody) {
  // A parameter named like a package does not hide the package in the
  // rest of the signature (its scope is the body).
  Checked c("package p\nimport \"time\"\nfunc f(time int64, d time.Duration) int64 { return time + int64(d) }\n");
  EXPECT_TRUE(c.ok()) << c.errorText();
}

TEST(Check, RecursiveGenericCallsInferTheirOwnTypeParameters) {
  Checked c("package p\nfunc count[E any](x []E) int {\n\tif len(x) == 0 {\n\t\treturn 0\n\t}\n"
            "\treturn 1 + count(x[1:])\n}\n");
  EXPECT_TRUE(c.ok()) << c.errorText();
}

} // namespace
} // namespace gopp
