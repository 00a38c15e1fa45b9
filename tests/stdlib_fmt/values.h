// values.h — hand-built Go values for fmt's tests: descriptors for the
// types that tests/stdlib_fmt's Go oracle programs declare, and helpers
// whose names and meaning match the Go helpers one for one (I(5) is
// any(int(5)), PT(1, 2) is any(main.Point{1, 2}), ...), so a case table
// reads the same in both languages.
//
// Invariants: every descriptor's self points at itself; pointer-shaped
// types (pointers, maps) box the pointer itself, others a heap copy.
#pragma once

#include <cmath>
#include <string>
#include <vector>

#include "fmt/fmt.h"
#include "strconv/strconv.h"

namespace fmttest {

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

struct Point {
  int64_t X, Y;
  friend bool operator==(const Point &a, const Point &b) { return a.X == b.X && a.Y == b.Y; }
};
struct Emb {
  Point P;
  int64_t c;
};
struct PS {
  int64_t n;
};
struct Outer {
  go::String Name;
  Point *Pt;
  go::Slice<go::String> Tags;
  go::Iface Err;
  int64_t n;
  int64_t C;
  go::Iface Any;
};

inline go::String celsiusString(void *p) {
  return go::concat("C", pkg::strconv::Itoa(*static_cast<int64_t *>(p)));
}
inline go::String badString(void *) { go::gopanic(go::box(&go::stringType, go::String("boom"))); }
inline go::String psString(void *p) {
  return go::concat("PS", pkg::strconv::Itoa(go::deref(static_cast<PS *>(p)).n));
}
inline go::String goStrGoString(void *) { return "GOSTR!"; }
inline void fmtrFormat(void *, go::Iface state, int32_t verb) {
  go::String s = go::concat({"F[", pkg::fmt::FormatString(state, verb), "]"});
  auto write = go::method<std::tuple<int64_t, go::Iface> (*)(void *, go::Slice<uint8_t>)>(state, 3);
  write(state.data, go::Slice<uint8_t>(const_cast<uint8_t *>(s.p), s.n, s.n));
}

inline const go::Type *const kStringOut[] = {&go::stringType};
inline const go::Type stringSig{.self = &stringSig, .kind = go::Kind::Func, .flags = go::kPointerShaped, .size = 8,
                                .name = "func() string", .out = kStringOut, .numOut = 1};
// fmt.State as a descriptor (only its name and kind matter to fmt).
inline const go::Type stateType{.self = &stateType, .kind = go::Kind::Interface, .flags = go::kNamed, .size = 16,
                                .name = "fmt.State", .pkgPath = "fmt"};
inline const go::Type *const kFormatIn[] = {&stateType, &go::int32Type};
inline const go::Type formatSig{.self = &formatSig, .kind = go::Kind::Func, .flags = go::kPointerShaped, .size = 8,
                                .name = "func(fmt.State, int32)", .in = kFormatIn, .numIn = 2};

inline const go::Field kPointFields[] = {{"X", &go::intType, offsetof(Point, X), false, true},
                                         {"Y", &go::intType, offsetof(Point, Y), false, true}};
inline const go::Type pointType{.self = &pointType, .kind = go::Kind::Struct, .flags = go::kNamed,
                                .size = sizeof(Point), .name = "main.Point", .pkgPath = "main",
                                .equal = go::equalOf<Point>, .fields = kPointFields, .numFields = 2};
inline const go::Type ptrPointType{.self = &ptrPointType, .kind = go::Kind::Pointer, .flags = go::kPointerShaped,
                                   .size = 8, .name = "*main.Point", .equal = go::equalOf<void *>, .elem = &pointType};
inline const go::Method kCelsiusMethods[] = {{"String", &stringSig, reinterpret_cast<void *>(&celsiusString)}};
inline const go::Type celsiusType{.self = &celsiusType, .kind = go::Kind::Int, .flags = go::kNamed, .size = 8,
                                  .name = "main.Celsius", .pkgPath = "main", .equal = go::equalOf<int64_t>,
                                  .methods = kCelsiusMethods, .numMethods = 1};
inline const go::Method kBadMethods[] = {{"String", &stringSig, reinterpret_cast<void *>(&badString)}};
inline const go::Type badType{.self = &badType, .kind = go::Kind::Int, .flags = go::kNamed, .size = 8,
                              .name = "main.Bad", .pkgPath = "main", .equal = go::equalOf<int64_t>,
                              .methods = kBadMethods, .numMethods = 1};
inline const go::Field kPSFields[] = {{"n", &go::intType, 0, false, false}};
inline const go::Type psType{.self = &psType, .kind = go::Kind::Struct, .flags = go::kNamed, .size = 8,
                             .name = "main.PS", .pkgPath = "main", .fields = kPSFields, .numFields = 1};
inline const go::Method kPtrPSMethods[] = {{"String", &stringSig, reinterpret_cast<void *>(&psString)}};
inline const go::Type ptrPSType{.self = &ptrPSType, .kind = go::Kind::Pointer, .flags = go::kPointerShaped,
                                .size = 8, .name = "*main.PS", .equal = go::equalOf<void *>, .elem = &psType,
                                .methods = kPtrPSMethods, .numMethods = 1};
inline const go::Method kFmtrMethods[] = {{"Format", &formatSig, reinterpret_cast<void *>(&fmtrFormat)}};
inline const go::Type fmtrType{.self = &fmtrType, .kind = go::Kind::Int, .flags = go::kNamed, .size = 8,
                               .name = "main.Fmtr", .pkgPath = "main", .equal = go::equalOf<int64_t>,
                               .methods = kFmtrMethods, .numMethods = 1};
inline const go::Method kGoStrMethods[] = {{"GoString", &stringSig, reinterpret_cast<void *>(&goStrGoString)}};
inline const go::Type goStrType{.self = &goStrType, .kind = go::Kind::Int, .flags = go::kNamed, .size = 8,
                                .name = "main.GoStr", .pkgPath = "main", .equal = go::equalOf<int64_t>,
                                .methods = kGoStrMethods, .numMethods = 1};
inline const go::Type bytesType{.self = &bytesType, .kind = go::Kind::Slice, .size = 24, .name = "[]uint8",
                                .elem = &go::uint8Type};
inline const go::Type myBytesType{.self = &myBytesType, .kind = go::Kind::Slice, .flags = go::kNamed, .size = 24,
                                  .name = "main.MyBytes", .pkgPath = "main", .elem = &go::uint8Type};
inline const go::Type myStrType{.self = &myStrType, .kind = go::Kind::String, .flags = go::kNamed, .size = 16,
                                .name = "main.MyStr", .pkgPath = "main", .equal = go::equalOf<go::String>};
inline const go::Type intSliceType{.self = &intSliceType, .kind = go::Kind::Slice, .size = 24, .name = "[]int",
                                   .elem = &go::intType};
inline const go::Type stringSliceType{.self = &stringSliceType, .kind = go::Kind::Slice, .size = 24,
                                      .name = "[]string", .elem = &go::stringType};
inline const go::Type anySliceType{.self = &anySliceType, .kind = go::Kind::Slice, .size = 24,
                                   .name = "[]interface {}", .elem = &go::anyType};
inline const go::Type arrayType{.self = &arrayType, .kind = go::Kind::Array, .size = 24, .name = "[3]int",
                                .equal = go::equalOf<go::Array<int64_t, 3>>, .elem = &go::intType, .len = 3};
inline const go::Type mapSIType{.self = &mapSIType, .kind = go::Kind::Map, .flags = go::kPointerShaped, .size = 8,
                                .name = "map[string]int", .elem = &go::intType, .key = &go::stringType};
inline const go::Type mapISType{.self = &mapISType, .kind = go::Kind::Map, .flags = go::kPointerShaped, .size = 8,
                                .name = "map[int]string", .elem = &go::stringType, .key = &go::intType};
inline const go::Type mapFSType{.self = &mapFSType, .kind = go::Kind::Map, .flags = go::kPointerShaped, .size = 8,
                                .name = "map[float64]string", .elem = &go::stringType, .key = &go::float64Type};
inline const go::Type mapPBType{.self = &mapPBType, .kind = go::Kind::Map, .flags = go::kPointerShaped, .size = 8,
                                .name = "map[main.Point]bool", .elem = &go::boolType, .key = &pointType};
inline const go::Field kOuterFields[] = {
    {"Name", &go::stringType, offsetof(Outer, Name), false, true},
    {"Pt", &ptrPointType, offsetof(Outer, Pt), false, true},
    {"Tags", &stringSliceType, offsetof(Outer, Tags), false, true},
    {"Err", &go::errorType, offsetof(Outer, Err), false, true},
    {"n", &go::intType, offsetof(Outer, n), false, false},
    {"C", &celsiusType, offsetof(Outer, C), false, true},
    {"Any", &go::anyType, offsetof(Outer, Any), false, true},
};
inline const go::Type outerType{.self = &outerType, .kind = go::Kind::Struct, .flags = go::kNamed,
                                .size = sizeof(Outer), .name = "main.Outer", .pkgPath = "main",
                                .fields = kOuterFields, .numFields = 7};
inline const go::Type ptrOuterType{.self = &ptrOuterType, .kind = go::Kind::Pointer, .flags = go::kPointerShaped,
                                   .size = 8, .name = "*main.Outer", .equal = go::equalOf<void *>,
                                   .elem = &outerType};
inline const go::Type funcVoidType{.self = &funcVoidType, .kind = go::Kind::Func, .size = 16, .name = "func()"};
inline const go::Field kEmbFields[] = {{"Point", &pointType, offsetof(Emb, P), true, true},
                                       {"c", &celsiusType, offsetof(Emb, c), false, false}};
inline const go::Type embType{.self = &embType, .kind = go::Kind::Struct, .flags = go::kNamed, .size = sizeof(Emb),
                              .name = "main.Emb", .pkgPath = "main", .fields = kEmbFields, .numFields = 2};
inline const go::Type ptrPointSliceType{.self = &ptrPointSliceType, .kind = go::Kind::Slice, .size = 24,
                                        .name = "[]*main.Point", .elem = &ptrPointType};
#pragma GCC diagnostic pop

inline go::Iface I(int64_t x) { return go::box(&go::intType, x); }
inline go::Iface I8(int8_t x) { return go::box(&go::int8Type, x); }
inline go::Iface I16(int16_t x) { return go::box(&go::int16Type, x); }
inline go::Iface I32(int32_t x) { return go::box(&go::int32Type, x); }
inline go::Iface I64(int64_t x) { return go::box(&go::int64Type, x); }
inline go::Iface U(uint64_t x) { return go::box(&go::uintType, x); }
inline go::Iface U8(uint8_t x) { return go::box(&go::uint8Type, x); }
inline go::Iface U16(uint16_t x) { return go::box(&go::uint16Type, x); }
inline go::Iface U32(uint32_t x) { return go::box(&go::uint32Type, x); }
inline go::Iface U64(uint64_t x) { return go::box(&go::uint64Type, x); }
inline go::Iface UP(uintptr_t x) { return go::box(&go::uintptrType, x); }
inline go::Iface F(double x) { return go::box(&go::float64Type, x); }
inline go::Iface F32(float x) { return go::box(&go::float32Type, x); }
inline go::Iface C(double r, double i) { return go::box(&go::complex128Type, go::complex128(r, i)); }
inline go::Iface C64(float r, float i) { return go::box(&go::complex64Type, go::complex64(r, i)); }
inline go::Iface S(go::String s) { return go::box(&go::stringType, s); }
inline go::Iface MS(go::String s) { return go::box(&myStrType, s); }
inline go::Iface B(bool b) { return go::box(&go::boolType, b); }
inline go::Iface NIL() { return go::Iface(); }
inline go::Slice<uint8_t> bytesOf(go::String s) {
  auto b = go::makeSlice<uint8_t>(s.n);
  if (s.n)
    std::memcpy(b.p, s.p, size_t(s.n));
  return b;
}
inline go::Iface BY(go::String s) { return go::box(&bytesType, bytesOf(s)); }
inline go::Iface MBY(go::String s) { return go::box(&myBytesType, bytesOf(s)); }
inline go::Iface PT(int64_t x, int64_t y) { return go::box(&pointType, Point{x, y}); }
inline go::Iface PPT(int64_t x, int64_t y) { return go::box(&ptrPointType, go::newObject(Point{x, y})); }
inline go::Iface NILPTR() { return go::box(&ptrPointType, static_cast<Point *>(nullptr)); }
inline go::Iface CEL(int64_t x) { return go::box(&celsiusType, x); }
inline go::Iface BAD() { return go::box(&badType, int64_t(1)); }
inline go::Iface NILPS() { return go::box(&ptrPSType, static_cast<PS *>(nullptr)); }
inline go::Iface PPS(int64_t n) { return go::box(&ptrPSType, go::newObject(PS{n})); }
inline go::Iface FMTR() { return go::box(&fmtrType, int64_t(0)); }
inline go::Iface GOSTR() { return go::box(&goStrType, int64_t(0)); }
inline go::Iface ERR(go::String s) { return pkg::strconv::detail::newError(s); }
template <class... A> go::Iface SL(A... a) {
  if constexpr (sizeof...(a) == 0)
    return go::box(&intSliceType, go::Slice<int64_t>());
  else
    return go::box(&intSliceType, go::Slice<int64_t>{int64_t(a)...});
}
inline go::Iface NILSL() { return go::box(&intSliceType, go::Slice<int64_t>()); }
template <class... A> go::Iface SS(A... a) {
  if constexpr (sizeof...(a) == 0)
    return go::box(&stringSliceType, go::Slice<go::String>());
  else
    return go::box(&stringSliceType, go::Slice<go::String>{go::String(a, int64_t(std::strlen(a)))...});
}
template <class... A> go::Iface AS(A... a) {
  if constexpr (sizeof...(a) == 0)
    return go::box(&anySliceType, go::Slice<go::Iface>());
  else
    return go::box(&anySliceType, go::Slice<go::Iface>{a...});
}
inline go::Iface ARR(int64_t a, int64_t b, int64_t c) { return go::box(&arrayType, go::Array<int64_t, 3>{{a, b, c}}); }
inline go::Iface MSI() {
  auto *m = go::makeMap<go::String, int64_t>(&go::stringType);
  go::mapSet(m, go::String("b"), int64_t(2));
  go::mapSet(m, go::String("a"), int64_t(1));
  go::mapSet(m, go::String("c"), int64_t(3));
  return go::box(&mapSIType, m);
}
inline go::Iface MIS() {
  auto *m = go::makeMap<int64_t, go::String>(&go::intType);
  go::mapSet(m, int64_t(3), go::String("c"));
  go::mapSet(m, int64_t(1), go::String("a"));
  go::mapSet(m, int64_t(-2), go::String("z"));
  return go::box(&mapISType, m);
}
inline go::Iface NILMAP() { return go::box(&mapSIType, static_cast<go::Map<go::String, int64_t> *>(nullptr)); }
inline double NaN() { return std::nan(""); }
inline double Inf(int s) { return s >= 0 ? HUGE_VAL : -HUGE_VAL; }
inline go::Iface MFS() {
  auto *m = go::makeMap<double, go::String>(&go::float64Type);
  go::mapSet(m, NaN(), go::String("nan"));
  go::mapSet(m, 1.5, go::String("x"));
  go::mapSet(m, -2.0, go::String("y"));
  return go::box(&mapFSType, m);
}
inline go::Iface MPT() {
  auto *m = go::makeMap<Point, bool>(&pointType);
  go::mapSet(m, Point{2, 1}, true);
  go::mapSet(m, Point{1, 2}, false);
  go::mapSet(m, Point{1, 1}, true);
  return go::box(&mapPBType, m);
}
inline Outer outer(go::String name) {
  return Outer{name, nullptr, go::Slice<go::String>{"a", "b"}, ERR("bad"), 7, 5, I(3)};
}
inline go::Iface OUT(go::String name) { return go::box(&outerType, outer(name)); }
inline go::Iface POUT(go::String name) { return go::box(&ptrOuterType, go::newObject(outer(name))); }
inline go::Iface OUTNIL() { return go::box(&outerType, Outer{}); }

inline go::Iface NILFUNC() { return go::box(&funcVoidType, go::Func<void()>()); }
inline go::Iface EMB() { return go::box(&embType, Emb{Point{1, 2}, 3}); }
inline go::Iface SLPP() {
  return go::box(&ptrPointSliceType, go::Slice<Point *>{go::newObject(Point{1, 2}), nullptr});
}

// Operands as fmt's variadic parameter receives them.
inline go::Slice<go::Iface> args(std::vector<go::Iface> v) {
  if (v.empty())
    return go::Slice<go::Iface>();
  auto s = go::makeSlice<go::Iface>(int64_t(v.size()));
  for (size_t i = 0; i < v.size(); i++)
    s.p[i] = v[i];
  return s;
}

inline std::string str(go::String s) { return std::string(s.view()); }

} // namespace fmttest
