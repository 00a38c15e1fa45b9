// sema.h — the runtime's semaphores and notify lists, what package sync
// builds on (Go's runtime/sema.go). runtime/src/sync/ implements them.
//
//  - semacquire(addr) waits until *addr > 0 and decrements it;
//    semrelease(addr) increments it and wakes one waiter on addr. Waiters
//    are kept per address in a hashed table (Go's semaTable), so any
//    uint32 word can be a semaphore and its zero value needs no set-up.
//    lifo puts the waiter at the head of addr's queue (a Mutex waiter
//    that was woken and lost the race goes back first); handoff gives the
//    count directly to the woken waiter and yields to it (Mutex's
//    starvation mode), so no newcomer can take it in between.
//  - A notify list is Cond's ticket queue (Go's notifyList): Wait takes a
//    ticket (notifyListAdd) before unlocking the Cond's lock and then
//    sleeps on it (notifyListWait); Signal wakes the oldest ticket not yet
//    woken and Broadcast all of them. A ticket notified before its holder
//    sleeps is not lost: the sleep returns at once.
//  - Blocking parks the goroutine (go::sched::park) with `why` and the
//    caller's position, so the deadlock report shows where it waits.
//  - lock/unlock: a small futex lock on a 32-bit word (0 = unlocked), the
//    shape of Go's runtime.lock, for critical sections of a few
//    instructions that never park (sync.Map, sync.Pool's shared caches).
//  - canSpin/doSpin: sync.Mutex's active spinning (Go's sync_runtime_canSpin):
//    only on a multi-core machine with more than one P, when some other P
//    is running (the owner may be) and ours has nothing else queued.
#pragma once

#include <cstdint>

#include "gopp/sched.h"

namespace go::sema {

void semacquire(uint32_t *addr, bool lifo, sched::WaitReason why, sched::SourcePos pos);
void semrelease(uint32_t *addr, bool handoff);

// The layout of sync.notifyList (stdlib/sync/sync.go); zero is empty.
struct NotifyList {
  uint32_t wait;   // the next ticket to hand out (atomic)
  uint32_t notify; // the next ticket to wake (written under lock, read atomically)
  uint32_t lock;   // protects head/tail and notify's updates
  uintptr_t head;  // waiters (on their goroutines' stacks), in arrival order
  uintptr_t tail;
  // sync.Cond is comparable: == compares these words, as Go's struct ==.
  friend bool operator==(const NotifyList &a, const NotifyList &b) {
    return a.wait == b.wait && a.notify == b.notify && a.lock == b.lock && a.head == b.head && a.tail == b.tail;
  }
};

uint32_t notifyListAdd(NotifyList *l);
void notifyListWait(NotifyList *l, uint32_t ticket, sched::WaitReason why, sched::SourcePos pos);
void notifyListNotifyOne(NotifyList *l);
void notifyListNotifyAll(NotifyList *l);

void lock(uint32_t *word);
void unlock(uint32_t *word);
// RAII for lock/unlock (a panic in between still unlocks).
struct LockGuard {
  uint32_t *w;
  explicit LockGuard(uint32_t *w) : w(w) { lock(w); }
  ~LockGuard() { unlock(w); }
  LockGuard(const LockGuard &) = delete;
  LockGuard &operator=(const LockGuard &) = delete;
};

bool canSpin(int iter);
void doSpin();

} // namespace go::sema
