// proc.cpp — the scheduler's face: the goroutine operations of sched.h
// (spawn, park, ready, gosched, goexit, blocking calls, GOMAXPROCS), start-
// up, a goroutine's first and last frame, and the two ways to run Go code
// (runMainGoroutine for programs, runForTest for tests). Go's proc.go
// (newproc, gopark, goready, main) and panic.go (Goexit).
//
// Invariants and why:
//  - spawn takes a dead G from the P's free list, or a new one (either
//    without a stack: it gets one when it first runs), gives it a fresh
//    id and its closure, and puts it in runnext
//    (the spawner's next G, as Go's newproc); then wakes an idle P.
//  - park records the wait reason and position, then switches to g0,
//    where the commit runs (sched.cpp afterSwitch). ready requires the G
//    to be parked (Waiting) and puts it in the caller's runnext.
//  - The bottom frame of every goroutine (gopp_goroutine_entry, called by
//    gopp_gstart) catches everything: a Goexit ends the goroutine
//    quietly, an unrecovered panic prints and exits 2 (panic.cpp), an
//    out-of-memory or stray C++ exception is a fatal error. It copies the
//    closure to its own stack and clears g->fn first (gc.cpp pushes fn
//    only for Gs that have not started).
//  - The main goroutine (id 1, 1 GiB stack) runs on the process's main
//    thread as M0; its body ends the process when main returns.
#include <sched.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <linux/futex.h>

#include <climits>
#include <cstdlib>

#include "g.h"
#include "testing.h"
#include "../internal.h"

namespace go::sched {

namespace {
std::atomic<int64_t> nextGoid{1};
int desiredProcs = 0; // gomaxprocs(n) before start

int32_t envProcs() {
  if (const char *s = std::getenv("GOMAXPROCS")) {
    char *end;
    long v = std::strtol(s, &end, 10);
    if (end != s && *end == 0 && v > 0)
      return int32_t(v > kMaxProcs ? kMaxProcs : v);
  }
  return 0;
}

void schedinit(int32_t procs) {
  gcInit();
  int32_t n = procs > 0 ? procs : desiredProcs > 0 ? desiredProcs : envProcs();
  if (n <= 0)
    n = int32_t(numCPU());
  if (n > kMaxProcs)
    n = kMaxProcs;
  {
    std::lock_guard<detail::RtMutex> l(sched.lock);
    procresize(n);
  }
  sched.started.store(true, std::memory_order_release);
  sysmonStart();
}

G *prepareG(G *g, Func<void()> fn, void *creatorPC = nullptr) {
  g->id = nextGoid.fetch_add(1, std::memory_order_relaxed);
  g->status.store(GStatus::Idle, std::memory_order_relaxed);
  g->fn = fn;
  g->isMain = false;
  g->goexited = false;
  g->why = WaitReason::None;
  raceGoStart(g, creatorPC); // the stack and first frame come at its first run (execute)
  sched.ngoroutines.fetch_add(1, std::memory_order_relaxed);
  g->status.store(GStatus::Runnable, std::memory_order_relaxed);
  return g;
}

} // namespace

void spawn(Func<void()> fn) {
  void *pc = __builtin_return_address(0); // the go statement, for race reports
  M *m = getM();
  P *p = m ? m->p : nullptr;
  G *g = p ? gfget(p) : nullptr;
  if (!g)
    g = newG(kStackSize);
  prepareG(g, fn, pc);
  if (p)
    runqput(p, g, true);
  else
    globrunqput(g);
  wakep();
}

void park(bool (*commit)(G *g, void *arg), void *arg, WaitReason why, SourcePos pos) {
  M *m = getM();
  if (!m || m->curg->isG0)
    fatal(GOPP_LIT("runtime: park outside a goroutine"));
  G *g = m->curg;
  g->why = why;
  g->pos = pos;
  m->commit = commit;
  m->commitArg = arg;
  mcall(MAction::Park);
  g->why = WaitReason::None;
}

void ready(G *g) {
  if (g->status.load(std::memory_order_acquire) != GStatus::Waiting)
    fatal(GOPP_LIT("runtime: ready of a goroutine that is not waiting"));
  g->status.store(GStatus::Runnable, std::memory_order_relaxed);
  M *m = getM();
  if (m && m->p)
    runqput(m->p, g, true);
  else
    globrunqput(g);
  wakep();
}

void readyFromTimer(void *g) { ready(static_cast<G *>(g)); }

void gosched() {
  M *m = getM();
  if (!m || m->curg->isG0) {
    sched_yield();
    return;
  }
  mcall(MAction::Yield);
}

void preemptNow() { mcall(MAction::Preempt); }

void goexit() { detail::throwGoexit(); }

void enterBlocking() {
  M *m = getM();
  if (!m || m->curg->isG0 || !m->p)
    return;
  P *p = m->p;
  std::unique_lock<detail::RtMutex> l(sched.lock);
  if (p->id >= sched.gomaxprocs.load(std::memory_order_relaxed)) {
    retireP(m, p); // beyond GOMAXPROCS now: its work goes to the global queue
    l.unlock();
    wakep();
    return;
  }
  releasep(m);
  bool work = !p->runq.empty() || p->runnext.load(std::memory_order_relaxed) ||
              sched.gsize.load(std::memory_order_relaxed) > 0 || p->timer0When.load(std::memory_order_relaxed) != INT64_MAX;
  if (work) {
    // Hand the P with its work to another M (Go's handoffp).
    p->status.store(PStatus::Running, std::memory_order_relaxed);
    l.unlock();
    startm(p, false);
    return;
  }
  pidleput(p);
}

void exitBlocking() {
  M *m = getM();
  if (!m || m->curg->isG0 || m->p)
    return;
  P *p;
  {
    std::lock_guard<detail::RtMutex> l(sched.lock);
    p = pidleget();
  }
  if (p) {
    acquirep(m, p);
    return;
  }
  mcall(MAction::BlockingExit);
}

int32_t currentP() {
  M *m = getM();
  return m && m->p ? m->p->id : 0;
}

int64_t numGoroutine() { return sched.ngoroutines.load(std::memory_order_relaxed); }

int64_t numCPU() {
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof set, &set) == 0) {
    int n = CPU_COUNT(&set);
    if (n > 0)
      return n;
  }
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? n : 1;
}

