// Gosched, Goexit, NumGoroutine, GOMAXPROCS, the runnext cap, and
// preemption of a goroutine that only polls.
#include "common.h"

#include <vector>

#include "internal.h"

using namespace sched_test;

class Yield : public Procs {};
SCHED_PROCS(Yield);

TEST(Gosched, OneWorkerRoundRobinsYieldingGoroutines) {
  static constexpr int kG = 4, kIters = 1000;
  int counts[kG] = {};
  int maxLead = 0;
  runOn(1, [&] {
    Sema done;
    for (int k = 0; k < kG; k++)
      sched::spawn(Func<void()>([&, k] {
        for (int i = 0; i < kIters; i++) {
          counts[k]++;
          for (int j = 0; j < kG; j++)
            maxLead = std::max(maxLead, counts[k] - counts[j]);
          sched::gosched();
        }
        done.release();
      }));
    for (int k = 0; k < kG; k++)
      done.acquire();
  });
  for (int k = 0; k < kG; k++)
    EXPECT_EQ(counts[k], kIters);
  // Round robin, except that every 61st schedule takes the global queue's
  // head first (Go's rule against starving it): each such schedule can
  // put one goroutine one more turn ahead, never more.
  EXPECT_LE(maxLead, kG * kIters / 61 + 2) << "a yielding goroutine ran ahead of the others";
}

TEST(Runnext, HandOffPairDoesNotStarveTheRunQueue) {
  // A and B ready each other (each lands in runnext); C waits in the
  // run queue. With one worker C must still get to run.
  std::atomic<bool> cRan{false};
  int rounds = 0;
  runOn(1, [&] {
    Sema a, b, done;
    sched::spawn(Func<void()>([&] {
      for (;;) {
        a.acquire();
        if (cRan.load()) {
          b.release();
          break;
        }
        rounds++;
        b.release();
      }
      done.release();
    }));
    sched::spawn(Func<void()>([&] {
      for (;;) {
        b.acquire();
        a.release();
        if (cRan.load())
          break;
      }
      done.release();
    }));
    sched::spawn(Func<void()>([&] { cRan.store(true); }));
    a.release();
    done.acquire();
    done.acquire();
  });
  EXPECT_TRUE(cRan.load());
  EXPECT_LT(rounds, 1000);
}

TEST_P(Yield, GoexitRunsDeferredCallsAndEndsTheGoroutine) {
  bool deferred = false, after = false, recovered = true;
  run([&] {
    Sema done;
    sched::spawn(Func<void()>([&] {
      go::DeferStack ds;
      try {
        ds.push(Func<void()>([&] { done.release(); }), false);
        ds.push(Func<void()>([&] {
                  bool can = go::takeDeferArm();
                  recovered = !go::recover(can).isNil();
                  deferred = true;
                }),
                true);
        sched::goexit();
        after = true;
      } catch (go::PanicUnwind &u) {
        ds.run(u.rec);
        after = true; // not reached: Goexit goes on unwinding
        return;
      }
      ds.run(nullptr);
    }));
    done.acquire();
  });
  EXPECT_TRUE(deferred);
  EXPECT_FALSE(after);
  EXPECT_FALSE(recovered) << "recover() must return nil during Goexit";
}

TEST_P(Yield, GoexitInTheBodyEndsIt) {
  bool after = false;
  run([&] {
    sched::goexit();
    after = true;
  });
  EXPECT_FALSE(after);
}

TEST_P(Yield, NumGoroutineCountsLiveGoroutines) {
  run([&] {
    int64_t base = sched::numGoroutine();
    EXPECT_GE(base, 1);
    Sema release, finished;
    for (int i = 0; i < 10; i++)
      sched::spawn(Func<void()>([&] {
        release.acquire();
        finished.release();
      }));
    EXPECT_EQ(sched::numGoroutine(), base + 10);
    for (int i = 0; i < 10; i++) {
      release.release();
      finished.acquire();
    }
    for (int i = 0; i < 100000 && sched::numGoroutine() != base; i++)
      sched::gosched();
    EXPECT_EQ(sched::numGoroutine(), base);
  });
}

TEST_P(Yield, GomaxprocsReportsAndChangesTheSetting) {
  run([&] {
    EXPECT_EQ(sched::gomaxprocs(0), GetParam());
    EXPECT_EQ(sched::gomaxprocs(3), GetParam());
    EXPECT_EQ(sched::gomaxprocs(-1), 3);
    // Work still gets done after the change.
    Sema done;
    for (int i = 0; i < 100; i++)
      sched::spawn(Func<void()>([&] { done.release(); }));
    for (int i = 0; i < 100; i++)
      done.acquire();
    EXPECT_EQ(sched::gomaxprocs(GetParam()), 3);
  });
  EXPECT_GE(sched::numCPU(), 1);
}

