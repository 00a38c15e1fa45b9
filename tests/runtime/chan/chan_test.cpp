// chan_test.cpp — channel operations (make, send, receive, close, len,
// cap), each Go rule a test, run on schedulers of 1, 2 and 4 workers.
//
// Invariants and why:
//  - Every test body runs as a goroutine (runGo); helpers it starts are
//    goroutines too, and the body waits for them through channels before
//    it returns (a body's locals live on its goroutine's stack).
//  - Outcomes never depend on timing. Where a test wants another
//    goroutine to be parked before acting (to exercise the wake-up path
//    rather than the fast path), it waits for a "started" signal and then
//    yields a while; the rule checked holds either way.
//  - Goroutines blocked forever on nil channels are leaked on purpose:
//    nothing can ever wake them, which is the rule.
#include <gtest/gtest.h>

#include <atomic>
#include <vector>

#include "../common.h"
#include "helpers.h"
#include "chan/hchan.h"
#include "gopp/go.h"
#include "sched/testing.h"

using namespace go;
using chantest::runGo;
using chantest::spawn;
using chantest::yieldMany;

namespace {

class Channels : public chantest::WithWorkers {};

struct Empty {}; // gopp's struct{}

struct Big {
  int64_t words[64];
};

} // namespace

// ----------------------------------------------------- unbuffered

TEST_P(Channels, UnbufferedSendHandsTheValueToAReceiver) {
  runGo(procs(), [] {
    auto ch = makeChan<int64_t>(0);
    auto done = makeChan<int64_t>(1);
    spawn([=] { chanSend(done, chanRecv(ch) * 2); });
    chanSend<int64_t>(ch, 21);
    EXPECT_EQ(chanRecv(done), 42);
  });
}

TEST_P(Channels, UnbufferedSendWaitsUntilAReceiverTakesTheValue) {
  runGo(procs(), [] {
    auto ch = makeChan<int64_t>(0);
    auto done = makeChan<Empty>(0);
    auto *stage = newObject<std::atomic<int>>();
    spawn([=] {
      stage->store(1);
      chanSend<int64_t>(ch, 7);
      stage->store(2);
      chanSend(done, Empty{});
    });
    while (stage->load() == 0)
      sched::gosched();
    yieldMany();
    EXPECT_EQ(stage->load(), 1) << "the send completed with no receiver";
    EXPECT_EQ(chanRecv(ch), 7);
    chanRecv(done);
    EXPECT_EQ(stage->load(), 2);
  });
}

TEST_P(Channels, UnbufferedReceiveWaitsUntilASenderArrives) {
  runGo(procs(), [] {
    auto ch = makeChan<int64_t>(0);
    auto got = makeChan<int64_t>(1);
    auto *stage = newObject<std::atomic<int>>();
    spawn([=] {
      stage->store(1);
      int64_t v = chanRecv(ch);
      stage->store(2);
      chanSend(got, v);
    });
    while (stage->load() == 0)
      sched::gosched();
    yieldMany();
    EXPECT_EQ(stage->load(), 1) << "the receive completed with no sender";
    chanSend<int64_t>(ch, 99);
    EXPECT_EQ(chanRecv(got), 99);
  });
}

TEST_P(Channels, PingPongAlternatesStrictly) {
  runGo(procs(), [] {
    auto ping = makeChan<int64_t>(0), pong = makeChan<int64_t>(0);
    spawn([=] {
      int64_t v;
      while (chanRecv2(ping, &v))
        chanSend(pong, v + 1);
      chanClose(pong);
    });
    for (int64_t i = 0; i < 1000; i += 2) {
      chanSend(ping, i);
      EXPECT_EQ(chanRecv(pong), i + 1);
    }
    chanClose(ping);
    int64_t v = -1;
    EXPECT_FALSE(chanRecv2(pong, &v));
    EXPECT_EQ(v, 0);
  });
}

// ------------------------------------------------------- buffered

