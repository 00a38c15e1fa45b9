// state.cpp — the fmt.State a Formatter's Format method receives (Go's
// *pp), and FormatString.
//
// Invariants and why:
//  - The State is a go::Iface whose data word is the Printer and whose itab
//    lists fmt.State's methods in name order: Flag, Precision, Width,
//    Write. The dynamic type *fmt.pp also has WriteString, so io.Writer and
//    io.StringWriter conversions find it through the runtime's itabs.
//  - Write appends to the printer's buffer (the Formatter's output lands
//    where the operand is being printed) and never fails.
#include "fmt/printer.h"
#include "errors/errors.h"
#include "strconv/strconv.h"

namespace pkg::fmt::detail {
namespace {

bool ppFlag(void *p, int64_t c) {
  const Flags &f = static_cast<Printer *>(p)->f;
  switch (c) {
  case '-': return f.minus;
  case '+': return f.plus || f.plusV;
  case '#': return f.sharp || f.sharpV;
  case ' ': return f.space;
  case '0': return f.zero;
  }
  return false;
}
std::tuple<int64_t, bool> ppWidth(void *p) {
  const Flags &f = static_cast<Printer *>(p)->f;
  return {f.wid, f.widPresent};
}
std::tuple<int64_t, bool> ppPrecision(void *p) {
  const Flags &f = static_cast<Printer *>(p)->f;
  return {f.prec, f.precPresent};
}
std::tuple<int64_t, go::Iface> ppWrite(void *p, go::Slice<uint8_t> b) {
  static_cast<Printer *>(p)->buf.append(reinterpret_cast<const char *>(b.p), size_t(b.len_));
  return {b.len_, go::Iface()};
}
std::tuple<int64_t, go::Iface> ppWriteString(void *p, go::String s) {
  static_cast<Printer *>(p)->buf.append(s.view());
  return {s.n, go::Iface()};
}

#pragma GCC diagnostic ignored "-Wmissing-field-initializers" // descriptors name what they need
const go::Type *const kIntIn[] = {&go::intType};
const go::Type *const kBoolOut[] = {&go::boolType};
const go::Type *const kIntBoolOut[] = {&go::intType, &go::boolType};
const go::Type flagSig = pkg::errors::detail::funcType(&flagSig, "func(int) bool", kIntIn, 1, kBoolOut, 1);
const go::Type intBoolSig = pkg::errors::detail::funcType(&intBoolSig, "func() (int, bool)", nullptr, 0, kIntBoolOut, 2);
const go::Method kPPMethods[] = {
    {"Flag", &flagSig, reinterpret_cast<void *>(&ppFlag)},
    {"Precision", &intBoolSig, reinterpret_cast<void *>(&ppPrecision)},
    {"Width", &intBoolSig, reinterpret_cast<void *>(&ppWidth)},
    {"Write", &pkg::errors::detail::funcReadWrite, reinterpret_cast<void *>(&ppWrite)},
    {"WriteString", &pkg::errors::detail::funcWriteString, reinterpret_cast<void *>(&ppWriteString)},
};
// fmt.pp is opaque to Go code: described as a struct without fields.
const go::Type ppType{.self = &ppType, .kind = go::Kind::Struct, .flags = go::kNamed, .size = sizeof(Printer),
                      .name = "fmt.pp", .pkgPath = "fmt"};
const go::Type ptrPPType{.self = &ptrPPType, .kind = go::Kind::Pointer, .flags = go::kPointerShaped, .size = 8,
                         .name = "*fmt.pp", .equal = go::equalOf<void *>, .elem = &ppType, .methods = kPPMethods,
                         .numMethods = 5};

// The itab of *fmt.pp for fmt.State (Flag, Precision, Width, Write).
struct StateItab {
  const go::Type *type;
  void *fn[4];
};
const StateItab kStateItab{&ptrPPType,
                           {reinterpret_cast<void *>(&ppFlag), reinterpret_cast<void *>(&ppPrecision),
                            reinterpret_cast<void *>(&ppWidth), reinterpret_cast<void *>(&ppWrite)}};

} // namespace

go::Iface stateOf(Printer *p) { return go::Iface(reinterpret_cast<const go::Itab *>(&kStateItab), p); }

} // namespace pkg::fmt::detail

namespace pkg::fmt {

go::String FormatString(go::Iface state, int32_t verb) {
  std::string b = "%";
  for (char c : std::string_view(" +-#0"))
    if (go::method<bool (*)(void *, int64_t)>(state, 0)(state.data, c))
      b += c;
  auto [w, wok] = go::method<std::tuple<int64_t, bool> (*)(void *)>(state, 2)(state.data);
  if (wok)
    strconv::detail::appendBits(b, w < 0 ? -uint64_t(w) : uint64_t(w), 10, w < 0);
  auto [p, pok] = go::method<std::tuple<int64_t, bool> (*)(void *)>(state, 1)(state.data);
  if (pok) {
    b += '.';
    strconv::detail::appendBits(b, p < 0 ? -uint64_t(p) : uint64_t(p), 10, p < 0);
  }
  strconv::detail::appendRune(b, verb);
  return detail::toGo(b);
}

} // namespace pkg::fmt
