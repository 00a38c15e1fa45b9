// sysmon.cpp — preemption and stack checks: stackGuard, morestack, and
// the monitor thread (Go's sysmon, retake and morestack).
//
// Invariants and why:
//  - stackGuard is per thread. On a worker running a G it is the G's stack
//    low bound + kRedZone (32 KiB: enough for the runtime calls that do
//    not poll, a signal frame and the fatal-error printer below the last
//    poll); on g0 and on threads that are not workers it is 0, so poll()
//    never fires there (their stacks are the kernel's, not ours to check).
//  - sysmon raises a worker's guard to UINTPTR_MAX (through the pointer
//    the worker registered, m->guard) when the P it holds has run the same
//    G for more than 10 ms (its schedtick has not moved). The next poll()
//    on that thread calls morestack, which tells a real overflow (sp below
//    lo + kRedZone) from a preemption request, restores the guard and
//    yields. Both sides use relaxed atomics on the guard: it is a flag,
//    it carries no data, and a request that lands after the worker
//    switched to another G only costs that G one early yield.
//  - sysmon is a plain thread unknown to the collector (it touches no Go
//    heap memory). It sleeps 20 µs to 10 ms between looks (backing off
//    while it has nothing to do) and sleeps on a Note while every P is
//    idle; pidleget wakes it (Dekker: it stores `sleeping` then reads
//    npidle, pidleget decrements npidle then reads `sleeping`, all
//    seq_cst), so an idle program uses no CPU.
//  - It also starts an M when a timer is overdue and nobody looks (every M
//    busy with a G that does not yield, and a P idle), and gives back the
//    free stack slots that nobody reused (stack.cpp trimFreeStacks).
//  - When the scheduler stops (embedding's shutdown) it keeps preempting,
//    without sleeping on its Note, until the last worker has left, then
//    ends (sched.cpp).
#include <pthread.h>
#include <unistd.h>

#include <thread>

#include "g.h"
#include "../internal.h"

namespace go::sched {

constinit thread_local uintptr_t stackGuard = 0;

namespace {
std::atomic<bool> sysmonSleeping{false};
Note sysmonNote;

void storeGuard(uintptr_t *g, uintptr_t v) { std::atomic_ref<uintptr_t>(*g).store(v, std::memory_order_relaxed); }

std::atomic<bool> sysmonAlive{false};

// How often sysmon gives back the free stack slots nobody reused, and
// how many at most each time (a madvise each: ~1-4 ms of its thread).
constexpr int64_t kTrimNs = 100'000'000;
constexpr int32_t kTrimMax = 1024;

void sysmonLoop() {
  pthread_setname_np(pthread_self(), "gopp-sysmon");
  int64_t delay = 20'000;
  int idle = 0;
  int64_t lastTrim = nanotime();
  for (;;) {
    // Stopping (embedding's shutdown): preempt on until the workers are
    // gone, since a worker leaves only from its schedule loop.
    bool stopping = sched.stopping.load(std::memory_order_acquire);
    if (stopping && sched.mthreads.load(std::memory_order_acquire) == 0) {
      sysmonAlive.store(false, std::memory_order_release);
      return;
    }
    if (idle == 0)
      delay = 20'000;
    else if (idle > 50)
      delay *= 2;
    if (delay > 10'000'000)
      delay = 10'000'000;
    usleep(useconds_t(delay / 1000));
    if (!stopping && sched.npidle.load(std::memory_order_seq_cst) >= sched.gomaxprocs.load(std::memory_order_relaxed)) {
      trimFreeStacks(INT32_MAX, true); // nothing runs: no bound needed
      sysmonNote.clear();
      sysmonSleeping.store(true, std::memory_order_seq_cst);
      // Dekker with pidleget (npidle) and with stopScheduler (stopping):
      // each stores its word, then reads sysmonSleeping (sysmonWake).
      // Without reading stopping again here, a stop that began during the
      // usleep above was missed and sysmon slept on for ever, every P
      // idle (embed_calls: a gopp-sysmon thread left after shutdown).
      if (!sched.stopping.load(std::memory_order_seq_cst) &&
          sched.npidle.load(std::memory_order_seq_cst) >= sched.gomaxprocs.load(std::memory_order_relaxed))
        sysmonNote.sleep(INT64_MAX);
      sysmonSleeping.store(false, std::memory_order_relaxed);
      idle = 0;
      continue;
    }
    bool acted = false;
    int64_t now = nanotime();
    int32_t n = sched.nprocs.load(std::memory_order_acquire);
    for (int32_t i = 0; i < n; i++) {
      P *p = allp[i];
      if (p->status.load(std::memory_order_relaxed) != PStatus::Running)
        continue;
      uint32_t t = p->schedtick.load(std::memory_order_relaxed);
      if (t != p->sysmonTick) {
        p->sysmonTick = t;
        p->sysmonWhen = now;
      } else if (now - p->sysmonWhen >= kPreemptNs) {
        M *m = p->m.load(std::memory_order_acquire);
        if (m && m->guard)
          storeGuard(m->guard, UINTPTR_MAX);
        p->sysmonWhen = now;
        acted = true;
      }
    }
    if (earliestTimer() < now && sched.npidle.load(std::memory_order_relaxed) > 0 &&
        sched.nmspinning.load(std::memory_order_relaxed) == 0) {
      wakep();
      acted = true;
    }
    if (now - lastTrim >= kTrimNs) {
      trimFreeStacks(kTrimMax, false);
      lastTrim = now;
    }
    idle = acted ? 0 : idle + 1;
  }
}

} // namespace

// Joinable, for an embedding's shutdown; never destroyed (a joinable
// std::thread's destructor would terminate a process that exits without
// shutting down).
std::thread *sysmonThread = nullptr;

void sysmonStart() {
  sysmonAlive.store(true, std::memory_order_relaxed);
  sysmonThread = new std::thread(sysmonLoop);
}

bool sysmonJoin(int64_t deadline) {
  while (sysmonAlive.load(std::memory_order_acquire) && nanotime() < deadline)
    usleep(200);
  if (sysmonAlive.load(std::memory_order_acquire) || !sysmonThread || !sysmonThread->joinable())
    return false;
  sysmonThread->join();
  return true;
}

void sysmonWake() {
  if (sysmonSleeping.load(std::memory_order_seq_cst)) {
    sysmonSleeping.store(false, std::memory_order_relaxed);
    sysmonNote.wakeup();
  }
}

void setGuard(M *, G *g) { storeGuard(&stackGuard, g->isG0 ? 0 : g->lo + kRedZone); }

void morestack() {
  M *m = getM();
  G *g = m ? m->curg : nullptr;
  if (!g || g->isG0) {
    storeGuard(&stackGuard, 0); // a stray request for a thread's own stack
    return;
  }
  uintptr_t sp = uintptr_t(__builtin_frame_address(0));
  if (sp < g->lo + kRedZone) {
    detail::beginFatal();
    // Go's words, with Go's limit (maxstacksize on 64-bit machines),
    // whatever this stack's size.
    static const char msg[] =
        "runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\n";
    detail::writeStderr(msg, sizeof msg - 1);
    printGoroutineHeader(g->id, "running");
    detail::exitProcess(2);
  }
  storeGuard(&stackGuard, g->lo + kRedZone);
  preemptNow();
}

} // namespace go::sched
