// iface_test.cpp — descriptors, itabs, type assertions, interface
// equality, Error()/String() calls, and hashing through descriptors.
#include <cmath>

#include "common.h"

using namespace rt_test;
using go::Iface;
using go::Kind;
using go::Method;
using go::String;
using go::Type;

namespace {

// --- a small program's descriptors, as codegen would emit them ---

const Type funcVoid{.self = &funcVoid, .kind = Kind::Func, .size = 16, .name = "func()"};
// A second descriptor of the same unnamed type func(), as another
// translation unit (or the runtime) might have.
const Type funcVoid2{.self = &funcVoid2, .kind = Kind::Func, .size = 16, .name = "func()"};

struct T {
  int64_t a;
};
int tCalls = 0;
void T_M(void *) { tCalls++; }
void T_N(void *) { tCalls += 10; }
String T_String(void *data) { return go::concat("T#", go::runeToString('0' + static_cast<T *>(data)->a)); }

// main.T with methods M, N, String (sorted by name).
const Method tMethods[] = {
    {"M", &funcVoid, reinterpret_cast<void *>(&T_M)},
    {"N", &funcVoid2, reinterpret_cast<void *>(&T_N)},
    {"String", &go::funcStringType, reinterpret_cast<void *>(&T_String)},
};
const Type tType{.self = &tType,
                 .kind = Kind::Struct,
                 .flags = go::kNamed,
                 .size = sizeof(T),
                 .name = "main.T",
                 .pkgPath = "main",
                 .equal = [](const void *a, const void *b) {
                   return static_cast<const T *>(a)->a == static_cast<const T *>(b)->a;
                 },
                 .methods = tMethods,
                 .numMethods = 3};

// main.U: no methods.
const Type uType{.self = &uType,
                 .kind = Kind::Struct,
                 .flags = go::kNamed,
                 .size = sizeof(T),
                 .name = "main.U",
                 .pkgPath = "main",
                 .equal = go::equalOf<int64_t>};

// interface I { M(); N() }
const Method iMethods[] = {{"M", &funcVoid, nullptr}, {"N", &funcVoid, nullptr}};
const Type iType{.self = &iType,
                 .kind = Kind::Interface,
                 .flags = go::kNamed,
                 .size = 16,
                 .name = "main.I",
                 .pkgPath = "main",
                 .equal = go::equalOf<Iface>,
                 .methods = iMethods,
                 .numMethods = 2};

// interface { Foo() }
const Method fooMethods[] = {{"Foo", &funcVoid, nullptr}};
const Type fooType{.self = &fooType,
                   .kind = Kind::Interface,
                   .size = 16,
                   .name = "interface { Foo() }",
                   .equal = go::equalOf<Iface>,
                   .methods = fooMethods,
                   .numMethods = 1};

// interface { String() string }: fmt.Stringer's shape.
const Method stringerMethods[] = {{"String", &go::funcStringType, nullptr}};
const Type stringerType{.self = &stringerType,
                        .kind = Kind::Interface,
                        .flags = go::kNamed,
                        .size = 16,
                        .name = "fmt.Stringer",
                        .pkgPath = "fmt",
                        .equal = go::equalOf<Iface>,
                        .methods = stringerMethods,
                        .numMethods = 1};

// type S string (main.S), and other.S spelt alike in another package.
const Type sType{.self = &sType,
                 .kind = Kind::String,
                 .flags = go::kNamed,
                 .size = 16,
                 .name = "main.S",
                 .pkgPath = "main",
                 .equal = go::equalOf<String>};
const Type otherSType{.self = &otherSType,
                      .kind = Kind::String,
                      .flags = go::kNamed,
                      .size = 16,
                      .name = "main.S",
                      .pkgPath = "other/main",
                      .equal = go::equalOf<String>};

// *errors.errorString, an error.
struct ErrorString {
  String s;
};
String errorString_Error(void *data) { return static_cast<ErrorString *>(data)->s; }
const Method errMethods[] = {{"Error", &go::funcStringType, reinterpret_cast<void *>(&errorString_Error)}};
const Type errType{.self = &errType,
                   .kind = Kind::Pointer,
                   .flags = go::kPointerShaped,
                   .size = 8,
                   .name = "*errors.errorString",
                   .equal = go::equalOf<void *>,
                   .methods = errMethods,
                   .numMethods = 1};
Iface newError(const char *msg) {
  auto e = go::newObject<ErrorString>();
  e->s = go::makeString(msg);
  return Iface(go::itab(&errType, &go::errorType), e);
}

// []int and map[int]int: not comparable.
const Type sliceIntType{
    .self = &sliceIntType, .kind = Kind::Slice, .size = 24, .name = "[]int", .elem = &go::intType};
const Type mapType{.self = &mapType,
                   .kind = Kind::Map,
                   .flags = go::kPointerShaped,
                   .size = 8,
                   .name = "map[int]int",
                   .elem = &go::intType,
                   .key = &go::intType};
// *int
const Type ptrIntType{.self = &ptrIntType,
                      .kind = Kind::Pointer,
                      .flags = go::kPointerShaped,
                      .size = 8,
                      .name = "*int",
                      .equal = go::equalOf<int64_t *>,
                      .elem = &go::intType};

// struct { A int; _ int; B string }
struct Blank {
  int64_t A;
  int64_t blank;
  String B;
};
const go::Field blankFields[] = {
    {"A", &go::intType, offsetof(Blank, A), false, true},
    {"_", &go::intType, offsetof(Blank, blank), false, false},
    {"B", &go::stringType, offsetof(Blank, B), false, true},
};
const Type blankType{.self = &blankType,
                     .kind = Kind::Struct,
                     .size = sizeof(Blank),
                     .name = "struct { A int; _ int; B string }",
                     .equal = [](const void *a, const void *b) {
                       auto x = static_cast<const Blank *>(a), y = static_cast<const Blank *>(b);
                       return x->A == y->A && x->B == y->B;
                     },
                     .fields = blankFields,
                     .numFields = 3};

// [2]float64
const Type arrFloatType{.self = &arrFloatType,
                        .kind = Kind::Array,
                        .size = 16,
                        .name = "[2]float64",
                        .equal = go::equalOf<go::Array<double, 2>>,
                        .elem = &go::float64Type,
                        .len = 2};

} // namespace

