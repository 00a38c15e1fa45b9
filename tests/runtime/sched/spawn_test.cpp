// Goroutines start, run and finish; park/ready hand control back and
// forth; gosched yields; numGoroutine counts.
#include "common.h"

#include <unistd.h>

#include <gc/gc.h>

using namespace sched_test;

class Spawn : public Procs {};
SCHED_PROCS(Spawn);

TEST_P(Spawn, BodyRunsOnAGoroutine) {
  bool ran = false;
  run([&] {
    ran = true;
    EXPECT_GT(sched::goid(sched::current()), 0);
  });
  EXPECT_TRUE(ran);
}

TEST_P(Spawn, ManyGoroutinesAllRunToCompletion) {
  static constexpr int kN = 100000;
  std::atomic<int> count{0};
  run([&] {
    Event done;
    for (int i = 0; i < kN; i++)
      sched::spawn(Func<void()>([&count, &done] {
        if (count.fetch_add(1) + 1 == kN)
          done.fire();
      }));
    done.wait();
  });
  EXPECT_EQ(count.load(), kN);
}

TEST_P(Spawn, ParkAndReadyPingPong) {
  static constexpr int kRounds = 20000;
  int a = 0, b = 0;
  run([&] {
    Sema semA, semB, done;
    sched::spawn(Func<void()>([&] {
      for (int i = 0; i < kRounds; i++) {
        semA.acquire();
        a++;
        semB.release();
      }
      done.release();
    }));
    sched::spawn(Func<void()>([&] {
      for (int i = 0; i < kRounds; i++) {
        semB.acquire();
        EXPECT_EQ(b, a - 1);
        b++;
        semA.release();
      }
      done.release();
    }));
    semA.release();
    done.acquire();
    done.acquire();
  });
  EXPECT_EQ(a, kRounds);
  EXPECT_EQ(b, kRounds);
}

TEST_P(Spawn, BlockingCallGivesTheProcessorToOtherGoroutines) {
  // One goroutine blocks its thread in read(); the goroutine that will
  // write must still run, even with one P.
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  char got = 0;
  run([&] {
    Sema done;
    sched::spawn(Func<void()>([&] {
      sched::enterBlocking();
      ssize_t n = read(fds[0], &got, 1);
      sched::exitBlocking();
      EXPECT_EQ(n, 1);
      done.release();
    }));
    sched::spawn(Func<void()>([&] {
      sched::sleep(5'000'000);
      char c = 'x';
      EXPECT_EQ(write(fds[1], &c, 1), 1);
      done.release();
    }));
    done.acquire();
    done.acquire();
  });
  EXPECT_EQ(got, 'x');
  close(fds[0]);
  close(fds[1]);
}

TEST_P(Spawn, ManyGoroutinesLeavingBlockingCallsAtOnceAllGetToRun) {
  static constexpr int kG = 50;
  std::atomic<int> ran{0};
  run([&] {
    Sema done;
    for (int i = 0; i < kG; i++)
      sched::spawn(Func<void()>([&] {
        sched::enterBlocking();
        usleep(2000);
        sched::exitBlocking();
        ran++;
        done.release();
      }));
    for (int i = 0; i < kG; i++)
      done.acquire();
  });
  EXPECT_EQ(ran.load(), kG);
}

TEST_P(Spawn, ParkWhoseCommitRefusesResumesAtOnce) {
  int calls = 0;
  run([&] {
    for (int i = 0; i < 1000; i++)
      sched::park(
          [](sched::G *g, void *arg) {
            EXPECT_NE(g, nullptr); // the goroutine being parked
            ++*static_cast<int *>(arg);
            return false;
          },
          &calls, sched::WaitReason::ChanReceive, GOPP_HERE_DEFAULT);
  });
  EXPECT_EQ(calls, 1000);
}

TEST_P(Spawn, GoroutinesSpawnGoroutinesInATree) {
  // skynet-like: each of 4 levels spawns 10 children and sums their ids.
  static std::atomic<int64_t> leaves;
  leaves = 0;
  struct Tree {
    static void node(int depth, Sema *parent) {
      if (depth == 0) {
        leaves++;
        parent->release();
        return;
      }
      Sema mine;
      for (int i = 0; i < 10; i++)
        sched::spawn(Func<void()>([depth, &mine] { node(depth - 1, &mine); }));
      for (int i = 0; i < 10; i++)
        mine.acquire();
      parent->release();
    }
  };
  run([&] {
    Sema top;
    Tree::node(4, &top);
    top.acquire();
  });
  EXPECT_EQ(leaves.load(), 10000);
}

TEST_P(Spawn, EverythingAtOnceSleepsYieldsParksAndCollects) {
  static constexpr int kG = 400;
  std::atomic<int> finished{0};
  run([&] {
    Sema done;
    for (int k = 0; k < kG; k++)
      sched::spawn(Func<void()>([&, k] {
        for (int i = 0; i < 20; i++) {
          switch ((k + i) % 3) {
          case 0:
            sched::sleep(100'000 * ((k + i) % 7));
            break;
          case 1:
            sched::gosched();
            break;
          default:
            for (int j = 0; j < 20; j++)
              go::alloc(48);
            break;
          }
          sched::poll();
        }
        finished++;
        done.release();
      }));
    for (int i = 0; i < 5; i++) {
      GC_gcollect();
      sched::sleep(1'000'000);
    }
    for (int k = 0; k < kG; k++)
      done.acquire();
  });
  EXPECT_EQ(finished.load(), kG);
}

TEST_P(Spawn, TenThousandSleepersAllWake) {
  static constexpr int kG = 10000;
  std::atomic<int> woke{0};
  run([&] {
    Sema done;
    for (int k = 0; k < kG; k++)
      sched::spawn(Func<void()>([&, k] {
        sched::sleep(1'000'000 + (k % 100) * 10'000);
        woke++;
        done.release();
      }));
    for (int k = 0; k < kG; k++)
      done.acquire();
  });
  EXPECT_EQ(woke.load(), kG);
}
