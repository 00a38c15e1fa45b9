// select.cpp — the select statement (Go's runtime/select.go selectgo).
// Read hchan.h first.
//
// Invariants and why:
//  - Poll order is a uniformly random permutation of the non-nil cases
//    (an inside-out Fisher–Yates shuffle), so among several ready cases
//    each is chosen with equal probability, as the spec requires. Nil
//    channels never appear in it: their cases can never proceed.
//  - Lock order is the non-nil cases sorted by channel address; a
//    channel appearing in several cases is locked once. Every select
//    locks in this one global order (and plain channel operations hold a
//    single lock), so two selects can never deadlock on each other's
//    locks.
//  - Pass 1 (all locks held) takes the first ready case in poll order:
//    a waiting partner, buffer room or an element, or a closed channel
//    (a receive gets zero and !ok, a send panics after unlocking). With
//    a default and nothing ready, unlock and return -1: never blocks.
//  - Pass 2 (locks still held) enqueues one Sudog per non-nil case, all
//    sharing one SelectState, and parks; the commit releases every lock
//    (see selparkCommit for why it reads only the heap state). The first
//    partner to win SelectState::done completes its case and readies us;
//    partners that lose skip our Sudogs. No case can fire twice and no
//    wake-up is lost: a partner either sees our Sudog under its channel's
//    lock, or ran before pass 1 took that lock and left its effect there.
//  - Pass 3, after waking: lock everything again, unlink the losing
//    Sudogs (those another partner already unlinked are recognised by
//    WaitQ::remove), unlock, and report the winner. A select with only
//    nil channels and no default parks forever with reason "select"; one
//    with no cases at all with "select (no cases)".
//  - The random generator is per worker thread and touched only before
//    the goroutine parks, from a function that is not inlined (so that
//    the thread-local address is not computed in selectgo): after a
//    park the goroutine may resume on another thread, and a thread-local
//    address computed before the switch must not be reused after it.
#include <algorithm>
#include <new>

#include "hchan.h"

namespace go::chanrt {

namespace {

// The non-nil cases in a uniformly random order (an inside-out
// Fisher-Yates shuffle with wyrand, Lemire's reduction as Go's
// fastrandn); returns how many. The generator's state is read from and
// written back to its thread-local home once per call (callgrind,
// selectfan: a TLS look-up per case was 6% of all instructions).
[[gnu::noinline]] int shuffleCases(const SelectCase *cases, int n, int *pollorder) {
  thread_local uint64_t tlsState = 0;
  uint64_t state = tlsState;
  if (__builtin_expect(state == 0, 0))
    state = randomU64() | 1;
  int norder = 0;
  for (int i = 0; i < n; i++) {
    if (!cases[i].c)
      continue;
    state += 0xa0761d6478bd642full;
    __uint128_t m = __uint128_t(state) * (state ^ 0xe7037ed1a0b428dbull);
    uint64_t r = uint64_t(m >> 64) ^ uint64_t(m);
    int j = int((uint64_t(uint32_t(r)) * uint32_t(norder + 1)) >> 32);
    pollorder[norder] = pollorder[j];
    pollorder[j] = i;
    norder++;
  }
  tlsState = state;
  return norder;
}

// Sorts order[0:n) by channel address (insertion sort: selects have few
// cases, and std::sort's setup cost more than the sort; callgrind).
void sortByChannel(const SelectCase *cases, int *order, int n) {
  for (int k = 1; k < n; k++) {
    int x = order[k];
    auto key = reinterpret_cast<uintptr_t>(cases[x].c);
    int j = k;
    for (; j > 0 && reinterpret_cast<uintptr_t>(cases[order[j - 1]].c) > key; j--)
      order[j] = order[j - 1];
    order[j] = x;
  }
}

// The distinct channels of a select, in lock order.
struct LockSet {
  hchan **chans;
  int n;

  void lockAll() const {
    for (int i = 0; i < n; i++)
      chans[i]->lock.lock();
  }
  void unlockAll() const {
    for (int i = n; i-- > 0;)
      chans[i]->lock.unlock();
  }
};

// What the park commit needs. Once a channel is unlocked a partner may
// ready the goroutine, which then runs on another worker while this
// commit still runs. The woken goroutine first re-locks every channel
// (pass 3), so it cannot get past the channels this commit still holds,
// and it never writes the LockSet: reading it until the last unlock is
// safe, and nothing is read after that. So the ParkState, like the
// Sudogs, may live in the selecting goroutine's frame.
struct ParkState {
  SelectState sel;
  LockSet locks;
};

bool selparkCommit(sched::G *, void *arg) {
  const LockSet *ls = &static_cast<ParkState *>(arg)->locks;
  int n = ls->n;
  hchan **chans = ls->chans;
  for (int i = 0; i < n; i++)
    chans[i]->lock.unlock(); // chans[i+1] is read before any further unlock could free us
  return true;
}

// Small arrays live on the goroutine's stack; large selects use the heap.
// 16 cases take ~1.5 KiB of stack (16 Sudogs of 64 bytes).
constexpr int kInline = 16;

} // namespace

} // namespace go::chanrt

