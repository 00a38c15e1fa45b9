// gc.cpp — the Boehm collector over goroutine stacks (DESIGN.md, "Measured
// facts for the runtime").
//
// Invariants and why:
//  - The collector scans each registered thread from its stopped sp up to
//    its registered stack bottom. Every switch therefore sets the bottom
//    to the top of the stack being switched to (GC_set_stackbottom, in
//    switchTo), and every stack that no thread is executing — parked and
//    runnable Gs, and the g0 of a worker that is running a G — is pushed
//    by pushStacks from its saved sp to its top (GC_push_all_eager: the
//    non-eager push overflows the mark stack with many ranges). A G that
//    has not started holds its closure in g->fn: pushed too. Dead Gs are
//    skipped (their stacks hold garbage).
//  - The switch window: between setting the bottom and moving sp a stop
//    would scan a nonsense range. A worker announces the window with a
//    per-M inSwitch flag (set here, cleared by gopp_swap once sp has
//    moved); the collector raises `stopping` at GC_EVENT_PRE_STOP_WORLD
//    and waits for every flag to clear, and a worker that sees `stopping`
//    backs out of its window and waits for GC_EVENT_POST_START_WORLD.
//    This is Dekker's pattern: each side stores its own flag and then
//    loads the other's, both seq_cst, so at least one sees the other.
//    The flag's clear in gopp_swap is a plain store (it only needs to be
//    seen eventually, and after the sp move in this thread's order, which
//    is all a signal-based suspension observes).
//  - onCpu and sp, read by pushStacks with the world stopped, change only
//    inside switch windows, so a stopped world sees them consistent.
//  - gcCycles counts GC_EVENT_START events. The callback runs inside the
//    collector (allocation lock held, maybe the world stopped), so it only
//    bumps an atomic; sync.Pool compares the count lazily.
//  - Pacing: the collector does not count goroutine stacks when deciding
//    when to collect; after each push the pushed bytes become the minimum
//    allocation between collections (GC_set_min_bytes_allocd), which took
//    a 1M-goroutine start-up from 43 s to 0.9 s in the measurements.
//  - Each worker allocates from its own heap blocks from its first object
//    on (warmAllocCache), as Go's per-P mcache does, so two workers'
//    objects never share a cache line.
//  - runtime.GC (collect) zeroes 16 KiB below its caller before it
//    collects, so that the collector's own frames, scanned
//    conservatively, do not show it pointers left by returned calls.
#include <cstring>

#include <gc/gc_mark.h>
#include <gc/gc_tiny_fl.h>

#include "g.h"
#include "../internal.h"

