// cond.cpp — sync.Cond over any Locker (Go's sync/cond.go design).
//
// Invariants and why:
//  - Wait takes a ticket on the notify list while L is still held, then
//    unlocks L and sleeps on the ticket, then locks L again. A Signal or
//    Broadcast between the unlock and the sleep is not lost: the ticket is
//    already counted and notifyListWait returns at once.
//  - L is a go::Iface of interface sync.Locker, whose methods sorted by
//    name are Lock (index 0) and Unlock (index 1); they are called
//    through its itab like any interface call in emitted code (a nil L
//    panics with Go's nil dereference).
//  - checker holds the Cond's address from its first use on (Go's
//    copyChecker): a Cond copied after use fails the check in Wait,
//    Signal and Broadcast with Go's panic.
#include "sync/sync.h"

#include "gopp/panic.h"

namespace pkg::sync {

namespace {
void check(Cond *c) {
  uintptr_t self = reinterpret_cast<uintptr_t>(&c->checker), zero = 0;
  if (__atomic_load_n(&c->checker, __ATOMIC_RELAXED) != self &&
      !__atomic_compare_exchange_n(&c->checker, &zero, self, false, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED) &&
      __atomic_load_n(&c->checker, __ATOMIC_RELAXED) != self)
    go::gopanic(go::box(&go::stringType, go::String("sync.Cond is copied")));
}
} // namespace

Cond *NewCond(go::Iface l) {
  Cond *c = go::newObject<Cond>();
  c->L = l;
  return c;
}

void Cond_Wait(Cond *c, go::sched::SourcePos pos) {
  check(c);
  uint32_t t = go::sema::notifyListAdd(&c->notify);
  go::icall<void (*)(void *)>(c->L, 1); // L.Unlock()
  go::sema::notifyListWait(&c->notify, t, go::sched::WaitReason::SyncCondWait, pos);
  go::icall<void (*)(void *)>(c->L, 0); // L.Lock()
}

void Cond_Signal(Cond *c) {
  check(c);
  go::sema::notifyListNotifyOne(&c->notify);
}

void Cond_Broadcast(Cond *c) {
  check(c);
  go::sema::notifyListNotifyAll(&c->notify);
}

} // namespace pkg::sync
