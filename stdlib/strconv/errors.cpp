// errors.cpp — strconv's error values: ErrRange, ErrSyntax and *NumError.
//
// Invariants and why:
//  - ErrRange and ErrSyntax are set before any code runs (constant
//    initialisation of a static errorString each), so package
//    initialisation order cannot observe them nil.
//  - Their dynamic type is package errors' *errors.errorString, as
//    errors.New makes (errors/errors.h shares its descriptor and itab).
//  - NumError.Error() is Go's "strconv." + Func + ": parsing " +
//    Quote(Num) + ": " + Err.Error().
#include "strconv/strconv.h"

namespace pkg::strconv {
namespace detail {
namespace {

pkg::errors::detail::errorString errRange{"value out of range"};
pkg::errors::detail::errorString errSyntax{"invalid syntax"};

} // namespace

go::String numErrorError(void *e) { return NumError_Error(static_cast<NumError *>(e)); }
go::Iface numErrorUnwrap(void *e) { return NumError_Unwrap(static_cast<NumError *>(e)); }
bool numErrorEqual(const void *a, const void *b) {
  auto *x = static_cast<const NumError *>(a), *y = static_cast<const NumError *>(b);
  return x->Func == y->Func && x->Num == y->Num && x->Err == y->Err;
}

go::Iface numError(std::string_view fn, go::String str, go::Iface err) {
  NumError *e = go::newObject<NumError>();
  e->Func = go::String(fn.data(), int64_t(fn.size())); // static storage
  e->Num = toGo(str.view());
  e->Err = err;
  return go::Iface(&ptrNumErrorErrorItab, e);
}

} // namespace detail

go::Iface ErrRange(&pkg::errors::detail::errorStringErrorItab, &detail::errRange);
go::Iface ErrSyntax(&pkg::errors::detail::errorStringErrorItab, &detail::errSyntax);

go::String NumError_Error(NumError *e) {
  go::nilcheck(e);
  std::string out = "strconv.";
  out += e->Func.view();
  out += ": parsing ";
  detail::appendQuoted(out, e->Num.view(), '"', false, false);
  out += ": ";
  out += detail::errorText(e->Err).view();
  return detail::toGo(out);
}

go::Iface NumError_Unwrap(NumError *e) { return go::nilcheck(e)->Err; }

} // namespace pkg::strconv
