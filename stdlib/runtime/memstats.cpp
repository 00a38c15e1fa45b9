// memstats.cpp — runtime.ReadMemStats from the collector's own counters,
// and runtime.GC.
//
// Invariants and why: the Boehm collector measures bytes, not objects.
// HeapSys/Sys is the heap it has obtained, HeapIdle its free bytes (of
// which HeapReleased went back to the kernel), HeapAlloc/Alloc/HeapInuse
// the rest: live objects plus garbage not swept yet, which after
// runtime.GC() is the live heap, as Go's Alloc is. TotalAlloc counts every
// byte allocated. NumGC is the collection count; NumForcedGC counts
// runtime.GC calls. Object counts are not available and stay 0 (see
// runtime.h).
#include <atomic>

#include "runtime/runtime.h"

namespace pkg::runtime {

namespace {
std::atomic<uint32_t> forcedGCs{0};
}

void GC() {
  forcedGCs.fetch_add(1, std::memory_order_relaxed);
  go::sched::collect();
}

void ReadMemStats(MemStats *m) {
  *m = MemStats{};
  uint64_t heap = GC_get_heap_size(), free = GC_get_free_bytes();
  uint64_t inUse = heap > free ? heap - free : 0;
  m->Alloc = m->HeapAlloc = m->HeapInuse = inUse;
  m->TotalAlloc = GC_get_total_bytes();
  m->Sys = m->HeapSys = heap + GC_get_unmapped_bytes();
  m->HeapIdle = free + GC_get_unmapped_bytes();
  m->HeapReleased = GC_get_unmapped_bytes();
  m->NextGC = inUse + GC_get_min_bytes_allocd() > inUse ? inUse + GC_get_min_bytes_allocd() : inUse;
  m->NumGC = uint32_t(GC_get_gc_no());
  m->NumForcedGC = forcedGCs.load(std::memory_order_relaxed);
  m->EnableGC = GC_is_disabled() == 0;
}

} // namespace pkg::runtime
