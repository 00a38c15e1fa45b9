// Whole programs (go::runMain) in a fresh process each (GoogleTest's
// threadsafe death tests re-execute the binary): how a program ends —
// main returning, os.Exit, an unrecovered panic in any goroutine, a
// deadlock, main's Goexit, a stack overflow.
#include "common.h"

#include "internal.h"

using namespace sched_test;

namespace {

void useThreadsafeDeathTests() { GTEST_FLAG_SET(death_test_style, "threadsafe"); }

int runMain(void (*main)()) {
  char arg0[] = "prog";
  char *argv[] = {arg0, nullptr};
  return go::runMain(1, argv, nullptr, main);
}

bool commitForever(sched::G *, void *) { return true; }

void blockForever(sched::WaitReason why, sched::SourcePos pos = GOPP_HERE_DEFAULT) {
  sched::park(commitForever, nullptr, why, pos);
}

int recurse(int n) {
  sched::poll();
  volatile char pad[200];
  pad[0] = char(n);
  return n > 1000000000 ? pad[0] : recurse(n + 1) + pad[0];
}

} // namespace

class Program : public ::testing::Test {
protected:
  void SetUp() override { useThreadsafeDeathTests(); }
};

TEST_F(Program, MainReturningEndsTheProgramWhileGoroutinesStillRun) {
  EXPECT_EXIT(runMain(+[] {
                for (int i = 0; i < 4; i++)
                  sched::spawn(Func<void()>(+[] {
                    for (;;)
                      sched::poll();
                  }));
                sched::spawn(Func<void()>(+[] { blockForever(sched::WaitReason::ChanReceive); }));
                sched::sleep(5'000'000);
              }),
              ::testing::ExitedWithCode(0), "^$");
}

TEST_F(Program, OsExitEndsEverythingWithItsCodeFromAnyGoroutine) {
  EXPECT_EXIT(runMain(+[] {
                sched::spawn(Func<void()>(+[] { go::exit(3); }));
                blockForever(sched::WaitReason::ChanReceive);
              }),
              ::testing::ExitedWithCode(3), "^$");
}

