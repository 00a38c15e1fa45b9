// A P's run queue (runqueue.h): FIFO for its owner, bounded at 256,
// wrap-around of the free-running counters, the overflow half, and
// stealing half by thieves — every G taken exactly once.
#include <gtest/gtest.h>

#include <thread>
#include <vector>

#include "sched/g.h"

using go::sched::G;
using go::sched::RunQueue;

namespace {

std::vector<G> makeGs(size_t n) { return std::vector<G>(n); }

} // namespace

TEST(RunQueue, OwnerGetsInPutOrder) {
  RunQueue q;
  auto gs = makeGs(10);
  for (auto &g : gs)
    ASSERT_TRUE(q.put(&g));
  EXPECT_EQ(q.size(), 10u);
  for (auto &g : gs)
    EXPECT_EQ(q.get(), &g);
  EXPECT_EQ(q.get(), nullptr);
  EXPECT_TRUE(q.empty());
}

TEST(RunQueue, HoldsAtMost256) {
  RunQueue q;
  auto gs = makeGs(257);
  for (int i = 0; i < 256; i++)
    ASSERT_TRUE(q.put(&gs[i]));
  EXPECT_FALSE(q.put(&gs[256]));
  EXPECT_EQ(q.get(), &gs[0]);
  EXPECT_TRUE(q.put(&gs[256]));
}

TEST(RunQueue, CountersWrapAroundTheRingAndPastUint32) {
  RunQueue q;
  // Start the free-running counters just below 2^32.
  q.head.store(0xFFFFFF00u);
  q.tail.store(0xFFFFFF00u);
  auto gs = makeGs(300);
  size_t next = 0;
  for (int round = 0; round < 10; round++) {
    for (int i = 0; i < 200; i++)
      ASSERT_TRUE(q.put(&gs[(round * 200 + i) % 300]));
    for (int i = 0; i < 200; i++, next++)
      ASSERT_EQ(q.get(), &gs[next % 300]);
  }
  EXPECT_TRUE(q.empty());
}

TEST(RunQueue, OverflowTakesTheOlderHalf) {
  RunQueue q;
  auto gs = makeGs(256);
  for (auto &g : gs)
    q.put(&g);
  G *batch[129];
  ASSERT_EQ(q.takeHalfForOverflow(batch), 128u);
  for (int i = 0; i < 128; i++)
    EXPECT_EQ(batch[i], &gs[i]);
  EXPECT_EQ(q.get(), &gs[128]);
}

TEST(RunQueue, OverflowDoesNothingUnlessFull) {
  RunQueue q;
  G g;
  q.put(&g);
  G *batch[129];
  EXPECT_EQ(q.takeHalfForOverflow(batch), 0u);
}

TEST(RunQueue, StealTakesHalfRoundedUpOldestFirstAndReturnsTheLast) {
  RunQueue victim, thief;
  auto gs = makeGs(5);
  for (auto &g : gs)
    victim.put(&g);
  G *got = thief.stealFrom(victim);
  // 3 of 5 stolen: gs[0], gs[1] into the thief's ring, gs[2] to run.
  EXPECT_EQ(got, &gs[2]);
  EXPECT_EQ(thief.get(), &gs[0]);
  EXPECT_EQ(thief.get(), &gs[1]);
  EXPECT_EQ(thief.get(), nullptr);
  EXPECT_EQ(victim.get(), &gs[3]);
  EXPECT_EQ(victim.get(), &gs[4]);
}

TEST(RunQueue, StealFromEmptyGetsNothing) {
  RunQueue victim, thief;
  EXPECT_EQ(thief.stealFrom(victim), nullptr);
}

TEST(RunQueue, ConcurrentOwnerAndThievesTakeEachEntryExactlyOnce) {
  constexpr int kN = 200000;
  auto gs = makeGs(kN);
  RunQueue victim;
  std::vector<std::atomic<int>> taken(kN);
  std::atomic<bool> stop{false};
  auto mark = [&](G *g) { taken[g - gs.data()].fetch_add(1, std::memory_order_relaxed); };
  std::vector<std::thread> thieves;
  for (int t = 0; t < 2; t++)
    thieves.emplace_back([&] {
      RunQueue mine;
      while (!stop.load(std::memory_order_acquire)) {
        if (G *g = mine.stealFrom(victim)) {
          mark(g);
          while (G *x = mine.get())
            mark(x);
        }
      }
    });
  int i = 0;
  while (i < kN) {
    if (victim.put(&gs[i]))
      i++;
    if (i % 3 == 0)
      if (G *g = victim.get())
        mark(g);
  }
  while (G *g = victim.get())
    mark(g);
  // Let the thieves finish what they took.
  while (!victim.empty()) {
  }
  stop.store(true, std::memory_order_release);
  for (auto &t : thieves)
    t.join();
  while (G *g = victim.get())
    mark(g);
  for (int k = 0; k < kN; k++)
    ASSERT_EQ(taken[k].load(), 1) << "entry " << k;
}
