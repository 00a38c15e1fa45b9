// mutex_test.cpp — sync.Mutex and sync.RWMutex (stdlib/sync): mutual
// exclusion under many goroutines, TryLock, starvation mode, readers
// together and writers alone, a pending writer stopping new readers, and
// the fatal errors of misuse (death tests: each runs a whole program).
#include <gtest/gtest.h>

#include "helpers.h"
#include "sync/sync.h"

using namespace go;
using namespace pkg::sync;
using synctest::runGo;
using synctest::spawn;
using synctest::yieldMany;

namespace {
class Mutexes : public synctest::WithWorkers {};
} // namespace

TEST_P(Mutexes, MutexExcludesAndLosesNoIncrement) {
  runGo(procs(), [] {
    auto *mu = newObject<Mutex>();
    auto *counter = newObject<int64_t>();
    auto *inside = newObject<int64_t>();
    auto *overlap = newObject<bool>();
    auto done = makeChan<int64_t>(16);
    for (int g = 0; g < 16; g++)
      spawn([=] {
        for (int i = 0; i < 2000; i++) {
          Mutex_Lock(mu);
          if (++*inside != 1)
            *overlap = true;
          ++*counter;
          if (i % 64 == 0)
            sched::gosched(); // hold it across a switch now and then
          --*inside;
          Mutex_Unlock(mu);
        }
        chanSend<int64_t>(done, 1);
      });
    for (int g = 0; g < 16; g++)
      chanRecv(done);
    EXPECT_EQ(*counter, 16 * 2000);
    EXPECT_FALSE(*overlap);
    EXPECT_EQ(mu->state, 0); // unlocked, no waiters left
  });
}

TEST_P(Mutexes, TryLockSucceedsOnlyWhenUnlocked) {
  runGo(procs(), [] {
    Mutex mu{};
    EXPECT_TRUE(Mutex_TryLock(&mu));
    EXPECT_FALSE(Mutex_TryLock(&mu));
    Mutex_Unlock(&mu);
    EXPECT_TRUE(Mutex_TryLock(&mu));
    Mutex_Unlock(&mu);
  });
}

TEST_P(Mutexes, AWaiterBlockedOverAMillisecondGetsTheLockHandedOver) {
  runGo(procs(), [] {
    auto *mu = newObject<Mutex>();
    auto got = makeChan<int64_t>(1);
    auto started = makeChan<int64_t>(0);
    Mutex_Lock(mu);
    spawn([=] {
      chanSend<int64_t>(started, 1);
      Mutex_Lock(mu);
      chanSend<int64_t>(got, 1);
      Mutex_Unlock(mu);
    });
    chanRecv(started);
    yieldMany();
    sched::sleep(3'000'000); // the waiter will have waited > 1 ms when woken
    Mutex_Unlock(mu);
    // Normal mode: the woken waiter may lose to us. It then re-queues at
    // the front and turns on starvation mode, after which Lock cannot
    // barge in: the waiter gets it before our second Lock returns.
    for (int i = 0; i < 50; i++) {
      Mutex_Lock(mu);
      Mutex_Unlock(mu);
    }
    EXPECT_EQ(chanRecv(got), 1);
    Mutex_Lock(mu);
    EXPECT_EQ(mu->state & 4, 0); // starvation mode ended with the last waiter
    Mutex_Unlock(mu);
  });
}

TEST_P(Mutexes, RWMutexAdmitsReadersTogether) {
  runGo(procs(), [] {
    auto *rw = newObject<RWMutex>();
    auto in = makeChan<int64_t>(5);
    auto release = makeChan<int64_t>(0);
    auto done = makeChan<int64_t>(5);
    for (int i = 0; i < 5; i++)
      spawn([=] {
        RWMutex_RLock(rw);
        chanSend<int64_t>(in, 1);
        chanRecv(release); // all five hold it at once to get past this
        RWMutex_RUnlock(rw);
        chanSend<int64_t>(done, 1);
      });
    for (int i = 0; i < 5; i++)
      chanRecv(in);
    EXPECT_FALSE(RWMutex_TryLock(rw));
    EXPECT_EQ(rw->readerCount, 5);
    chanClose(release);
    for (int i = 0; i < 5; i++)
      chanRecv(done);
    EXPECT_TRUE(RWMutex_TryLock(rw));
    RWMutex_Unlock(rw);
  });
}