TEST_P(Channels, BufferedChannelIsFirstInFirstOutAcrossWrapAround) {
  runGo(procs(), [] {
    auto ch = makeChan<int64_t>(4);
    std::vector<int64_t> out;
    int64_t next = 0;
    for (int round = 0; round < 50; round++) {
      chanSend(ch, next++);
      chanSend(ch, next++);
      chanSend(ch, next++);
      out.push_back(chanRecv(ch));
      out.push_back(chanRecv(ch));
      out.push_back(chanRecv(ch));
    }
    for (size_t i = 0; i < out.size(); i++)
      EXPECT_EQ(out[i], int64_t(i));
  });
}

TEST_P(Channels, BufferedSendBlocksWhenFullAndOrderIsKept) {
  runGo(procs(), [] {
    auto ch = makeChan<int64_t>(3);
    auto *sent = newObject<std::atomic<int>>();
    spawn([=] {
      for (int64_t i = 0; i < 100; i++) {
        chanSend(ch, i);
        sent->fetch_add(1);
      }
    });
    while (sent->load() < 3)
      sched::gosched();
    yieldMany();
    EXPECT_EQ(sent->load(), 3) << "a send went past a full buffer";
    EXPECT_EQ(chanLen(ch), 3);
    for (int64_t i = 0; i < 100; i++)
      EXPECT_EQ(chanRecv(ch), i);
  });
}

TEST_P(Channels, LenAndCapAreExactAndZeroForNil) {
  runGo(procs(), [] {
    Chan<int64_t> nilc;
    EXPECT_EQ(chanLen(nilc), 0);
    EXPECT_EQ(chanCap(nilc), 0);
    auto u = makeChan<int64_t>(0);
    EXPECT_EQ(chanLen(u), 0);
    EXPECT_EQ(chanCap(u), 0);
    auto b = makeChan<int64_t>(5);
    for (int64_t i = 1; i <= 5; i++) {
      chanSend(b, i);
      EXPECT_EQ(chanLen(b), i);
    }
    EXPECT_EQ(chanCap(b), 5);
    chanRecv(b);
    EXPECT_EQ(chanLen(b), 4);
    chanClose(b);
    EXPECT_EQ(chanLen(b), 4);
    EXPECT_EQ(chanCap(b), 5);
  });
}

// ----------------------------------------------------------- close

TEST_P(Channels, ReceiveFromClosedChannelDrainsBufferThenGivesZeroNotOk) {
  runGo(procs(), [] {
    auto ch = makeChan<int64_t>(3);
    chanSend<int64_t>(ch, 1);
    chanSend<int64_t>(ch, 2);
    chanClose(ch);
    int64_t v = -1;
    EXPECT_TRUE(chanRecv2(ch, &v));
    EXPECT_EQ(v, 1);
    EXPECT_TRUE(chanRecv2(ch, &v));
    EXPECT_EQ(v, 2);
    v = -1;
    EXPECT_FALSE(chanRecv2(ch, &v));
    EXPECT_EQ(v, 0) << "a receive because of close yields the zero value";
    EXPECT_EQ(chanRecv(ch), 0);
    EXPECT_FALSE(chanRecv2<int64_t>(ch, nullptr));
  });
}

TEST_P(Channels, CloseWakesEveryBlockedReceiverWithZeroNotOk) {
  runGo(procs(), [] {
    constexpr int n = 8;
    auto ch = makeChan<int64_t>(0);
    auto started = makeChan<Empty>(n);
    auto results = makeChan<int64_t>(n);
    for (int i = 0; i < n; i++)
      spawn([=] {
        int64_t v = 12345;
        chanSend(started, Empty{});
        bool ok = chanRecv2(ch, &v);
        chanSend<int64_t>(results, ok ? 1000 : v); // 0 when woken by close
      });
    for (int i = 0; i < n; i++)
      chanRecv(started);
    yieldMany();
    chanClose(ch);
    for (int i = 0; i < n; i++)
      EXPECT_EQ(chanRecv(results), 0);
  });
}

TEST_P(Channels, CloseMakesEveryBlockedSenderPanic) {
  runGo(procs(), [] {
    constexpr int n = 5;
    auto ch = makeChan<int64_t>(1);
    chanSend<int64_t>(ch, 0); // full: every sender blocks
    auto started = makeChan<Empty>(n);
    auto texts = makeChan<String>(n);
    for (int i = 0; i < n; i++)
      spawn([=] {
        chanSend(started, Empty{});
        std::string t = rt_test::panicText([=] { chanSend<int64_t>(ch, 1); });
        chanSend(texts, makeString(t));
      });
    for (int i = 0; i < n; i++)
      chanRecv(started);
    yieldMany();
    chanClose(ch);
    for (int i = 0; i < n; i++)
      EXPECT_EQ(rt_test::str(chanRecv(texts)), "send on closed channel");
    EXPECT_EQ(chanLen(ch), 1) << "the buffered value is still there";
    EXPECT_EQ(chanRecv(ch), 0);
  });
}

