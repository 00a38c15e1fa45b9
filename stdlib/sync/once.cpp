// once.cpp — sync.Once (Go's sync/once.go design).
//
// Invariants and why:
//  - done becomes 1 only after f has returned or panicked, with a
//    release store; Do's fast path loads it with acquire, so whatever f
//    did is visible to every caller that skips it.
//  - The slow path serialises callers on m: the first runs f, the others
//    wait for it (on the mutex, so a deadlock report names sync.Mutex.Lock
//    as Go's does) and then see done.
//  - A panicking f still marks the Once done and unlocks m (C++ unwinding
//    runs the guards' destructors, in Go's defer order: done, then unlock),
//    so later calls do not call f again.
#include "sync/sync.h"

namespace pkg::sync {

namespace {

struct UnlockOnExit {
  Mutex *m;
  ~UnlockOnExit() { Mutex_Unlock(m); }
};
struct DoneOnExit {
  uint32_t *done;
  ~DoneOnExit() { __atomic_store_n(done, 1, __ATOMIC_RELEASE); }
};

} // namespace

void Once_doSlow(Once *o, go::Func<void()> f, go::sched::SourcePos pos) {
  Mutex_Lock(&o->m, pos);
  UnlockOnExit unlock{&o->m};
  if (__atomic_load_n(&o->done, __ATOMIC_RELAXED) == 0) {
    DoneOnExit done{&o->done};
    f();
  }
}

} // namespace pkg::sync
