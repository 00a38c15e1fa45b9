// lock.h — the runtime's own lock: a small futex mutex, the shape of Go's
// runtime.lock (runtime/lock_futex.go). It protects each channel, and the
// short critical sections of stdlib packages written in C++ (context's
// trees of cancellable contexts).
//
// Invariants and why:
//  - Critical sections under a runtime lock are a few loads, stores and
//    one memcpy of an element; nothing under the lock parks, allocates
//    from a path that can block on another channel, or throws. (The one
//    long hold is a goroutine parking with the lock held: the scheduler's
//    commit callback releases it right after the goroutine's context is
//    saved, which is still short.) So contention is brief: spin first,
//    then yield the thread, and only then sleep in the kernel. Sleeping in
//    futex blocks the worker thread, as runtime.lock blocks Go's M; a
//    goroutine never waits on a channel lock for a channel operation's
//    outcome, only for the lock itself.
//  - The word is 0 (unlocked), 1 (locked) or 2 (locked, maybe sleepers).
//    Unlock stores 0 and wakes one sleeper only if the word was 2. A woken
//    sleeper re-locks with 2, so a later unlock wakes the next one: no
//    lost wake-up (Drepper, "Futexes Are Tricky", mutex #2).
//  - Memory order: a successful lock is an acquire and unlock a release,
//    so everything written under one critical section (buffer slots,
//    counters, queue links, sudog fields, the copied element) is visible
//    to the next holder. This is the whole basis of the channel
//    happens-before edges (see the top of chan.cpp).
//  - The lock lives inside its object (GC heap, zeroed = unlocked). It has
//    no constructor beyond zero, so an allocation needs no placement new.
//  - Race builds (gopp/race.h) compile these functions twice: in the
//    runtime, uninstrumented, where the lock must be invisible to
//    ThreadSanitizer (a channel's lock would order all its users), and in
//    the instrumented standard library, where TSan should see it (context's
//    trees). Inline functions of one name are merged by the linker, so
//    the instrumented copies live in another inline namespace.
#pragma once

#include <linux/futex.h>
#include <sched.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cstdint>

#include "gopp/cpu_relax.h"

#if defined(__SANITIZE_THREAD__)
#define GOPP_LOCK_COPY tsan
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define GOPP_LOCK_COPY tsan
#endif
#endif
#ifndef GOPP_LOCK_COPY
#define GOPP_LOCK_COPY plain
#endif

namespace go {
inline namespace GOPP_LOCK_COPY {

namespace lockdetail {
inline bool lockWordCas(uint32_t *w, uint32_t from, uint32_t to) {
  return __atomic_compare_exchange_n(w, &from, to, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED);
}
inline long futexWord(uint32_t *w, int op, uint32_t val) {
  return syscall(SYS_futex, w, op, val, nullptr, nullptr, 0);
}
[[gnu::noinline]] inline void lockWordSlow(uint32_t *w) {
  // Active spinning: the holder is running on another core and will be
  // done in well under a microsecond.
  for (int i = 0; i < 4; i++) {
    for (int k = 0; k < 30; k++)
      go::detail::cpuRelax();
    if (__atomic_load_n(w, __ATOMIC_RELAXED) == 0 && lockWordCas(w, 0, 1))
      return;
  }
  // Passive spinning: the holder may have lost its core (2 cores, more
  // threads); let it run.
  for (int i = 0; i < 2; i++) {
    sched_yield();
    if (__atomic_load_n(w, __ATOMIC_RELAXED) == 0 && lockWordCas(w, 0, 1))
      return;
  }
  // Sleep. Marking the word 2 before sleeping makes the holder's unlock
  // wake us; re-locking with 2 keeps other sleepers reachable.
  while (__atomic_exchange_n(w, 2, __ATOMIC_ACQUIRE) != 0)
    futexWord(w, FUTEX_WAIT_PRIVATE, 2);
}
} // namespace lockdetail

// The lock on a caller-owned 32-bit word (zero = unlocked), for Go structs
// whose zero value must be usable without a constructor (sync.Map, the
// semaphore table).
inline void lockWord(uint32_t *w) {
  if (__builtin_expect(lockdetail::lockWordCas(w, 0, 1), 1))
    return;
  lockdetail::lockWordSlow(w);
}
inline void unlockWord(uint32_t *w) {
  if (__builtin_expect(__atomic_exchange_n(w, 0, __ATOMIC_RELEASE) == 2, 0))
    lockdetail::futexWord(w, FUTEX_WAKE_PRIVATE, 1);
}

struct RuntimeLock {
  uint32_t word = 0;

  void lock() { lockWord(&word); }
  void unlock() { unlockWord(&word); }
};

} // inline namespace GOPP_LOCK_COPY
} // namespace go
