// helpers.h — what the channel tests share: running a body as a goroutine
// on a started scheduler, spawning, yielding, and the worker-count
// parameter.
#pragma once

#include "../common.h"
#include "gopp/go.h"
#include "sched/testing.h"

namespace chantest {

// Runs body as a goroutine on a started scheduler with `procs` workers.
template <class F> void runGo(int procs, F body) { go::sched::runForTest(procs, go::Func<void()>(body)); }
// go f()
template <class F> void spawn(F f) { go::sched::spawn(go::Func<void()>(f)); }
// Lets other goroutines run for a while.
inline void yieldMany(int n = 200) {
  for (int i = 0; i < n; i++)
    go::sched::gosched();
}

// A test parameterised over the number of workers.
class WithWorkers : public ::testing::TestWithParam<int> {
protected:
  int procs() const { return GetParam(); }
};

} // namespace chantest
