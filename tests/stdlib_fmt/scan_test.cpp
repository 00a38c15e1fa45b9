// scan_test.cpp — Sscan, Sscanln and Sscanf against real Go output.
//
// scan_cases.inc holds {function, input, format, operand types, expected};
// a Go 1.19 program (go build, then run) scanned the same input into
// fresh variables of those types and printed
// Sprintf("%d|%v|%q", n, err, Sprint(values...)), which is rebuilt here
// with this package's own Sprintf and Sprint.
#include <gtest/gtest.h>

#include "values.h"

using namespace fmttest;
using namespace std::literals;

namespace {

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#define PTR_TYPE(var, elemType, nm)                                                                            \
  const go::Type var{.self = &var, .kind = go::Kind::Pointer, .flags = go::kPointerShaped, .size = 8, .name = nm, \
                     .equal = go::equalOf<void *>, .elem = &elemType};
PTR_TYPE(ptrInt, go::intType, "*int")
PTR_TYPE(ptrString, go::stringType, "*string")
PTR_TYPE(ptrBool, go::boolType, "*bool")
PTR_TYPE(ptrFloat64, go::float64Type, "*float64")
PTR_TYPE(ptrFloat32, go::float32Type, "*float32")
PTR_TYPE(ptrComplex, go::complex128Type, "*complex128")
PTR_TYPE(ptrUint8, go::uint8Type, "*uint8")
PTR_TYPE(ptrInt8, go::int8Type, "*int8")
PTR_TYPE(ptrInt32, go::int32Type, "*int32")
PTR_TYPE(ptrBytes, bytesType, "*[]uint8")
#pragma GCC diagnostic pop

struct Case {
  const char *fn;
  std::string_view input, format;
  const char *types;
  std::string_view want;
};

struct Operand {
  const go::Type *ptr;
  void *storage;
};

std::vector<Operand> operands(std::string_view types) {
  std::vector<Operand> out;
  while (!types.empty()) {
    auto take = [&](std::string_view key) {
      if (types.substr(0, key.size()) != key)
        return false;
      types.remove_prefix(key.size());
      return true;
    };
    if (take("u8"))
      out.push_back({&ptrUint8, go::newObject<uint8_t>()});
    else if (take("i8"))
      out.push_back({&ptrInt8, go::newObject<int8_t>()});
    else if (take("by"))
      out.push_back({&ptrBytes, go::newObject<go::Slice<uint8_t>>()});
    else if (take("I3"))
      out.push_back({&ptrInt32, go::newObject<int32_t>()});
    else if (take("i"))
      out.push_back({&ptrInt, go::newObject<int64_t>()});
    else if (take("s"))
      out.push_back({&ptrString, go::newObject<go::String>()});
    else if (take("b"))
      out.push_back({&ptrBool, go::newObject<bool>()});
    else if (take("f"))
      out.push_back({&ptrFloat64, go::newObject<double>()});
    else if (take("F"))
      out.push_back({&ptrFloat32, go::newObject<float>()});
    else if (take("c"))
      out.push_back({&ptrComplex, go::newObject<go::complex128>()});
    else
      ADD_FAILURE() << "bad type list";
  }
  return out;
}

// The value a pointer operand points at, as an interface.
go::Iface deref(const Operand &o) {
  const go::Type *e = o.ptr->elem;
  if (e == &bytesType)
    return go::box(&bytesType, *static_cast<go::Slice<uint8_t> *>(o.storage));
  // Non-pointer-shaped: the data word points at the value.
  return go::Iface(go::anyItab(e), o.storage);
}

const Case kCases[] = {
#include "scan_cases.inc"
};

TEST(Scan, MatchesGo) {
  for (const Case &c : kCases) {
    std::vector<Operand> ops = operands(c.types);
    std::vector<go::Iface> ptrs, vals;
    for (auto &o : ops) {
      ptrs.push_back(go::Iface(go::anyItab(o.ptr), o.storage));
    }
    go::String input(c.input.data(), int64_t(c.input.size()));
    std::tuple<int64_t, go::Iface> r;
    std::string_view fn = c.fn;
    if (fn == "Sscan")
      r = pkg::fmt::Sscan(input, args(ptrs));
    else if (fn == "Sscanln")
      r = pkg::fmt::Sscanln(input, args(ptrs));
    else
      r = pkg::fmt::Sscanf(input, go::String(c.format.data(), int64_t(c.format.size())), args(ptrs));
    for (auto &o : ops)
      vals.push_back(deref(o));
    go::String shown = pkg::fmt::Sprint(args(vals));
    std::string got =
        str(pkg::fmt::Sprintf("%d|%v|%q", args({I(std::get<0>(r)), std::get<1>(r), S(shown)})));
    EXPECT_EQ(got, c.want) << c.fn << " input \"" << c.input << "\" format \"" << c.format << "\"";
  }
}

} // namespace