// ------------------------------------------------------- descriptors

TEST(Descriptors, PredeclaredNamesAreGoSpelling) {
  EXPECT_EQ(str(go::intType.name), "int");
  EXPECT_EQ(str(go::uint8Type.name), "uint8");
  EXPECT_EQ(str(go::int32Type.name), "int32");
  EXPECT_EQ(str(go::float64Type.name), "float64");
  EXPECT_EQ(str(go::complex128Type.name), "complex128");
  EXPECT_EQ(str(go::stringType.name), "string");
  EXPECT_EQ(str(go::unsafePointerType.name), "unsafe.Pointer");
  EXPECT_EQ(str(go::anyType.name), "interface {}");
  EXPECT_EQ(str(go::errorType.name), "error");
}
TEST(Descriptors, PredeclaredAreSelfItabsWithKindsSizesAndEquality) {
  const Type *all[] = {&go::boolType,    &go::intType,     &go::int8Type,    &go::int16Type,
                       &go::int32Type,   &go::int64Type,   &go::uintType,    &go::uint8Type,
                       &go::uint16Type,  &go::uint32Type,  &go::uint64Type,  &go::uintptrType,
                       &go::float32Type, &go::float64Type, &go::complex64Type, &go::complex128Type,
                       &go::stringType,  &go::unsafePointerType, &go::errorType, &go::anyType};
  for (const Type *t : all) {
    EXPECT_EQ(t->self, t) << str(t->name);
    EXPECT_TRUE(t->comparable()) << str(t->name);
    EXPECT_EQ(t->pkgPath.n, 0) << str(t->name);
  }
  EXPECT_EQ(go::intType.size, 8u);
  EXPECT_EQ(go::int16Type.size, 2u);
  EXPECT_EQ(go::stringType.size, 16u);
  EXPECT_EQ(go::anyType.kind, Kind::Interface);
  EXPECT_TRUE(go::unsafePointerType.pointerShaped());
  EXPECT_FALSE(go::intType.pointerShaped());
}
TEST(Descriptors, ErrorHasOneMethodErrorOfFuncString) {
  ASSERT_EQ(go::errorType.numMethods, 1);
  EXPECT_EQ(str(go::errorType.methods[0].name), "Error");
  EXPECT_EQ(go::errorType.methods[0].type, &go::funcStringType);
  EXPECT_EQ(go::funcStringType.numOut, 1);
  EXPECT_EQ(go::funcStringType.out[0], &go::stringType);
  EXPECT_EQ(go::anyType.numMethods, 0);
}
TEST(Descriptors, MethodLookupIsByName) {
  EXPECT_EQ(tType.method("M"), &tMethods[0]);
  EXPECT_EQ(tType.method("N"), &tMethods[1]);
  EXPECT_EQ(tType.method("String"), &tMethods[2]);
  EXPECT_EQ(tType.method("A"), nullptr);
  EXPECT_EQ(tType.method("Z"), nullptr);
  EXPECT_EQ(tType.method("Mx"), nullptr);
  EXPECT_EQ(uType.method("M"), nullptr);
}

