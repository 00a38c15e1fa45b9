// stack.cpp — goroutine stacks: fixed-size slots carved from large
// reserved regions.
//
// Invariants and why:
//  - One million live goroutines must fit (DESIGN.md, Stacks). A region is
//    one mmap(MAP_NORESERVE) of kRegionSlots slots of kStackSize (256 KiB)
//    with MADV_NOHUGEPAGE, so a goroutine costs the pages it touched (~4
//    KiB for a shallow stack) and the whole region is one kernel mapping
//    (a mapping or guard page per stack would hit vm.max_map_count at
//    ~32k goroutines). Overflow is caught by the stackGuard check that
//    emitted code polls (sysmon.cpp), not by guard pages.
//  - Why 256 KiB: deep enough for ordinary recursion in a goroutine, and
//    eight stacks share one page-table page (2 MiB), so 1M goroutines
//    cost ~0.5 KiB of page tables each. Go grows stacks; we cannot move
//    them (C++ frames hold raw pointers into them), so the slot is the
//    limit. The main goroutine gets its own 1 GiB NORESERVE mapping (Go's
//    limit is 1 GB) with a guard page below it.
//  - Slots are never unmapped. A goroutine takes a slot when it first
//    runs (execute) and gives it back when it ends (gdestroy): a
//    goroutine that was started but has not run yet holds no stack and
//    touches no page. skynet keeps ~90k goroutines alive at its peak,
//    most of them queued and not yet started; with a slot (and its
//    touched top page) per G from spawn on, its peak RSS was 1.8x Go's.
//  - Free slots wait in the running P's cache (64), then in a global
//    LIFO list of warm slots (pages still resident), taken first, and
//    one of cold slots, whose pages went back to the kernel. sysmon gives
//    back, every 100 ms, the warm slots beyond kWarmStacks that no
//    goroutine needed since its last look (the warm list's low-water
//    mark), and when the program goes idle all beyond kWarmStacks
//    (trimFreeStacks), as Go's scavenger returns idle memory. Releasing
//    on each goroutine's exit instead cost skynet 518k madvise calls and
//    0.7 s of system time (Go: 0.13 s), and the pages faulted back in as
//    the next goroutines reused the slots.
//  - Regions are added under a mutex; slots are handed out with a relaxed
//    fetch_add on the current region's cursor (the region pointer is
//    read with acquire, paired with the release store that publishes it).
#include <sys/mman.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "g.h"
#include "gopp/race.h"
#include "../internal.h"

namespace go::sched {

namespace {

constexpr size_t kRegionSlots = size_t(1) << 16; // 16 GiB of address space per region

struct Region {
  char *base;
  std::atomic<size_t> next{0};
};

detail::RtMutex regionLock;
std::atomic<Region *> currentRegion{nullptr};

// Race builds: mapped while the thread ignores accesses, so TSan resets
// the range rather than recording it as written by whoever mapped it
// (which would race with every goroutine that later runs on it).
void *reserve(size_t bytes) {
  race::disable();
  void *p = ::mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  race::enable();
  if (p == MAP_FAILED)
    return nullptr;
  ::madvise(p, bytes, MADV_NOHUGEPAGE);
  return p;
}

Region *newRegion(Region *seen) {
  std::lock_guard<detail::RtMutex> l(regionLock);
  Region *r = currentRegion.load(std::memory_order_acquire);
  if (r != seen)
    return r; // another thread added one
  void *base = reserve(kRegionSlots * kStackSize);
  if (!base)
    return nullptr;
  r = new Region{static_cast<char *>(base)};
  currentRegion.store(r, std::memory_order_release);
  return r;
}

} // namespace

bool stackAlloc(G *g, size_t size) {
  if (size != kStackSize) {
    // The main goroutine: its own reservation, one guard page at the bottom.
    char *p = static_cast<char *>(reserve(size + 4096));
    if (!p)
      return false;
    ::mprotect(p, 4096, PROT_NONE);
    g->lo = uintptr_t(p + 4096);
    g->hi = uintptr_t(p + 4096 + size);
    return true;
  }
  Region *r = currentRegion.load(std::memory_order_acquire);
  for (;;) {
    if (r) {
      size_t i = r->next.fetch_add(1, std::memory_order_relaxed);
      if (i < kRegionSlots) {
        g->lo = uintptr_t(r->base + i * kStackSize);
        g->hi = g->lo + kStackSize;
        return true;
      }
    }
    r = newRegion(r);
    if (!r)
      return false;
  }
}

namespace {

// Gives a slot's pages back to the kernel.
void release(uintptr_t slot) {
  if constexpr (race::enabled)
    raceResetStack(slot, slot + kStackSize); // the shadow goes with the pages
  else
    ::madvise(reinterpret_cast<void *>(slot), kStackSize, MADV_DONTNEED);
}

// A LIFO of slot base addresses (malloc'd: slots are not Go memory).
// Race builds grow it with the thread's accesses ignored: TSan sees
// realloc's copy, but not freeLock (gopp/race.h), and would report two
// workers growing the list one after the other.
struct SlotList {
  uintptr_t *v = nullptr;
  int32_t n = 0, cap = 0;

