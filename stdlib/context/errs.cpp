// errs.cpp — context.Canceled and context.DeadlineExceeded.
//
// Canceled is errors.New("context canceled"), a *errors.errorString as in
// Go. DeadlineExceeded is a value of the unexported struct{} type
// deadlineExceededError with Error, Timeout and Temporary methods (so
// os.IsTimeout and net-style checks see a timeout), comparable: every
// boxed deadlineExceededError{} equals DeadlineExceeded, as in Go.
#include "context/context.h"

namespace pkg::context {

namespace detail {
namespace {

go::String deadlineError(void *) { return "context deadline exceeded"; }
bool deadlineTrue(void *) { return true; }
bool alwaysEqual(const void *, const void *) { return true; }

const go::Method deadlineMethods[] = {
    {"Error", &go::funcStringType, reinterpret_cast<void *>(&deadlineError)},
    {"Temporary", &errors::detail::funcBool, reinterpret_cast<void *>(&deadlineTrue)},
    {"Timeout", &errors::detail::funcBool, reinterpret_cast<void *>(&deadlineTrue)}};
const go::Type deadlineExceededType = {.self = &deadlineExceededType, .kind = go::Kind::Struct,
                                       .flags = go::kNamed, .size = 0, .name = "context.deadlineExceededError",
                                       .pkgPath = "context", .equal = alwaysEqual, .methods = deadlineMethods,
                                       .numMethods = 3};
const go::Itab deadlineErrorItab = {&deadlineExceededType, {reinterpret_cast<void *>(&deadlineError)}};
Empty deadlineWord;

} // namespace
} // namespace detail

go::Iface Canceled = errors::New("context canceled");
go::Iface DeadlineExceeded = go::Iface(&detail::deadlineErrorItab, &detail::deadlineWord);

} // namespace pkg::context
