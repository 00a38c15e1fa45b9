// hchan.h — the channel object and its wait queues (Go's runtime/chan.go
// hchan, waitq and sudog), shared by chan.cpp and select.cpp.
//
// Invariants and why:
//  - Every field of an hchan except elemsize, dataqsiz and buf (fixed at
//    make time) is read and written only under c->lock, with two
//    exceptions read without it: qcount (len(ch)) and closed, both
//    accessed through relaxed atomic_ref so a lock-free read is a plain
//    word read, not a data race. Neither lock-free read is used to decide
//    anything that needs ordering (len is advisory, as in Go).
//  - The buffer is a ring of dataqsiz slots of elemsize bytes: recvx is
//    the oldest element, sendx the next free slot, qcount the number of
//    elements. At most one of recvq and sendq is non-empty: a receiver
//    waits only when the buffer is empty and no sender waits, a sender
//    only when the buffer is full and no receiver waits. A closed
//    channel has no waiting senders or receivers (close wakes them all).
//  - A Sudog is one goroutine waiting in one queue of one channel (Go's
//    sudog). It lives on the collected heap and is reachable from the
//    channel's queue while it waits: its elem points at the waiting
//    goroutine's stack (a sender's value, a receiver's slot), which the
//    scheduler scans for parked goroutines, so a value held by a blocked
//    sender stays alive. After a Sudog leaves its queue, only the
//    goroutine that dequeued it (the waker, still holding the lock) and
//    then its owner touch it; the waker never touches it after ready().
//  - A goroutine blocked in a select has one Sudog per non-nil case, all
//    pointing at one SelectState. Whoever dequeues one of them must win
//    SelectState::done (0 → 1, compare-and-swap) before completing the
//    operation; a loser drops the Sudog (it is already unlinked) and
//    looks further. So the goroutine is woken exactly once, by the
//    winner, which records the winning Sudog in SelectState::winner
//    before ready(). The selecting goroutine then locks all its channels
//    again and unlinks its other Sudogs (Go's selectDone and pass 3).
//  - Sudog::success: true when a matching operation completed the wait,
//    false when close woke it. The waker writes it (and the element, and
//    winner) before ready(g); ready/resume are a release/acquire pair in
//    the scheduler, so the owner reads them after waking without a lock.
#pragma once

#include <atomic>
#include <cstdint>
#include <cstring>

#include "gopp/go.h"
#include "gopp/race.h"
#include "lock.h"

namespace go::detail {
// errors.cpp (declared in ../internal.h too): a runtime.plainError value.
Iface makePlainError(String msg);
} // namespace go::detail

namespace go::chanrt {

struct SelectState;

struct Sudog {
  sched::G *g = nullptr;
  Sudog *next = nullptr; // in the queue
  Sudog *prev = nullptr;
  void *elem = nullptr;  // the value (send) or the slot (receive); may be null
  hchan *c = nullptr;
  SelectState *sel = nullptr; // null unless blocked in a select
  Sudog *wakeLink = nullptr;  // close's list of goroutines to ready after unlocking
  int caseIndex = 0;          // select: the case this Sudog stands for
  bool isSend = false;
  bool success = false;
};

struct SelectState {
  std::atomic<uint32_t> done{0};
  Sudog *winner = nullptr;
};

// A doubly linked FIFO of Sudogs (Go's waitq).
struct WaitQ {
  Sudog *first = nullptr;
  Sudog *last = nullptr;

  bool empty() const { return first == nullptr; }

  void enqueue(Sudog *sg) {
    sg->next = nullptr;
    sg->prev = last;
    if (last)
      last->next = sg;
    else
      first = sg;
    last = sg;
  }

  // The first waiter that may be completed: a select waiter only if this
  // call wins its SelectState (and records it as the winner). Select
  // waiters whose select has already been won elsewhere are unlinked and
  // skipped.
  Sudog *dequeue() {
    for (;;) {
      Sudog *sg = first;
      if (!sg)
        return nullptr;
      first = sg->next;
      if (first)
        first->prev = nullptr;
      else
        last = nullptr;
      sg->next = sg->prev = nullptr;
      if (sg->sel) {
        // acq_rel: the winning CAS orders our later writes to the Sudog
        // and winner before other channels' failed CASes; the owner reads
        // them after ready() anyway (see the header).
        uint32_t expect = 0;
        if (!sg->sel->done.compare_exchange_strong(expect, 1, std::memory_order_acq_rel,
                                                   std::memory_order_acquire))
          continue; // the select was won by another case
        sg->sel->winner = sg;
      }
      return sg;
    }
  }

  // Unlinks sg if it is still in this queue (a select's losing case).
  void remove(Sudog *sg) {
    if (sg->prev == nullptr && first != sg)
      return; // already dequeued by someone who then lost the CAS
    if (sg->prev)
      sg->prev->next = sg->next;
    else
      first = sg->next;
    if (sg->next)
      sg->next->prev = sg->prev;
    else
      last = sg->prev;
    sg->next = sg->prev = nullptr;
  }
};

} // namespace go::chanrt

