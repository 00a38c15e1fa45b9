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
//  - Slots are never unmapped: a slot belongs to its G for the G's whole
//    life, including time on the free lists (sched.cpp). stackRelease
//    gives every page of a slot back (MADV_DONTNEED). Free Gs keep their
//    pages (warm) while goroutine starts reuse them; sysmon releases, every
//    100 ms, the stacks of warm free Gs beyond kWarmStacks that no start
//    needed since its last look, and when the program goes idle all
//    beyond kWarmStacks (trimFreeStacks), as Go's scavenger returns idle
//    memory. So a
//    program that keeps starting short goroutines reuses warm stacks
//    instead of paying a madvise and page faults for each (bench spawn:
//    madvise and page faults were 25% of its profile when every exit
//    released), while the stacks of a million finished goroutines still
//    go back to the kernel.
//  - Regions are added under a mutex; slots are handed out with a relaxed
//    fetch_add on the current region's cursor (the region pointer is
//    read with acquire, paired with the release store that publishes it).
#include <sys/mman.h>

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

void stackRelease(G *g) {
  if (g->hi - g->lo != kStackSize)
    return;
  if constexpr (race::enabled)
    raceResetStack(g->lo, g->hi); // the shadow goes with the pages
  else
    ::madvise(reinterpret_cast<void *>(g->lo), kStackSize, MADV_DONTNEED);
}

} // namespace go::sched
