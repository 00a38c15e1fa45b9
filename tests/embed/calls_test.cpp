// calls_test.cpp — calling a Go package (calls/calls.go, built with
// `gopp build -buildmode=c++`) from C++ threads: 8 threads call exported
// functions 10,000 times each, every result is checked, and the checks
// cover every kind of value the boundary carries. run_calls.sh builds it
// three ways (plain, AddressSanitizer, ThreadSanitizer with gopp's race
// runtime) and runs each; any failed check exits 1.
#include "calls.h"

#include <dirent.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <string>
#include <map>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

namespace {

std::atomic<int> failures{0};

void check(bool ok, const char *what, int thread, int i) {
  if (!ok && failures.fetch_add(1) < 20)
    std::fprintf(stderr, "FAIL: %s (thread %d, call %d)\n", what, thread, i);
}

constexpr int kThreads = 8;
constexpr int kCalls = 10000;

// One thread's calls: call i exercises one kind of value, in turn.
void worker(int t) {
  for (int i = 0; i < kCalls; i++) {
    switch (i % 10) {
    case 0: // integers
      check(calls::Square(i) == int64_t(i) * i, "Square", t, i);
      break;
    case 1: { // strings out
      std::string want = "t" + std::to_string(t) + "-" + std::to_string(i);
      check(go::toStd(calls::Label(t, i)) == want, "Label", t, i);
      break;
    }
    case 2: { // slices in, goroutines and channels inside the call
      std::vector<int64_t> xs(100);
      for (int k = 0; k < 100; k++)
        xs[size_t(k)] = k + i;
      go::Slice<int64_t> s = go::toGo(xs);
      check(calls::Sum(s) == 4950 + 100 * int64_t(i), "Sum", t, i);
      check(calls::ParallelSum(s, 4) == 4950 + 100 * int64_t(i), "ParallelSum", t, i);
      break;
    }
    case 3: { // maps out
      auto m = go::toStd(calls::Words(go::toGo("a b a c a")));
      check(m.size() == 3 && m["a"] == 3 && m["b"] == 1 && m["c"] == 1, "Words", t, i);
      break;
    }
    case 4: { // errors: nil, and a wrapped sentinel
      auto [h, err] = calls::Half(i);
      check(go::isNil(err) && h == i / 2, "Half(even)", t, i);
      auto [h2, err2] = calls::Half(i + 1);
      check(!go::isNil(err2) && h2 == 0 &&
                go::errorMessage(err2) == "half of " + std::to_string(i + 1) + ": calls: odd number",
            "Half(odd)", t, i);
      break;
    }
    case 5: { // structs by value and by pointer, methods as members
      calls::Point p{int64_t(i), int64_t(t)};
      calls::Point q = p.Scale(3);
      check(q.X == 3 * int64_t(i) && q.Y == 3 * int64_t(t), "Point.Scale", t, i);
      p.Move(1, 2);
      check(p.X == int64_t(i) + 1 && p.Y == int64_t(t) + 2, "Point.Move", t, i);
      break;
    }
    case 6: { // func values both ways: C++ called by Go, Go called by C++
      go::Slice<int64_t> out =
          calls::Apply(go::toGo(std::vector<int64_t>{1, 2, 3}), go::Func<int64_t(int64_t)>([](int64_t x) {
                         return x * 10;
                       }));
      check(go::toStd(out) == std::vector<int64_t>{10, 20, 30}, "Apply", t, i);
      go::Func<int64_t(int64_t)> add = calls::Adder(i);
      check(go::call([&] { return add(5); }) == int64_t(i) + 5, "Adder", t, i);
      break;
    }
    case 7: { // panics: a run-time error and a panic value of the package
      try {
        calls::Index(go::toGo(std::vector<int64_t>{1, 2, 3}), 3);
        check(false, "Index did not panic", t, i);
      } catch (const go::Panic &p) {
        check(std::string(p.what()) == "runtime error: index out of range [3] with length 3" && p.runtimeError(),
              "Index panic", t, i);
      }
      try {
        calls::Must(false, "step");
        check(false, "Must did not panic", t, i);
      } catch (const go::Panic &p) {
        check(std::string(p.what()) == "calls: step failed" && !p.runtimeError(), "Must panic", t, i);
      }
      check(go::toStd(calls::Must(true, "ok")) == "ok", "Must(true)", t, i);
      break;
    }
    case 8: // shared state behind a Go Mutex
      calls::Tally();
      break;
    case 9: { // a goroutine that outlives its call
      go::Chan<int64_t> c = calls::NewChan();
      calls::Background(i, c);
      check(calls::Receive(c) == int64_t(i) * i, "Background", t, i);
      break;
    }
    }
  }
}

// Conversions between Go values and the standard library's, and the
// package's constants, types and variables as C++ sees them.
void conversions() {
  std::vector<std::vector<std::string>> nested{{"a", "bc"}, {}};
  go::Slice<go::Slice<go::String>> g = go::toGo(nested);
  check(go::toStd(g) == nested, "nested slices round trip", -1, 0);
  std::map<std::string, std::vector<int64_t>> m{{"x", {1, 2}}, {"y", {}}};
  check(go::toStd(go::toGo(m)) == m, "map of slices round trip", -1, 0);
  check(go::toStd(calls::Lengths(go::toGo(std::vector<std::string>{"go", "c++", ""}))) ==
            std::vector<int64_t>{2, 3, 0},
        "Lengths (a generic instantiated in Go)", -1, 0);
  static_assert(calls::MaxItems == 1 << 20 && calls::Ratio == 0.25 && calls::Initial == 'c' && calls::Small == -3);
  static_assert(std::is_same_v<decltype(calls::Small), const int8_t>);
  check(go::toStd(calls::Name) == "calls", "Name", -1, 0);
  check(calls::Celsius_Fahrenheit(100) == 212, "Celsius_Fahrenheit", -1, 0);

  // Go strings kept in C++ heap memory survive collections when pinned.
  std::vector<go::Pinned<go::String>> kept;
  for (int i = 0; i < 1000; i++)
    kept.emplace_back(calls::Label(99, i));
  calls::Churn();
  calls::Churn();
  for (int i = 0; i < 1000; i++)
    check(go::toStd(*kept[size_t(i)]) == "t99-" + std::to_string(i), "a pinned string after collections", -1, i);
}

} // namespace

