// stress_test.cpp — many producers and consumers on shared channels
// (plain operations and selects mixed), and the collector running while
// channels hold the only references to objects; on 1, 2 and 4 workers.
//
// Invariants and why:
//  - Every value sent is distinct and accounted for: counts and sums are
//    checked, so a lost, duplicated or torn element fails the test.
//  - The GC test keeps pointers to collected objects only in channel
//    buffers and in the stacks of blocked senders, collects, allocates
//    over whatever was freed, and then checks every object's contents. A
//    buffer that is not scanned, or a parked sender's value that is not a
//    root, shows up as a corrupted object.
#include <gtest/gtest.h>

#include <atomic>

#include "gopp/go.h"
#include "helpers.h"
#include "sched/testing.h"

using namespace go;
using chantest::runGo;
using chantest::spawn;

namespace {

class ChannelStress : public chantest::WithWorkers {};

struct Empty {};
struct Tally {
  int64_t sum, count;
};

} // namespace

TEST_P(ChannelStress, ManyProducersAndConsumersLoseNothing) {
  runGo(procs(), [] {
    constexpr int producers = 8, consumers = 6, perProducer = 10000;
    for (int64_t cap : {0, 1, 64}) {
      auto ch = makeChan<int64_t>(cap);
      auto alt = makeChan<int64_t>(cap); // a second channel, reached only through select
      auto producersDone = makeChan<Empty>(producers);
      auto results = makeChan<Tally>(consumers);
      for (int p = 0; p < producers; p++)
        spawn([=] {
          for (int64_t i = 0; i < perProducer; i++) {
            int64_t v = int64_t(p) * perProducer + i + 1;
            if (i % 3 == 0) {
              // select over both channels: whichever takes it first
              SelectCase cs[] = {selectSend(ch, &v), selectSend(alt, &v)};
              selectgo(cs, 2, false, nullptr);
            } else {
              chanSend(i % 3 == 1 ? ch : alt, v);
            }
          }
          chanSend(producersDone, Empty{});
        });
      for (int k = 0; k < consumers; k++)
        spawn([=] {
          int64_t sum = 0, count = 0, v = 0;
          bool ok = true;
          Chan<int64_t> a = ch, b = alt;
          while (a != nullptr || b != nullptr) {
            if (k % 2 == 0) {
              SelectCase cs[] = {selectRecv(a, &v), selectRecv(b, &v)};
              int i = selectgo(cs, 2, false, &ok);
              if (!ok) {
                (i == 0 ? a : b) = Chan<int64_t>(); // drained: disable the case
                continue;
              }
            } else {
              // Alternate plain receives, with non-blocking polls.
              Chan<int64_t> &c = (count % 2 == 0 && a != nullptr) || b == nullptr ? a : b;
              if (!chanRecv2(c, &v)) {
                c = Chan<int64_t>();
                continue;
              }
            }
            sum += v;
            count++;
          }
          chanSend(results, Tally{sum, count});
        });
      for (int p = 0; p < producers; p++)
        chanRecv(producersDone);
      chanClose(ch);
      chanClose(alt);
      int64_t sum = 0, count = 0;
      for (int k = 0; k < consumers; k++) {
        Tally t = chanRecv(results);
        sum += t.sum;
        count += t.count;
      }
      constexpr int64_t n = int64_t(producers) * perProducer;
      EXPECT_EQ(count, n) << "cap " << cap;
      EXPECT_EQ(sum, n * (n + 1) / 2) << "cap " << cap;
    }
  });
}

// A consumer that blocks on a plain receive while only the other channel
// has values could wait until close; that is fine (close comes), but the
// ring of unbuffered hand-offs below exercises pure hand-off throughput.
TEST_P(ChannelStress, TokenRingOfGoroutines) {
  runGo(procs(), [] {
    constexpr int n = 100, laps = 50;
    auto first = makeChan<int64_t>(0);
    Chan<int64_t> in = first;
    for (int i = 0; i < n - 1; i++) {
      auto out = makeChan<int64_t>(0);
      spawn([=] {
        for (int l = 0; l < laps; l++)
          chanSend(out, chanRecv(in) + 1);
      });
      in = out;
    }
    int64_t tok = 0;
    for (int l = 0; l < laps; l++) {
      chanSend(first, tok);
      tok = chanRecv(in) + 1;
    }
    EXPECT_EQ(tok, int64_t(n) * laps);
  });
}

