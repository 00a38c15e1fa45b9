// notifylist.cpp — sync.Cond's ticket-based wait list (Go's notifyList in
// runtime/sema.go). The list's layout is sync.notifyList (gopp/sema.h).
//
// Invariants and why:
//  - wait is the next ticket to hand out: notifyListAdd takes one with an
//    atomic increment, while the Cond's lock is still held, so tickets
//    order the waiters as they decided to wait. notify is the next ticket
//    to wake; it only grows, under l->lock (and is read atomically
//    outside it). A ticket t has been notified iff t < notify (compared
//    modulo 2^32, as Go does).
//  - A waiter sleeps only if, under l->lock, its ticket is not yet
//    notified; it is then queued under that lock and its park's commit
//    releases it. A notifier advances notify under the same lock, so a
//    ticket notified between Add and Wait makes Wait return at once: no
//    lost signal.
//  - Signal wakes exactly the ticket it advances past; if that waiter has
//    not queued itself yet, it will see the ticket notified and not sleep.
//    Broadcast advances notify to wait and wakes the whole list.
//  - Waiter records live on their goroutines' stacks (parked while
//    listed); the notifier reads next and g before ready().
#include "gopp/sema.h"
#include "gopp/lock.h"
#include "../sched/g.h"

namespace go::sema {

namespace {

struct Waiter {
  sched::G *g;
  uint32_t ticket;
  Waiter *next;
};

// t < n, modulo wrap-around.
inline bool before(uint32_t t, uint32_t n) { return int32_t(t - n) < 0; }

bool unlockList(sched::G *, void *arg) {
  unlockWord(&static_cast<NotifyList *>(arg)->lock);
  return true;
}

} // namespace

uint32_t notifyListAdd(NotifyList *l) { return __atomic_fetch_add(&l->wait, 1, __ATOMIC_SEQ_CST); }

void notifyListWait(NotifyList *l, uint32_t ticket, sched::WaitReason why, sched::SourcePos pos) {
  lockWord(&l->lock);
  if (before(ticket, __atomic_load_n(&l->notify, __ATOMIC_RELAXED))) {
    unlockWord(&l->lock);
    return;
  }
  Waiter w{sched::current(), ticket, nullptr};
  if (l->tail)
    reinterpret_cast<Waiter *>(l->tail)->next = &w;
  else
    l->head = uintptr_t(&w);
  l->tail = uintptr_t(&w);
  sched::park(unlockList, l, why, pos);
}

void notifyListNotifyAll(NotifyList *l) {
  if (__atomic_load_n(&l->wait, __ATOMIC_SEQ_CST) == __atomic_load_n(&l->notify, __ATOMIC_SEQ_CST))
    return;
  lockWord(&l->lock);
  Waiter *w = reinterpret_cast<Waiter *>(l->head);
  l->head = l->tail = 0;
  __atomic_store_n(&l->notify, __atomic_load_n(&l->wait, __ATOMIC_SEQ_CST), __ATOMIC_SEQ_CST);
  unlockWord(&l->lock);
  while (w) {
    Waiter *next = w->next;
    sched::ready(w->g);
    w = next;
  }
}

void notifyListNotifyOne(NotifyList *l) {
  if (__atomic_load_n(&l->wait, __ATOMIC_SEQ_CST) == __atomic_load_n(&l->notify, __ATOMIC_SEQ_CST))
    return;
  lockWord(&l->lock);
  uint32_t t = l->notify;
  if (t == __atomic_load_n(&l->wait, __ATOMIC_SEQ_CST)) {
    unlockWord(&l->lock);
    return;
  }
  __atomic_store_n(&l->notify, t + 1, __ATOMIC_SEQ_CST);
  Waiter *prev = nullptr;
  for (Waiter *w = reinterpret_cast<Waiter *>(l->head); w; prev = w, w = w->next) {
    if (w->ticket != t)
      continue;
    Waiter *next = w->next;
    if (prev)
      prev->next = next;
    else
      l->head = uintptr_t(next);
    if (l->tail == uintptr_t(w))
      l->tail = uintptr_t(prev);
    sched::G *g = w->g;
    unlockWord(&l->lock);
    sched::ready(g);
    return;
  }
  unlockWord(&l->lock);
}

} // namespace go::sema