// The threads of this process (/proc/self/task); with names, their names
// (the runtime names its threads gopp-m<N> and gopp-sysmon) and states.
int threadCount(std::string *names = nullptr) {
  int n = 0;
  if (DIR *d = opendir("/proc/self/task")) {
    while (dirent *e = readdir(d)) {
      if (e->d_name[0] == '.')
        continue;
      n++;
      if (!names)
        continue;
      std::string dir = std::string("/proc/self/task/") + e->d_name;
      char buf[256] = {};
      if (FILE *f = std::fopen((dir + "/stat").c_str(), "r")) {
        size_t k = std::fread(buf, 1, sizeof buf - 1, f);
        buf[k] = 0;
        std::fclose(f);
      }
      *names += std::string(" [") + buf + "]";
    }
    closedir(d);
  }
  return n;
}

int main() {
  int threadsBefore = threadCount();
  conversions();
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; t++)
    threads.emplace_back(worker, t);
  for (auto &th : threads)
    th.join();
  // Every thread made kCalls / 10 Tally calls.
  int64_t total = calls::Total();
  if (total != int64_t(kThreads) * (kCalls / 10)) {
    std::fprintf(stderr, "FAIL: Total() = %lld\n", static_cast<long long>(total));
    failures++;
  }
  // Variables and constants.
  if (go::errorMessage(calls::ErrOdd()) != "calls: odd number") {
    std::fprintf(stderr, "FAIL: ErrOdd\n");
    failures++;
  }
  // Shutdown stops every thread the runtime started, even one running a
  // goroutine that never yields.
  calls::SpinForever();
  go::shutdown();
  // (A thread the kernel is still tearing down may linger in /proc for a
  // moment under a loaded machine: look again for up to 5 s; a worker
  // that was never stopped stays.)
  for (int i = 0; i < 500 && threadCount() > threadsBefore; i++)
    usleep(10000);
  if (std::string names; threadCount() > threadsBefore) {
    int after = threadCount(&names);
    std::fprintf(stderr, "FAIL: %d threads after shutdown, %d before the first call:%s\n", after, threadsBefore,
                 names.c_str());
    failures++;
  }
  bool stopped = false;
  try {
    calls::Square(2);
  } catch (const go::RuntimeStopped &) {
    stopped = true;
  }
  if (!stopped) {
    std::fprintf(stderr, "FAIL: a call after shutdown did not throw go::RuntimeStopped\n");
    failures++;
  }
  if (failures) {
    std::fprintf(stderr, "%d check(s) failed\n", failures.load());
    return 1;
  }
  std::printf("PASS: %d threads x %d calls\n", kThreads, kCalls);
  return 0;
}
