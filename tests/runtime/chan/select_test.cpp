// select_test.cpp — the select statement: readiness, default, nil and
// closed channels, uniform choice, exactly-once wake-up of a blocked
// select, and freedom from lock-order deadlocks; on 1, 2 and 4 workers.
//
// Invariants and why:
//  - As in chan_test.cpp: bodies run as goroutines and wait for their
//    helpers; outcomes never depend on timing; goroutines blocked forever
//    are leaked on purpose.
//  - Internal queues are inspected (chan/hchan.h) only to check that a
//    woken select leaves no Sudog behind, which no Go-visible behaviour
//    can show directly.
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

class Select : public chantest::WithWorkers {};

struct Empty {};

bool queuesEmpty(hchan *c) {
  c->lock.lock();
  bool e = c->recvq.empty() && c->sendq.empty();
  c->lock.unlock();
  return e;
}

} // namespace

TEST_P(Select, WithNoCasesBlocksForever) {
  runGo(procs(), [] {
    auto *stage = newObject<std::atomic<int>>();
    spawn([=] {
      stage->store(1);
      selectgo(nullptr, 0, false, nullptr);
      stage->store(2);
    });
    while (stage->load() == 0)
      sched::gosched();
    yieldMany(500);
    EXPECT_EQ(stage->load(), 1);
    EXPECT_EQ(selectgo(nullptr, 0, true, nullptr), -1) << "select { default: } takes the default";
  });
}

TEST_P(Select, OverOnlyNilChannelsBlocksForever) {
  runGo(procs(), [] {
    auto *stage = newObject<std::atomic<int>>();
    spawn([=] {
      stage->store(1);
      int64_t v = 0, w = 3;
      SelectCase cs[] = {selectRecv(Chan<int64_t>(), &v), selectSend(Chan<int64_t>(), &w)};
      selectgo(cs, 2, false, nullptr);
      stage->store(2);
    });
    while (stage->load() == 0)
      sched::gosched();
    yieldMany(500);
    EXPECT_EQ(stage->load(), 1);
  });
}

TEST_P(Select, WithDefaultNeverBlocks) {
  runGo(procs(), [] {
    auto empty = makeChan<int64_t>(1);
    auto full = makeChan<int64_t>(1);
    auto unbuf = makeChan<int64_t>(0);
    chanSend<int64_t>(full, 1);
    int64_t v = 0, w = 2;
    SelectCase cs[] = {selectRecv(empty, &v), selectSend(full, &w), selectSend(unbuf, &w),
                       selectRecv(unbuf, &v), selectRecv(Chan<int64_t>(), &v), selectSend(Chan<int64_t>(), &w)};
    for (int i = 0; i < 100; i++)
      EXPECT_EQ(selectgo(cs, 6, true, nullptr), -1);
    chanSend<int64_t>(empty, 5);
    bool ok = false;
    EXPECT_EQ(selectgo(cs, 6, true, &ok), 0);
    EXPECT_TRUE(ok);
    EXPECT_EQ(v, 5);
  });
}

TEST_P(Select, ChoosesUniformlyAmongReadyCases) {
  runGo(procs(), [] {
    Chan<int64_t> ch[3] = {makeChan<int64_t>(1), makeChan<int64_t>(1), makeChan<int64_t>(1)};
    for (auto c : ch)
      chanSend<int64_t>(c, 0);
    int64_t slot = 0;
    SelectCase cs[] = {selectRecv(ch[0], &slot), selectRecv(ch[1], &slot), selectRecv(ch[2], &slot)};
    int counts[3] = {0, 0, 0};
    constexpr int runs = 3000;
    for (int r = 0; r < runs; r++) {
      int i = selectgo(cs, 3, false, nullptr);
      ASSERT_GE(i, 0);
      ASSERT_LT(i, 3);
      counts[i]++;
      chanSend<int64_t>(ch[i], 0); // all three ready again
    }
    for (int i = 0; i < 3; i++) {
      EXPECT_GE(counts[i], runs * 25 / 100) << "case " << i;
      EXPECT_LE(counts[i], runs * 42 / 100) << "case " << i;
    }
    // Mixed send and receive cases are shuffled alike.
    auto s = makeChan<int64_t>(1 << 12);
    int64_t w = 1;
    SelectCase mixed[] = {selectRecv(ch[0], &slot), selectSend(s, &w)};
    int sendChosen = 0;
    for (int r = 0; r < 2000; r++)
      if (selectgo(mixed, 2, false, nullptr) == 1)
        sendChosen++;
      else
        chanSend<int64_t>(ch[0], 0);
    EXPECT_GE(sendChosen, 800);
    EXPECT_LE(sendChosen, 1200);
  });
}

