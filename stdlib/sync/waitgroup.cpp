// waitgroup.cpp — sync.WaitGroup (Go's sync/waitgroup.go design).
//
// Invariants and why:
//  - state packs the counter (high 32 bits, signed) and the number of
//    waiters (low 32 bits) in one word, so Add and Wait see both in one
//    atomic step: a waiter registers only while the counter is non-zero.
//  - When Add brings the counter to zero with waiters registered, nobody
//    else may touch the WaitGroup until they are released: Add resets
//    state to 0 and releases the semaphore once per waiter. A waiter that
//    wakes and finds the state non-zero means the group was reused
//    (Add) before this Wait returned: Go's panic.
//  - Negative counters and an Add racing with Wait panic (recoverable
//    panics with string values, as in Go).
#include "sync/sync.h"

#include "gopp/panic.h"

namespace pkg::sync {

namespace {

[[noreturn]] void panicString(go::String msg) { go::gopanic(go::box(&go::stringType, msg)); }

} // namespace

void WaitGroup_Add(WaitGroup *wg, int64_t delta) {
  uint64_t state = __atomic_add_fetch(&wg->state, uint64_t(delta) << 32, __ATOMIC_SEQ_CST);
  int32_t v = int32_t(state >> 32);
  uint32_t w = uint32_t(state);
  if (v < 0)
    panicString("sync: negative WaitGroup counter");
  if (w != 0 && delta > 0 && v == int32_t(delta))
    panicString("sync: WaitGroup misuse: Add called concurrently with Wait");
  if (v > 0 || w == 0)
    return;
  // The counter is 0 and there are waiters: nobody may change the state now.
  if (__atomic_load_n(&wg->state, __ATOMIC_SEQ_CST) != state)
    panicString("sync: WaitGroup misuse: Add called concurrently with Wait");
  __atomic_store_n(&wg->state, 0, __ATOMIC_SEQ_CST);
  for (; w != 0; w--)
    go::sema::semrelease(&wg->sema, false);
}

void WaitGroup_Wait(WaitGroup *wg, go::sched::SourcePos pos) {
  uint64_t state = __atomic_load_n(&wg->state, __ATOMIC_SEQ_CST);
  for (;;) {
    if ((state >> 32) == 0)
      return;
    if (__atomic_compare_exchange_n(&wg->state, &state, state + 1, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)) {
      go::sema::semacquire(&wg->sema, false, go::sched::WaitReason::SyncWaitGroupWait, pos);
      if (__atomic_load_n(&wg->state, __ATOMIC_SEQ_CST) != 0)
        panicString("sync: WaitGroup is reused before previous Wait has returned");
      return;
    }
  }
}

} // namespace pkg::sync