namespace go {

struct hchan {
  chanrt::Lock lock;
  uint32_t elemsize = 0;
  uint32_t closed = 0;   // atomic_ref reads outside the lock
  uint64_t qcount = 0;   // atomic_ref reads outside the lock
  uint64_t dataqsiz = 0; // capacity
  uint8_t *buf = nullptr;
  uint64_t sendx = 0;
  uint64_t recvx = 0;
  bool timerChan = false; // len and cap report 0 (markTimerChan)
  chanrt::WaitQ recvq;
  chanrt::WaitQ sendq;

  uint8_t *slot(uint64_t i) { return buf + i * elemsize; }
  uint64_t count() const { return std::atomic_ref<const uint64_t>(qcount).load(std::memory_order_relaxed); }
  void setCount(uint64_t n) { std::atomic_ref<uint64_t>(qcount).store(n, std::memory_order_relaxed); }
  bool isClosed() const { return std::atomic_ref<const uint32_t>(closed).load(std::memory_order_relaxed) != 0; }
};

} // namespace go

namespace go::chanrt {

// Element moves (elemsize may be 0; a null slot discards).
// Element copies are hidden from the race detector (race.h's hide): the
// happens-before edges below are what it checks against.
inline void copyElem(hchan *c, void *dst, const void *src) {
  if (c->elemsize && dst) {
    race::hide();
    std::memcpy(dst, src, c->elemsize);
    race::unhide();
  }
}
inline void clearElem(hchan *c, void *dst) {
  if (c->elemsize && dst) {
    race::hide();
    std::memset(dst, 0, c->elemsize);
    race::unhide();
  }
}

// The halves of a completed operation, shared by chan.cpp and select.cpp.
// Each is called with c locked and sg already dequeued; it moves the
// element and marks sg successful. The caller unlocks, then readies sg->g
// (read g first: sg belongs to its owner again after ready).
//
// send: c's buffer is empty (a receiver waits); ep goes straight into the
// receiver's slot.
// Race builds (gopp/race.h): the happens-before edges of the memory
// model, as Go's race runtime draws them. A party that waits releases
// into its Sudog when it queues and acquires from it when woken; the
// party that completes it acquires from and releases into that Sudog
// (a select's Sudogs share its SelectState). An element that passes
// through buffer slot i (or is handed over in its place) acquires and
// releases the slot, so the k-th receive happens before the (k+C)-th
// send completes. Close releases the channel; a receive that sees the
// close acquires it. Empty inlines otherwise.
inline const void *raceSudog(Sudog *sg) { return sg->sel ? static_cast<const void *>(sg->sel) : sg; }
inline void raceSlot(hchan *c, uint64_t i) {
  const void *at = c->elemsize ? static_cast<const void *>(c->slot(i)) : reinterpret_cast<const uint8_t *>(c) + 1;
  race::acquire(at);
  race::release(at);
}
inline void raceWaiting(Sudog *sg) { race::release(raceSudog(sg)); }
inline void raceWoken(Sudog *sg) {
  race::acquire(raceSudog(sg));
  if (!sg->success)
    race::acquire(sg->c); // woken by close
}
inline void raceCompleting(hchan *c, Sudog *sg) {
  race::acquire(raceSudog(sg));
  if (c->dataqsiz)
    raceSlot(c, c->recvx);
  race::release(raceSudog(sg));
}

inline void sendTo(hchan *c, Sudog *sg, const void *ep) {
  raceCompleting(c, sg);
  copyElem(c, sg->elem, ep);
  sg->elem = nullptr;
  sg->success = true;
}
// recv: a sender waits. Unbuffered: take its value directly. Buffered (so
// the buffer is full): take the head, put the sender's value at the tail,
// which is the slot just freed, keeping FIFO order.
inline void recvFrom(hchan *c, Sudog *sg, void *ep) {
  raceCompleting(c, sg);
  if (c->dataqsiz == 0) {
    copyElem(c, ep, sg->elem);
  } else {
    uint8_t *qp = c->slot(c->recvx);
    copyElem(c, ep, qp);
    copyElem(c, qp, sg->elem);
    if (++c->recvx == c->dataqsiz)
      c->recvx = 0;
    c->sendx = c->recvx; // the buffer is still full
  }
  sg->elem = nullptr;
  sg->success = true;
}
// The buffer halves: a free slot exists / an element is buffered.
inline void bufSend(hchan *c, const void *ep) {
  raceSlot(c, c->sendx);
  copyElem(c, c->slot(c->sendx), ep);
  if (++c->sendx == c->dataqsiz)
    c->sendx = 0;
  c->setCount(c->qcount + 1);
}
inline void bufRecv(hchan *c, void *ep) {
  raceSlot(c, c->recvx);
  uint8_t *qp = c->slot(c->recvx);
  copyElem(c, ep, qp);
  // Clear the slot so the buffer does not keep the value's referents
  // alive for the collector (Go's typedmemclr).
  clearElem(c, qp);
  if (++c->recvx == c->dataqsiz)
    c->recvx = 0;
  c->setCount(c->qcount - 1);
}

// Panics with Go's plainError texts.
[[noreturn]] void panicSendOnClosed();

// Parks the current goroutine forever (nil channel operations, empty
// select): the deadlock detector reports it if nothing else can run.
[[noreturn]] void blockForever(sched::WaitReason why, sched::SourcePos pos);

// park commit: releases the channel lock passed as arg.
bool unlockCommit(sched::G *, void *arg);

} // namespace go::chanrt