namespace go {

using namespace chanrt;

int selectgo(SelectCase *cases, int n, bool hasDefault, bool *recvOK, sched::SourcePos pos) {
  if (recvOK)
    *recvOK = true;
  if (n == 0) {
    if (hasDefault)
      return -1;
    blockForever(sched::WaitReason::SelectNoCases, pos);
  }

  for (int i = 0; i < n; i++)
    if (cases[i].c && cases[i].isSend)
      race::readAt(cases[i].c, __builtin_return_address(0)); // a send racing with close
  int pollBuf[kInline], lockBuf[kInline];
  hchan *chanBuf[kInline];
  int *pollorder = pollBuf, *lockorder = lockBuf;
  hchan **chans = chanBuf;
  if (n > kInline) {
    pollorder = static_cast<int *>(allocAtomic(sizeof(int) * size_t(n) * 2));
    lockorder = pollorder + n;
    chans = static_cast<hchan **>(alloc(sizeof(hchan *) * size_t(n)));
  }

  // Poll order: shuffle the non-nil cases.
  int norder = shuffleCases(cases, n, pollorder);
  // Lock order: by channel address, ties (one channel, several cases)
  // kept adjacent; then the distinct channels.
  std::copy(pollorder, pollorder + norder, lockorder);
  sortByChannel(cases, lockorder, norder);
  int nchans = 0;
  for (int k = 0; k < norder; k++) {
    hchan *c = cases[lockorder[k]].c;
    if (nchans == 0 || chans[nchans - 1] != c)
      chans[nchans++] = c;
  }
  LockSet locks{chans, nchans};
  locks.lockAll();

  // Pass 1: the first ready case in poll order.
  for (int k = 0; k < norder; k++) {
    int i = pollorder[k];
    SelectCase &cas = cases[i];
    hchan *c = cas.c;
    if (!cas.isSend) {
      if (Sudog *sg = c->sendq.dequeue()) {
        recvFrom(c, sg, cas.elem);
        sched::G *g = sg->g;
        locks.unlockAll();
        sched::ready(g);
        return i;
      }
      if (c->qcount > 0) {
        bufRecv(c, cas.elem);
        locks.unlockAll();
        return i;
      }
      if (c->closed) {
        race::acquire(c);
        locks.unlockAll();
        clearElem(c, cas.elem);
        if (recvOK)
          *recvOK = false;
        return i;
      }
    } else {
      if (c->closed) {
        locks.unlockAll();
        panicSendOnClosed();
      }
      if (Sudog *sg = c->recvq.dequeue()) {
        sendTo(c, sg, cas.elem);
        sched::G *g = sg->g;
        locks.unlockAll();
        sched::ready(g);
        return i;
      }
      if (c->qcount < c->dataqsiz) {
        bufSend(c, cas.elem);
        locks.unlockAll();
        return i;
      }
    }
  }
  if (hasDefault) {
    locks.unlockAll();
    return -1;
  }

  // Pass 2: wait on every channel. The state and the Sudogs live in this
  // frame, as a blocking send's Sudog does (chan.cpp's newSudog says why
  // that is safe), or in one collected allocation for large selects and
  // in race builds (TSan names a wait by the state's address).
  alignas(ParkState) uint8_t psBuf[sizeof(ParkState)];
  alignas(Sudog) uint8_t sgBuf[sizeof(Sudog) * kInline];
  uint8_t *psMem = psBuf, *sgMem = sgBuf;
  if (race::enabled || norder > kInline) {
    psMem = static_cast<uint8_t *>(alloc(sizeof(ParkState) + sizeof(Sudog) * size_t(norder)));
    sgMem = psMem + sizeof(ParkState);
  }
  auto *ps = ::new (psMem) ParkState();
  auto *sgs = reinterpret_cast<Sudog *>(sgMem);
  ps->locks = LockSet{chans, nchans};
  sched::G *self = sched::current();
  race::release(&ps->sel); // every case's Sudog shares it (raceSudog)
  for (int k = 0; k < norder; k++) {
    int i = lockorder[k];
    Sudog *sg = ::new (&sgs[k]) Sudog();
    sg->g = self;
    sg->elem = cases[i].elem;
    sg->c = cases[i].c;
    sg->sel = &ps->sel;
    sg->caseIndex = i;
    sg->isSend = cases[i].isSend;
    (sg->isSend ? sg->c->sendq : sg->c->recvq).enqueue(sg);
  }
  sched::park(selparkCommit, ps, sched::WaitReason::Select, pos);

  // Pass 3: woken by exactly one partner (none, ever, if every channel is
  // nil). Unlink the other Sudogs.
  ps->locks.lockAll();
  Sudog *winner = ps->sel.winner;
  for (int k = 0; k < norder; k++) {
    Sudog *sg = &sgs[k];
    if (sg != winner)
      (sg->isSend ? sg->c->sendq : sg->c->recvq).remove(sg);
  }
  ps->locks.unlockAll();
  if (!winner)
    fatal(String("selectgo: bad wakeup"));
  raceWoken(winner);
  if (winner->isSend) {
    if (!winner->success)
      panicSendOnClosed(); // woken by close
  } else if (recvOK) {
    *recvOK = winner->success; // close cleared the slot
  }
  return winner->caseIndex;
}

} // namespace go