// -------------------------------------------------------------- itabs

TEST(Itab, MethodsInInterfaceOrder) {
  const go::Itab *tab = go::findItab(&tType, &iType);
  ASSERT_NE(tab, nullptr);
  EXPECT_EQ(tab->type, &tType);
  EXPECT_EQ(tab->fn[0], reinterpret_cast<void *>(&T_M));
  EXPECT_EQ(tab->fn[1], reinterpret_cast<void *>(&T_N));
}
TEST(Itab, CachedPerPair) { EXPECT_EQ(go::findItab(&tType, &iType), go::findItab(&tType, &iType)); }
TEST(Itab, SignaturesMatchByStructureAcrossDescriptors) {
  // T's N uses funcVoid2, I's N uses funcVoid: same type func().
  EXPECT_NE(go::findItab(&tType, &iType), nullptr);
}
TEST(Itab, SignatureMismatchIsMissing) {
  // I's String would be func(); T's is func() string.
  static const Method m[] = {{"String", &funcVoid, nullptr}};
  static const Type wrong{.self = &wrong, .kind = Kind::Interface, .size = 16, .name = "interface { String() }",
                          .equal = go::equalOf<Iface>, .methods = m, .numMethods = 1};
  EXPECT_EQ(go::findItab(&tType, &wrong), nullptr);
}
TEST(Itab, MissingMethodGivesNull) {
  EXPECT_EQ(go::findItab(&uType, &iType), nullptr);
  EXPECT_EQ(go::findItab(&uType, &iType), nullptr); // cached failure
}
TEST(Itab, MethodlessInterfaceUsesTheType) {
  EXPECT_EQ(go::findItab(&tType, &go::anyType), go::anyItab(&tType));
  EXPECT_EQ(go::anyItab(&tType)->type, &tType);
}
TEST(Itab, DispatchCallsConcreteMethod) {
  tCalls = 0;
  Iface x = go::box(go::itab(&tType, &iType), T{7});
  go::method<void (*)(void *)>(x, 1)(x.data);
  go::method<void (*)(void *)>(x, 0)(x.data);
  EXPECT_EQ(tCalls, 11);
}
TEST(Itab, ProvenConversionThatFailsPanicsLikeGo) {
  EXPECT_EQ(panicText([] { (void)go::itab(&uType, &iType); }),
            "interface conversion: main.U is not main.I: missing method M");
}
TEST(Itab, ConvertIfaceKeepsDataAndChangesTab) {
  Iface x = go::box(go::itab(&tType, &iType), T{1});
  Iface a = go::convertIface(x, &go::anyType);
  EXPECT_EQ(a.tab, go::anyItab(&tType));
  EXPECT_EQ(a.data, x.data);
  Iface s = go::convertIface(a, &stringerType);
  EXPECT_EQ(s.tab, go::findItab(&tType, &stringerType));
  EXPECT_TRUE(go::convertIface(Iface(), &iType).isNil());
}

// ------------------------------------------------------ type asserts