TEST_P(Select, ReceivesFromTheOneReadyChannel) {
  runGo(procs(), [] {
    auto a = makeChan<int64_t>(0), b = makeChan<int64_t>(1);
    chanSend<int64_t>(b, 77);
    int64_t va = -1, vb = -1;
    SelectCase cs[] = {selectRecv(a, &va), selectRecv(b, &vb)};
    bool ok = false;
    EXPECT_EQ(selectgo(cs, 2, false, &ok), 1);
    EXPECT_TRUE(ok);
    EXPECT_EQ(vb, 77);
    EXPECT_EQ(va, -1);
  });
}

TEST_P(Select, ClosedChannelCaseReceivesZeroNotOk) {
  runGo(procs(), [] {
    auto c = makeChan<int64_t>(1);
    chanSend<int64_t>(c, 4);
    chanClose(c);
    auto never = makeChan<int64_t>(0);
    int64_t v = -1;
    SelectCase cs[] = {selectRecv(never, &v), selectRecv(c, &v)};
    bool ok = false;
    EXPECT_EQ(selectgo(cs, 2, false, &ok), 1);
    EXPECT_TRUE(ok);
    EXPECT_EQ(v, 4);
    v = -1;
    EXPECT_EQ(selectgo(cs, 2, true, &ok), 1);
    EXPECT_FALSE(ok);
    EXPECT_EQ(v, 0);
  });
}

TEST_P(Select, SendCaseOnClosedChannelPanics) {
  runGo(procs(), [] {
    auto c = makeChan<int64_t>(1);
    chanClose(c);
    int64_t w = 1;
    SelectCase cs[] = {selectSend(c, &w)};
    EXPECT_EQ(rt_test::panicText([&] { selectgo(cs, 1, true, nullptr); }), "send on closed channel");
    // The locks were released: the channel is still usable.
    EXPECT_EQ(chanLen(c), 0);
    EXPECT_FALSE(chanRecv2<int64_t>(c, nullptr));
  });
}

TEST_P(Select, BlockedSelectIsWokenExactlyOnceAndLeavesNoWaiterBehind) {
  runGo(procs(), [] {
    for (int round = 0; round < 100; round++) {
      Chan<int64_t> ch[3] = {makeChan<int64_t>(0), makeChan<int64_t>(0), makeChan<int64_t>(0)};
      auto got = makeChan<int64_t>(1);
      auto started = makeChan<Empty>(1);
      spawn([=] {
        int64_t v = 0;
        SelectCase cs[] = {selectRecv(ch[0], &v), selectRecv(ch[1], &v), selectRecv(ch[2], &v)};
        chanSend(started, Empty{});
        int i = selectgo(cs, 3, false, nullptr);
        chanSend<int64_t>(got, i * 100 + v);
      });
      chanRecv(started);
      if (round % 2)
        yieldMany(20); // let it park (either way the rule holds)
      auto sent = makeChan<int64_t>(3);
      for (int64_t k = 0; k < 3; k++)
        spawn([=] {
          chanSend<int64_t>(ch[k], k + 1);
          chanSend<int64_t>(sent, k);
        });
      int64_t r = chanRecv(got);
      int64_t winner = r / 100;
      ASSERT_EQ(r % 100, winner + 1) << "the value came from the chosen case's channel";
      ASSERT_EQ(chanRecv(sent), winner) << "only the winning sender completed";
      // The other two senders are still blocked: their values were not
      // taken by the finished select.
      int64_t total = winner + 1;
      for (int64_t k = 0; k < 3; k++)
        if (k != winner)
          total += chanRecv(ch[k]);
      ASSERT_EQ(total, 6);
      chanRecv(sent);
      chanRecv(sent);
      for (auto c : ch)
        EXPECT_TRUE(queuesEmpty(c.c));
    }
  });
}

