// wait_test.cpp — sync.WaitGroup, sync.Once and sync.Cond
// (stdlib/sync): Wait returns when the counter reaches zero and the
// group is reusable, the negative-counter panic, Once's single call (also
// when f panics), Cond's Signal/Broadcast over a Locker interface value.
#include <gtest/gtest.h>

#include "helpers.h"
#include "sync/sync.h"

using namespace go;
using namespace pkg::sync;
using synctest::runGo;
using synctest::spawn;
using synctest::yieldMany;

namespace {
class Waits : public synctest::WithWorkers {};

// The sync.Locker itab of *Mutex, as codegen would build it.
void lockThunk(void *m) { Mutex_Lock(static_cast<Mutex *>(m)); }
void unlockThunk(void *m) { Mutex_Unlock(static_cast<Mutex *>(m)); }
struct LockerItab {
  const Type *type;
  void *fn[2];
};
const LockerItab mutexLocker = {&anyType, {reinterpret_cast<void *>(&lockThunk), reinterpret_cast<void *>(&unlockThunk)}};
Iface lockerOf(Mutex *m) { return Iface(reinterpret_cast<const Itab *>(&mutexLocker), m); }
} // namespace

TEST_P(Waits, WaitReturnsWhenTheCounterReachesZeroRoundAfterRound) {
  runGo(procs(), [] {
    auto *wg = newObject<WaitGroup>();
    auto *sum = newObject<int64_t>();
    for (int round = 1; round <= 4; round++) {
      WaitGroup_Add(wg, 10);
      for (int i = 0; i < 10; i++)
        spawn([=] {
          __atomic_add_fetch(sum, 1, __ATOMIC_SEQ_CST);
          WaitGroup_Done(wg);
        });
      WaitGroup_Wait(wg);
      EXPECT_EQ(__atomic_load_n(sum, __ATOMIC_SEQ_CST), round * 10);
    }
    EXPECT_EQ(wg->state, 0u);
  });
}

TEST_P(Waits, EveryWaiterIsReleased) {
  runGo(procs(), [] {
    auto *wg = newObject<WaitGroup>();
    auto out = makeChan<int64_t>(5);
    WaitGroup_Add(wg, 1);
    for (int i = 0; i < 5; i++)
      spawn([=] {
        WaitGroup_Wait(wg);
        chanSend<int64_t>(out, 1);
      });
    yieldMany();
    WaitGroup_Done(wg);
    for (int i = 0; i < 5; i++)
      chanRecv(out);
    SUCCEED();
  });
}

TEST_P(Waits, ANegativeCounterPanicsWithGosString) {
  runGo(procs(), [] {
    WaitGroup wg{};
    EXPECT_EQ(rt_test::panicType([&] { WaitGroup_Add(&wg, -1); }), "string");
    WaitGroup wg2{};
    EXPECT_EQ(rt_test::panicText([&] { WaitGroup_Done(&wg2); }), "sync: negative WaitGroup counter");
  });
}

TEST_P(Waits, OnceCallsFOnceAndOthersWaitForIt) {
  runGo(procs(), [] {
    auto *once = newObject<Once>();
    auto *calls = newObject<int64_t>();
    auto seen = makeChan<int64_t>(8);
    for (int i = 0; i < 8; i++)
      spawn([=] {
        Once_Do(once, Func<void()>([=] {
                  sched::gosched(); // others arrive meanwhile
                  ++*calls;
                }));
        chanSend(seen, *calls); // f has returned before Do returns
      });
    for (int i = 0; i < 8; i++)
      EXPECT_EQ(chanRecv(seen), 1);
  });
}

TEST_P(Waits, OnceWhoseFPanicsIsDone) {
  runGo(procs(), [] {
    Once once{};
    Iface v = rt_test::recovered([&] {
      Once_Do(&once, Func<void()>([] { gopanic(box(&stringType, String("boom"))); }));
    });
    EXPECT_FALSE(v.isNil());
    bool ran = false;
    bool *pran = &ran;
    Once_Do(&once, Func<void()>([pran] { *pran = true; }));
    EXPECT_FALSE(ran);
    EXPECT_EQ(once.m.state, 0); // unlocked by the panic's unwinding
  });
}

TEST_P(Waits, CondSignalWakesOneAndBroadcastAll) {
  runGo(procs(), [] {
    auto *mu = newObject<Mutex>();
    Cond *c = NewCond(lockerOf(mu));
    auto *gen = newObject<int64_t>();
    auto woke = makeChan<int64_t>(8);
    auto *waiting = newObject<int64_t>();
    for (int i = 0; i < 4; i++)
      spawn([=] {
        Mutex_Lock(mu);
        int64_t g0 = *gen;
        ++*waiting;
        while (*gen == g0)
          Cond_Wait(c);
        --*waiting;
        Mutex_Unlock(mu);
        chanSend<int64_t>(woke, 1);
      });
    for (;;) { // all four are waiting (they released mu in Wait)
      Mutex_Lock(mu);
      int64_t w = *waiting;
      Mutex_Unlock(mu);
      if (w == 4)
        break;
      sched::gosched();
    }
    Mutex_Lock(mu);
    ++*gen;
    Cond_Signal(c);
    Mutex_Unlock(mu);
    EXPECT_EQ(chanRecv(woke), 1);
    yieldMany();
    EXPECT_EQ(chanLen(woke), 0); // Signal woke exactly one
    Mutex_Lock(mu);
    Cond_Broadcast(c);
    Mutex_Unlock(mu);
    for (int i = 0; i < 3; i++)
      chanRecv(woke);
    EXPECT_EQ(*waiting, 0);
  });
}

INSTANTIATE_TEST_SUITE_P(Workers, Waits, ::testing::Values(1, 2, 4));

using WaitDeath = synctest::ProgramDeath;

TEST_F(WaitDeath, WaitGroupWaitForeverIsADeadlock) {
  EXPECT_EXIT(synctest::runProgram([] {
                WaitGroup wg{};
                WaitGroup_Add(&wg, 1);
                WaitGroup_Wait(&wg);
              }),
              ::testing::ExitedWithCode(2),
              "^fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 \\[sync.WaitGroup.Wait\\]:");
}

TEST_F(WaitDeath, CondWaitForeverIsADeadlock) {
  EXPECT_EXIT(synctest::runProgram([] {
                Mutex mu{};
                Cond *c = NewCond(lockerOf(&mu));
                Mutex_Lock(&mu);
                Cond_Wait(c);
              }),
              ::testing::ExitedWithCode(2),
              "^fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 \\[sync.Cond.Wait\\]:");
}