TEST(Preemption, SpinningGoroutineThatPollsDoesNotStopOthersOnOneWorker) {
  std::atomic<bool> stop{false};
  runOn(1, [&] {
    Sema done;
    sched::spawn(Func<void()>([&] {
      while (!stop.load(std::memory_order_relaxed))
        sched::poll();
      done.release();
    }));
    sched::spawn(Func<void()>([&] {
      stop.store(true);
      done.release();
    }));
    done.acquire();
    done.acquire();
  });
  EXPECT_TRUE(stop.load());
}

TEST(Preemption, MainSpinningAfterSpawnLetsTheNewGoroutineRun) {
  std::atomic<bool> ran{false};
  runOn(1, [&] {
    sched::spawn(Func<void()>([&] { ran.store(true); }));
    while (!ran.load(std::memory_order_relaxed))
      sched::poll();
  });
  EXPECT_TRUE(ran.load());
}

TEST_P(Yield, CxxExceptionsAreThrownAndCaughtOnGoroutineStacks) {
  std::atomic<int> ok{0};
  run([&] {
    Sema done;
    for (int k = 0; k < 8; k++)
      sched::spawn(Func<void()>([&] {
        try {
          try {
            throw std::runtime_error("inner");
          } catch (std::runtime_error &e) {
            // Inside a catch block: park and maybe resume on another thread.
            for (int i = 0; i < 50; i++)
              sched::gosched();
            EXPECT_STREQ(e.what(), "inner");
            EXPECT_EQ(std::uncaught_exceptions(), 0);
            throw;
          }
        } catch (std::runtime_error &e) {
          if (std::string(e.what()) == "inner")
            ok++;
        }
        done.release();
      }));
    for (int k = 0; k < 8; k++)
      done.acquire();
  });
  EXPECT_EQ(ok.load(), 8);
}

TEST_P(Yield, PanicRecoveredOnAGoroutineLeavesItsChainClean) {
  std::atomic<int> ok{0};
  run([&] {
    Sema done;
    for (int k = 0; k < 4; k++)
      sched::spawn(Func<void()>([&] {
        go::Iface got;
        {
          go::DeferStack ds;
          try {
            ds.push(Func<void()>([&] {
                      bool can = go::takeDeferArm();
                      sched::gosched(); // the deferred call may migrate
                      got = go::recover(can);
                    }),
                    true);
            go::gopanic(go::box(&go::intType, int64_t(7)));
          } catch (go::PanicUnwind &u) {
            ds.run(u.rec);
          }
        }
        if (!got.isNil() && go::detail::panicHead() == nullptr)
          ok++;
        done.release();
      }));
    for (int k = 0; k < 4; k++)
      done.acquire();
  });
  EXPECT_EQ(ok.load(), 4);
}

TEST(Gomaxprocs, ShrinkingAndGrowingWhileGoroutinesRunLosesNoWork) {
  std::atomic<int> finished{0};
  runOn(4, [&] {
    std::atomic<bool> stop{false};
    Sema done;
    for (int i = 0; i < 8; i++)
      sched::spawn(Func<void()>([&] {
        while (!stop.load(std::memory_order_relaxed))
          sched::poll();
        finished++;
        done.release();
      }));
    sched::sleep(2'000'000);
    EXPECT_EQ(sched::gomaxprocs(1), 4);
    sched::sleep(30'000'000); // the extra Ps retire at their next schedule
    EXPECT_EQ(sched::gomaxprocs(3), 1);
    sched::sleep(5'000'000);
    stop.store(true);
    for (int i = 0; i < 8; i++)
      done.acquire();
  });
  EXPECT_EQ(finished.load(), 8);
}

TEST_P(Yield, GoexitGoesOnAfterAPanicDuringItIsRecovered) {
  // defer A; defer B (recovers); defer C (panics); Goexit():
  // C's panic aborts the Goexit, B recovers it, and the Goexit goes on:
  // A runs and the goroutine ends without returning normally.
  bool ranA = false, returned = false;
  go::Iface rec;
  run([&] {
    Sema done;
    sched::spawn(Func<void()>([&] {
      go::DeferStack outer;
      try {
        outer.push(Func<void()>([&] { done.release(); }), false);
        go::DeferStack ds;
        try {
          ds.push(Func<void()>([&] { ranA = true; }), false);
          ds.push(Func<void()>([&] {
                    bool can = go::takeDeferArm();
                    rec = go::recover(can);
                  }),
                  true);
          ds.push(Func<void()>([] { go::gopanic(go::box(&go::stringType, go::String("in defer"))); }), false);
          sched::goexit();
        } catch (go::PanicUnwind &u) {
          ds.run(u.rec);
          returned = true;
          return;
        }
        ds.run(nullptr);
        returned = true;
      } catch (go::PanicUnwind &u) {
        outer.run(u.rec);
        return;
      }
      outer.run(nullptr);
    }));
    done.acquire();
  });
  EXPECT_TRUE(ranA);
  EXPECT_FALSE(returned) << "the frame returned normally: the Goexit was lost";
  EXPECT_FALSE(rec.isNil()) << "B should have recovered the panic";
}