TEST_P(Select, BlockedSendCaseCompletesWhenAReceiverArrives) {
  runGo(procs(), [] {
    auto a = makeChan<int64_t>(0), b = makeChan<int64_t>(0);
    auto res = makeChan<int64_t>(1);
    spawn([=] {
      int64_t w = 55, v = 0;
      SelectCase cs[] = {selectSend(a, &w), selectRecv(b, &v)};
      chanSend<int64_t>(res, selectgo(cs, 2, false, nullptr));
    });
    yieldMany(20);
    EXPECT_EQ(chanRecv(a), 55);
    EXPECT_EQ(chanRecv(res), 0);
    EXPECT_TRUE(queuesEmpty(a.c));
    EXPECT_TRUE(queuesEmpty(b.c));
  });
}

TEST_P(Select, CloseWakesABlockedSelect) {
  runGo(procs(), [] {
    auto a = makeChan<int64_t>(0), b = makeChan<int64_t>(0);
    auto res = makeChan<int64_t>(1);
    auto started = makeChan<Empty>(1);
    spawn([=] {
      int64_t v = 9;
      SelectCase cs[] = {selectRecv(a, &v), selectRecv(b, &v)};
      bool ok = true;
      chanSend(started, Empty{});
      int i = selectgo(cs, 2, false, &ok);
      chanSend<int64_t>(res, i * 100 + (ok ? 10 : 0) + v);
    });
    chanRecv(started);
    yieldMany(20);
    chanClose(b);
    EXPECT_EQ(chanRecv(res), 100) << "case 1, !ok, zero value";
    EXPECT_TRUE(queuesEmpty(a.c));
  });
}

TEST_P(Select, BlockedSendCaseWokenByClosePanics) {
  runGo(procs(), [] {
    auto a = makeChan<int64_t>(0), never = makeChan<int64_t>(0);
    auto res = makeChan<String>(1);
    auto started = makeChan<Empty>(1);
    spawn([=] {
      chanSend(started, Empty{});
      std::string t = rt_test::panicText([=] {
        int64_t w = 1, v = 0;
        SelectCase cs[] = {selectSend(a, &w), selectRecv(never, &v)};
        selectgo(cs, 2, false, nullptr);
      });
      chanSend(res, makeString(t));
    });
    chanRecv(started);
    yieldMany(20);
    chanClose(a);
    EXPECT_EQ(rt_test::str(chanRecv(res)), "send on closed channel");
    EXPECT_TRUE(queuesEmpty(never.c));
  });
}

TEST_P(Select, ManyCasesWithOneReady) {
  runGo(procs(), [] {
    constexpr int n = 40;
    std::vector<Chan<int64_t>> chans;
    std::vector<int64_t> slots(n, -1);
    std::vector<SelectCase> cs;
    for (int i = 0; i < n; i++)
      chans.push_back(makeChan<int64_t>(1));
    for (int i = 0; i < n; i++)
      cs.push_back(selectRecv(chans[i], &slots[i]));
    for (int target : {0, 17, 39}) {
      chanSend<int64_t>(chans[target], target * 3);
      EXPECT_EQ(selectgo(cs.data(), n, false, nullptr), target);
      EXPECT_EQ(slots[target], target * 3);
    }
    // Blocked on all of them, woken by one.
    auto res = makeChan<int64_t>(1);
    auto *pchans = &chans; // the body outlives the goroutine (it waits on res)
    spawn([=] {
      std::vector<int64_t> s(n, -1);
      std::vector<SelectCase> c2;
      for (int i = 0; i < n; i++)
        c2.push_back(selectRecv((*pchans)[i], &s[i]));
      int i = selectgo(c2.data(), n, false, nullptr);
      chanSend<int64_t>(res, i * 1000 + s[i]);
    });
    yieldMany(20);
    chanSend<int64_t>(chans[23], 5);
    EXPECT_EQ(chanRecv(res), 23005);
    for (auto c : chans)
      EXPECT_TRUE(queuesEmpty(c.c));
  });
}

