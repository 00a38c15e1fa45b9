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

void raceGoEnd(G *g) {
  __tsan_destroy_fiber(g->tsanFiber);
  g->tsanFiber = nullptr;
  __tsan_ignore_thread_begin();
  ::mmap(reinterpret_cast<void *>(g->lo), g->hi - g->lo, PROT_READ | PROT_WRITE,
         MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED, -1, 0);
  __tsan_ignore_thread_end();
}

#else

void raceGoStart(G *, void *) {}
void raceGoEnd(G *) {}

#endif

} // namespace go::sched