TEST(TypeAssert, ConcreteWrongType) {
  Iface x = go::box(&go::stringType, String("x"));
  EXPECT_EQ(panicText([&] { (void)go::assertType<int64_t>(x, &go::intType, &go::anyType); }),
            "interface conversion: interface {} is string, not int");
}
TEST(TypeAssert, ConcreteFromNil) {
  EXPECT_EQ(panicText([] { (void)go::assertType<int64_t>(Iface(), &go::intType, &go::anyType); }),
            "interface conversion: interface {} is nil, not int");
  EXPECT_EQ(panicText([] { (void)go::assertType<T>(Iface(), &tType, &go::anyType); }),
            "interface conversion: interface {} is nil, not main.T");
}
TEST(TypeAssert, ConcreteFromNamedInterfaceNamesIt) {
  Iface e = newError("x");
  EXPECT_EQ(panicText([&] { (void)go::assertType<T>(e, &tType, &go::errorType); }),
            "interface conversion: error is *errors.errorString, not main.T");
}
TEST(TypeAssert, DefinedStringIsNotString) {
  Iface x = go::box(&sType, String("q"));
  EXPECT_EQ(panicText([&] { (void)go::assertType<String>(x, &go::stringType, &go::anyType); }),
            "interface conversion: interface {} is main.S, not string");
}
TEST(TypeAssert, SameSpellingDifferentPackages) {
  Iface x = go::box(&otherSType, String("q"));
  EXPECT_EQ(panicText([&] { (void)go::assertType<String>(x, &sType, &go::anyType); }),
            "interface conversion: interface {} is main.S, not main.S (types from different packages)");
}
TEST(TypeAssert, ToInterfaceMissingMethod) {
  Iface x = go::box(&uType, T{});
  EXPECT_EQ(panicText([&] { (void)go::assertIface(x, &iType, &go::anyType); }),
            "interface conversion: main.U is not main.I: missing method M");
  Iface e = newError("x");
  EXPECT_EQ(panicText([&] { (void)go::assertIface(e, &fooType, &go::errorType); }),
            "interface conversion: *errors.errorString is not interface { Foo() }: missing method Foo");
}
TEST(TypeAssert, ToInterfaceFromNilSaysInterface) {
  EXPECT_EQ(panicText([] { (void)go::assertIface(Iface(), &iType, &go::anyType); }),
            "interface conversion: interface is nil, not main.I");
}
TEST(TypeAssert, ValueIsTypeAssertionErrorPointer) {
  EXPECT_EQ(panicType([] { (void)go::assertIface(Iface(), &iType, &go::anyType); }),
            "*runtime.TypeAssertionError");
  go::Iface v = recovered([] { (void)go::assertIface(Iface(), &iType, &go::anyType); });
  EXPECT_NE(v.type()->method("RuntimeError"), nullptr);
}
TEST(TypeAssert, ToInterfaceSucceeds) {
  Iface x = go::box(&tType, T{3});
  Iface y = go::assertIface(x, &iType, &go::anyType);
  EXPECT_EQ(y.tab, go::findItab(&tType, &iType));
  EXPECT_EQ(y.data, x.data);
  Iface a = go::assertIface(y, &go::anyType, &iType);
  EXPECT_EQ(a.tab, go::anyItab(&tType));
}
TEST(TypeAssert, CommaOkForms) {
  Iface out;
  EXPECT_TRUE(go::assertIfaceOK(go::box(&tType, T{}), &iType, &out));
  EXPECT_EQ(out.type(), &tType);
  EXPECT_FALSE(go::assertIfaceOK(go::box(&uType, T{}), &iType, &out));
  EXPECT_TRUE(out.isNil());
  EXPECT_FALSE(go::assertIfaceOK(Iface(), &go::anyType, &out));
  int64_t v = 5;
  EXPECT_FALSE(go::assertTypeOK<int64_t>(go::box(&go::stringType, String("x")), &go::intType, &v));
  EXPECT_EQ(v, 0);
  EXPECT_TRUE(go::assertTypeOK<int64_t>(go::box(&go::intType, int64_t(9)), &go::intType, &v));
  EXPECT_EQ(v, 9);
}

// ---------------------------------------------------------- equality

