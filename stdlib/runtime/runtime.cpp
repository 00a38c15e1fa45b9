// runtime.cpp — the parts of package runtime that are not inline.
#include "runtime/runtime.h"

#include <cstdlib>

namespace pkg::runtime {

int64_t MemProfileRate = 512 * 1024;

go::String Version() { return go::String("go1.22"); }

// GOROOT: $GOROOT, as Go reports it when set (gopp has no toolchain root
// of its own to fall back on).
go::String GOROOT() {
  const char *r = std::getenv("GOROOT");
  return r ? go::makeString(r, int64_t(std::strlen(r))) : go::String();
}

go::String TypeAssertionError_Error(TypeAssertionError *e) {
  if (!e)
    go::panicNilDeref();
  return go::detail::typeAssertionErrorError(e);
}

} // namespace pkg::runtime