namespace go::sched {

Sched sched;
P *allp[kMaxProcs];
M *allm[kMaxM];

// The all-G table (gc.cpp owns it): chunks that never move, appended under
// sched.lock, count published with release after the slot is written.
constexpr size_t kChunk = 4096, kChunks = 4096;
G **allgChunks[kChunks];
std::atomic<size_t> allglen{0};

void allgadd(G *g) { // under sched.lock
  size_t n = allglen.load(std::memory_order_relaxed);
  if (n / kChunk >= kChunks)
    fatal(GOPP_LIT("runtime: too many goroutines"));
  if (!allgChunks[n / kChunk])
    allgChunks[n / kChunk] = new G *[kChunk];
  allgChunks[n / kChunk][n % kChunk] = g;
  allglen.store(n + 1, std::memory_order_release);
}
G *allgAt(size_t i) { return allgChunks[i / kChunk][i % kChunk]; }
size_t allgCount() { return allglen.load(std::memory_order_acquire); }

namespace {

std::atomic<bool> stopping{false};
std::atomic<uint64_t> cycles{0}; // collections started (gcCycles)
GC_push_other_roots_proc prevPush = nullptr;
GC_on_collection_event_proc prevEvent = nullptr;

void pushRange(uintptr_t lo, uintptr_t hi, size_t &bytes) {
  if (lo >= hi)
    return;
  GC_push_all_eager(reinterpret_cast<void *>(lo), reinterpret_cast<void *>(hi));
  bytes += hi - lo;
}

void GC_CALLBACK pushStacks() {
  size_t bytes = 0;
  size_t n = allglen.load(std::memory_order_acquire);
  for (size_t i = 0; i < n; i++) {
    G *g = allgAt(i);
    GStatus s = g->status.load(std::memory_order_relaxed);
    if (g->fn.env) // not started yet (set before the G is published)
      GC_push_all_eager(&g->fn, &g->fn + 1);
    if (s == GStatus::Dead)
      continue;
    if (!g->onCpu && g->sp)
      pushRange(uintptr_t(g->sp), g->hi, bytes);
  }
  int mc = sched.mcount.load(std::memory_order_acquire);
  for (int i = 0; i < mc; i++) {
    M *m = allm[i];
    if (m && !m->g0.onCpu && m->g0.sp)
      pushRange(uintptr_t(m->g0.sp), m->g0.hi, bytes);
  }
  if (bytes > 0)
    GC_set_min_bytes_allocd(bytes);
  if (prevPush)
    prevPush();
}

void GC_CALLBACK onEvent(GC_EventType e) {
  if (e == GC_EVENT_START)
    cycles.fetch_add(1, std::memory_order_seq_cst); // a plain counter: safe inside the collector
  if (e == GC_EVENT_PRE_STOP_WORLD) {
    stopping.store(true, std::memory_order_seq_cst);
    int mc = sched.mcount.load(std::memory_order_acquire);
    for (int i = 0; i < mc; i++) {
      M *m = allm[i];
      if (!m)
        continue;
      while (m->inSwitch.load(std::memory_order_seq_cst))
        cpuRelax();
    }
  } else if (e == GC_EVENT_POST_START_WORLD) {
    // release: what the collector did happens before the resumed switches.
    stopping.store(false, std::memory_order_release);
  }
  if (prevEvent)
    prevEvent(e);
}

} // namespace

uint64_t gcCycles() { return cycles.load(std::memory_order_seq_cst); }

namespace {

// Zeroes kClearBytes of the stack just below the caller's frame. Never
// inlined, so the buffer lies below the caller; the empty asm makes the
// stores observable, so the compiler cannot drop them as dead.
constexpr size_t kClearBytes = 16 << 10;
[[gnu::noinline]] void clearDeadStack() {
  unsigned char buf[kClearBytes];
  memset(buf, 0, sizeof buf);
  asm volatile("" : : "r"(buf) : "memory");
}

} // namespace

// runtime.GC. The collector's own frames are built on stack memory that
// the goroutine's returned calls left behind, and it scans them
// conservatively: a pointer from a call that has returned could keep an
// object (and its finalizer) alive for as long as the goroutine runs.
// libgc clears the dead part of thread stacks for the same reason
// (GC_clear_stack); goroutine stacks are ours, so this clears what lies
// below the caller first, when the stack has room for it (a goroutine
// stack that is nearly full keeps its dead words, which only costs
// precision).
void collect() {
  G *g = getg();
  auto sp = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  bool room = g->lo == 0 || sp - g->lo > 2 * kClearBytes;
  if (room)
    clearDeadStack();
  GC_gcollect();
}

void enterSwitch(M *m) {
  for (;;) {
    m->inSwitch.store(1, std::memory_order_seq_cst);
    if (!stopping.load(std::memory_order_seq_cst))
      return;
    m->inSwitch.store(0, std::memory_order_seq_cst);
    while (stopping.load(std::memory_order_acquire))
      cpuRelax();
  }
}

// libgc's thread-local free lists start each size class in a "direct"
// phase: until a thread has allocated about a heap block of that class
// (DIRECT_GRANULES = HBLKSIZE / GRANULE_BYTES = 256 granules, counted as
// granules + 1 per object), its objects come from the global free lists,
// interleaved with every other thread's; only then does the thread take
// whole blocks of its own. Two workers that each allocate a few slices at
// the start then write to one cache line for as long as those objects
// live: fannkuch (3 small slices per chunk of work) spent 5.1 s of CPU with
// two workers against 3.9 s with one, Go 3.65 s against 3.3 s. Allocating
// and freeing each tiny class's direct quota at once, when the worker
// starts, ends the phase before the program allocates; the next
// allocation of a class takes a block for this thread. About 1,500
// allocations under the collector's lock per worker thread (~0.5M
// instructions in callgrind, fannkuch: 1,619.7M -> 1,620.6M with two
// workers), and no memory kept: each object is freed before the next is taken, so
// the global list hands the same one back.
void warmAllocCache() {
  constexpr size_t kDirectGranules = 4096 / GC_GRANULE_BYTES;
  const size_t extra = GC_get_all_interior_pointers() ? 1 : 0; // libgc's EXTRA_BYTES
  for (size_t g = 1; g < GC_TINY_FREELISTS; g++) {
    size_t bytes = g * GC_GRANULE_BYTES - extra; // rounds up to exactly g granules
    for (size_t k = (kDirectGranules - 1) / (g + 1) + 1; k > 0; k--) {
      GC_FREE(GC_MALLOC(bytes));
      GC_FREE(GC_MALLOC_ATOMIC(bytes));
    }
  }
}

void gcInit() {
  // Once: embedding calls it from a static constructor, on the first
  // thread and before libgc locks for threads (embed.cpp), and the
  // scheduler's start calls it again.
  static bool done = false;
  if (done)
    return;
  done = true;
  GC_INIT();
#ifdef GOPP_RACE
  GC_disable(); // Boehm's stop-the-world signals and TSan do not coexist (DESIGN.md)
#endif
  prevPush = GC_get_push_other_roots();
  GC_set_push_other_roots(pushStacks);
  prevEvent = GC_get_on_collection_event();
  GC_set_on_collection_event(onEvent);
}

} // namespace go::sched
