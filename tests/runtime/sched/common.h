// common.h — helpers for the scheduler's tests: running a body as the
// main goroutine on a started scheduler (sched/testing.h), worker-count
// parameters, and running a whole program (runMain) in a fresh process
// for the cases that end the process.
#pragma once

#include <gtest/gtest.h>

#include <atomic>
#include <deque>
#include <mutex>
#include <sched.h>
#include <string>

#include "gopp/go.h"
#include "gopp/sched.h"
#include "sched/testing.h"

namespace sched_test {

using go::Func;
namespace sched = go::sched;

// Runs body (any callable, kept on this stack) as the main goroutine of a
// scheduler with `procs` workers.
template <class F> void runOn(int procs, F body) {
  F *b = &body;
  sched::runForTest(procs, Func<void()>([b] { (*b)(); }));
}

// Tests parameterised over GOMAXPROCS.
class Procs : public ::testing::TestWithParam<int> {
protected:
  template <class F> void run(F body) { runOn(GetParam(), body); }
};

inline std::string procsName(const ::testing::TestParamInfo<int> &i) { return "procs" + std::to_string(i.param); }

#define SCHED_PROCS(Suite) INSTANTIATE_TEST_SUITE_P(Workers, Suite, ::testing::Values(1, 2, 4), ::sched_test::procsName)

// A one-shot event a goroutine can wait on (park/ready), for tests.
struct Event {
  std::atomic<sched::G *> waiter{nullptr};
  std::atomic<int> state{0}; // 0 idle, 1 waiting, 2 fired

  static bool commit(sched::G *g, void *arg) {
    auto *e = static_cast<Event *>(arg);
    e->waiter.store(g, std::memory_order_relaxed);
    int expect = 0;
    // If already fired, cancel the park.
    return e->state.compare_exchange_strong(expect, 1, std::memory_order_acq_rel);
  }
  void wait(sched::WaitReason why = sched::WaitReason::ChanReceive,
            sched::SourcePos pos = GOPP_HERE_DEFAULT) {
    if (state.load(std::memory_order_acquire) == 2)
      return;
    sched::park(commit, this, why, pos);
  }
  void fire() {
    int prev = state.exchange(2, std::memory_order_acq_rel);
    if (prev == 1)
      sched::ready(waiter.load(std::memory_order_relaxed));
  }
};

// A spin lock: unlike std::mutex it may be released by another fiber of
// the same thread (park's commit runs on the worker's g0), which
// ThreadSanitizer would otherwise report as an unlock by the wrong thread.
struct SpinLock {
  std::atomic<bool> held{false};
  void lock() {
    while (held.exchange(true, std::memory_order_acquire))
      while (held.load(std::memory_order_relaxed))
        sched_yield();
  }
  void unlock() { held.store(false, std::memory_order_release); }
};

// A counting semaphore with a FIFO of waiters: the canonical use of
// park's commit (it releases the lock that guards the wait queue).
struct Sema {
  SpinLock mu;
  int count = 0;
  std::deque<sched::G *> waiters;

  void acquire(sched::WaitReason why = sched::WaitReason::Semacquire, sched::SourcePos pos = GOPP_HERE_DEFAULT) {
    mu.lock();
    if (count > 0) {
      count--;
      mu.unlock();
      return;
    }
    waiters.push_back(sched::current());
    sched::park(
        [](sched::G *, void *arg) {
          static_cast<Sema *>(arg)->mu.unlock();
          return true;
        },
        this, why, pos);
  }
  void release() {
    mu.lock();
    if (!waiters.empty()) {
      sched::G *g = waiters.front();
      waiters.pop_front();
      mu.unlock();
      sched::ready(g);
      return;
    }
    count++;
    mu.unlock();
  }
};

} // namespace sched_test