TEST_F(Program, PanicInAnotherGoroutineEndsTheProgramNamingThatGoroutine) {
  EXPECT_EXIT(runMain(+[] {
                sched::spawn(Func<void()>(+[] { go::gopanic(go::box(&go::stringType, go::String("boom"))); }));
                sched::sleep(10'000'000'000);
              }),
              ::testing::ExitedWithCode(2), "^panic: boom\n\ngoroutine 2 \\[running\\]:\n$");
}

TEST_F(Program, PanicInMainNamesGoroutineOne) {
  EXPECT_EXIT(runMain(+[] { go::gopanic(go::box(&go::intType, int64_t(42))); }), ::testing::ExitedWithCode(2),
              "^panic: 42\n\ngoroutine 1 \\[running\\]:\n$");
}

TEST_F(Program, DeadlockOfMainAloneIsReportedWithItsWaitReasonAndPosition) {
  EXPECT_EXIT(runMain(+[] { blockForever(sched::WaitReason::ChanReceive); }), ::testing::ExitedWithCode(2),
              "^fatal error: all goroutines are asleep - deadlock!\n\n"
              "goroutine 1 \\[chan receive\\]:\n\t[^\n]*program_test.cpp:[0-9]+\n$");
}

TEST_F(Program, DeadlockReportListsEveryBlockedGoroutineInIdOrder) {
  EXPECT_EXIT(runMain(+[] {
                sched::spawn(Func<void()>(+[] { blockForever(sched::WaitReason::ChanSend); }));
                sched::spawn(Func<void()>(+[] { blockForever(sched::WaitReason::SyncMutexLock); }));
                sched::sleep(2'000'000);
                blockForever(sched::WaitReason::SelectNoCases);
              }),
              ::testing::ExitedWithCode(2),
              "^fatal error: all goroutines are asleep - deadlock!\n\n"
              "goroutine 1 \\[select \\(no cases\\)\\]:\n\t[^\n]*program_test.cpp:[0-9]+\n\n"
              "goroutine 2 \\[chan send\\]:\n\t[^\n]*program_test.cpp:[0-9]+\n\n"
              "goroutine 3 \\[sync.Mutex.Lock\\]:\n\t[^\n]*program_test.cpp:[0-9]+\n$");
}

TEST_F(Program, DeadlockIsDetectedWithSeveralWorkers) {
  setenv("GOMAXPROCS", "4", 1);
  EXPECT_EXIT(runMain(+[] {
                for (int i = 0; i < 100; i++)
                  sched::spawn(Func<void()>(+[] { blockForever(sched::WaitReason::ChanReceive); }));
                blockForever(sched::WaitReason::SyncWaitGroupWait);
              }),
              ::testing::ExitedWithCode(2),
              "^fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 \\[sync.WaitGroup.Wait\\]:");
}

TEST_F(Program, SleepingGoroutineIsNotADeadlock) {
  EXPECT_EXIT(runMain(+[] {
                sched::spawn(Func<void()>(+[] { blockForever(sched::WaitReason::ChanReceive); }));
                sched::sleep(20'000'000);
              }),
              ::testing::ExitedWithCode(0), "^$");
}

TEST_F(Program, GoexitInMainWaitsForTheOthersThenReportsNoGoroutines) {
  EXPECT_EXIT(runMain(+[] {
                sched::spawn(Func<void()>(+[] {
                  sched::sleep(5'000'000);
                  go::detail::writeStderr("other done\n", 11);
                }));
                sched::goexit();
              }),
              ::testing::ExitedWithCode(2),
              "^other done\nfatal error: no goroutines \\(main called runtime.Goexit\\) - deadlock!\n$");
}

TEST_F(Program, GoexitInMainWithOthersBlockedIsAnOrdinaryDeadlock) {
  EXPECT_EXIT(runMain(+[] {
                sched::spawn(Func<void()>(+[] { blockForever(sched::WaitReason::ChanReceive); }));
                sched::goexit();
              }),
              ::testing::ExitedWithCode(2),
              "^fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 2 \\[chan receive\\]:\n");
}

TEST_F(Program, StackOverflowIsAFatalErrorNotACrash) {
  EXPECT_EXIT(runMain(+[] {
                sched::spawn(Func<void()>(+[] { recurse(0); }));
                blockForever(sched::WaitReason::ChanReceive);
              }),
              ::testing::ExitedWithCode(2),
              "^runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\n"
              "goroutine 2 \\[running\\]:\n$");
}

TEST_F(Program, FatalErrorNamesTheCurrentGoroutine) {
  EXPECT_EXIT(runMain(+[] {
                sched::spawn(Func<void()>(+[] { go::fatal("sync: unlock of unlocked mutex"); }));
                blockForever(sched::WaitReason::ChanReceive);
              }),
              ::testing::ExitedWithCode(2),
              "^fatal error: sync: unlock of unlocked mutex\n\ngoroutine 2 \\[running\\]:\n$");
}

namespace {
struct Cell {
  Cell *next;
  int64_t v;
};
Cell *cells(int64_t seed, int n) {
  Cell *h = nullptr;
  for (int i = 0; i < n; i++)
    h = new (go::alloc(sizeof(Cell))) Cell{h, seed + i};
  return h;
}
bool intact(Cell *h, int64_t seed, int n) {
  for (int i = n - 1; i >= 0; i--, h = h->next)
    if (!h || h->v != seed + i)
      return false;
  return !h;
}
std::atomic<int> good{0};
} // namespace

TEST_F(Program, CollectionsInAProgramKeepEveryGoroutinesData) {
  // The main goroutine runs on the process's main thread (its collector
  // stack bottom is the global one): check it and 2,000 others.
  EXPECT_EXIT(runMain(+[] {
                static constexpr int kG = 2000;
                static Sema parked, release, done;
                for (int k = 0; k < kG; k++)
                  sched::spawn(Func<void()>([k] {
                    Cell *volatile mine = cells(k * 100, 20);
                    parked.release();
                    release.acquire();
                    if (intact(mine, k * 100, 20))
                      good++;
                    done.release();
                  }));
                Cell *volatile main = cells(-5000, 50);
                for (int k = 0; k < kG; k++)
                  parked.acquire();
                for (int r = 0; r < 3; r++) {
                  GC_gcollect();
                  for (int i = 0; i < 100000; i++)
                    new (go::alloc(sizeof(Cell))) Cell{nullptr, -1};
                }
                for (int k = 0; k < kG; k++)
                  release.release();
                for (int k = 0; k < kG; k++)
                  done.acquire();
                go::exit(good.load() == kG && intact(main, -5000, 50) ? 0 : 1);
              }),
              ::testing::ExitedWithCode(0), "^$");
}
