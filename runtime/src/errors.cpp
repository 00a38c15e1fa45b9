// errors.cpp — the run-time errors: the values Go's runtime panics with
// when a program goes wrong, and the functions emitted code calls to raise
// them.
//
// Invariants and why:
//  - Every value here is a runtime.Error (its type has Error and
//    RuntimeError methods), and its dynamic type is the one Go uses, with
//    Go's %T spelling, so `recover()` users see exactly Go's type and
//    text (checked against go1.19 with fmt.Printf("%T | %v", r, r)):
//        runtime.boundsError          index and slice bounds, conversions
//        runtime.errorString          "runtime error: " + msg (divide,
//                                     shift, nil dereference, makeslice,
//                                     unhashable, uncomparable, ...)
//        runtime.plainError           msg with no prefix ("assignment to
//                                     entry in nil map")
//        *runtime.TypeAssertionError  "interface conversion: ..."
//        *runtime.PanicNilError       panic(nil) (Go 1.21's rule, see
//                                     gopanic in panic.cpp)
//  - The Error text is computed when Error() is called, from the fields
//    Go's types keep (boundsError keeps x, y, signedness and the code), so
//    raising a bounds panic allocates only the small boxed value.
//  - Bounds messages follow runtime/error.go: a negative signed x uses the
//    short form without the length; an unsigned x prints unsigned. The
//    slice-to-array-pointer conversion uses go1.19's text ("to pointer to
//    array"); Go 1.20 says "to array or pointer to array".
//  - We never fault, so Go's "[signal SIGSEGV: ...]" line is never printed.
#include "internal.h"

