// mutex.cpp — sync.Mutex: Go's two-mode mutex (sync/mutex.go's design).
//
// Invariants and why:
//  - state bit 0 (locked) is the lock; bit 1 (woken) says a woken waiter
//    is on its way, so Unlock need not wake another; bit 2 (starving)
//    is starvation mode; the bits above count waiters parked on sema.
//  - Normal mode: a woken waiter competes with newcomers (which are
//    running, so they usually win; that is what makes it fast). A waiter
//    that has waited longer than 1 ms switches the mutex to starvation
//    mode: Unlock then hands ownership directly to the first waiter
//    (semrelease with handoff), newcomers queue at the back without
//    trying, and the woken waiter owns the lock on waking (it adds locked
//    and removes itself in one step). The last waiter, or one that waited
//    under 1 ms, turns starvation mode off again.
//  - A woken waiter that loses in normal mode re-queues at the front
//    (lifo), so it is the next one woken.
//  - Spinning: a would-be owner spins a few times (go::sema::canSpin)
//    while the mutex is locked in normal mode, setting woken so that
//    Unlock does not wake a waiter the spinner would beat anyway.
//  - Unlock of an unlocked mutex is a fatal error, not a panic (Go's
//    throw): the state is corrupt and no deferred call may observe it.
#include "sync/sync.h"

#include "gopp/panic.h"

namespace pkg::sync {

namespace {

constexpr int32_t kLocked = 1, kWoken = 2, kStarving = 4, kWaiterShift = 3;
constexpr int64_t kStarvationNs = 1'000'000;

inline int32_t load(int32_t *p) { return __atomic_load_n(p, __ATOMIC_SEQ_CST); }
inline bool cas(int32_t *p, int32_t from, int32_t to) {
  return __atomic_compare_exchange_n(p, &from, to, false, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED);
}

} // namespace

bool Mutex_TryLock(Mutex *m) {
  int32_t old = load(&m->state);
  if (old & (kLocked | kStarving))
    return false;
  // A starving mutex belongs to its waiters; otherwise race for it once.
  return cas(&m->state, old, old | kLocked);
}

void Mutex_lockSlow(Mutex *m, go::sched::SourcePos pos) {
  int64_t waitStart = 0;
  bool starving = false, awoke = false;
  int iter = 0;
  int32_t old = load(&m->state);
  for (;;) {
    if ((old & (kLocked | kStarving)) == kLocked && go::sema::canSpin(iter)) {
      if (!awoke && !(old & kWoken) && (old >> kWaiterShift) != 0 && cas(&m->state, old, old | kWoken))
        awoke = true;
      go::sema::doSpin();
      iter++;
      old = load(&m->state);
      continue;
    }
    int32_t nw = old;
    if (!(old & kStarving))
      nw |= kLocked; // newcomers do not take a starving mutex
    if (old & (kLocked | kStarving))
      nw += 1 << kWaiterShift;
    if (starving && (old & kLocked))
      nw |= kStarving;
    if (awoke)
      nw &= ~kWoken; // we are the woken one: we clear it, waking or sleeping
    if (!cas(&m->state, old, nw)) {
      old = load(&m->state);
      continue;
    }
    if (!(old & (kLocked | kStarving)))
      return; // took it
    bool lifo = waitStart != 0;
    if (waitStart == 0)
      waitStart = go::sched::nanotime();
    go::sema::semacquire(&m->sema, lifo, go::sched::WaitReason::SyncMutexLock, pos);
    starving = starving || go::sched::nanotime() - waitStart > kStarvationNs;
    old = load(&m->state);
    if (old & kStarving) {
      // Handed to us: the state says unlocked, one waiter fewer.
      int32_t delta = kLocked - (1 << kWaiterShift);
      if (!starving || (old >> kWaiterShift) == 1)
        delta -= kStarving; // the last waiter, or a short wait: back to normal
      __atomic_add_fetch(&m->state, delta, __ATOMIC_SEQ_CST);
      return;
    }
    awoke = true;
    iter = 0;
  }
}

void Mutex_unlockSlow(Mutex *m, int32_t state) {
  if (!((state + kLocked) & kLocked))
    go::fatal(go::String("sync: unlock of unlocked mutex"));
  if (state & kStarving) {
    go::sema::semrelease(&m->sema, true); // hand over to the first waiter
    return;
  }
  int32_t old = state;
  for (;;) {
    // No waiters, or someone already locked, woke or starved it: done.
    if ((old >> kWaiterShift) == 0 || (old & (kLocked | kWoken | kStarving)))
      return;
    if (cas(&m->state, old, (old - (1 << kWaiterShift)) | kWoken)) {
      go::sema::semrelease(&m->sema, false);
      return;
    }
    old = load(&m->state);
  }
}

} // namespace pkg::sync
