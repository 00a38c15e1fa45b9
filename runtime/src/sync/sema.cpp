// sema.cpp — semacquire/semrelease on any uint32 word (Go's runtime/sema.go).
//
// Data structures: a fixed table of 251 roots (Go's semTabSize), each
// padded to its own cache line. A root has a lock, a count of waiters
// (nwait) and one doubly linked list of Waiters for every address that
// hashes to it, in queue order. A Waiter lives on the stack of the
// goroutine it stands for: the goroutine is parked while it is listed,
// so the record outlives its time in the list, and nothing is allocated.
//
// Invariants and why:
//  - A Waiter is in its root's list exactly while its goroutine is parked
//    (or about to be: it is queued under the root lock, and the park's
//    commit releases that lock only once the goroutine is fully saved).
//    Whoever unlinks it, under the lock, is the only one to ready it, and
//    reads w->g before ready(): after ready the stack may be gone.
//  - No lost wake-up: semrelease increments *addr before reading nwait
//    (both seq_cst) and a waiter increments nwait before its last
//    try-decrement of *addr; so either the waiter sees the count, or the
//    releaser sees the waiter and takes the lock, under which the waiter
//    is already queued.
//  - FIFO per address, except lifo (to the front of that address's
//    waiters): the order among waiters of one address is the list order.
//  - handoff: the releaser decrements *addr itself on the woken waiter's
//    behalf (ticket) before ready(), and yields, so the waiter runs next
//    and owns the count: nobody can barge in (starving Mutex).
#include "gopp/sema.h"
#include "gopp/lock.h"
#include "gopp/race.h"
#include "../sched/g.h"

namespace go::sema {

namespace {

struct Waiter {
  sched::G *g;
  uint32_t *addr;
  Waiter *next;
  Waiter *prev;
  bool ticket; // the releaser handed the count over
};

struct alignas(64) Root {
  uint32_t lock;
  uint32_t nwait; // atomic
  Waiter *head;
  Waiter *tail;
};

constexpr uintptr_t kTableSize = 251;
Root table[kTableSize];

Root *rootFor(uint32_t *addr) { return &table[(uintptr_t(addr) >> 3) % kTableSize]; }

bool canAcquire(uint32_t *addr) {
  uint32_t v = __atomic_load_n(addr, __ATOMIC_SEQ_CST);
  while (v != 0)
    if (__atomic_compare_exchange_n(addr, &v, v - 1, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
      return true;
  return false;
}

void enqueue(Root *r, Waiter *w, bool lifo) {
  if (lifo) {
    // Before the first waiter of the same address (or at the end).
    Waiter *at = r->head;
    while (at && at->addr != w->addr)
      at = at->next;
    if (at) {
      w->next = at;
      w->prev = at->prev;
      if (at->prev)
        at->prev->next = w;
      else
        r->head = w;
      at->prev = w;
      return;
    }
  }
  w->next = nullptr;
  w->prev = r->tail;
  if (r->tail)
    r->tail->next = w;
  else
    r->head = w;
  r->tail = w;
}

Waiter *dequeue(Root *r, uint32_t *addr) {
  Waiter *w = r->head;
  while (w && w->addr != addr)
    w = w->next;
  if (!w)
    return nullptr;
  if (w->prev)
    w->prev->next = w->next;
  else
    r->head = w->next;
  if (w->next)
    w->next->prev = w->prev;
  else
    r->tail = w->prev;
  w->next = w->prev = nullptr;
  return w;
}

bool unlockRoot(sched::G *, void *arg) {
  unlockWord(&static_cast<Root *>(arg)->lock);
  return true;
}

void semacquireWait(uint32_t *addr, bool lifo, sched::WaitReason why, sched::SourcePos pos) {
  if (canAcquire(addr))
    return;
  Root *r = rootFor(addr);
  Waiter w{sched::current(), addr, nullptr, nullptr, false};
  for (;;) {
    lockWord(&r->lock);
    __atomic_add_fetch(&r->nwait, 1, __ATOMIC_SEQ_CST);
    if (canAcquire(addr)) {
      __atomic_sub_fetch(&r->nwait, 1, __ATOMIC_SEQ_CST);
      unlockWord(&r->lock);
      return;
    }
    enqueue(r, &w, lifo);
    sched::park(unlockRoot, r, why, pos);
    if (w.ticket || canAcquire(addr))
      return; // else: woken, but a running goroutine took the count first
  }
}

} // namespace

// Race builds: a release happens before the acquire it lets through
// (Go's sync package annotates its semaphores the same way).
void semacquire(uint32_t *addr, bool lifo, sched::WaitReason why, sched::SourcePos pos) {
  semacquireWait(addr, lifo, why, pos);
  race::acquire(addr);
}

void semrelease(uint32_t *addr, bool handoff) {
  race::release(addr);
  Root *r = rootFor(addr);
  __atomic_add_fetch(addr, 1, __ATOMIC_SEQ_CST);
  if (__atomic_load_n(&r->nwait, __ATOMIC_SEQ_CST) == 0)
    return;
  lockWord(&r->lock);
  if (__atomic_load_n(&r->nwait, __ATOMIC_RELAXED) == 0) {
    unlockWord(&r->lock);
    return;
  }
  Waiter *w = dequeue(r, addr);
  if (w)
    __atomic_sub_fetch(&r->nwait, 1, __ATOMIC_SEQ_CST);
  unlockWord(&r->lock);
  if (!w)
    return;
  bool handed = handoff && canAcquire(addr);
  w->ticket = handed;
  sched::G *g = w->g;
  sched::ready(g); // w is not touched again: it lives on g's stack
  if (handed)
    sched::gosched(); // let the new owner run now (Go's goyield)
}

} // namespace go::sema
