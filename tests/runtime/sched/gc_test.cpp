// The collector sees every goroutine's stack: parked, runnable, running
// (on any worker), not yet started (its closure), and pending timers'
// arguments. Each test keeps Go heap data reachable only from the place
// under test, forces collections, reuses the freed memory, and checks
// the data is intact.
#include "common.h"

#include <gc/gc.h>

#include <latch>
#include <thread>

#include "sched/g.h"

using namespace sched_test;

namespace {

struct Node {
  Node *next;
  int64_t value;
};

// Nodes of the current generation of lists that the collector freed (each
// node has a finalizer): must stay 0 while those lists are reachable.
std::atomic<intptr_t> generation{0};
std::atomic<int64_t> freed{0};
void GC_CALLBACK onFreed(void *, void *gen) {
  if (intptr_t(gen) == generation.load())
    freed.fetch_add(1);
}
void newGeneration() {
  generation.fetch_add(1);
  freed = 0;
}

Node *makeList(int64_t seed, int n) {
  Node *head = nullptr;
  for (int i = 0; i < n; i++) {
    auto *x = static_cast<Node *>(go::alloc(sizeof(Node)));
    x->next = head;
    x->value = seed * 1000 + i;
    GC_register_finalizer_no_order(x, onFreed, reinterpret_cast<void *>(generation.load()), nullptr, nullptr);
    head = x;
  }
  return head;
}

bool checkList(Node *head, int64_t seed, int n) {
  for (int i = n - 1; i >= 0; i--, head = head->next)
    if (!head || head->value != seed * 1000 + i)
      return false;
  return head == nullptr;
}

// Collect, then allocate and scribble over enough memory that anything
// wrongly freed is overwritten; no node of this generation may have been
// finalized.
void collectAndScribble() {
  for (int round = 0; round < 3; round++) {
    GC_gcollect();
    GC_invoke_finalizers();
    for (int i = 0; i < 200000; i++) {
      auto *x = static_cast<Node *>(go::alloc(sizeof(Node)));
      x->next = reinterpret_cast<Node *>(uintptr_t(0xdeadbeef));
      x->value = -1;
    }
  }
  EXPECT_EQ(freed.load(), 0) << "the collector freed nodes that were still reachable";
}

} // namespace

class Gc : public Procs {
protected:
  void SetUp() override { newGeneration(); }
};
SCHED_PROCS(Gc);

TEST_P(Gc, ParkedGoroutinesKeepDataReachableOnlyFromTheirStacks) {
  static constexpr int kG = 10000, kLen = 8;
  std::atomic<int> ok{0};
  run([&] {
    Sema parked, release, done;
    for (int k = 0; k < kG; k++)
      sched::spawn(Func<void()>([&, k] {
        Node *volatile list = makeList(k, kLen);
        parked.release();
        release.acquire();
        if (checkList(list, k, kLen))
          ok++;
        done.release();
      }));
    for (int k = 0; k < kG; k++)
      parked.acquire();
    collectAndScribble();
    for (int k = 0; k < kG; k++)
      release.release();
    for (int k = 0; k < kG; k++)
      done.acquire();
  });
  EXPECT_EQ(ok.load(), kG);
}

TEST_P(Gc, ClosuresOfGoroutinesNotYetStartedStayAlive) {
  static constexpr int kG = 5000, kLen = 4;
  std::atomic<int> ok{0};
  run([&] {
    Sema gate, done;
    for (int k = 0; k < kG; k++) {
      Node *list = makeList(k, kLen);
      sched::spawn(Func<void()>([&, list, k] {
        gate.acquire(); // from here on the list is on this goroutine's stack
        if (checkList(list, k, kLen))
          ok++;
        done.release();
      }));
    }
    collectAndScribble(); // with one worker, most have not started yet
    for (int k = 0; k < kG; k++)
      gate.release();
    for (int k = 0; k < kG; k++)
      done.acquire();
  });
  EXPECT_EQ(ok.load(), kG);
}

TEST_P(Gc, RunningGoroutineStackIsScannedOnWhicheverWorkerItRuns) {
  bool ok = true;
  run([&] {
    for (int round = 0; round < 5; round++) {
      newGeneration();
      Node *volatile list = makeList(round, 100);
      for (int i = 0; i < 10; i++)
        sched::gosched(); // may resume on another worker
      collectAndScribble();
      ok = ok && checkList(list, round, 100);
    }
  });
  EXPECT_TRUE(ok);
}

TEST_P(Gc, CollectionsWhileGoroutinesSwitchConstantly) {
  // Collections triggered by allocation land at arbitrary points, including
  // next to context switches on other workers.
  static constexpr int kG = 64;
  std::atomic<int> ok{0};
  run([&] {
    Sema done;
    for (int k = 0; k < kG; k++)
      sched::spawn(Func<void()>([&, k] {
        bool good = true;
        for (int i = 0; i < 200; i++) {
          Node *volatile list = makeList(k, 20);
          sched::gosched();
          for (int j = 0; j < 50; j++)
            go::alloc(64);
          good = good && checkList(list, k, 20);
        }
        if (good)
          ok++;
        done.release();
      }));
    for (int i = 0; i < 20; i++) {
      GC_gcollect();
      sched::gosched();
    }
    for (int k = 0; k < kG; k++)
      done.acquire();
  });
  EXPECT_EQ(ok.load(), kG);
}

TEST_P(Gc, PendingTimerKeepsItsArgumentAlive) {
  static std::atomic<int> ok;
  ok = 0;
  run([&] {
    for (int k = 0; k < 100; k++)
      sched::newTimer(sched::nanotime() + 200'000'000,
                      [](void *arg) {
                        auto *list = static_cast<Node *>(arg);
                        if (checkList(list, list->value / 1000, 10))
                          ok++;
                      },
                      makeList(k + 1, 10));
    collectAndScribble(); // well before the timers fire
    // Timers of other Ps may run a little after this goroutine's own
    // later deadline when the machine is loaded: wait for all of them.
    sched::sleep(250'000'000);
    for (int i = 0; i < 500 && ok.load() < 100; i++)
      sched::sleep(10'000'000);
  });
  EXPECT_EQ(ok.load(), 100);
}

// Every worker thread warms its allocation caches when it starts
// (warmAllocCache), so two workers' first small objects come from heap
// blocks of their own, as with Go's per-P caches, and never share a cache
// line. libgc alone serves a thread's first ~37 objects of a size from the
// global free lists, next to other threads' objects. Both threads stay
// registered until both have allocated (a leaving thread's cached objects
// go back to the global lists).
TEST(Allocation, WorkerThreadsTakeTheirFirstObjectsFromBlocksOfTheirOwn) {
  sched::gcInit();
  GC_allow_register_threads();
  constexpr size_t kBytes = 24 * 16 - 1; // a size class nothing else here allocates
  uintptr_t at[2][2] = {};
  std::latch allocated(2);
  auto worker = [&](int i) {
    GC_stack_base sb;
    ASSERT_EQ(GC_get_stack_base(&sb), GC_SUCCESS);
    ASSERT_EQ(GC_register_my_thread(&sb), GC_SUCCESS);
    sched::warmAllocCache();
    at[i][0] = uintptr_t(go::alloc(kBytes));
    at[i][1] = uintptr_t(go::allocAtomic(kBytes));
    allocated.arrive_and_wait();
    GC_unregister_my_thread();
  };
  std::thread a(worker, 0);
  std::thread b(worker, 1);
  a.join();
  b.join();
  for (int kind = 0; kind < 2; kind++)
    EXPECT_NE(at[0][kind] / 4096, at[1][kind] / 4096) << "kind " << kind;
}
