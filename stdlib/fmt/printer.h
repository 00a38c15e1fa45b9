// printer.h — fmt's internal printer (Go's pp and fmt types), shared by
// format.cpp (padding and the formatting of one basic value), print.cpp
// (operands, methods, Printf's format parsing), value.cpp (composite
// values through descriptors), mapsort.cpp and state.cpp.
//
// Invariants and why:
//  - A Value is a descriptor and a pointer to the value's storage, never a
//    copy: for an operand in an interface, the storage is the interface's
//    data word itself when the type is pointer-shaped (so &iface.data),
//    otherwise the boxed copy it points to. Struct fields, array and slice
//    elements and map entries are then reached by offset, as reflect does.
//  - Value::ro marks values reached through unexported struct fields: as
//    reflect's CanInterface is false for them, their String/Error/Format
//    methods are not called.
//  - Printer::arg is Go's p.arg (the operand as an interface, maybe nil)
//    and Printer::value Go's p.value; both only describe the operand being
//    printed now, for badVerb. Operands live in callers' frames, so
//    re-entrant printing (badVerb, panics in String) never invalidates
//    them.
//  - buf accumulates the output; nothing is written anywhere until the
//    API function that owns the Printer is done.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "fmt/fmt.h"

namespace pkg::fmt::detail {

struct Flags {
  bool widPresent = false, precPresent = false;
  bool minus = false, plus = false, sharp = false, space = false, zero = false;
  bool plusV = false, sharpV = false; // %+v and %#v
  int64_t wid = 0, prec = 0;
};

struct Value {
  const go::Type *t = nullptr;
  const void *p = nullptr;
  bool ro = false;
  bool valid() const { return t != nullptr; }
  // The interface data word for this value (iface.h).
  void *dataWord() const {
    return t->pointerShaped() ? *static_cast<void *const *>(p) : const_cast<void *>(p);
  }
};

// The value in an interface (storage is the interface's own data word when
// pointer-shaped).
inline Value valueOf(const go::Iface &x) {
  if (x.isNil())
    return Value();
  const go::Type *t = x.type();
  return Value{t, t->pointerShaped() ? static_cast<const void *>(&x.data) : x.data, false};
}

// Reading scalars out of storage.
int64_t intAt(const go::Type *t, const void *p);
uint64_t uintAt(const go::Type *t, const void *p);
bool isIntKind(go::Kind k);
bool isUintKind(go::Kind k);
// The method `name` of t, when it has the signature func() string.
const go::Method *stringMethod(const go::Type *t, std::string_view name);
// The method Format(fmt.State, rune) of t.
const go::Method *formatMethod(const go::Type *t);

class Printer {
public:
  std::string buf;
  Flags f;
  go::Iface arg;
  Value value;
  bool reordered = false, goodArgNum = true, panicking = false, erroring = false;
  bool wrapErrs = false;
  std::vector<int64_t> wrappedErrs;

  // --- format.cpp: Go's fmt type.
  void clearflags() { f = Flags(); }
  void writePadding(int64_t n);
  void pad(std::string_view b);
  void fmtBoolean(bool v);
  void fmtUnicode(uint64_t u);
  void fmtIntegerBase(uint64_t u, int base, bool isSigned, int32_t verb, bool upper);
  void fmtS(std::string_view s);
  void fmtSbx(std::string_view s, bool upper);
  void fmtQ(std::string_view s);
  void fmtC(uint64_t c);
  void fmtQc(uint64_t c);
  void fmtFloatPrec(double v, int size, int32_t verb, int64_t prec);
  void writeRune(int32_t r);

  // --- print.cpp: Go's pp type.
  void printArg(go::Iface arg, int32_t verb);
  bool handleMethods(int32_t verb);
  void badVerb(int32_t verb);
  void fmtBool(bool v, int32_t verb);
  void fmt0x64(uint64_t v, bool leading0x);
  void fmtInteger(uint64_t v, bool isSigned, int32_t verb);
  void fmtFloat(double v, int size, int32_t verb);
  void fmtComplex(go::complex128 v, int size, int32_t verb);
  void fmtString(std::string_view v, int32_t verb);
  void fmtBytes(std::string_view v, bool isNil, int32_t verb, std::string_view typeString, Value self);
  void doPrint(go::Slice<go::Iface> a);
  void doPrintln(go::Slice<go::Iface> a);
  void doPrintf(std::string_view format, go::Slice<go::Iface> a);

  // --- value.cpp: composite values.
  void printValue(Value v, int32_t verb, int depth);
  void fmtPointer(Value v, int32_t verb);

  // Go's truncate: at most f.prec runes of s, when a precision is set.
  std::string_view truncate(std::string_view s) const;

private:
  void catchPanic(const go::Iface &arg, int32_t verb, const char *method, go::Iface panicValue);
  bool argNumber(int64_t &argNum, std::string_view format, size_t &i, int64_t numArgs);
};

// Key order of a map's entries, as internal/fmtsort sorts them.
std::vector<int64_t> sortedMapEntries(const go::MapBase *m, const go::Type *keyType);

// The fmt.State interface value for p (dynamic type *fmt.pp).
go::Iface stateOf(Printer *p);

// The bytes of s (Go's string(buf)).
go::String toGo(std::string_view s);

} // namespace pkg::fmt::detail
