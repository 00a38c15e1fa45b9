// chan.cpp — make, send, receive, close, len and cap (Go's
// runtime/chan.go). Read hchan.h first for the data structures.
//
// Invariants and why:
//  - Every operation on a non-nil channel takes c->lock, decides, moves
//    at most one element, and releases the lock; the only way to wait is
//    to enqueue a Sudog under the lock and park with a commit that
//    releases the lock after the goroutine's context is saved. A waker
//    therefore either sees the Sudog (and may ready the goroutine at once,
//    which is safe since it is fully parked) or the goroutine has not yet
//    decided to wait and will see the waker's effect under the lock: no
//    lost wake-ups.
//  - Unbuffered channels hand off directly: a sender finding a waiting
//    receiver copies into the receiver's slot; a receiver finding a
//    waiting sender copies from the sender's value. Buffered channels
//    use the ring and hand off directly only to a receiver that waits
//    on an empty buffer, or take a waiting sender's value into the tail
//    when the full buffer's head is taken: FIFO either way.
//  - Goroutines are readied after the lock is released (Go's unlockf,
//    then goready), so the lock is never held across scheduler work.
//
// The memory model's edges, and what gives them:
//  - A send happens before the corresponding receive completes. Buffered
//    or with both parties running, the element moves through the buffer
//    under the lock: the sender's unlock (release) is before the
//    receiver's lock (acquire). With a parked party, the other copies the
//    element while holding the lock and then calls ready(); the parked
//    goroutine resumes after ready (the scheduler publishes a readied G
//    with release and takes it with acquire), so everything before the
//    send is visible after the receive returns.
//  - Close happens before a receive that returns because of the close:
//    closed is set under the lock; a receiver sees it under the lock, or
//    was woken by close through ready().
//  - The k-th receive on a channel of capacity C happens before the
//    (k+C)-th send completes: the (k+C)-th send can only find a free slot
//    (or a waiting receiver) after the k-th receive freed it under the
//    lock, or it parked and was completed by a receiver that held the lock.
//  - Unbuffered: the receive happens before the send completes, by the
//    same hand-off (the side that arrives second holds the lock and
//    readies the first).
#include "hchan.h"

#include <new>

