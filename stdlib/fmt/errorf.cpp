// errorf.cpp — Errorf and the error types it returns.
//
// Invariants and why:
//  - Without %w the result is errors.New(text) (*errors.errorString); with one %w it is *fmt.wrapError
//    (Error, Unwrap() error); with several, *fmt.wrapErrors (Error,
//    Unwrap() []error, the operands in argument order without duplicates),
//    as Go 1.20 and later do.
//  - A %w operand that is not an error prints %!w(type=value) and wraps
//    nothing (Unwrap returns nil for it).
#include <algorithm>

#include "fmt/printer.h"
#include "errors/errors.h"

namespace pkg::fmt::detail {
namespace {

struct WrapError {
  go::String msg;
  go::Iface err;
};
struct WrapErrors {
  go::String msg;
  go::Slice<go::Iface> errs;
};

go::String wrapErrorError(void *e) { return static_cast<WrapError *>(e)->msg; }
go::Iface wrapErrorUnwrap(void *e) { return static_cast<WrapError *>(e)->err; }
go::String wrapErrorsError(void *e) { return static_cast<WrapErrors *>(e)->msg; }
go::Slice<go::Iface> wrapErrorsUnwrap(void *e) { return static_cast<WrapErrors *>(e)->errs; }

#pragma GCC diagnostic ignored "-Wmissing-field-initializers" // descriptors name what they need
using pkg::errors::detail::errorSliceType;

const go::Field kWrapErrorFields[] = {
    {"msg", &go::stringType, offsetof(WrapError, msg), false, false},
    {"err", &go::errorType, offsetof(WrapError, err), false, false},
};
bool wrapErrorEqual(const void *a, const void *b) {
  auto *x = static_cast<const WrapError *>(a), *y = static_cast<const WrapError *>(b);
  return x->msg == y->msg && x->err == y->err;
}
const go::Type wrapErrorType{.self = &wrapErrorType, .kind = go::Kind::Struct, .flags = go::kNamed,
                             .size = sizeof(WrapError), .name = "fmt.wrapError", .pkgPath = "fmt",
                             .equal = wrapErrorEqual, .fields = kWrapErrorFields, .numFields = 2};
const go::Method kPtrWrapErrorMethods[] = {
    {"Error", &go::funcStringType, reinterpret_cast<void *>(&wrapErrorError)},
    {"Unwrap", &pkg::errors::detail::funcError, reinterpret_cast<void *>(&wrapErrorUnwrap)},
};
const go::Type ptrWrapErrorType{.self = &ptrWrapErrorType, .kind = go::Kind::Pointer, .flags = go::kPointerShaped,
                                .size = 8, .name = "*fmt.wrapError", .equal = go::equalOf<void *>,
                                .elem = &wrapErrorType, .methods = kPtrWrapErrorMethods, .numMethods = 2};
const go::Itab kWrapErrorItab{&ptrWrapErrorType, {reinterpret_cast<void *>(&wrapErrorError)}};

const go::Field kWrapErrorsFields[] = {
    {"msg", &go::stringType, offsetof(WrapErrors, msg), false, false},
    {"errs", &errorSliceType, offsetof(WrapErrors, errs), false, false},
};
const go::Type wrapErrorsType{.self = &wrapErrorsType, .kind = go::Kind::Struct, .flags = go::kNamed,
                              .size = sizeof(WrapErrors), .name = "fmt.wrapErrors", .pkgPath = "fmt",
                              .fields = kWrapErrorsFields, .numFields = 2};
const go::Method kPtrWrapErrorsMethods[] = {
    {"Error", &go::funcStringType, reinterpret_cast<void *>(&wrapErrorsError)},
    {"Unwrap", &pkg::errors::detail::funcErrorSlice, reinterpret_cast<void *>(&wrapErrorsUnwrap)},
};
const go::Type ptrWrapErrorsType{.self = &ptrWrapErrorsType, .kind = go::Kind::Pointer,
                                 .flags = go::kPointerShaped, .size = 8, .name = "*fmt.wrapErrors",
                                 .equal = go::equalOf<void *>, .elem = &wrapErrorsType,
                                 .methods = kPtrWrapErrorsMethods, .numMethods = 2};
const go::Itab kWrapErrorsItab{&ptrWrapErrorsType, {reinterpret_cast<void *>(&wrapErrorsError)}};

// x.(error), or nil when x does not implement error.
go::Iface asError(go::Iface x) {
  if (x.isNil() || !stringMethod(x.type(), "Error"))
    return go::Iface();
  const go::Itab *tab = go::findItab(x.type(), &go::errorType);
  return tab ? go::Iface(tab, x.data) : go::Iface();
}

} // namespace
} // namespace pkg::fmt::detail

namespace pkg::fmt {

go::Iface Errorf(go::String format, go::Slice<go::Iface> a) {
  detail::Printer p;
  p.wrapErrs = true;
  p.doPrintf(format.view(), a);
  go::String s = detail::toGo(p.buf);
  std::vector<int64_t> &w = p.wrappedErrs;
  if (w.empty())
    return pkg::errors::New(s);
  if (w.size() == 1) {
    auto *e = go::newObject<detail::WrapError>();
    e->msg = s;
    e->err = detail::asError(a.p[w[0]]);
    return go::Iface(&detail::kWrapErrorItab, e);
  }
  if (p.reordered)
    std::sort(w.begin(), w.end());
  go::Slice<go::Iface> errs;
  for (size_t i = 0; i < w.size(); i++) {
    if (i > 0 && w[i - 1] == w[i])
      continue;
    go::Iface e = detail::asError(a.p[w[i]]);
    if (!e.isNil())
      errs = go::append(errs, e);
  }
  auto *e = go::newObject<detail::WrapErrors>();
  e->msg = s;
  e->errs = errs;
  return go::Iface(&detail::kWrapErrorsItab, e);
}

} // namespace pkg::fmt
