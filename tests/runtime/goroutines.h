// goroutines.h — what the scheduler-level tests (chan/, sync/) share:
// running a body as a goroutine on a started scheduler, spawning,
// yielding, the worker-count parameter, and running a whole program in a
// death test.
#pragma once

#include <gtest/gtest.h>

#include "common.h"
#include "gopp/go.h"
#include "sched/testing.h"

namespace gotest {

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

// Runs main as a whole program (go::runMain) and exits with its status:
// for EXPECT_EXIT, whose "threadsafe" style re-runs the test binary so the
// program gets a scheduler of its own.
[[noreturn]] inline void runProgram(void (*main)()) {
  char arg0[] = "prog";
  char *argv[] = {arg0, nullptr};
  std::exit(go::runMain(1, argv, nullptr, main));
}

// Death tests of whole programs (runProgram) re-run the binary.
class ProgramDeath : public ::testing::Test {
protected:
  void SetUp() override { GTEST_FLAG_SET(death_test_style, "threadsafe"); }
};

} // namespace gotest