namespace go {

namespace detail {
namespace {

// ------------------------------------------------------ boundsError

struct BoundsErrorValue {
  int64_t x;
  int64_t y;
  bool xSigned;
  Bounds code;
};

bool boundsEqual(const void *a, const void *b) {
  auto p = static_cast<const BoundsErrorValue *>(a), q = static_cast<const BoundsErrorValue *>(b);
  return p->x == q->x && p->y == q->y && p->xSigned == q->xSigned && p->code == q->code;
}

// Formats with %x and %y, as runtime/error.go's tables.
const char *const kBoundsFmt[] = {
    "index out of range [%x] with length %y",
    "slice bounds out of range [:%x] with length %y",
    "slice bounds out of range [:%x] with capacity %y",
    "slice bounds out of range [%x:%y]",
    "slice bounds out of range [::%x] with length %y",
    "slice bounds out of range [::%x] with capacity %y",
    "slice bounds out of range [:%x:%y]",
    "slice bounds out of range [%x:%y:]",
    "cannot convert slice with length %y to pointer to array with length %x",
};
// When x is signed and negative, y is not reported.
const char *const kBoundsNegFmt[] = {
    "index out of range [%x]",
    "slice bounds out of range [:%x]",
    "slice bounds out of range [:%x]",
    "slice bounds out of range [%x:]",
    "slice bounds out of range [::%x]",
    "slice bounds out of range [::%x]",
    "slice bounds out of range [:%x:]",
    "slice bounds out of range [%x::]",
    "cannot convert slice with length %y to pointer to array with length %x",
};

String boundsErrorError(void *data) {
  auto e = static_cast<const BoundsErrorValue *>(data);
  unsigned code = unsigned(e->code);
  if (code >= sizeof kBoundsFmt / sizeof kBoundsFmt[0])
    code = 0;
  const char *fmt = e->xSigned && e->x < 0 ? kBoundsNegFmt[code] : kBoundsFmt[code];
  char buf[192];
  size_t n = 0;
  static const char prefix[] = "runtime error: ";
  std::memcpy(buf, prefix, sizeof prefix - 1);
  n = sizeof prefix - 1;
  for (const char *c = fmt; *c; c++) {
    if (*c != '%') {
      buf[n++] = *c;
      continue;
    }
    c++;
    if (*c == 'x')
      n += size_t(formatInt(buf + n, e->x, e->xSigned));
    else
      n += size_t(formatInt(buf + n, e->y, true));
  }
  return makeString(buf, int64_t(n));
}

void runtimeErrorMethod(void *) {}

// The method tables below are initialised dynamically (a function pointer
// becomes Method::fn's void * only through reinterpret_cast, which is not
// a constant expression); they are read only once a panic happens, after
// static initialisation. The descriptors that point at them are constinit.

const Method kBoundsMethods[2] = {
    {GOPP_LIT("Error"), &funcStringType, reinterpret_cast<void *>(&boundsErrorError)},
    {GOPP_LIT("RuntimeError"), &funcVoidType, reinterpret_cast<void *>(&runtimeErrorMethod)},
};

// -------------------------------------------- errorString, plainError

String errorStringError(void *data) {
  return concat(GOPP_LIT("runtime error: "), *static_cast<const String *>(data));
}
String plainErrorError(void *data) { return *static_cast<const String *>(data); }

const Method kErrorStringMethods[2] = {
    {GOPP_LIT("Error"), &funcStringType, reinterpret_cast<void *>(&errorStringError)},
    {GOPP_LIT("RuntimeError"), &funcVoidType, reinterpret_cast<void *>(&runtimeErrorMethod)},
};
const Method kPlainErrorMethods[2] = {
    {GOPP_LIT("Error"), &funcStringType, reinterpret_cast<void *>(&plainErrorError)},
    {GOPP_LIT("RuntimeError"), &funcVoidType, reinterpret_cast<void *>(&runtimeErrorMethod)},
};

// ------------------------------------------------ TypeAssertionError

// Laid out as stdlib/runtime/runtime.h's runtime.TypeAssertionError.
struct TypeAssertionErrorValue {
  const Type *iface;    // the static type of x; null: "interface"
  const Type *concrete; // x's dynamic type; null: x was nil
  const Type *asserted;
  String missing; // the method the dynamic type lacks, or ""
};

} // namespace

// Exported: package runtime's (*TypeAssertionError).Error calls it.
String typeAssertionErrorError(void *data) {
  auto e = static_cast<const TypeAssertionErrorValue *>(data);
  String inter = e->iface ? e->iface->name : GOPP_LIT("interface");
  String as = e->asserted ? e->asserted->name : GOPP_LIT("<nil>");
  if (!e->concrete)
    return concat({GOPP_LIT("interface conversion: "), inter, GOPP_LIT(" is nil, not "), as});
  String cs = e->concrete->name;
  if (e->missing.n == 0) {
    String msg = concat({GOPP_LIT("interface conversion: "), inter, GOPP_LIT(" is "), cs, GOPP_LIT(", not "), as});
    if (cs == as) {
      // Two types spelt alike: say why they differ.
      bool samePkg = e->asserted && e->concrete->pkgPath == e->asserted->pkgPath;
      msg = concat(msg, samePkg ? GOPP_LIT(" (types from different scopes)")
                                : GOPP_LIT(" (types from different packages)"));
    }
    return msg;
  }
  return concat(
      {GOPP_LIT("interface conversion: "), cs, GOPP_LIT(" is not "), as, GOPP_LIT(": missing method "), e->missing});
}

namespace {

bool typeAssertionErrorEqual(const void *a, const void *b) {
  auto p = static_cast<const TypeAssertionErrorValue *>(a), q = static_cast<const TypeAssertionErrorValue *>(b);
  return p->iface == q->iface && p->concrete == q->concrete && p->asserted == q->asserted && p->missing == q->missing;
}

const Method kTypeAssertionMethods[2] = {
    {GOPP_LIT("Error"), &funcStringType, reinterpret_cast<void *>(&typeAssertionErrorError)},
    {GOPP_LIT("RuntimeError"), &funcVoidType, reinterpret_cast<void *>(&runtimeErrorMethod)},
};

// ----------------------------------------------------- PanicNilError

struct PanicNilErrorValue {
  uint8_t unused;
};
String panicNilErrorError(void *) { return GOPP_LIT("panic called with nil argument"); }
bool panicNilErrorEqual(const void *, const void *) { return true; }

const Method kPanicNilMethods[2] = {
    {GOPP_LIT("Error"), &funcStringType, reinterpret_cast<void *>(&panicNilErrorError)},
    {GOPP_LIT("RuntimeError"), &funcVoidType, reinterpret_cast<void *>(&runtimeErrorMethod)},
};

// A descriptor of one of runtime's private types.
constexpr Type privateType(const Type *self, Kind k, uint8_t flags, uint32_t size, String name,
                           bool (*equal)(const void *, const void *), const Type *elem, const Method *methods,
                           int64_t numMethods) {
  return Type{self,    k,      flags,      size,    name,    GOPP_LIT("runtime"), equal, elem, nullptr, 0, nullptr,
              0,       methods, numMethods, nullptr, 0,       nullptr,             0,     false};
}

} // namespace

// runtime.TypeAssertionError and runtime.PanicNilError are exported, so a
// program can name them (`r.(*runtime.TypeAssertionError)`): emitted code
// uses these descriptors (stdlib/runtime/runtime.h declares them), since
// type identity is descriptor identity.
extern const Type typeAssertionErrorType, typeAssertionErrorPtrType, panicNilErrorType, panicNilErrorPtrType;

constinit const Type boundsErrorType =
    privateType(&boundsErrorType, Kind::Struct, kNamed, sizeof(BoundsErrorValue), GOPP_LIT("runtime.boundsError"),
                &boundsEqual, nullptr, kBoundsMethods, 2);
constinit const Type errorStringType =
    privateType(&errorStringType, Kind::String, kNamed, sizeof(String), GOPP_LIT("runtime.errorString"),
                &equalOf<String>, nullptr, kErrorStringMethods, 2);
constinit const Type plainErrorType =
    privateType(&plainErrorType, Kind::String, kNamed, sizeof(String), GOPP_LIT("runtime.plainError"),
                &equalOf<String>, nullptr, kPlainErrorMethods, 2);
constinit const Type typeAssertionErrorType =
    privateType(&typeAssertionErrorType, Kind::Struct, kNamed, sizeof(TypeAssertionErrorValue),
                GOPP_LIT("runtime.TypeAssertionError"), &typeAssertionErrorEqual, nullptr, nullptr, 0);
constinit const Type typeAssertionErrorPtrType =
    privateType(&typeAssertionErrorPtrType, Kind::Pointer, kPointerShaped, sizeof(void *),
                GOPP_LIT("*runtime.TypeAssertionError"), &equalOf<void *>, &typeAssertionErrorType,
                kTypeAssertionMethods, 2);
constinit const Type panicNilErrorType =
    privateType(&panicNilErrorType, Kind::Struct, kNamed, sizeof(PanicNilErrorValue),
                GOPP_LIT("runtime.PanicNilError"), &panicNilErrorEqual, nullptr, nullptr, 0);
constinit const Type panicNilErrorPtrType =
    privateType(&panicNilErrorPtrType, Kind::Pointer, kPointerShaped, sizeof(void *),
                GOPP_LIT("*runtime.PanicNilError"), &equalOf<void *>, &panicNilErrorType, kPanicNilMethods, 2);

Iface makeErrorString(String msg) { return box(&errorStringType, msg); }
Iface makePlainError(String msg) { return box(&plainErrorType, msg); }
Iface makePanicNilError() { return Iface(anyItab(&panicNilErrorPtrType), newObject<PanicNilErrorValue>()); }

int formatInt(char *buf, int64_t v, bool isSigned) {
  int n = 0;
  uint64_t u = uint64_t(v);
  if (isSigned && v < 0) {
    buf[n++] = '-';
    u = uint64_t(0) - u;
  }
  char tmp[20];
  int k = 0;
  do {
    tmp[k++] = char('0' + u % 10);
    u /= 10;
  } while (u);
  while (k)
    buf[n++] = tmp[--k];
  return n;
}

} // namespace detail

// ------------------------------------------------------ the raisers

void panicBounds(Bounds code, int64_t x, bool xSigned, int64_t y) {
  auto v = newObject<detail::BoundsErrorValue>();
  *v = {x, y, xSigned, code};
  gopanic(Iface(anyItab(&detail::boundsErrorType), v));
}

void panicDivide() { panicRuntimeError(GOPP_LIT("integer divide by zero")); }
void panicShift() { panicRuntimeError(GOPP_LIT("negative shift amount")); }
void panicNilDeref() { panicRuntimeError(GOPP_LIT("invalid memory address or nil pointer dereference")); }
void panicNilMap() { gopanic(detail::makePlainError(GOPP_LIT("assignment to entry in nil map"))); }
void panicMakeLen() { panicRuntimeError(GOPP_LIT("makeslice: len out of range")); }
void panicMakeCap() { panicRuntimeError(GOPP_LIT("makeslice: cap out of range")); }
void panicUnhashable(const Type *t) {
  panicRuntimeError(concat(GOPP_LIT("hash of unhashable type "), t ? t->name : GOPP_LIT("<nil>")));
}
void panicUncomparable(const Type *t) {
  panicRuntimeError(concat(GOPP_LIT("comparing uncomparable type "), t ? t->name : GOPP_LIT("<nil>")));
}
// strings.Repeat (and bytes.Repeat) panic with a plain string, not a
// runtime error: panic("strings: negative Repeat count").
void panicNegativeRepeat() { gopanic(box(&stringType, String(GOPP_LIT("strings: negative Repeat count")))); }
void panicValueMethodNil(const char *pkg, const char *type, const char *method) {
  std::string msg = std::string("value method ") + pkg + "." + type + "." + method + " called using nil *" + type +
                    " pointer";
  gopanic(detail::makePlainError(makeString(msg)));
}
// A method call through a nil interface: Go faults on the nil itab and
// reports a nil dereference.
void panicNilMethodCall() { panicNilDeref(); }

void panicTypeAssert(const Type *have, const Type *want, const Type *iface, String missing) {
  auto v = newObject<detail::TypeAssertionErrorValue>();
  *v = {iface, have, want, missing};
  gopanic(Iface(anyItab(&detail::typeAssertionErrorPtrType), v));
}

} // namespace go
