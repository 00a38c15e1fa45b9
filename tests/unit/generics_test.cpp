// generics_test.cpp — the syntax of type parameters, constraints and
// instantiation (Go 1.18+), read back from the AST.
//
// Every input was checked with Go 1.19: gofmt -e accepts it, and the shape
// asserted here (type parameters or not, IndexExpr vs comparison, array vs
// generic type) is the one go/parser builds, printed with a small go/ast
// program. (tests/unit/check_go_sources.sh re-runs the accept/reject check.)
#include "ParseHelpers.h"

namespace gopp::testing {
namespace {

using namespace ast;

const Ident *asIdent(const Expr *e) { return llvm::dyn_cast_or_null<Ident>(e); }

bool isIdent(const Expr *e, llvm::StringRef name) {
  auto *id = asIdent(e);
  return id && id->name == name;
}

// The names of a field list, one per entity: "T any, U comparable".
std::string fieldsText(const FieldList *fl);

std::string typeText(const Expr *e) {
  if (auto *id = asIdent(e))
    return std::string(id->name);
  if (auto *u = llvm::dyn_cast<UnaryExpr>(e))
    return std::string(spelling(u->op)) + typeText(u->x);
  if (auto *b = llvm::dyn_cast<BinaryExpr>(e))
    return typeText(b->x) + " " + std::string(spelling(b->op)) + " " + typeText(b->y);
  if (auto *s = llvm::dyn_cast<StarExpr>(e))
    return "*" + typeText(s->x);
  if (auto *ix = llvm::dyn_cast<IndexExpr>(e)) {
    std::string r = typeText(ix->x) + "[";
    for (size_t i = 0; i < ix->indices.size(); ++i)
      r += (i ? ", " : "") + typeText(ix->indices[i]);
    return r + "]";
  }
  if (auto *f = llvm::dyn_cast<FuncType>(e))
    return "func(" + fieldsText(f->params) + ")" + (f->results ? " " + fieldsText(f->results) : "");
  if (auto *it = llvm::dyn_cast<InterfaceType>(e))
    return "interface{" + fieldsText(it->methods) + "}";
  return "<" + std::string(e->kindName()) + ">";
}

std::string fieldsText(const FieldList *fl) {
  if (!fl)
    return "<none>";
  std::string s;
  for (const Field *f : fl->list) {
    if (!s.empty())
      s += "; ";
    for (size_t i = 0; i < f->names.size(); ++i)
      s += std::string(f->names[i]->name) + (i + 1 < f->names.size() ? ", " : " ");
    s += typeText(f->type);
  }
  return s;
}

// The first statement of the first function, as an expression.
const Expr *firstExprStmt(const Parsed &p) {
  if (p.body().empty())
    return nullptr;
  if (auto *es = llvm::dyn_cast<ExprStmt>(p.body()[0]))
    return es->x;
  if (auto *as = llvm::dyn_cast<AssignStmt>(p.body()[0]))
    return as->rhs.empty() ? nullptr : as->rhs[0];
  return nullptr;
}

// ------------------------------------------------------- type parameters

TEST(TypeParameters, GenericFunctionDeclaresThemInBrackets) {
  Parsed p("package p\n\nfunc F[T any, U comparable](x T) U { var u U; return u }\n");
  ASSERT_TRUE(p.ok()) << p.errorText();
  FuncDecl *f = p.func();
  ASSERT_NE(f->type->typeParams, nullptr);
  EXPECT_EQ(fieldsText(f->type->typeParams), "T any; U comparable");
  EXPECT_EQ(f->type->typeParams->numFields(), 2u);
  EXPECT_EQ(fieldsText(f->type->params), "x T");
  EXPECT_EQ(fieldsText(f->type->results), "U");
}

TEST(TypeParameters, NamesMayShareAConstraint) {
  Parsed p("package p\n\ntype I[T, U any] struct{}\n");
  ASSERT_TRUE(p.ok()) << p.errorText();
  auto *ts = p.spec<TypeSpec>();
  ASSERT_NE(ts->typeParams, nullptr);
  ASSERT_EQ(ts->typeParams->list.size(), 1u);
  EXPECT_EQ(ts->typeParams->list[0]->names.size(), 2u);
  EXPECT_EQ(ts->typeParams->numFields(), 2u);
}

TEST(TypeParameters, NonGenericFunctionHasNone) {
  Parsed p("package p\n\nfunc f(x int) {}\n");
  ASSERT_TRUE(p.ok()) << p.errorText();
  EXPECT_EQ(p.func()->type->typeParams, nullptr);
}

TEST(TypeParameters, GenericStructTypeMayReferToItself) {
  Parsed p(R"go(package p

type List[T any] struct {
	next *List[T]
	val  T
}
)go");
  ASSERT_TRUE(p.ok()) << p.errorText();
  auto *ts = p.spec<TypeSpec>();
  EXPECT_EQ(ts->name->name, "List");
  EXPECT_EQ(fieldsText(ts->typeParams), "T any");
  auto *st = llvm::dyn_cast<StructType>(ts->type);
  ASSERT_NE(st, nullptr);
  EXPECT_EQ(fieldsText(st->fields), "next *List[T]; val T");
}

TEST(TypeParameters, MethodOnGenericTypeNamesTheParametersInItsReceiver) {
  Parsed p("package p\n\ntype List[T any] struct{}\n\nfunc (l *List[T]) Push(v T) {}\n");
  ASSERT_TRUE(p.ok()) << p.errorText();
  FuncDecl *m = p.func();
  ASSERT_NE(m->recv, nullptr);
  EXPECT_EQ(fieldsText(m->recv), "l *List[T]");
  EXPECT_EQ(m->type->typeParams, nullptr); // methods have none of their own
  EXPECT_EQ(fieldsText(m->type->params), "v T");
}

TEST(TypeParameters, ReceiverMayListSeveralParameters) {
  Parsed p("package p\n\ntype M[K comparable, V any] map[K]V\n\nfunc (m M[K, V]) Get(k K) V { return m[k] }\n");
  ASSERT_TRUE(p.ok()) << p.errorText();
  EXPECT_EQ(fieldsText(p.func()->recv), "m M[K, V]");
}

// ----------------------------------------------------------- constraints

TEST(Constraints, InterfaceWithUnionOfApproximationsAndAMethod) {
  Parsed p("package p\n\ntype C[T interface{ ~int | ~string; M() }] struct{}\n");
  ASSERT_TRUE(p.ok()) << p.errorText();
  auto *ts = p.spec<TypeSpec>();
  ASSERT_NE(ts->typeParams, nullptr);
  auto *iface = llvm::dyn_cast<InterfaceType>(ts->typeParams->list[0]->type);
  ASSERT_NE(iface, nullptr);
  ASSERT_EQ(iface->methods->list.size(), 2u);
  // A type element: a union of ~int and ~string, with no name.
  Field *elem = iface->methods->list[0];
  EXPECT_TRUE(elem->names.empty());
  auto *u = llvm::dyn_cast<BinaryExpr>(elem->type);
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(u->op, Op::Or);
  EXPECT_EQ(typeText(u), "~int | ~string");
  // A method: one name and a FuncType.
  Field *method = iface->methods->list[1];
  ASSERT_EQ(method->names.size(), 1u);
  EXPECT_EQ(method->names[0]->name, "M");
  EXPECT_TRUE(llvm::isa<FuncType>(method->type));
}

TEST(Constraints, NamedConstraintInterface) {
  Parsed p("package p\n\ntype Number interface{ ~int | ~float64 }\n");
  ASSERT_TRUE(p.ok()) << p.errorText();
  auto *ts = p.spec<TypeSpec>();
  EXPECT_EQ(ts->typeParams, nullptr); // not itself generic
  EXPECT_EQ(typeText(ts->type), "interface{~int | ~float64}");
}

TEST(Constraints, UnionIsLeftAssociative) {
  Parsed p("package p\n\ntype N interface{ ~int | ~int8 | ~int16 }\n");
  ASSERT_TRUE(p.ok()) << p.errorText();
  auto *iface = llvm::cast<InterfaceType>(p.spec<TypeSpec>()->type);
  auto *outer = llvm::dyn_cast<BinaryExpr>(iface->methods->list[0]->type);
  ASSERT_NE(outer, nullptr);
  EXPECT_TRUE(llvm::isa<BinaryExpr>(outer->x)); // (~int | ~int8) | ~int16
  EXPECT_EQ(typeText(outer->y), "~int16");
}

TEST(Constraints, MultiLineInterfaceMixesTypeElementsAndMethods) {
  Parsed p(R"go(package p

type Num interface {
	~int | ~float64
	String() string
}
)go");
  ASSERT_TRUE(p.ok()) << p.errorText();
  EXPECT_EQ(typeText(p.spec<TypeSpec>()->type), "interface{~int | ~float64; String func() string}");
}

TEST(Constraints, InlineUnionConstraintWithoutInterface) {
  // [T ~int | ~string] is shorthand for [T interface{~int | ~string}].
  Parsed p("package p\n\nfunc K[T ~int | ~string](x T) {}\n");
  ASSERT_TRUE(p.ok()) << p.errorText();
  EXPECT_EQ(fieldsText(p.func()->type->typeParams), "T ~int | ~string");
}

// ------------------------------------------- generic type or array type?

TEST(ArrayOrGeneric, BracketedConstantBeforeTypeIsAnArrayType) {
  Parsed p("package p\n\ntype A [N]int\n");
  ASSERT_TRUE(p.ok()) << p.errorText();
  auto *ts = p.spec<TypeSpec>();
  EXPECT_EQ(ts->typeParams, nullptr);
  auto *arr = llvm::dyn_cast<ArrayType>(ts->type);
  ASSERT_NE(arr, nullptr);
  EXPECT_TRUE(isIdent(arr->len, "N"));
  EXPECT_TRUE(isIdent(arr->elt, "int"));
}

TEST(ArrayOrGeneric, NameAndConstraintInBracketsIsAGenericType) {
  Parsed p("package p\n\ntype A[P any] int\n");
  ASSERT_TRUE(p.ok()) << p.errorText();
  auto *ts = p.spec<TypeSpec>();
  ASSERT_NE(ts->typeParams, nullptr);
  EXPECT_EQ(fieldsText(ts->typeParams), "P any");
  EXPECT_TRUE(isIdent(ts->type, "int"));
}

TEST(ArrayOrGeneric, ConstantExpressionLengthIsAnArrayType) {
  Parsed p("package p\n\ntype D [N * M]int\n");
  ASSERT_TRUE(p.ok()) << p.errorText();
  auto *ts = p.spec<TypeSpec>();
  EXPECT_EQ(ts->typeParams, nullptr);
  ASSERT_TRUE(llvm::isa<ArrayType>(ts->type));
  EXPECT_TRUE(llvm::isa<BinaryExpr>(llvm::cast<ArrayType>(ts->type)->len));
}

TEST(ArrayOrGeneric, AmbiguousPointerConstraintIsParsedAsArrayLength) {
  // Spec (Type parameter declarations): `type T[P *C] …` is indistinguishable
  // from an array length P*C "and the type declaration is parsed as an array
  // type declaration" (go/parser 1.19 agrees).
  Parsed p("package p\n\ntype G[P *C] struct{}\n");
  ASSERT_TRUE(p.ok()) << p.errorText();
  auto *ts = p.spec<TypeSpec>();
  EXPECT_EQ(ts->typeParams, nullptr);
  EXPECT_TRUE(llvm::isa<ArrayType>(ts->type));
}

TEST(ArrayOrGeneric, TrailingCommaMakesAPointerConstraintATypeParameter) {
  Parsed p("package p\n\ntype E[P *C,] struct{}\n");
  ASSERT_TRUE(p.ok()) << p.errorText();
  auto *ts = p.spec<TypeSpec>();
  ASSERT_NE(ts->typeParams, nullptr);
  EXPECT_EQ(fieldsText(ts->typeParams), "P *C");
}

TEST(ArrayOrGeneric, PointerConstraintInsideInterfaceIsATypeParameter) {
  Parsed p("package p\n\ntype E[P interface{ *C }] struct{}\n");
  ASSERT_TRUE(p.ok()) << p.errorText();
  auto *ts = p.spec<TypeSpec>();
  ASSERT_NE(ts->typeParams, nullptr);
  EXPECT_EQ(fieldsText(ts->typeParams), "P interface{*C}");
}

// --------------------------------------------------------- instantiation

TEST(Instantiation, ExplicitTypeArgumentThenCall) {
  // F[int](x): a CallExpr whose Fun is the IndexExpr F[int].
  Parsed p(bodySource("\t_ = F[int](x)\n"));
  ASSERT_TRUE(p.ok()) << p.errorText();
  auto *call = llvm::dyn_cast_or_null<CallExpr>(firstExprStmt(p));
  ASSERT_NE(call, nullptr);
  auto *inst = llvm::dyn_cast<IndexExpr>(call->fun);
  ASSERT_NE(inst, nullptr);
  EXPECT_TRUE(isIdent(inst->x, "F"));
  ASSERT_EQ(inst->indices.size(), 1u);
  EXPECT_TRUE(isIdent(inst->indices[0], "int"));
  ASSERT_EQ(call->args.size(), 1u);
  EXPECT_TRUE(isIdent(call->args[0], "x"));
}

TEST(Instantiation, SeveralTypeArgumentsAreSeveralIndices) {
  Parsed p(bodySource("\t_ = F[int, string](x)\n"));
  ASSERT_TRUE(p.ok()) << p.errorText();
  auto *call = llvm::dyn_cast_or_null<CallExpr>(firstExprStmt(p));
  ASSERT_NE(call, nullptr);
  EXPECT_EQ(typeText(call->fun), "F[int, string]");
}

TEST(Instantiation, IndexThenCallIsAnIndexExprInsideACallExpr) {
  // a[b](c) has the same shape whether a is a generic function or a slice
  // of functions; only type checking tells them apart.
  Parsed p(bodySource("\t_ = a[b](c)\n"));
  ASSERT_TRUE(p.ok()) << p.errorText();
  auto *call = llvm::dyn_cast_or_null<CallExpr>(firstExprStmt(p));
  ASSERT_NE(call, nullptr);
  auto *ix = llvm::dyn_cast<IndexExpr>(call->fun);
  ASSERT_NE(ix, nullptr);
  EXPECT_TRUE(isIdent(ix->x, "a"));
  EXPECT_TRUE(isIdent(ix->indices[0], "b"));
  EXPECT_TRUE(isIdent(call->args[0], "c"));
}

TEST(Instantiation, GenericTypeInCompositeLiteral) {
  Parsed p(bodySource("\t_ = List[string]{}\n"));
  ASSERT_TRUE(p.ok()) << p.errorText();
  auto *lit = llvm::dyn_cast_or_null<CompositeLit>(firstExprStmt(p));
  ASSERT_NE(lit, nullptr);
  EXPECT_EQ(typeText(lit->type), "List[string]");
  EXPECT_TRUE(lit->elts.empty());
}

TEST(Instantiation, GenericTypeInVariableDeclaration) {
  Parsed p(bodySource("\tvar _ H[string, int]\n"));
  ASSERT_TRUE(p.ok()) << p.errorText();
  auto *ds = llvm::dyn_cast<DeclStmt>(p.body()[0]);
  ASSERT_NE(ds, nullptr);
  auto *vs = llvm::cast<ValueSpec>(ds->decl->specs[0]);
  EXPECT_EQ(typeText(vs->type), "H[string, int]");
}

TEST(Instantiation, FunctionValueWithoutCall) {
  Parsed p(bodySource("\t_ = f[int]\n"));
  ASSERT_TRUE(p.ok()) << p.errorText();
  EXPECT_EQ(typeText(firstExprStmt(p)), "f[int]");
}

TEST(Instantiation, EmbeddedGenericTypesInAStruct) {
  Parsed p(R"go(package p

type S struct {
	List[int]
	*B[string]
}
)go");
  ASSERT_TRUE(p.ok()) << p.errorText();
  auto *st = llvm::cast<StructType>(p.spec<TypeSpec>()->type);
  ASSERT_EQ(st->fields->list.size(), 2u);
  EXPECT_TRUE(st->fields->list[0]->names.empty());
  EXPECT_EQ(typeText(st->fields->list[0]->type), "List[int]");
  EXPECT_TRUE(st->fields->list[1]->names.empty());
  EXPECT_EQ(typeText(st->fields->list[1]->type), "*B[string]");
}

TEST(Instantiation, PlainIndexingIsAnIndexExprToo) {
  Parsed p("package p\n\nvar x = m[k]\n");
  ASSERT_TRUE(p.ok()) << p.errorText();
  auto *ix = llvm::dyn_cast<IndexExpr>(p.spec<ValueSpec>()->values[0]);
  ASSERT_NE(ix, nullptr);
  EXPECT_TRUE(isIdent(ix->x, "m"));
  ASSERT_EQ(ix->indices.size(), 1u);
  EXPECT_TRUE(isIdent(ix->indices[0], "k"));
}

// ------------------------------------------------ angle brackets are not generics

TEST(NotGenerics, LessAndGreaterInArgumentsAreTwoComparisons) {
  Parsed p(bodySource("\tf(a < b, c > d)\n"));
  ASSERT_TRUE(p.ok()) << p.errorText();
  auto *call = llvm::dyn_cast_or_null<CallExpr>(firstExprStmt(p));
  ASSERT_NE(call, nullptr);
  ASSERT_EQ(call->args.size(), 2u);
  auto *lt = llvm::dyn_cast<BinaryExpr>(call->args[0]);
  auto *gt = llvm::dyn_cast<BinaryExpr>(call->args[1]);
  ASSERT_TRUE(lt && gt);
  EXPECT_EQ(lt->op, Op::Lss);
  EXPECT_EQ(gt->op, Op::Gtr);
}

TEST(NotGenerics, ParenthesizedOperandAfterGreaterIsStillAComparison) {
  // In C# or Java `f(a < b, c > (d))` could be a generic call; in Go it is
  // two comparisons, the second with a parenthesized operand.
  Parsed p(bodySource("\tf(a < b, c > (d))\n"));
  ASSERT_TRUE(p.ok()) << p.errorText();
  auto *call = llvm::dyn_cast_or_null<CallExpr>(firstExprStmt(p));
  ASSERT_NE(call, nullptr);
  ASSERT_EQ(call->args.size(), 2u);
  auto *gt = llvm::dyn_cast<BinaryExpr>(call->args[1]);
  ASSERT_NE(gt, nullptr);
  EXPECT_EQ(gt->op, Op::Gtr);
  EXPECT_TRUE(llvm::isa<ParenExpr>(gt->y));
}

TEST(NotGenerics, AssignmentOfTwoComparisons) {
  Parsed p(bodySource("\ta, b = w < x, y > (z)\n"));
  ASSERT_TRUE(p.ok()) << p.errorText();
  auto *as = llvm::dyn_cast<AssignStmt>(p.body()[0]);
  ASSERT_NE(as, nullptr);
  ASSERT_EQ(as->rhs.size(), 2u);
  EXPECT_TRUE(llvm::isa<BinaryExpr>(as->rhs[0]));
  EXPECT_TRUE(llvm::isa<BinaryExpr>(as->rhs[1]));
}

} // namespace
} // namespace gopp::testing