// ---------------------------------------------------------- panics

TEST_P(Channels, SendOnClosedChannelPanicsWithAPlainRuntimeError) {
  runGo(procs(), [] {
    auto ch = makeChan<int64_t>(1);
    chanClose(ch);
    EXPECT_EQ(rt_test::panicText([=] { chanSend<int64_t>(ch, 1); }), "send on closed channel");
    EXPECT_EQ(rt_test::panicType([=] { chanSend<int64_t>(ch, 1); }), "runtime.plainError");
    auto u = makeChan<int64_t>(0);
    chanClose(u);
    EXPECT_EQ(rt_test::panicText([=] { chanSend<int64_t>(u, 1); }), "send on closed channel");
  });
}

TEST_P(Channels, CloseOfClosedOrNilChannelPanics) {
  runGo(procs(), [] {
    auto ch = makeChan<int64_t>(0);
    chanClose(ch);
    EXPECT_EQ(rt_test::panicText([=] { chanClose(ch); }), "close of closed channel");
    EXPECT_EQ(rt_test::panicText([] { chanClose(Chan<int64_t>()); }), "close of nil channel");
    EXPECT_EQ(rt_test::panicType([] { chanClose(Chan<int64_t>()); }), "runtime.plainError");
  });
}

TEST_P(Channels, MakeChanRejectsNegativeAndHugeSizes) {
  runGo(procs(), [] {
    EXPECT_EQ(rt_test::panicText([] { makeChan<int64_t>(-1); }), "makechan: size out of range");
    EXPECT_EQ(rt_test::panicText([] { makeChan<int64_t>(int64_t(1) << 62); }), "makechan: size out of range");
    EXPECT_EQ(rt_test::panicText([] { makeChan<uint8_t>(int64_t(1) << 48); }), "makechan: size out of range");
    EXPECT_EQ(rt_test::panicType([] { makeChan<int64_t>(-5); }), "runtime.plainError");
    // Elements of size 0 need no buffer: any non-negative size is fine.
    auto z = makeChan<Empty>(int64_t(1) << 62);
    EXPECT_EQ(chanCap(z), int64_t(1) << 62);
  });
}

// ------------------------------------------------- element shapes

TEST_P(Channels, ZeroSizeElementsWorkBufferedAndUnbuffered) {
  runGo(procs(), [] {
    auto sig = makeChan<Empty>(3);
    chanSend(sig, Empty{});
    chanSend(sig, Empty{});
    EXPECT_EQ(chanLen(sig), 2);
    chanRecv(sig);
    EXPECT_EQ(chanLen(sig), 1);
    auto u = makeChan<Empty>(0);
    auto done = makeChan<Empty>(0);
    spawn([=] {
      for (int i = 0; i < 100; i++)
        chanRecv(u);
      chanClose(done);
    });
    for (int i = 0; i < 100; i++)
      chanSend(u, Empty{});
    Empty e;
    EXPECT_FALSE(chanRecv2(done, &e));
  });
}

TEST_P(Channels, LargeElementsAreCopiedWhole) {
  runGo(procs(), [] {
    auto ub = makeChan<Big>(0);
    auto bb = makeChan<Big>(2);
    spawn([=] {
      for (int64_t k = 0; k < 20; k++) {
        Big b;
        for (int i = 0; i < 64; i++)
          b.words[i] = k * 1000 + i;
        chanSend(k % 2 ? ub : bb, b);
      }
    });
    for (int64_t k = 0; k < 20; k++) {
      Big b = chanRecv(k % 2 ? ub : bb);
      for (int i = 0; i < 64; i++)
        ASSERT_EQ(b.words[i], k * 1000 + i);
    }
  });
}