namespace {

struct Payload {
  int64_t id;
  Payload *self; // a pointer into the object itself: scanned memory
  int64_t check[6];
};

[[gnu::noinline]] Payload *makePayload(int64_t id) {
  auto *p = static_cast<Payload *>(alloc(sizeof(Payload)));
  p->id = id;
  p->self = p;
  for (int i = 0; i < 6; i++)
    p->check[i] = id * 7 + i;
  return p;
}
bool intact(const Payload *p, int64_t id) {
  if (!p || p->id != id || p->self != p)
    return false;
  for (int i = 0; i < 6; i++)
    if (p->check[i] != id * 7 + i)
      return false;
  return true;
}
// Fills freed memory of Payload's size class with other contents.
[[gnu::noinline]] void churn() {
  for (int i = 0; i < 20000; i++) {
    auto *q = static_cast<int64_t *>(alloc(sizeof(Payload)));
    for (size_t k = 0; k < sizeof(Payload) / 8; k++)
      q[k] = -1;
  }
}

} // namespace

TEST_P(ChannelStress, ValuesInBuffersAndBlockedSendersSurviveCollections) {
  runGo(procs(), [] {
    constexpr int buffered = 200, senders = 50;
    auto ch = makeChan<Payload *>(buffered);
    // Only the buffer references these.
    for (int64_t i = 0; i < buffered; i++)
      chanSend(ch, makePayload(i));
    // These are held by senders blocked on the full buffer (their value
    // lives on their parked stacks, reachable from the channel's queue).
    auto started = makeChan<Empty>(senders);
    for (int64_t s = 0; s < senders; s++)
      spawn([=] {
        chanSend(started, Empty{});
        chanSend(ch, makePayload(buffered + s));
      });
    for (int s = 0; s < senders; s++)
      chanRecv(started);
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < 50; i++)
        sched::gosched();
      GC_gcollect();
      churn();
    }
    bool seen[buffered + senders] = {};
    for (int i = 0; i < buffered + senders; i++) {
      Payload *p = chanRecv(ch);
      ASSERT_NE(p, nullptr);
      int64_t id = p->id;
      ASSERT_GE(id, 0);
      ASSERT_LT(id, buffered + senders);
      EXPECT_TRUE(intact(p, id)) << "object " << id << " was collected while in a channel";
      EXPECT_FALSE(seen[id]);
      seen[id] = true;
      if (i < buffered) {
        EXPECT_EQ(id, i) << "the buffer is FIFO, and blocked senders queue behind it";
      }
      if (i % 50 == 0) {
        GC_gcollect();
        churn();
      }
    }
  });
}

TEST_P(ChannelStress, UnbufferedHandOffOfCollectedObjectsUnderCollections) {
  runGo(procs(), [] {
    constexpr int n = 2000;
    auto ch = makeChan<Payload *>(0);
    auto done = makeChan<Empty>(1);
    spawn([=] {
      for (int64_t i = 0; i < n; i++)
        chanSend(ch, makePayload(i));
      chanSend(done, Empty{});
    });
    for (int64_t i = 0; i < n; i++) {
      Payload *p = chanRecv(ch);
      ASSERT_TRUE(intact(p, i));
      if (i % 500 == 0) {
        GC_gcollect();
        churn();
      }
    }
    chanRecv(done);
  });
}

// Goroutines parked in selects: their waiter records (reachable only from
// the channels' queues) and the values their send cases offer (only on
// their stacks) must survive collections.
TEST_P(ChannelStress, SelectWaitersAndTheirValuesSurviveCollections) {
  runGo(procs(), [] {
    constexpr int n = 40;
    auto a = makeChan<Payload *>(0), b = makeChan<Payload *>(0);
    auto quit = makeChan<Empty>(0);
    auto started = makeChan<Empty>(n);
    for (int64_t k = 0; k < n; k++)
      spawn([=] {
        Payload *p = makePayload(k);
        Empty e;
        SelectCase cs[] = {selectSend(a, &p), selectSend(b, &p), selectRecv(quit, &e)};
        chanSend(started, Empty{});
        p = makePayload(k); // the only reference is now this stack slot
        selectgo(cs, 3, false, nullptr);
      });
    for (int k = 0; k < n; k++)
      chanRecv(started);
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < 50; i++)
        sched::gosched();
      GC_gcollect();
      churn();
    }
    bool seen[n] = {};
    for (int i = 0; i < n; i++) {
      Payload *p = chanRecv(i % 2 ? a : b);
      ASSERT_NE(p, nullptr);
      ASSERT_GE(p->id, 0);
      ASSERT_LT(p->id, n);
      EXPECT_TRUE(intact(p, p->id));
      EXPECT_FALSE(seen[p->id]);
      seen[p->id] = true;
      if (i % 10 == 0) {
        GC_gcollect();
        churn();
      }
    }
  });
}

INSTANTIATE_TEST_SUITE_P(Workers, ChannelStress, ::testing::Values(1, 2, 4),
                         [](const ::testing::TestParamInfo<int> &i) { return "w" + std::to_string(i.param); });
