// runqueue.h — a P's local run queue: a bounded ring of 256 G pointers,
// single producer (the P's owner), multiple consumers (the owner and
// thieves). Go's runqput / runqget / runqgrab (proc.go).
//
// Invariants and why:
//  - head and tail are free-running uint32 counters; the queue holds
//    tail - head entries, at buf[i % 256]. Only the owner writes tail;
//    everyone advances head, and only by CAS, so an entry is taken by
//    exactly one consumer.
//  - The owner stores the entry (relaxed) and then publishes it with a
//    release store of tail; a consumer loads tail with acquire, reads the
//    entries, and then claims them with a CAS on head (release on success,
//    so the owner's later acquire load of head orders its overwrite of a
//    slot after our read of it). A consumer may read a slot the owner is
//    concurrently overwriting after another consumer freed it; its CAS
//    then fails and the value is discarded. Slots are atomics (relaxed) so
//    that read is not a C++ data race.
//  - The owner reads tail relaxed (it is the only writer). head is loaded
//    with acquire everywhere: it synchronises with the release CAS of the
//    consumer that freed a slot.
#pragma once

#include <atomic>
#include <cstdint>

namespace go::sched {

struct G;

struct RunQueue {
  static constexpr uint32_t kSize = 256;
  std::atomic<uint32_t> head{0};
  std::atomic<uint32_t> tail{0};
  std::atomic<G *> buf[kSize];

  RunQueue() {
    for (auto &s : buf)
      s.store(nullptr, std::memory_order_relaxed);
  }

  uint32_t size() const {
    // A snapshot (for heuristics): acquire both, as a thief would.
    uint32_t h = head.load(std::memory_order_acquire);
    uint32_t t = tail.load(std::memory_order_acquire);
    return t - h;
  }
  bool empty() const { return size() == 0; }

  // Owner: appends g; false if the ring is full.
  bool put(G *g) {
    uint32_t h = head.load(std::memory_order_acquire);
    uint32_t t = tail.load(std::memory_order_relaxed);
    if (t - h >= kSize)
      return false;
    buf[t % kSize].store(g, std::memory_order_relaxed);
    tail.store(t + 1, std::memory_order_release);
    return true;
  }

  // Owner: takes the oldest entry, or null.
  G *get() {
    for (;;) {
      uint32_t h = head.load(std::memory_order_acquire);
      uint32_t t = tail.load(std::memory_order_relaxed);
      if (t == h)
        return nullptr;
      G *g = buf[h % kSize].load(std::memory_order_relaxed);
      if (head.compare_exchange_weak(h, h + 1, std::memory_order_release, std::memory_order_relaxed))
        return g;
    }
  }

  // Owner, when full: takes the older half into batch (for the global
  // queue). Returns how many, 0 if the ring is no longer full (retry put).
  uint32_t takeHalfForOverflow(G **batch) {
    uint32_t h = head.load(std::memory_order_acquire);
    uint32_t t = tail.load(std::memory_order_relaxed);
    uint32_t n = (t - h) / 2;
    if (n != kSize / 2)
      return 0;
    for (uint32_t i = 0; i < n; i++)
      batch[i] = buf[(h + i) % kSize].load(std::memory_order_relaxed);
    if (!head.compare_exchange_strong(h, h + n, std::memory_order_release, std::memory_order_relaxed))
      return 0;
    return n;
  }

  // Thief: copies half (rounded up) of the entries into batch (room for
  // kSize/2) and claims them. Returns how many.
  uint32_t grab(G **batch) {
    for (;;) {
      uint32_t h = head.load(std::memory_order_acquire);
      uint32_t t = tail.load(std::memory_order_acquire);
      uint32_t n = t - h;
      n = n - n / 2;
      if (n == 0)
        return 0;
      if (n > kSize / 2)
        continue; // read an inconsistent h and t: retry
      for (uint32_t i = 0; i < n; i++)
        batch[i] = buf[(h + i) % kSize].load(std::memory_order_relaxed);
      if (head.compare_exchange_weak(h, h + n, std::memory_order_release, std::memory_order_relaxed))
        return n;
    }
  }

  // Owner of *this: steals half of victim's queue into this ring; returns
  // the last stolen G (to run now), or null. The caller's ring must be
  // empty (as findRunnable's is when it steals).
  G *stealFrom(RunQueue &victim) {
    G *batch[kSize / 2];
    uint32_t n = victim.grab(batch);
    if (n == 0)
      return nullptr;
    G *last = batch[--n];
    if (n == 0)
      return last;
    uint32_t t = tail.load(std::memory_order_relaxed);
    for (uint32_t i = 0; i < n; i++)
      buf[(t + i) % kSize].store(batch[i], std::memory_order_relaxed);
    tail.store(t + n, std::memory_order_release);
    return last;
  }
};

} // namespace go::sched