TEST_P(Channels, ChannelsCompareByIdentityAndWorkAsMapKeysAndInInterfaces) {
  static const Type chanIntType{.self = &chanIntType,
                                .kind = Kind::Chan,
                                .flags = kPointerShaped,
                                .size = sizeof(Chan<int64_t>),
                                .name = "chan int",
                                .equal = &equalOf<Chan<int64_t>>,
                                .elem = &int64Type};
  runGo(procs(), [] {
    auto a = makeChan<int64_t>(0), b = makeChan<int64_t>(0);
    auto a2 = a;
    EXPECT_TRUE(a == a2);
    EXPECT_TRUE(a != b);
    EXPECT_TRUE(Chan<int64_t>() == nullptr);
    EXPECT_FALSE(a == nullptr);
    static_assert(sizeof(Chan<int64_t>) == sizeof(void *));
    auto *m = makeMap<Chan<int64_t>, int64_t>(&chanIntType);
    mapSet(m, a, int64_t(1));
    mapSet(m, b, int64_t(2));
    mapSet(m, a2, int64_t(3));
    EXPECT_EQ(mapLen(m), 2);
    EXPECT_EQ(mapGet(m, a), 3);
    EXPECT_EQ(mapGet(m, b), 2);
    EXPECT_EQ(mapGet(m, Chan<int64_t>()), 0);
    Iface x = box(&chanIntType, a), y = box(&chanIntType, a2), z = box(&chanIntType, b);
    EXPECT_TRUE(x == y);
    EXPECT_FALSE(x == z);
    EXPECT_EQ(hashValue(&chanIntType, &a, 7), hashValue(&chanIntType, &a2, 7));
    EXPECT_TRUE(unboxData<Chan<int64_t>>(x.data) == a);
  });
}

// ---------------------------------------------------- nil channels

TEST_P(Channels, NilChannelSendAndReceiveBlockForever) {
  runGo(procs(), [] {
    auto *stage = newObject<std::atomic<int>>();
    spawn([=] {
      stage->fetch_add(1);
      chanSend<int64_t>(Chan<int64_t>(), 1);
      stage->fetch_add(100);
    });
    spawn([=] {
      stage->fetch_add(1);
      chanRecv(Chan<int64_t>());
      stage->fetch_add(100);
    });
    while (stage->load() < 2)
      sched::gosched();
    yieldMany(500);
    EXPECT_EQ(stage->load(), 2);
  });
}

// ------------------------------------------------ non-blocking forms

TEST_P(Channels, TrySendAndTryRecvNeverBlock) {
  runGo(procs(), [] {
    auto u = makeChan<int64_t>(0);
    EXPECT_FALSE(chanTrySend<int64_t>(u, 1));
    int64_t v = 5;
    EXPECT_FALSE(chanTryRecv(u, &v));
    EXPECT_FALSE(chanTrySend<int64_t>(Chan<int64_t>(), 1));
    EXPECT_FALSE(chanTryRecv(Chan<int64_t>(), &v));
    auto b = makeChan<int64_t>(1);
    EXPECT_TRUE(chanTrySend<int64_t>(b, 8));
    EXPECT_FALSE(chanTrySend<int64_t>(b, 9));
    bool ok = false;
    EXPECT_TRUE(chanTryRecv(b, &v, &ok));
    EXPECT_TRUE(ok);
    EXPECT_EQ(v, 8);
    chanClose(b);
    EXPECT_TRUE(chanTryRecv(b, &v, &ok));
    EXPECT_FALSE(ok);
    EXPECT_EQ(v, 0);
    EXPECT_EQ(rt_test::panicText([=] { chanTrySend<int64_t>(b, 1); }), "send on closed channel");
  });
}

// ------------------------------------------------- happens-before

TEST_P(Channels, WritesBeforeASendAreVisibleAfterTheReceive) {
  runGo(procs(), [] {
    constexpr int rounds = 300, words = 256;
    for (int64_t cap : {0, 1}) {
      auto ch = makeChan<int64_t *>(cap);
      auto back = makeChan<Empty>(cap);
      spawn([=] {
        for (int r = 0; r < rounds; r++) {
          auto *p = static_cast<int64_t *>(allocAtomic(sizeof(int64_t) * words));
          for (int i = 0; i < words; i++)
            p[i] = r * words + i; // plain writes, published only by the send
          chanSend(ch, p);
          chanRecv(back);
        }
      });
      for (int r = 0; r < rounds; r++) {
        int64_t *p = chanRecv(ch);
        for (int i = 0; i < words; i++)
          ASSERT_EQ(p[i], r * words + i);
        chanSend(back, Empty{});
      }
    }
  });
}

