// lock.cpp — go::sema::lock/unlock, the runtime's futex lock (gopp/lock.h)
// on a caller-owned 32-bit word (zero = unlocked), so that zero-valued Go
// structs (sync.Map, sync.Pool's caches, the semaphore table) need no
// constructor; and sync.Mutex's spinning predicate.
//
// Invariants and why:
//  - Holders never park and hold it for a few instructions (or one
//    allocation); gopp/lock.h says how contention spins, yields, sleeps.
//  - canSpin follows Go's sync_runtime_canSpin: spinning only pays when
//    the lock's owner is running on another core right now. That needs
//    more than one CPU, more than one P, and some other P running (not
//    idle, not spinning in the scheduler). Go also refuses while the
//    spinner's own P has goroutines queued; gopp does not: here such
//    queues are rarely empty under contention (batches taken from the
//    global queue land in them), so with that check contended Locks
//    parked almost every time, and the mutex benchmark spent ~20% of its
//    cycles in semacquire/semrelease (0.79 s against 0.45 s without it).
//    At most 4 x 30 pauses are lost before parking.
#include "gopp/lock.h"
#include "gopp/sema.h"
#include "gopp/race.h"
#include "../sched/g.h"

namespace go::sema {

// Race builds: the package sync critical sections these guard are ordered
// by the lock (the runtime's own tables use lockWord, unannotated).
void lock(uint32_t *w) {
  lockWord(w);
  race::acquire(w);
}
void unlock(uint32_t *w) {
  race::release(w);
  unlockWord(w);
}

bool canSpin(int iter) {
  using namespace go::sched;
  static const int64_t ncpu = numCPU();
  if (iter >= 4 || ncpu <= 1)
    return false;
  int32_t procs = sched::sched.gomaxprocs.load(std::memory_order_relaxed);
  if (procs <= sched::sched.npidle.load(std::memory_order_relaxed) +
                   sched::sched.nmspinning.load(std::memory_order_relaxed) + 1)
    return false;
  M *m = getM();
  return m && m->p;
}

void doSpin() {
  for (int i = 0; i < 30; i++)
    detail::cpuRelax();
}

} // namespace go::sema
