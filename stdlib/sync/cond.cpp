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
#include "sync/sync.h"

#include "gopp/panic.h"

namespace pkg::sync {

Cond *NewCond(go::Iface l) {
  Cond *c = go::newObject<Cond>();
  c->L = l;
  return c;
}

void Cond_Wait(Cond *c, go::sched::SourcePos pos) {
  uint32_t t = go::sema::notifyListAdd(&c->notify);
  go::icall<void (*)(void *)>(c->L, 1); // L.Unlock()
  go::sema::notifyListWait(&c->notify, t, go::sched::WaitReason::SyncCondWait, pos);
  go::icall<void (*)(void *)>(c->L, 0); // L.Lock()
}

void Cond_Signal(Cond *c) { go::sema::notifyListNotifyOne(&c->notify); }

void Cond_Broadcast(Cond *c) { go::sema::notifyListNotifyAll(&c->notify); }

} // namespace pkg::sync
