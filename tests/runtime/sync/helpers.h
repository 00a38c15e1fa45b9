// helpers.h — what the sync tests share: running a body as a goroutine
// on a started scheduler (runForTest), spawning, yielding, the
// worker-count parameter, and running a whole program in a death test.
#pragma once

#include <gtest/gtest.h>

#include "../common.h"
#include "gopp/go.h"
#include "sched/testing.h"

namespace synctest {

template <class F> void runGo(int procs, F body) { go::sched::runForTest(procs, go::Func<void()>(body)); }
template <class F> void spawn(F f) { go::sched::spawn(go::Func<void()>(f)); }
inline void yieldMany(int n = 200) {
  for (int i = 0; i < n; i++)
    go::sched::gosched();
}

class WithWorkers : public ::testing::TestWithParam<int> {
protected:
  int procs() const { return GetParam(); }
};

// Runs main as a whole program (go::runMain) and exits with its status:
// for EXPECT_EXIT, whose "threadsafe" style re-runs the test binary so the
// program gets a scheduler of its own.
[[noreturn]] inline void runProgram(void (*main)()) {
  char arg0[] = "prog";
  char *argv[] = {arg0, nullptr};
  std::exit(go::runMain(1, argv, nullptr, main));
}

} // namespace synctest