TEST(IfaceEqual, NilEqualsOnlyNil) {
  EXPECT_TRUE(Iface() == Iface());
  EXPECT_FALSE(Iface() == go::box(&go::intType, int64_t(0)));
}
TEST(IfaceEqual, DifferentDynamicTypesDiffer) {
  EXPECT_FALSE(go::box(&go::intType, int64_t(1)) == go::box(&go::int64Type, int64_t(1)));
  EXPECT_FALSE(go::box(&sType, String("a")) == go::box(&go::stringType, String("a")));
}
TEST(IfaceEqual, SameTypeComparesValues) {
  EXPECT_TRUE(go::box(&go::intType, int64_t(3)) == go::box(&go::intType, int64_t(3)));
  EXPECT_FALSE(go::box(&go::intType, int64_t(3)) == go::box(&go::intType, int64_t(4)));
  EXPECT_TRUE(go::box(&go::stringType, go::makeString("ab")) == go::box(&go::stringType, String("ab")));
  EXPECT_TRUE(go::box(&tType, T{2}) == go::box(&tType, T{2}));
}
TEST(IfaceEqual, NaNIsNotEqualToItselfEvenInOneBox) {
  Iface x = go::box(&go::float64Type, std::nan(""));
  EXPECT_FALSE(x == x);
  EXPECT_TRUE(go::box(&go::float64Type, 0.0) == go::box(&go::float64Type, -0.0));
}
TEST(IfaceEqual, PointerShapedComparesDataWords) {
  int64_t a = 1, b = 1;
  EXPECT_TRUE(go::box(&ptrIntType, &a) == go::box(&ptrIntType, &a));
  EXPECT_FALSE(go::box(&ptrIntType, &a) == go::box(&ptrIntType, &b));
}
TEST(IfaceEqual, UncomparableDynamicTypePanics) {
  Iface x = go::box(&sliceIntType, go::Slice<int64_t>{1});
  EXPECT_EQ(panicText([&] { (void)(x == x); }), "runtime error: comparing uncomparable type []int");
  Iface m = Iface(go::anyItab(&mapType), nullptr);
  EXPECT_EQ(panicText([&] { (void)(m == m); }), "runtime error: comparing uncomparable type map[int]int");
}
TEST(IfaceEqual, UncomparableButDifferentTypesIsFalse) {
  Iface x = go::box(&sliceIntType, go::Slice<int64_t>{1});
  EXPECT_FALSE(x == go::box(&go::intType, int64_t(1)));
}

// ------------------------------------------------- callStringMethod

TEST(StringMethod, CallsErrorOnErrors) {
  String s;
  ASSERT_TRUE(go::callStringMethod(newError("boom"), "Error", &s));
  EXPECT_EQ(str(s), "boom");
}
TEST(StringMethod, CallsStringOnValueReceiver) {
  String s;
  ASSERT_TRUE(go::callStringMethod(go::box(&tType, T{4}), "String", &s));
  EXPECT_EQ(str(s), "T#4");
}
TEST(StringMethod, FalseWhenAbsentOrWrongSignatureOrNil) {
  String s;
  EXPECT_FALSE(go::callStringMethod(go::box(&tType, T{4}), "Error", &s));
  EXPECT_FALSE(go::callStringMethod(go::box(&tType, T{4}), "M", &s)); // func(), not func() string
  EXPECT_FALSE(go::callStringMethod(Iface(), "String", &s));
  EXPECT_FALSE(go::callStringMethod(go::box(&go::intType, int64_t(1)), "String", &s));
}

// ------------------------------------------------------------ hashing

namespace {
template <class V> uint64_t h(const Type *t, const V &v, uint64_t seed = 42) { return go::hashValue(t, &v, seed); }
} // namespace