int64_t gomaxprocs(int64_t n) {
  if (!sched.started.load(std::memory_order_acquire)) {
    int64_t old = desiredProcs > 0 ? desiredProcs : envProcs() > 0 ? envProcs() : numCPU();
    if (n > 0)
      desiredProcs = int32_t(n > kMaxProcs ? kMaxProcs : n);
    return old;
  }
  int32_t old;
  {
    std::lock_guard<detail::RtMutex> l(sched.lock);
    old = sched.gomaxprocs.load(std::memory_order_relaxed);
    if (n > 0 && n != old)
      procresize(int32_t(n > kMaxProcs ? kMaxProcs : n));
  }
  if (n > old)
    wakep();
  if (n > 0 && n < old) {
    // Go stops the world to resize; here the Ps beyond n retire at their
    // next schedule (a running goroutine is preempted within ~10 ms), and
    // the caller waits for that so that on return only n Ps run.
    M *m = getM();
    bool onG = m && !m->curg->isG0;
    for (;;) {
      bool left = false;
      for (int32_t i = int32_t(n); i < sched.nprocs.load(std::memory_order_acquire); i++)
        if (allp[i]->status.load(std::memory_order_relaxed) != PStatus::Dead)
          left = true;
      if (!left || sched.gomaxprocs.load(std::memory_order_relaxed) != n)
        break;
      if (onG)
        sleep(50'000); // parks: this goroutine's own P may be one to retire
      else
        usleep(50);
    }
  }
  return old;
}

extern "C" [[noreturn]] void gopp_goroutine_entry() {
  asanStartedG();
  G *g = getg();
  Func<void()> fn = g->fn;
  g->fn = {};
  bool bad = false;
  try {
    fn();
  } catch (PanicUnwind &u) {
    detail::endOfGoroutine(u.rec); // returns only for Goexit
  } catch (std::bad_alloc &) {
    bad = true;
  } catch (...) {
    fatal(GOPP_LIT("unexpected C++ exception escaped a goroutine"));
  }
  if (bad)
    fatal(GOPP_LIT("runtime: out of memory"));
  mcall(MAction::Exit);
  __builtin_unreachable();
}

[[noreturn]] void runMainGoroutine(Func<void()> body) {
  schedinit(0);
  M *m;
  {
    std::lock_guard<detail::RtMutex> l(sched.lock);
    m = allocM();
  }
  minit(m);
  G *g = newG(kMainStackSize);
  prepareG(g, body);
  g->isMain = true;
  P *p;
  {
    std::lock_guard<detail::RtMutex> l(sched.lock);
    sched.mainG = g;
    p = pidleget();
  }
  acquirep(m, p);
  runqput(p, g, false);
  schedule(m);
  fatal(GOPP_LIT("runtime: the scheduler stopped under a program's main"));
}

void startExternal() {
  static std::once_flag once;
  std::call_once(once, [] { schedinit(0); });
}

void spawnExternal(Func<void()> fn) {
  void *pc = __builtin_return_address(0);
  startExternal();
  G *g = nullptr;
  if (sched.nfree.load(std::memory_order_relaxed) > 0) {
    std::lock_guard<detail::RtMutex> l(sched.lock);
    g = gfgetLocked();
  }
  if (!g)
    g = newG(kStackSize);
  prepareG(g, fn, pc);
  {
    std::lock_guard<detail::RtMutex> l(sched.lock);
    globputLocked(g);
  }
  wakep();
}

void runForTest(int procs, Func<void()> body) {
  static std::once_flag once;
  std::call_once(once, [procs] { schedinit(procs); });
  gomaxprocs(procs);
  std::atomic<uint32_t> done{0};
  G *g = newG(kStackSize);
  prepareG(g, body);
  g->isMain = true;
  {
    std::lock_guard<detail::RtMutex> l(sched.lock);
    sched.mainG = g;
    sched.mainGoexited = false;
    sched.testDone = &done;
    globputLocked(g);
  }
  wakep();
  while (!done.load(std::memory_order_acquire))
    syscall(SYS_futex, &done, FUTEX_WAIT_PRIVATE, 0, nullptr, nullptr, 0);
}


} // namespace go::sched
