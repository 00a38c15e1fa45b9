// errors.cpp — os's error variables and types: PathError, LinkError,
// SyscallError, and syscall.Errno with Go's texts and Is rules
// (errors.Is(ENOENT, ErrNotExist), EACCES/EPERM are ErrPermission, ...).
//
// Invariants: an Errno's text is the C library's strerror with its first
// letter lowered, which is Go's table for Linux ("no such file or
// directory"); the Is* functions look through one *PathError,
// *LinkError or *SyscallError, as Go's underlyingError does.
#include "os/os.h"

#include <cerrno>
#include <cstring>

namespace pkg::os {

go::Iface ErrInvalid = errors::New("invalid argument");
go::Iface ErrPermission = errors::New("permission denied");
go::Iface ErrExist = errors::New("file already exists");
go::Iface ErrNotExist = errors::New("file does not exist");
go::Iface ErrClosed = errors::New("file already closed");
go::Iface ErrNoDeadline = errors::New("file type does not support deadline");
go::Iface ErrDeadlineExceeded = errors::New("i/o timeout");

namespace detail {
go::String Errno_Error(void *e) {
  uintptr_t n = *static_cast<uintptr_t *>(e);
  char buf[256];
  const char *s = n < 4096 ? strerror_r(int(n), buf, sizeof buf) : nullptr;
  if (!s || std::strncmp(s, "Unknown error", 13) == 0) {
    std::snprintf(buf, sizeof buf, "errno %lu", static_cast<unsigned long>(n));
    return go::makeString(std::string_view(buf));
  }
  go::String r = go::makeString(std::string_view(s));
  if (r.n > 0 && r.p[0] >= 'A' && r.p[0] <= 'Z' && !(r.n > 1 && r.p[1] >= 'A' && r.p[1] <= 'Z'))
    const_cast<uint8_t *>(r.p)[0] = uint8_t(r.p[0] + 'a' - 'A');
  return r;
}
bool Errno_Is(void *e, go::Iface target) {
  uintptr_t n = *static_cast<uintptr_t *>(e);
  if (target == ErrPermission)
    return n == EACCES || n == EPERM;
  if (target == ErrExist)
    return n == EEXIST || n == ENOTEMPTY;
  if (target == ErrNotExist)
    return n == ENOENT;
  if (target == errors::ErrUnsupported)
    return n == ENOSYS || n == ENOTSUP || n == EOPNOTSUPP;
  return false;
}
bool Errno_Timeout(void *e) {
  uintptr_t n = *static_cast<uintptr_t *>(e);
  return n == EAGAIN || n == EWOULDBLOCK || n == ETIMEDOUT;
}
bool Errno_Temporary(void *e) {
  uintptr_t n = *static_cast<uintptr_t *>(e);
  return n == EINTR || n == EMFILE || n == ENFILE || Errno_Timeout(e);
}
go::Iface errnoErr(int e) { return go::Iface(&ErrnoErrorItab, go::newObject<uintptr_t>(uintptr_t(e))); }

go::String PathError_Error_(void *e) { return PathError_Error(static_cast<PathError *>(e)); }
bool PathError_Timeout_(void *e) { return PathError_Timeout(static_cast<PathError *>(e)); }
go::Iface PathError_Unwrap_(void *e) { return PathError_Unwrap(static_cast<PathError *>(e)); }
go::String LinkError_Error_(void *e) { return LinkError_Error(static_cast<LinkError *>(e)); }
go::Iface LinkError_Unwrap_(void *e) { return LinkError_Unwrap(static_cast<LinkError *>(e)); }
go::String SyscallError_Error_(void *e) { return SyscallError_Error(static_cast<SyscallError *>(e)); }
bool SyscallError_Timeout_(void *e) { return SyscallError_Timeout(static_cast<SyscallError *>(e)); }
go::Iface SyscallError_Unwrap_(void *e) { return SyscallError_Unwrap(static_cast<SyscallError *>(e)); }

go::Iface pathErr(go::String op, go::String path, go::Iface err) {
  return go::Iface(&PathErrorErrorItab, go::newObject<PathError>(PathError{op, path, err}));
}
} // namespace detail

namespace {
// err.Timeout() when err's dynamic type has such a method.
bool hasTimeout(go::Iface err) {
  const go::Method *m = errors::detail::method(err.type(), "Timeout");
  return m && reinterpret_cast<bool (*)(void *)>(m->fn)(err.data);
}
go::Iface underlyingError(go::Iface err) {
  const go::Type *t = err.type();
  if (t == &detail::PathErrorPtrType)
    return static_cast<PathError *>(err.data)->Err;
  if (t == &detail::LinkErrorPtrType)
    return static_cast<LinkError *>(err.data)->Err;
  if (t == &detail::SyscallErrorPtrType)
    return static_cast<SyscallError *>(err.data)->Err;
  return err;
}
bool underlyingErrorIs(go::Iface err, go::Iface target) {
  err = underlyingError(err);
  if (err == target)
    return true;
  return err.type() == &detail::ErrnoType && detail::Errno_Is(err.data, target);
}
} // namespace

go::String PathError_Error(PathError *e) {
  go::nilcheck(e);
  return go::concat({e->Op, " ", e->Path, ": ", errors::detail::callError(e->Err)});
}
bool PathError_Timeout(PathError *e) { return hasTimeout(go::deref(e).Err); }
go::Iface PathError_Unwrap(PathError *e) { return go::deref(e).Err; }

go::String LinkError_Error(LinkError *e) {
  go::nilcheck(e);
  return go::concat({e->Op, " ", e->Old, " ", e->New, ": ", errors::detail::callError(e->Err)});
}
go::Iface LinkError_Unwrap(LinkError *e) { return go::deref(e).Err; }

go::String SyscallError_Error(SyscallError *e) {
  go::nilcheck(e);
  return go::concat({e->Syscall, ": ", errors::detail::callError(e->Err)});
}
bool SyscallError_Timeout(SyscallError *e) { return hasTimeout(go::deref(e).Err); }
go::Iface SyscallError_Unwrap(SyscallError *e) { return go::deref(e).Err; }

go::Iface NewSyscallError(go::String syscall, go::Iface err) {
  if (err.isNil())
    return go::Iface();
  return go::Iface(&detail::SyscallErrorErrorItab, go::newObject<SyscallError>(SyscallError{syscall, err}));
}

bool IsExist(go::Iface err) { return underlyingErrorIs(err, ErrExist); }
bool IsNotExist(go::Iface err) { return underlyingErrorIs(err, ErrNotExist); }
bool IsPermission(go::Iface err) { return underlyingErrorIs(err, ErrPermission); }
bool IsTimeout(go::Iface err) { return hasTimeout(underlyingError(err)); }

} // namespace pkg::os