TEST(Hash, EqualIntegersHashAlike) {
  EXPECT_EQ(h(&go::intType, int64_t(7)), h(&go::intType, int64_t(7)));
  EXPECT_NE(h(&go::intType, int64_t(7)), h(&go::intType, int64_t(8)));
  EXPECT_NE(h(&go::intType, int64_t(7), 1), h(&go::intType, int64_t(7), 2));
  EXPECT_EQ(h(&go::int8Type, int8_t(-1)), h(&go::int8Type, int8_t(-1)));
}
TEST(Hash, SignedZerosHashAlike) {
  EXPECT_EQ(h(&go::float64Type, 0.0), h(&go::float64Type, -0.0));
  EXPECT_EQ(h(&go::float32Type, 0.0f), h(&go::float32Type, -0.0f));
  EXPECT_EQ(h(&go::complex128Type, go::complex128(0.0, -0.0)), h(&go::complex128Type, go::complex128(-0.0, 0.0)));
}
TEST(Hash, NaNsHashRandomly) {
  double n = std::nan("");
  EXPECT_NE(h(&go::float64Type, n), h(&go::float64Type, n));
}
TEST(Hash, StringsHashByBytes) {
  EXPECT_EQ(h(&go::stringType, String("hello")), h(&go::stringType, go::makeString("hello")));
  EXPECT_NE(h(&go::stringType, String("hello")), h(&go::stringType, String("hellp")));
  EXPECT_EQ(go::hashBytes("abc", 3, 1), go::hashBytes("abc", 3, 1));
  EXPECT_NE(go::hashBytes("abc", 3, 1), go::hashBytes("abc", 3, 2));
}
TEST(Hash, BytesHashCoversEveryLengthClass) {
  // Each length from 0 to 200 and each single-byte change gives a new hash.
  std::string s(200, 'a');
  for (size_t n = 0; n <= 200; n++) {
    uint64_t base = go::hashBytes(s.data(), n, 9);
    if (n) {
      EXPECT_NE(base, go::hashBytes(s.data(), n - 1, 9)) << n;
    }
    for (size_t i = 0; i < n; i += 7) {
      std::string t = s.substr(0, n);
      t[i] = 'b';
      EXPECT_NE(base, go::hashBytes(t.data(), n, 9)) << n << " " << i;
    }
  }
}
TEST(Hash, StructsSkipBlankFields) {
  Blank a{1, 100, "x"}, b{1, 200, "x"}, c{2, 100, "x"};
  EXPECT_EQ(h(&blankType, a), h(&blankType, b));
  EXPECT_NE(h(&blankType, a), h(&blankType, c));
}
TEST(Hash, ArraysElementwise) {
  go::Array<double, 2> a{{1.0, -0.0}}, b{{1.0, 0.0}}, c{{0.0, 1.0}};
  EXPECT_EQ(h(&arrFloatType, a), h(&arrFloatType, b));
  EXPECT_NE(h(&arrFloatType, a), h(&arrFloatType, c));
}
TEST(Hash, InterfacesHashDynamicValue) {
  EXPECT_EQ(h(&go::anyType, go::box(&go::intType, int64_t(5))), h(&go::anyType, go::box(&go::intType, int64_t(5))));
  EXPECT_EQ(h(&go::anyType, Iface()), h(&go::anyType, Iface()));
  int64_t x = 0;
  EXPECT_EQ(h(&go::anyType, go::box(&ptrIntType, &x)), h(&go::anyType, go::box(&ptrIntType, &x)));
}
TEST(Hash, UnhashableDynamicTypePanics) {
  Iface s = go::box(&sliceIntType, go::Slice<int64_t>{1});
  EXPECT_EQ(panicText([&] { (void)h(&go::anyType, s); }), "runtime error: hash of unhashable type []int");
  EXPECT_EQ(panicText([&] { (void)h(&sliceIntType, go::Slice<int64_t>{}); }),
            "runtime error: hash of unhashable type []int");
}
TEST(Hash, MapsWithInterfaceKeysWork) {
  auto m = go::makeMap<Iface, int64_t>(&go::anyType);
  go::mapSet(m, go::box(&go::intType, int64_t(1)), int64_t(10));
  go::mapSet(m, go::box(&go::stringType, String("a")), int64_t(20));
  go::mapSet(m, go::box(&go::int64Type, int64_t(1)), int64_t(30));
  EXPECT_EQ(go::mapLen(m), 3);
  EXPECT_EQ(go::mapGet(m, go::box(&go::intType, int64_t(1))), 10);
  EXPECT_EQ(go::mapGet(m, go::box(&go::stringType, go::makeString("a"))), 20);
  EXPECT_EQ(go::mapGet(m, go::box(&go::int64Type, int64_t(1))), 30);
  Iface bad = go::box(&sliceIntType, go::Slice<int64_t>{});
  EXPECT_EQ(panicText([&] { go::mapSet(m, bad, int64_t(1)); }), "runtime error: hash of unhashable type []int");
}
TEST(Random, ValuesVary) {
  uint64_t a = go::randomU64(), b = go::randomU64(), c = go::randomU64();
  EXPECT_FALSE(a == b && b == c);
}
TEST(Hash, NilMapReadWithUnhashableKeyPanics) {
  // var m map[any]int; _ = m[[]int{}] panics in Go too.
  go::Map<Iface, int64_t> *m = nullptr;
  Iface bad = go::box(&sliceIntType, go::Slice<int64_t>{});
  EXPECT_EQ(panicText([&] { (void)go::mapGet(m, bad); }), "runtime error: hash of unhashable type []int");
  EXPECT_EQ(go::mapGet(m, go::box(&go::intType, int64_t(1))), 0);
}