  void push(uintptr_t slot) {
    if (n == cap) {
      int32_t c = cap ? cap * 2 : 1024;
      race::disable();
      auto *nv = static_cast<uintptr_t *>(std::realloc(v, sizeof(uintptr_t) * size_t(c)));
      race::enable();
      if (!nv)
        fatal(GOPP_LIT("runtime: out of memory"));
      v = nv, cap = c;
    }
    v[n++] = slot;
  }
  uintptr_t pop() { return n ? v[--n] : 0; }
};

// The global free slots, under freeLock (never held with a P's cache
// in use by another thread: each cache is its P's owner's).
detail::RtMutex freeLock;
SlotList warm, cold;
int32_t warmLow = 0; // the fewest warm slots since the last trim

constexpr int32_t kCache = int32_t(sizeof(P::stackCache) / sizeof(uintptr_t));

} // namespace

void stackGet(P *p, G *g) {
  uintptr_t slot = p->nstack ? p->stackCache[--p->nstack] : 0;
  if (!slot) {
    std::lock_guard<detail::RtMutex> l(freeLock);
    while (p->nstack < kCache / 2 && warm.n)
      p->stackCache[p->nstack++] = warm.pop();
    if (warm.n < warmLow)
      warmLow = warm.n;
    slot = p->nstack ? p->stackCache[--p->nstack] : cold.pop();
  }
  if (slot) {
    g->lo = slot;
    g->hi = slot + kStackSize;
    return;
  }
  if (!stackAlloc(g, kStackSize))
    fatal(GOPP_LIT("runtime: cannot allocate goroutine stack"));
}

void stackPut(P *p, G *g) {
  uintptr_t slot = g->lo;
  g->lo = g->hi = 0;
  g->sp = nullptr; // the next goroutine on this G starts afresh (execute)
  if (p->nstack == kCache) {
    std::lock_guard<detail::RtMutex> l(freeLock);
    while (p->nstack > kCache / 2)
      warm.push(p->stackCache[--p->nstack]);
  }
  p->stackCache[p->nstack++] = slot;
}

void stackFlush(P *p) {
  std::lock_guard<detail::RtMutex> l(freeLock);
  while (p->nstack > 0)
    warm.push(p->stackCache[--p->nstack]);
}

void trimFreeStacks(int32_t max, bool idle) {
  SlotList batch;
  {
    std::lock_guard<detail::RtMutex> l(freeLock);
    int32_t excess = std::min((idle ? warm.n : warmLow) - kWarmStacks, max);
    for (int32_t i = 0; i < excess; i++)
      batch.push(warm.pop());
    warmLow = warm.n;
  }
  // The system calls outside the lock: goroutines keep starting.
  for (int32_t i = 0; i < batch.n; i++)
    release(batch.v[i]);
  if (batch.n) {
    std::lock_guard<detail::RtMutex> l(freeLock);
    for (int32_t i = 0; i < batch.n; i++)
      cold.push(batch.v[i]);
  }
  race::disable();
  std::free(batch.v);
  race::enable();
}

} // namespace go::sched
