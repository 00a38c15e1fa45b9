// race.cpp — goroutines as ThreadSanitizer fibers (race builds only;
// gopp/race.h says what a race build is).
//
// Invariants and why:
//  - A goroutine's fiber is created by its parent, in spawn: TSan orders
//    everything the parent did before creation before everything the
//    fiber does (the go statement's happens-before edge), and remembers
//    the parent's stack for the report's "Goroutine N created at".
//  - Switches between fibers pass __tsan_switch_to_fiber_no_sync: two
//    goroutines that ran one after the other on one thread are not
//    ordered by that; only the runtime's annotations order them.
//  - A finished goroutine's fiber is destroyed on g0, and the shadow of
//    its stack is reset before the G (and its stack) is reused: the next
//    goroutine's stack slots would otherwise race with the old one's.
//    TSan's mmap interceptor resets the shadow of a new mapping when the
//    calling thread ignores accesses, so the stack is mapped afresh
//    (MAP_FIXED over itself) inside an ignore block.
#include <sys/mman.h>

#include <cstdio>

#include "g.h"
#include "gopp/race.h"

#ifdef GOPP_RACE
extern "C" {
void __tsan_func_entry(void *callerPC);
void __tsan_func_exit(void);
}
#endif

namespace go::sched {

#ifdef GOPP_RACE

void raceGoStart(G *g, void *creatorPC) {
  // The runtime is not instrumented, so TSan's record of the parent's
  // stack ends at the parent's caller: push the go statement's frame for
  // "Goroutine N created at".
  if (creatorPC)
    __tsan_func_entry(creatorPC);
  g->tsanFiber = __tsan_create_fiber(0);
  if (creatorPC)
    __tsan_func_exit();
  char name[32];
  std::snprintf(name, sizeof name, "goroutine %lld", static_cast<long long>(g->id));
  __tsan_set_fiber_name(g->tsanFiber, name);
}

void raceResetStack(uintptr_t lo, uintptr_t hi) {
  __tsan_ignore_thread_begin();
  ::mmap(reinterpret_cast<void *>(lo), hi - lo, PROT_READ | PROT_WRITE,
         MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED, -1, 0);
  __tsan_ignore_thread_end();
}

void raceGoEnd(G *g) {
  __tsan_destroy_fiber(g->tsanFiber);
  g->tsanFiber = nullptr;
  // Only the pages the goroutine touched hold its shadow: the stack grows
  // down, so from the lowest resident page to the top. (A page dropped
  // before, by trimFreeStacks, was reset then.) Resetting 256 KiB for each
  // goroutine made spawn's race build 2x slower.
  constexpr size_t kPage = 4096;
  uintptr_t from = g->lo;
  unsigned char resident[512];
  size_t pages = (g->hi - g->lo) / kPage;
  if (pages <= sizeof resident && ::mincore(reinterpret_cast<void *>(g->lo), g->hi - g->lo, resident) == 0) {
    size_t i = 0;
    while (i < pages && !(resident[i] & 1))
      i++;
    from = g->lo + i * kPage;
  }
  if (from < g->hi)
    raceResetStack(from, g->hi);
}

#endif

} // namespace go::sched