TEST_P(Channels, WritesBeforeCloseAreVisibleToReceiversWokenByIt) {
  runGo(procs(), [] {
    for (int round = 0; round < 100; round++) {
      auto ch = makeChan<int64_t>(0);
      auto results = makeChan<int64_t>(4);
      auto *data = static_cast<int64_t *>(allocAtomic(sizeof(int64_t) * 64));
      for (int k = 0; k < 4; k++)
        spawn([=] {
          chanRecv2<int64_t>(ch, nullptr);
          int64_t s = 0;
          for (int i = 0; i < 64; i++)
            s += data[i];
          chanSend(results, s);
        });
      for (int i = 0; i < 64; i++)
        data[i] = round + i; // plain writes, published only by the close
      chanClose(ch);
      for (int k = 0; k < 4; k++)
        ASSERT_EQ(chanRecv(results), 64 * round + 64 * 63 / 2);
    }
  });
}

// The k-th receive happens before the (k+C)-th send completes: a buffered
// channel of capacity C admits at most C goroutines at once.
TEST_P(Channels, BufferedChannelOfCapacityCAdmitsAtMostCAtOnce) {
  runGo(procs(), [] {
    constexpr int c = 3, n = 40;
    auto sem = makeChan<Empty>(c);
    auto done = makeChan<Empty>(n);
    auto *active = newObject<std::atomic<int>>();
    auto *maxActive = newObject<std::atomic<int>>();
    for (int k = 0; k < n; k++)
      spawn([=] {
        for (int r = 0; r < 20; r++) {
          chanSend(sem, Empty{});
          int now = active->fetch_add(1) + 1;
          int m = maxActive->load();
          while (now > m && !maxActive->compare_exchange_weak(m, now)) {
          }
          sched::gosched();
          active->fetch_sub(1);
          chanRecv(sem);
        }
        chanSend(done, Empty{});
      });
    for (int k = 0; k < n; k++)
      chanRecv(done);
    EXPECT_LE(maxActive->load(), c);
    EXPECT_GE(maxActive->load(), 1);
  });
}

INSTANTIATE_TEST_SUITE_P(Workers, Channels, ::testing::Values(1, 2, 4),
                         [](const ::testing::TestParamInfo<int> &i) { return "w" + std::to_string(i.param); });

// ------------------------------------------------------ deadlocks

namespace {
void mainBlockedOnNilReceive() { chanRecv(Chan<int64_t>()); }
void mainBlockedOnNilSend() { chanSend<int64_t>(Chan<int64_t>(), 1); }
void mainBlockedOnReceive() { chanRecv(makeChan<int64_t>(0)); }
void mainBlockedOnSend() {
  auto ch = makeChan<int64_t>(1);
  chanSend<int64_t>(ch, 1);
  chanSend<int64_t>(ch, 2);
}
} // namespace

// A goroutine blocked on a channel that nobody can ever use is what the
// scheduler's deadlock detector reports, with Go's wait reasons.
TEST(ChannelDeadlock, ProgramBlockedOnChannelsDiesWithGosDeadlockReport) {
  struct Case {
    void (*main)();
    const char *reason;
  } cases[] = {{mainBlockedOnNilReceive, "\\[chan receive \\(nil chan\\)\\]"},
               {mainBlockedOnNilSend, "\\[chan send \\(nil chan\\)\\]"},
               {mainBlockedOnReceive, "\\[chan receive\\]"},
               {mainBlockedOnSend, "\\[chan send\\]"}};
  GTEST_FLAG_SET(death_test_style, "threadsafe"); // a fresh process: no scheduler yet
  for (auto &c : cases)
    EXPECT_EXIT(runGo(1, c.main), ::testing::ExitedWithCode(2),
                std::string("fatal error: all goroutines are asleep - deadlock!(.|\n)*") + c.reason);
}