TEST_P(Select, OneChannelInBothASendAndAReceiveCase) {
  runGo(procs(), [] {
    auto c = makeChan<int64_t>(1);
    int64_t w = 0, v = 0;
    SelectCase cs[] = {selectSend(c, &w), selectRecv(c, &v)};
    int sends = 0, recvs = 0;
    for (int i = 0; i < 100; i++) {
      w = i;
      if (selectgo(cs, 2, false, nullptr) == 0)
        sends++;
      else {
        recvs++;
        EXPECT_EQ(v, i - 1);
      }
    }
    EXPECT_EQ(sends, 50);
    EXPECT_EQ(recvs, 50);
  });
}

TEST_P(Select, ReceiveCaseWithoutSlotDiscardsTheValue) {
  runGo(procs(), [] {
    auto c = makeChan<int64_t>(1);
    chanSend<int64_t>(c, 3);
    SelectCase cs[] = {selectRecv<int64_t>(c, nullptr)};
    bool ok = false;
    EXPECT_EQ(selectgo(cs, 1, false, &ok), 0);
    EXPECT_TRUE(ok);
    EXPECT_EQ(chanLen(c), 0);
  });
}

// Two goroutines selecting over the same pair of channels in opposite
// source orders (and hence opposite poll orders) must never deadlock on
// the channel locks, and every exchange completes exactly once.
TEST_P(Select, OpposingSelectsNeverDeadlockAndLoseNothing) {
  runGo(procs(), [] {
    constexpr int n = 3000;
    auto a = makeChan<int64_t>(0), b = makeChan<int64_t>(0);
    auto done = makeChan<int64_t>(2);
    spawn([=] {
      int64_t recvd = 0, sent = 0, w = 1, v = 0;
      while (sent + recvd < n) {
        SelectCase cs[] = {selectSend(a, &w), selectRecv(b, &v)};
        if (selectgo(cs, 2, false, nullptr) == 0)
          sent++;
        else
          recvd += v;
      }
      chanSend(done, sent * 100000 + recvd);
    });
    spawn([=] {
      int64_t recvd = 0, sent = 0, w = 1, v = 0;
      while (sent + recvd < n) {
        SelectCase cs[] = {selectRecv(a, &v), selectSend(b, &w)};
        if (selectgo(cs, 2, false, nullptr) == 1)
          sent++;
        else
          recvd += v;
      }
      chanSend(done, sent * 100000 + recvd);
    });
    int64_t x = chanRecv(done), y = chanRecv(done);
    // What one sent the other received.
    EXPECT_EQ(x / 100000, y % 100000);
    EXPECT_EQ(y / 100000, x % 100000);
  });
}

INSTANTIATE_TEST_SUITE_P(Workers, Select, ::testing::Values(1, 2, 4),
                         [](const ::testing::TestParamInfo<int> &i) { return "w" + std::to_string(i.param); });

namespace {
void mainSelectNoCases() { selectgo(nullptr, 0, false, nullptr); }
void mainSelectNilOnly() {
  int64_t v;
  SelectCase cs[] = {selectRecv(Chan<int64_t>(), &v)};
  selectgo(cs, 1, false, nullptr);
}
void mainSelectBlocked() {
  int64_t v;
  SelectCase cs[] = {selectRecv(makeChan<int64_t>(0), &v), selectRecv(makeChan<int64_t>(0), &v)};
  selectgo(cs, 2, false, nullptr);
}
} // namespace

TEST(SelectDeadlock, ProgramBlockedInSelectDiesWithGosDeadlockReport) {
  struct Case {
    void (*main)();
    const char *reason;
  } cases[] = {{mainSelectNoCases, "\\[select \\(no cases\\)\\]"}, {mainSelectNilOnly, "\\[select\\]"}, {mainSelectBlocked, "\\[select\\]"}};
  GTEST_FLAG_SET(death_test_style, "threadsafe"); // a fresh process: no scheduler yet
  for (auto &c : cases)
    EXPECT_EXIT(runGo(1, c.main), ::testing::ExitedWithCode(2),
                std::string("fatal error: all goroutines are asleep - deadlock!(.|\n)*") + c.reason);
}