namespace go::chanrt {

namespace {

// Go's maxAlloc on 64-bit Linux (1 << 48): the largest buffer makechan
// accepts before reporting "makechan: size out of range".
constexpr uint64_t kMaxAlloc = uint64_t(1) << 48;

// The Sudog of a blocking send or receive lives in the blocked
// goroutine's frame (`local`; Go keeps per-P caches of them instead).
// The frame outlives the wait: every waker unlinks the Sudog under the
// channel's lock and reads it no more once it readies the goroutine; and
// a parked goroutine's stack is scanned, so what the Sudog points at
// stays alive. callgrind, pingpong at GOMAXPROCS=1: a collected Sudog per
// wait was 20% of all instructions. Race builds take a collected one:
// TSan names a hand-off by the Sudog's address, which must not be reused
// (the collector is off there, so no address is).
Sudog *newSudog(Sudog *local, hchan *c, void *elem) {
  Sudog *sg = ::new (race::enabled ? alloc(sizeof(Sudog)) : static_cast<void *>(local)) Sudog();
  sg->g = sched::current();
  sg->elem = elem;
  sg->c = c;
  return sg;
}

bool commitForever(sched::G *, void *) { return true; }

// The part of a send that needs no waiting, with c locked: panics on a
// closed channel, hands the value to a waiting receiver, or buffers it.
// Returns true (c unlocked) when done; false (c still locked) when the
// sender would have to wait.
bool sendNow(hchan *c, const void *ep) {
  if (c->closed) {
    c->lock.unlock();
    panicSendOnClosed();
  }
  if (Sudog *sg = c->recvq.dequeue()) {
    sendTo(c, sg, ep);
    sched::G *g = sg->g;
    c->lock.unlock();
    sched::ready(g);
    return true;
  }
  if (c->qcount < c->dataqsiz) {
    bufSend(c, ep);
    c->lock.unlock();
    return true;
  }
  return false;
}

// The part of a receive that needs no waiting, with c locked: the zero
// value from a closed and drained channel (*ok = false), a waiting
// sender's value, or the oldest buffered one. Returns true (c unlocked)
// when done; false (c still locked) when the receiver would have to wait.
bool recvNow(hchan *c, void *ep, bool *ok) {
  if (c->closed && c->qcount == 0) {
    race::acquire(c);
    c->lock.unlock();
    clearElem(c, ep);
    *ok = false;
    return true;
  }
  if (Sudog *sg = c->sendq.dequeue()) {
    recvFrom(c, sg, ep);
    sched::G *g = sg->g;
    c->lock.unlock();
    sched::ready(g);
    *ok = true;
    return true;
  }
  if (c->qcount > 0) {
    bufRecv(c, ep);
    c->lock.unlock();
    *ok = true;
    return true;
  }
  return false;
}

} // namespace

void panicSendOnClosed() { gopanic(detail::makePlainError(String("send on closed channel"))); }

void blockForever(sched::WaitReason why, sched::SourcePos pos) {
  sched::park(commitForever, nullptr, why, pos);
  // Nothing ever readies this goroutine.
  fatal(String("unreachable: a goroutine blocked forever was woken"));
}

bool unlockCommit(sched::G *, void *arg) {
  static_cast<hchan *>(arg)->lock.unlock();
  return true;
}

hchan *makechan(int64_t size, size_t elemsize, bool pointerFree) {
  if (size < 0 || (elemsize && uint64_t(size) > (kMaxAlloc - sizeof(hchan)) / elemsize))
    gopanic(detail::makePlainError(String("makechan: size out of range")));
  hchan *c = ::new (alloc(sizeof(hchan))) hchan();
  c->elemsize = uint32_t(elemsize);
  c->dataqsiz = uint64_t(size);
  if (elemsize && size) {
    size_t n = size_t(size) * elemsize;
    c->buf = static_cast<uint8_t *>(pointerFree ? allocAtomic(n) : alloc(n));
  }
  return c;
}

void chansend(hchan *c, const void *ep, sched::SourcePos pos) {
  if (!c)
    blockForever(sched::WaitReason::ChanSendNilChan, pos);
  race::readAt(c, __builtin_return_address(0));
  c->lock.lock();
  if (sendNow(c, ep))
    return;
  // Wait for a receiver (or close) to complete the send.
  Sudog local;
  Sudog *sg = newSudog(&local, c, const_cast<void *>(ep));
  sg->isSend = true;
  raceWaiting(sg);
  c->sendq.enqueue(sg);
  sched::park(unlockCommit, c, sched::WaitReason::ChanSend, pos);
  raceWoken(sg);
  if (!sg->success) {
    if (!c->isClosed())
      fatal(String("chansend: spurious wakeup"));
    panicSendOnClosed(); // woken by close
  }
}

bool chanrecv(hchan *c, void *ep, sched::SourcePos pos) {
  if (!c)
    blockForever(sched::WaitReason::ChanReceiveNilChan, pos);
  c->lock.lock();
  if (bool ok; recvNow(c, ep, &ok))
    return ok;
  // Wait for a sender (or close) to complete the receive.
  Sudog local;
  Sudog *sg = newSudog(&local, c, ep);
  raceWaiting(sg);
  c->recvq.enqueue(sg);
  sched::park(unlockCommit, c, sched::WaitReason::ChanReceive, pos);
  raceWoken(sg);
  return sg->success; // close cleared *ep
}

bool trysend(hchan *c, const void *ep) {
  if (!c)
    return false;
  race::readAt(c, __builtin_return_address(0));
  c->lock.lock();
  if (sendNow(c, ep))
    return true;
  c->lock.unlock();
  return false;
}

bool tryrecv(hchan *c, void *ep, bool *received) {
  *received = false;
  if (!c)
    return false;
  c->lock.lock();
  if (recvNow(c, ep, received))
    return true;
  c->lock.unlock();
  return false;
}

void chanclose(hchan *c) {
  if (!c)
    gopanic(detail::makePlainError(String("close of nil channel")));
  race::writeAt(c, __builtin_return_address(0));
  c->lock.lock();
  if (c->closed) {
    c->lock.unlock();
    gopanic(detail::makePlainError(String("close of closed channel")));
  }
  race::release(c);
  std::atomic_ref<uint32_t>(c->closed).store(1, std::memory_order_relaxed);
  // Every waiter leaves with success == false: receivers with a zero
  // value, senders to panic. They are readied after the unlock.
  Sudog *wake = nullptr;
  while (Sudog *sg = c->recvq.dequeue()) {
    clearElem(c, sg->elem);
    sg->elem = nullptr;
    sg->success = false;
    sg->wakeLink = wake;
    wake = sg;
  }
  while (Sudog *sg = c->sendq.dequeue()) {
    sg->elem = nullptr;
    sg->success = false;
    sg->wakeLink = wake;
    wake = sg;
  }
  c->lock.unlock();
  while (wake) {
    Sudog *next = wake->wakeLink;
    sched::ready(wake->g);
    wake = next;
  }
}

int64_t chanlen(hchan *c) { return c && !c->timerChan ? int64_t(c->count()) : 0; }
int64_t chancap(hchan *c) { return c && !c->timerChan ? int64_t(c->dataqsiz) : 0; }
void markTimerChan(hchan *c) { c->timerChan = true; }

} // namespace go::chanrt
