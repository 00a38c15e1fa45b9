// sema_test.cpp — the runtime semaphores and notify lists (gopp/sema.h):
// counting, FIFO wake-up per address, hand-off, independence of
// addresses sharing a table slot, and notify tickets.
//
// Invariants: each body is a goroutine and waits (on channels) for the
// goroutines it starts before returning; waits that must be parked are
// reached by yielding after a "started" signal, and the rule checked
// holds either way.
#include <gtest/gtest.h>

#include "helpers.h"
#include "gopp/sema.h"

using namespace go;
using synctest::runGo;
using synctest::spawn;
using synctest::yieldMany;

namespace {
class Sema : public synctest::WithWorkers {};
constexpr auto kWhy = sched::WaitReason::Semacquire;
} // namespace

TEST_P(Sema, AcquireTakesAnAvailableCountWithoutBlocking) {
  runGo(procs(), [] {
    uint32_t s = 2;
    sema::semacquire(&s, false, kWhy, GOPP_HERE_DEFAULT);
    sema::semacquire(&s, false, kWhy, GOPP_HERE_DEFAULT);
    EXPECT_EQ(s, 0u);
    sema::semrelease(&s, false);
    EXPECT_EQ(s, 1u);
  });
}

TEST_P(Sema, ReleaseWakesWaitersInArrivalOrder) {
  runGo(procs(), [] {
    auto *s = newObject<uint32_t>();
    auto order = makeChan<int64_t>(8);
    auto started = makeChan<int64_t>(0);
    for (int64_t i = 0; i < 4; i++) {
      spawn([=] {
        chanSend<int64_t>(started, i);
        sema::semacquire(s, false, kWhy, GOPP_HERE_DEFAULT);
        chanSend(order, i);
      });
      chanRecv(started);
      yieldMany(); // i is parked before i+1 starts
    }
    for (int64_t i = 0; i < 4; i++) {
      sema::semrelease(s, false);
      EXPECT_EQ(chanRecv(order), i);
    }
  });
}

TEST_P(Sema, HandoffGivesTheCountToTheWokenWaiter) {
  runGo(procs(), [] {
    auto *s = newObject<uint32_t>();
    auto done = makeChan<int64_t>(1);
    auto started = makeChan<int64_t>(0);
    spawn([=] {
      chanSend<int64_t>(started, 1);
      sema::semacquire(s, false, kWhy, GOPP_HERE_DEFAULT);
      chanSend<int64_t>(done, 1);
    });
    chanRecv(started);
    yieldMany();
    sema::semrelease(s, true);
    EXPECT_EQ(chanRecv(done), 1);
    EXPECT_EQ(*s, 0u); // consumed by the waiter, never visible to others
  });
}

TEST_P(Sema, AddressesSharingATableSlotAreIndependent) {
  runGo(procs(), [] {
    // 251 slots, hashed by address >> 3: words 251*8 bytes apart collide.
    auto *words = static_cast<uint32_t *>(alloc(251 * 8 * 2 + 8));
    uint32_t *a = words, *b = words + 251 * 2;
    auto got = makeChan<int64_t>(2);
    auto started = makeChan<int64_t>(0);
    spawn([=] {
      chanSend<int64_t>(started, 1);
      sema::semacquire(a, false, kWhy, GOPP_HERE_DEFAULT);
      chanSend<int64_t>(got, 1);
    });
    chanRecv(started);
    yieldMany();
    sema::semrelease(b, false); // b's count: does not wake a's waiter
    yieldMany();
    EXPECT_EQ(chanLen(got), 0);
    EXPECT_EQ(*b, 1u);
    sema::semrelease(a, false);
    EXPECT_EQ(chanRecv(got), 1);
  });
}

TEST_P(Sema, ManyGoroutinesCountExactly) {
  runGo(procs(), [] {
    auto *s = newObject<uint32_t>();
    auto done = makeChan<int64_t>(100);
    for (int i = 0; i < 100; i++)
      spawn([=] {
        sema::semacquire(s, false, kWhy, GOPP_HERE_DEFAULT);
        chanSend<int64_t>(done, 1);
      });
    for (int i = 0; i < 100; i++)
      sema::semrelease(s, false);
    for (int i = 0; i < 100; i++)
      chanRecv(done);
    EXPECT_EQ(*s, 0u);
  });
}

TEST_P(Sema, NotifyBeforeWaitIsNotLost) {
  runGo(procs(), [] {
    sema::NotifyList l{};
    uint32_t t = sema::notifyListAdd(&l);
    sema::notifyListNotifyOne(&l);
    sema::notifyListWait(&l, t, sched::WaitReason::SyncCondWait, GOPP_HERE_DEFAULT); // returns at once
    SUCCEED();
  });
}

TEST_P(Sema, NotifyOneWakesTheOldestTicket) {
  runGo(procs(), [] {
    auto *l = newObject<sema::NotifyList>();
    auto order = makeChan<int64_t>(3);
    auto started = makeChan<int64_t>(0);
    for (int64_t i = 0; i < 3; i++) {
      spawn([=] {
        uint32_t t = sema::notifyListAdd(l);
        chanSend<int64_t>(started, i);
        sema::notifyListWait(l, t, sched::WaitReason::SyncCondWait, GOPP_HERE_DEFAULT);
        chanSend(order, i);
      });
      chanRecv(started);
      yieldMany();
    }
    for (int64_t i = 0; i < 3; i++) {
      sema::notifyListNotifyOne(l);
      EXPECT_EQ(chanRecv(order), i);
    }
  });
}

TEST_P(Sema, NotifyAllWakesEveryTicketTaken) {
  runGo(procs(), [] {
    auto *l = newObject<sema::NotifyList>();
    auto done = makeChan<int64_t>(10);
    for (int64_t i = 0; i < 10; i++) {
      uint32_t t = sema::notifyListAdd(l); // ticket taken before the broadcast
      spawn([=] {
        sema::notifyListWait(l, t, sched::WaitReason::SyncCondWait, GOPP_HERE_DEFAULT);
        chanSend<int64_t>(done, 1);
      });
    }
    yieldMany();
    sema::notifyListNotifyAll(l);
    for (int i = 0; i < 10; i++)
      chanRecv(done);
    sema::notifyListNotifyAll(l); // nobody waits: a no-op
    EXPECT_EQ(l->wait, l->notify);
  });
}

INSTANTIATE_TEST_SUITE_P(Workers, Sema, ::testing::Values(1, 2, 4));
