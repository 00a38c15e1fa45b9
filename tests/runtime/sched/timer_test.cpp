// Sleep and timers: deadlines are kept (never early), fire in deadline
// order, stop and reset behave as Go's time package needs.
#include "common.h"

#include <mutex>
#include <vector>

using namespace sched_test;

class Timers : public Procs {};
SCHED_PROCS(Timers);

TEST_P(Timers, SleepersWakeInDeadlineOrderAndNeverEarly) {
  std::vector<int> order;
  std::mutex mu;
  bool early = false;
  run([&] {
    // Deadlines 20 ms apart from one start: a goroutine that starts late
    // (the machine busy running other tests) still sleeps until its own.
    static constexpr int kMs[] = {120, 20, 80, 40, 100, 60};
    Sema done;
    int64_t start = sched::nanotime();
    for (int ms : kMs)
      sched::spawn(Func<void()>([&, ms] {
        int64_t deadline = start + int64_t(ms) * 1'000'000;
        sched::sleep(deadline - sched::nanotime());
        if (sched::nanotime() < deadline)
          early = true;
        {
          std::lock_guard<std::mutex> l(mu);
          order.push_back(ms);
        }
        done.release();
      }));
    for (size_t i = 0; i < std::size(kMs); i++)
      done.acquire();
  });
  EXPECT_FALSE(early);
  EXPECT_EQ(order, (std::vector<int>{20, 40, 60, 80, 100, 120}));
}

TEST_P(Timers, SleepOfZeroOrLessReturns) {
  run([&] {
    sched::sleep(0);
    sched::sleep(-5);
  });
}

TEST_P(Timers, MainSleepingIsNotADeadlock) {
  run([&] { sched::sleep(20'000'000); });
}

namespace {
struct Fired {
  std::atomic<int> n{0};
  std::atomic<int64_t> at{0};
  static void f(void *arg) {
    auto *x = static_cast<Fired *>(arg);
    x->at.store(sched::nanotime());
    x->n.fetch_add(1);
  }
};
} // namespace

TEST_P(Timers, TimerFiresOnceAtItsDeadline) {
  Fired x;
  int64_t when = 0;
  run([&] {
    when = sched::nanotime() + 10'000'000;
    sched::newTimer(when, Fired::f, &x);
    sched::sleep(30'000'000);
  });
  EXPECT_EQ(x.n.load(), 1);
  EXPECT_GE(x.at.load(), when);
}

TEST_P(Timers, StopBeforeDeadlineMeansItNeverFires) {
  Fired x;
  run([&] {
    sched::Timer *t = sched::newTimer(sched::nanotime() + 10'000'000, Fired::f, &x);
    EXPECT_TRUE(sched::stopTimer(t));
    EXPECT_FALSE(sched::stopTimer(t));
    sched::sleep(25'000'000);
  });
  EXPECT_EQ(x.n.load(), 0);
}

TEST_P(Timers, StopAfterFiringReportsNotPending) {
  Fired x;
  run([&] {
    sched::Timer *t = sched::newTimer(sched::nanotime() + 1'000'000, Fired::f, &x);
    sched::sleep(15'000'000);
    EXPECT_FALSE(sched::stopTimer(t));
  });
  EXPECT_EQ(x.n.load(), 1);
}

TEST_P(Timers, ResetMovesThePendingDeadline) {
  Fired x;
  int64_t later = 0;
  run([&] {
    sched::Timer *t = sched::newTimer(sched::nanotime() + 5'000'000, Fired::f, &x);
    later = sched::nanotime() + 25'000'000;
    EXPECT_TRUE(sched::resetTimer(t, later));
    sched::sleep(12'000'000);
    EXPECT_EQ(x.n.load(), 0);
    sched::sleep(30'000'000);
  });
  EXPECT_EQ(x.n.load(), 1);
  EXPECT_GE(x.at.load(), later);
}

TEST_P(Timers, ResetOfAStoppedTimerRearmsIt) {
  Fired x;
  run([&] {
    sched::Timer *t = sched::newTimer(sched::nanotime() + 5'000'000, Fired::f, &x);
    EXPECT_TRUE(sched::stopTimer(t));
    EXPECT_FALSE(sched::resetTimer(t, sched::nanotime() + 5'000'000));
    sched::sleep(20'000'000);
  });
  EXPECT_EQ(x.n.load(), 1);
}

TEST_P(Timers, ManyTimersFireInDeadlineOrder) {
  static constexpr int kN = 200;
  std::vector<int> order;
  std::mutex mu;
  struct Arg {
    int i;
    std::vector<int> *order;
    std::mutex *mu;
  };
  std::vector<Arg> args(kN);
  run([&] {
    int64_t base = sched::nanotime() + 5'000'000;
    for (int k = 0; k < kN; k++) {
      int i = (k * 37) % kN; // scrambled insertion order
      args[i] = {i, &order, &mu};
      sched::newTimer(base + int64_t(i) * 100'000,
                      [](void *a) {
                        auto *x = static_cast<Arg *>(a);
                        std::lock_guard<std::mutex> l(*x->mu);
                        x->order->push_back(x->i);
                      },
                      &args[i]);
    }
    sched::sleep(5'000'000 + kN * 100'000 + 20'000'000);
  });
  ASSERT_EQ(order.size(), size_t(kN));
  for (int i = 0; i < kN; i++)
    EXPECT_EQ(order[i], i);
}

TEST_P(Timers, TimerFiresWhileEveryWorkerIsBusy) {
  // Every P runs a goroutine that only polls; the timer must still fire
  // (preemption brings each P back to its schedule loop).
  Fired x;
  run([&] {
    std::atomic<bool> stop{false};
    Sema done;
    int n = GetParam();
    for (int i = 0; i < n; i++)
      sched::spawn(Func<void()>([&] {
        while (!stop.load(std::memory_order_relaxed))
          sched::poll();
        done.release();
      }));
    sched::newTimer(sched::nanotime() + 2'000'000, Fired::f, &x);
    while (x.n.load() == 0)
      sched::poll();
    stop.store(true);
    for (int i = 0; i < n; i++)
      done.acquire();
  });
  EXPECT_EQ(x.n.load(), 1);
}