TEST_P(Mutexes, RWMutexWriterExcludesEveryone) {
  runGo(procs(), [] {
    auto *rw = newObject<RWMutex>();
    auto *value = newObject<int64_t>();
    auto *torn = newObject<bool>();
    auto done = makeChan<int64_t>(16);
    for (int g = 0; g < 8; g++) {
      spawn([=] {
        for (int i = 0; i < 500; i++) {
          RWMutex_Lock(rw);
          ++*value; // odd only while a writer is inside
          sched::gosched();
          ++*value;
          RWMutex_Unlock(rw);
        }
        chanSend<int64_t>(done, 1);
      });
      spawn([=] {
        for (int i = 0; i < 500; i++) {
          RWMutex_RLock(rw);
          if (*value % 2)
            *torn = true;
          RWMutex_RUnlock(rw);
        }
        chanSend<int64_t>(done, 1);
      });
    }
    for (int g = 0; g < 16; g++)
      chanRecv(done);
    EXPECT_EQ(*value, 8 * 500 * 2);
    EXPECT_FALSE(*torn);
  });
}

TEST_P(Mutexes, APendingWriterStopsNewReaders) {
  runGo(procs(), [] {
    auto *rw = newObject<RWMutex>();
    auto events = makeChan<int64_t>(4);
    RWMutex_RLock(rw);
    spawn([=] {
      RWMutex_Lock(rw);
      chanSend<int64_t>(events, 1);
      RWMutex_Unlock(rw);
    });
    while (RWMutex_TryRLock(rw)) { // until the writer has announced itself
      RWMutex_RUnlock(rw);
      sched::gosched();
    }
    spawn([=] {
      RWMutex_RLock(rw);
      chanSend<int64_t>(events, 2);
      RWMutex_RUnlock(rw);
    });
    yieldMany();
    EXPECT_EQ(chanLen(events), 0); // neither the writer nor the new reader
    RWMutex_RUnlock(rw);
    EXPECT_EQ(chanRecv(events), 1); // the writer first
    EXPECT_EQ(chanRecv(events), 2);
  });
}

INSTANTIATE_TEST_SUITE_P(Workers, Mutexes, ::testing::Values(1, 2, 4));

// ----------------------------------------------------- misuse (fatal)

using MutexDeath = synctest::ProgramDeath;

TEST_F(MutexDeath, UnlockOfUnlockedMutexIsFatal) {
  EXPECT_EXIT(synctest::runProgram([] {
                Mutex mu{};
                Mutex_Unlock(&mu);
              }),
              ::testing::ExitedWithCode(2), "^fatal error: sync: unlock of unlocked mutex\n");
}

TEST_F(MutexDeath, RUnlockOfUnlockedRWMutexIsFatal) {
  EXPECT_EXIT(synctest::runProgram([] {
                RWMutex rw{};
                RWMutex_RUnlock(&rw);
              }),
              ::testing::ExitedWithCode(2), "^fatal error: sync: RUnlock of unlocked RWMutex\n");
}

TEST_F(MutexDeath, UnlockOfUnlockedRWMutexIsFatal) {
  EXPECT_EXIT(synctest::runProgram([] {
                RWMutex rw{};
                RWMutex_Unlock(&rw);
              }),
              ::testing::ExitedWithCode(2), "^fatal error: sync: Unlock of unlocked RWMutex\n");
}

TEST_F(MutexDeath, LockingAHeldMutexWithNobodyElseIsADeadlock) {
  EXPECT_EXIT(synctest::runProgram([] {
                Mutex mu{};
                Mutex_Lock(&mu);
                Mutex_Lock(&mu);
              }),
              ::testing::ExitedWithCode(2),
              "^fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 \\[sync.Mutex.Lock\\]:");
}
