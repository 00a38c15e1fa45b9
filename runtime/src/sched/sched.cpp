// sched.cpp — the M:N scheduler's engine: Ms and Ps, run queues, the
// schedule loop on g0, idle workers and their wake-ups, G free lists.
// Go's proc.go, simplified (the goroutine operations built on it are in
// proc.cpp, the switch itself in context.cpp).
//
// Invariants and why:
//  - A G runs only on an M that holds a P. The schedule loop runs on the
//    M's g0; a G returns to g0 (switchTo) to park, yield, be preempted or
//    exit, leaving the request in m->action, and g0 carries it out after
//    the G's context is saved (so a park's commit, and everything after
//    it, cannot race with the G being resumed elsewhere).
//  - Run queues: each P's ring (runqueue.h) plus its runnext slot, which
//    ready() and spawn() fill (the woken or new G runs next, as Go's
//    goready/newproc); runnext wins at most kRunnextCap times in a row so
//    two goroutines handing off to each other cannot starve the queue.
//    The global queue (under sched.lock) takes a full ring's older half,
//    yielded and preempted Gs, and Gs made runnable by threads without a
//    P; every P looks at it every 61st schedule so it is not starved.
//  - Idle Ms sleep on their own Note; an idle P sits on sched.pidle. A P is
//    handed to a sleeping M only by startm, which sets m->nextp under
//    sched.lock before waking it. At most one spinning M (looking for work
//    without any) is started at a time by wakep, and the number of
//    spinning Ms stays below half the busy Ps; a spinning M that gives up
//    decrements nmspinning and then rechecks every run queue, while a
//    producer publishes its G and then (after a seq_cst fence) reads
//    nmspinning: one of the two always sees the other, so no runnable G is
//    left with every M asleep (Go's "delicate dance").
//  - The M sleeping for the earliest timer (sched.timerWaiter) is the only
//    one with a timeout; adding an earlier timer wakes it (timers.cpp).
//  - Goroutine ids are never reused (an atomic counter from 1); G structs
//    are (per-P free list, then the global one), and so are stack slots,
//    apart from them (stack.cpp: a G holds a slot only from its first run
//    to its end).
//  - Each switch saves and restores the C++ runtime's per-thread exception
//    state (caught-exception stack, uncaught count) in the G, because a
//    goroutine inside a catch block (a deferred call run during a panic)
//    may park and resume on another thread.
//  - GOMAXPROCS: Ps are allocated once and never freed (allp, nprocs).
//    Shrinking marks the idle Ps beyond n dead at once; a P beyond n that
//    is running retires at its owner's next schedule (runq to the global
//    queue), and pidleput never idles a P beyond n. gomaxprocs(n) waits
//    for that, so when it returns at most n Ps run Go code.
//  - enterBlocking/exitBlocking (Go's entersyscallblock/exitsyscall): the
//    P goes to another M (if it has work) or to the idle list; on return
//    the G takes an idle P, or goes to the global queue while its M, with
//    no P, goes idle (schedule's first check).
//  - Every schedule runs the due timers of Ps that nobody runs (idle or
//    dead), so a P that never runs out of work cannot starve them.
//  - Stopping (embedding's shutdown, stopScheduler): sched.stopping is set
//    under sched.lock, which every M also holds when it decides to sleep
//    (stopm), so an M either sees the flag or is on the idle list and gets
//    woken. An M leaves from its schedule loop only (between Gs, never
//    inside one), so a G that does not yield keeps its M until sysmon
//    preempts it; sysmon therefore outlives the workers.
#include <pthread.h>
#include <sched.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <linux/futex.h>

#include <climits>
#include <cstdio>
#include <cstdlib>
#include <ctime>

#include "g.h"
#include "testing.h"
#include "../internal.h"

namespace go::sched {

void allgadd(G *g);

// ------------------------------------------------------------ Ms and Ps

M *allocM() { // under sched.lock
  int id = sched.mcount.load(std::memory_order_relaxed);
  if (id >= kMaxM)
    fatal(GOPP_LIT("runtime: program exceeds thread limit"));
  M *m = new M;
  m->id = id;
  m->g0.isG0 = true;
  m->g0.onCpu = true;
  m->g0.id = 0;
  m->g0.status.store(GStatus::Running, std::memory_order_relaxed);
  m->curg = &m->g0;
  allm[id] = m;
  // release: gc.cpp reads allm[0..mcount) with acquire.
  sched.mcount.store(id + 1, std::memory_order_release);
  return m;
}

void acquirep(M *m, P *p) {
  m->p = p;
  p->m.store(m, std::memory_order_release);
  p->status.store(PStatus::Running, std::memory_order_relaxed);
}

P *releasep(M *m) {
  P *p = m->p;
  p->m.store(nullptr, std::memory_order_relaxed);
  m->p = nullptr;
  return p;
}

void retireLocked(P *p);

void pidleput(P *p) { // under sched.lock
  if (p->id >= sched.gomaxprocs.load(std::memory_order_relaxed)) {
    retireLocked(p); // GOMAXPROCS shrank meanwhile: it goes, not to the idle list
    return;
  }
  p->status.store(PStatus::Idle, std::memory_order_relaxed);
  p->idleLink = sched.pidle;
  sched.pidle = p;
  sched.npidle.fetch_add(1, std::memory_order_seq_cst);
}

P *pidleget() { // under sched.lock
  P *p = sched.pidle;
  if (p) {
    sched.pidle = p->idleLink;
    p->idleLink = nullptr;
    // seq_cst: pairs with sysmon's "all idle, go to sleep" check.
    sched.npidle.fetch_sub(1, std::memory_order_seq_cst);
    p->status.store(PStatus::Running, std::memory_order_relaxed);
    sysmonWake();
  }
  return p;
}

void mput(M *m) { // under sched.lock
  m->idleLink = sched.midle;
  sched.midle = m;
  sched.nmidle++;
}

M *mget() { // under sched.lock
  M *m = sched.midle;
  if (m) {
    sched.midle = m->idleLink;
    m->idleLink = nullptr;
    sched.nmidle--;
  }
  return m;
}

void mremove(M *m) { // under sched.lock
  for (M **pp = &sched.midle; *pp; pp = &(*pp)->idleLink)
    if (*pp == m) {
      *pp = m->idleLink;
      m->idleLink = nullptr;
      sched.nmidle--;
      return;
    }
}

void *mstartThread(void *arg) {
  M *m = static_cast<M *>(arg);
  char name[16];
  std::snprintf(name, sizeof name, "gopp-m%d", m->id);
  pthread_setname_np(pthread_self(), name); // for ps, gdb and tests
  minit(m);
  P *p = m->nextp;
  m->nextp = nullptr;
  acquirep(m, p);
  m->spinning = m->nextSpinning;
  schedule(m);
  sched.mthreads.fetch_sub(1, std::memory_order_release);
  return nullptr;
}

// Starts an M (an idle one, or a new thread) to run p (or an idle P).
// spinning: the caller already counted it in nmspinning.
void startm(P *p, bool spinning) {
  std::unique_lock<detail::RtMutex> l(sched.lock);
  if (sched.stopping.load(std::memory_order_relaxed)) {
    // Stopping (embedding's shutdown): no new workers; sysmon, which may
    // call this after the last one left, would otherwise start one that
    // stopScheduler no longer joins. A P handed in goes back to the idle
    // list rather than being lost.
    if (p)
      pidleput(p);
    if (spinning)
      sched.nmspinning.fetch_sub(1, std::memory_order_seq_cst);
    return;
  }
  if (!p) {
    p = pidleget();
    if (!p) {
      l.unlock();
      if (spinning)
        sched.nmspinning.fetch_sub(1, std::memory_order_seq_cst);
      return;
    }
  }
  M *m = mget();
  if (!m) {
    m = allocM();
    m->nextp = p;
    m->nextSpinning = spinning;
    sched.mcreating++;
    l.unlock();
    // Joinable: only an embedding's shutdown joins workers (stopScheduler);
    // otherwise they live as long as the process.
    pthread_t t;
    sched.mthreads.fetch_add(1, std::memory_order_relaxed);
    if (GC_pthread_create(&t, nullptr, mstartThread, m) != 0)
      fatal(GOPP_LIT("runtime: failed to create new OS thread"));
    l.lock();
    m->thread = t;
    m->joinable = true;
    sched.mcreating--;
    return;
  }
  m->nextp = p;
  m->nextSpinning = spinning;
  l.unlock();
  m->park.wakeup();
}

// ------------------------------------------------------------ G free lists

G *newG(size_t stackSize) {
  G *g = new G;
  // A goroutine's stack comes when it first runs (execute); only the
  // main goroutine's own reservation is made here.
  if (stackSize != kStackSize && !stackAlloc(g, stackSize))
    fatal(GOPP_LIT("runtime: cannot allocate goroutine stack"));
  std::lock_guard<detail::RtMutex> l(sched.lock);
  allgadd(g);
  return g;
}

void gfput(P *p, G *g) {
  g->schedlink = p->gfree;
  p->gfree = g;
  if (++p->nfree < 64)
    return;
  G *batch = nullptr;
  for (int i = 0; i < 32; i++) {
    G *x = p->gfree;
    p->gfree = x->schedlink;
    p->nfree--;
    x->schedlink = batch;
    batch = x;
  }
  std::lock_guard<detail::RtMutex> l(sched.lock);
  while (G *x = batch) {
    batch = x->schedlink;
    gfputLocked(x);
  }
}

void gfputLocked(G *g) {
  g->schedlink = sched.gfree;
  sched.gfree = g;
  sched.nfree.fetch_add(1, std::memory_order_relaxed);
}

G *gfgetLocked() {
  G *g = sched.gfree;
  if (!g)
    return nullptr;
  sched.gfree = g->schedlink;
  sched.nfree.fetch_sub(1, std::memory_order_relaxed);
  g->schedlink = nullptr;
  return g;
}

G *gfget(P *p) {
  if (!p->gfree && sched.nfree.load(std::memory_order_relaxed) > 0) {
    std::lock_guard<detail::RtMutex> l(sched.lock);
    for (int i = 0; i < 32; i++) {
      G *x = gfgetLocked();
      if (!x)
        break;
      x->schedlink = p->gfree;
      p->gfree = x;
      p->nfree++;
    }
  }
  G *g = p->gfree;
  if (g) {
    p->gfree = g->schedlink;
    p->nfree--;
    g->schedlink = nullptr;
  }
  return g;
}

// ------------------------------------------------------------ run queues

void globputLocked(G *g) {
  g->schedlink = nullptr;
  if (sched.gtail)
    sched.gtail->schedlink = g;
  else
    sched.ghead = g;
  sched.gtail = g;
  sched.gsize.fetch_add(1, std::memory_order_relaxed);
}

// Takes a fair share of the global queue: one to run, the rest into p's
// (empty, or nearly) ring. Under sched.lock.
G *globrunqget(P *p, int32_t max) {
  int32_t size = sched.gsize.load(std::memory_order_relaxed);
  if (size == 0)
    return nullptr;
  int32_t procs = sched.gomaxprocs.load(std::memory_order_relaxed);
  int32_t n = size / (procs > 0 ? procs : 1) + 1;
  if (n > size)
    n = size;
  if (max > 0 && n > max)
    n = max;
  if (n > int32_t(RunQueue::kSize / 2))
    n = RunQueue::kSize / 2;
  G *g = sched.ghead;
  G *first = g;
  for (int32_t i = 0; i < n; i++) {
    G *x = sched.ghead;
    sched.ghead = x->schedlink;
    x->schedlink = nullptr;
    if (i > 0 && !p->runq.put(x)) { // cannot happen with n <= kSize/2 into an empty ring; stay safe
      x->schedlink = sched.ghead;
      sched.ghead = x;
      n = i;
      break;
    }
  }
  if (!sched.ghead)
    sched.gtail = nullptr;
  sched.gsize.fetch_sub(n, std::memory_order_relaxed);
  (void)g;
  return first;
}

G *runqget(P *p) {
  G *next = p->runnext.load(std::memory_order_relaxed);
  if (next && p->runnextStreak < kRunnextCap) {
    // acquire: the G was published by whoever stored it into runnext.
    if (p->runnext.compare_exchange_strong(next, nullptr, std::memory_order_acquire)) {
      p->runnextStreak++;
      return next;
    }
  }
  if (G *g = p->runq.get()) {
    p->runnextStreak = 0;
    return g;
  }
  p->runnextStreak = 0;
  return p->runnext.exchange(nullptr, std::memory_order_acquire);
}

// Steals from victim into p: half its ring, or (last resort) its runnext.
G *stealWork(P *p, P *victim, bool stealRunnext) {
  if (G *g = p->runq.stealFrom(victim->runq))
    return g;
  if (!stealRunnext)
    return nullptr;
  G *next = victim->runnext.load(std::memory_order_acquire);
  if (!next)
    return nullptr;
  if (victim->status.load(std::memory_order_relaxed) == PStatus::Running) {
    // Its owner is probably about to run it (a G that just readied another
    // and will park): give it a moment, as Go does, before taking it.
    usleep(3);
    next = victim->runnext.load(std::memory_order_acquire);
    if (!next)
      return nullptr;
  }
  if (victim->runnext.compare_exchange_strong(next, nullptr, std::memory_order_acquire))
    return next;
  return nullptr;
}

// The P is beyond GOMAXPROCS: hands its work to the global queue and
// marks it dead (its timers stay; findRunnable runs the due timers of Ps
// nobody runs). Under sched.lock, with no M holding p.
void retireLocked(P *p) {
  while (G *g = runqget(p))
    globputLocked(g);
  while (G *x = p->gfree) {
    p->gfree = x->schedlink;
    gfputLocked(x);
  }
  p->nfree = 0;
  stackFlush(p);
  p->status.store(PStatus::Dead, std::memory_order_relaxed);
}

void retireP(M *m, P *p) {
  releasep(m);
  retireLocked(p);
}

bool anyRunq() {
  int32_t n = sched.nprocs.load(std::memory_order_acquire);
  for (int32_t i = 0; i < n; i++) {
    P *p = allp[i];
    if (!p->runq.empty() || p->runnext.load(std::memory_order_relaxed))
      return true;
  }
  return false;
}

uint32_t fastrand() {
  thread_local uint32_t s = 0x9e3779b9u ^ uint32_t(uintptr_t(&s));
  s ^= s << 13;
  s ^= s >> 17;
  s ^= s << 5;
  return s;
}

// Sleeps until handed a P (or, as the timer waiter, until the earliest
// timer); returns with m->p set.
void stopm(M *m, int64_t deadline) {
  for (;;) {
    std::unique_lock<detail::RtMutex> l(sched.lock);
    if (sched.stopping.load(std::memory_order_relaxed))
      return; // without a P: the schedule loop ends
    m->nextp = nullptr;
    m->park.clear();
    mput(m);
    bool timed = false;
    if (deadline != INT64_MAX && (!sched.timerWaiter || deadline < sched.sleepUntil.load(std::memory_order_relaxed))) {
      sched.timerWaiter = m;
      sched.sleepUntil.store(deadline, std::memory_order_release);
      timed = true;
    }
    if (!timed)
      checkdead();
    l.unlock();
    m->park.sleep(timed ? deadline : INT64_MAX);
    l.lock();
    if (sched.timerWaiter == m) {
      sched.timerWaiter = nullptr;
      sched.sleepUntil.store(INT64_MAX, std::memory_order_release);
    }
    if (P *p = m->nextp) {
      m->nextp = nullptr;
      l.unlock();
      acquirep(m, p);
      m->spinning = m->nextSpinning;
      return;
    }
    // Timed out, a stale wake-up or the scheduler stopping: still on the
    // idle list.
    mremove(m);
    if (sched.stopping.load(std::memory_order_relaxed))
      return;
    P *p = pidleget();
    l.unlock();
    if (p) {
      acquirep(m, p);
      m->spinning = true; // it looks for timers and work like a spinning M
      sched.nmspinning.fetch_add(1, std::memory_order_seq_cst);
      return;
    }
    deadline = earliestTimer();
  }
}

void resetspinning(M *m) {
  m->spinning = false;
  // The last spinning M found work: start another to look for more.
  if (sched.nmspinning.fetch_sub(1, std::memory_order_seq_cst) == 1)
    wakep();
}

G *findRunnable(M *m) {
  for (;;) {
    P *p = m->p;
    if (p->id >= sched.gomaxprocs.load(std::memory_order_relaxed)) {
      std::unique_lock<detail::RtMutex> l(sched.lock);
      if (p->id >= sched.gomaxprocs.load(std::memory_order_relaxed)) {
        retireP(m, p);
        l.unlock();
        if (m->spinning) {
          m->spinning = false;
          sched.nmspinning.fetch_sub(1, std::memory_order_seq_cst);
        }
        wakep();
        stopm(m, earliestTimer());
        if (!m->p)
          return nullptr; // the scheduler stopped
        continue;
      }
    }
    // Timers are looked at (and the clock read) only when some P has one
    // (callgrind, skynet: a clock read and a check per schedule were 5%
    // of all instructions). A timer added meanwhile is seen on the next
    // round, and stopm sleeps at most until the earliest one.
    bool timers = sched.timerPs.load(std::memory_order_relaxed) > 0;
    int64_t now = timers ? nanotime() : INT64_MIN; // before every timer
    int32_t nprocs = sched.nprocs.load(std::memory_order_acquire);
    if (timers) {
      checkTimers(p, now);
      // Due timers of Ps nobody runs (idle, or retired by GOMAXPROCS):
      // their owners will not look, and this P may never run out of work.
      // Only when there are such Ps: another P's timer0When and status
      // share lines its owner writes all the time (timers: the load was
      // 42% of findRunnable's samples).
      bool unowned = sched.npidle.load(std::memory_order_relaxed) > 0 ||
                     nprocs > sched.gomaxprocs.load(std::memory_order_relaxed);
      for (int32_t i = 0; unowned && i < nprocs; i++) {
        P *pp = allp[i];
        if (pp != p && pp->timer0When.load(std::memory_order_relaxed) <= now &&
            pp->status.load(std::memory_order_relaxed) != PStatus::Running)
          checkTimers(pp, now);
      }
    }
    if (p->schedtick.load(std::memory_order_relaxed) % 61 == 0 &&
        sched.gsize.load(std::memory_order_relaxed) > 0) {
      std::lock_guard<detail::RtMutex> l(sched.lock);
      if (G *g = globrunqget(p, 1))
        return g;
    }
    if (G *g = runqget(p))
      return g;
    if (sched.gsize.load(std::memory_order_relaxed) > 0) {
      std::lock_guard<detail::RtMutex> l(sched.lock);
      if (G *g = globrunqget(p, 0))
        return g;
    }
    // Other Ps' due timers (their owners may be busy).
    for (int32_t i = 0; timers && i < nprocs; i++) {
      P *pp = allp[i];
      if (pp != p && pp->timer0When.load(std::memory_order_relaxed) <= now)
        checkTimers(pp, now);
    }
    if (G *g = runqget(p))
      return g;
    int32_t procs = sched.gomaxprocs.load(std::memory_order_relaxed);
    if (m->spinning ||
        2 * sched.nmspinning.load(std::memory_order_relaxed) < procs - sched.npidle.load(std::memory_order_relaxed)) {
      if (!m->spinning) {
        m->spinning = true;
        sched.nmspinning.fetch_add(1, std::memory_order_seq_cst);
      }
      for (int round = 0; round < 4; round++) {
        uint32_t start = fastrand();
        for (int32_t j = 0; j < procs; j++) {
          P *pp = allp[(start + uint32_t(j)) % uint32_t(procs)];
          if (pp == p)
            continue;
          if (G *g = stealWork(p, pp, round == 3))
            return g;
        }
      }
    }
    // Nothing: give up the P.
    std::unique_lock<detail::RtMutex> l(sched.lock);
    if (G *g = globrunqget(p, 0))
      return g;
    releasep(m);
    pidleput(p);
    l.unlock();
    if (m->spinning) {
      m->spinning = false;
      sched.nmspinning.fetch_sub(1, std::memory_order_seq_cst);
      // Recheck every queue after no longer counting as spinning: a
      // producer that saw us spinning did not start anyone.
      if (anyRunq() || sched.gsize.load(std::memory_order_seq_cst) > 0) {
        l.lock();
        P *p2 = pidleget();
        l.unlock();
        if (p2) {
          acquirep(m, p2);
          m->spinning = true;
          sched.nmspinning.fetch_add(1, std::memory_order_seq_cst);
          continue;
        }
      }
    }
    int64_t next = earliestTimer();
    if (next <= nanotime()) {
      l.lock();
      P *p2 = pidleget();
      l.unlock();
      if (p2) {
        acquirep(m, p2);
        continue;
      }
    }
    stopm(m, next);
    if (!m->p)
      return nullptr; // the scheduler stopped
  }
}

void gdestroy(M *m, G *g) {
  bool wasMain = g->isMain;
  g->m = nullptr;
  g->why = WaitReason::None;
  g->pos = {nullptr, 0};
  g->panicHead = nullptr;
  g->deferArmed = false;
  g->eh = {};
  g->fn = {};
  g->isMain = false;
  raceGoEnd(g);
  g->status.store(GStatus::Dead, std::memory_order_release);
  sched.ngoroutines.fetch_sub(1, std::memory_order_relaxed);
  if (wasMain) {
    std::lock_guard<detail::RtMutex> l(sched.lock);
    if (sched.testDone) {
      std::atomic<uint32_t> *done = sched.testDone;
      sched.testDone = nullptr;
      sched.mainG = nullptr;
      done->store(1, std::memory_order_release);
      syscall(SYS_futex, done, FUTEX_WAKE_PRIVATE, 1, nullptr, nullptr, 0);
    } else {
      sched.mainGoexited = true; // the program goes on (runtime.Goexit in main)
    }
    return; // the main goroutine's stack is not pooled
  }
  stackPut(m->p, g);
  gfput(m->p, g);
}

// Back on g0 after `g` switched away: carries out its request. Returns a
// G to run at once (a park whose commit refused), or null.
G *afterSwitch(M *m, G *g) {
  MAction a = m->action;
  m->action = MAction::None;
  switch (a) {
  case MAction::Park: {
    // release: the state saved by the switch is seen by whoever readies
    // g (they also synchronise through the commit's lock).
    g->status.store(GStatus::Waiting, std::memory_order_release);
    auto commit = m->commit;
    void *arg = m->commitArg;
    m->commit = nullptr;
    m->commitArg = nullptr;
    if (commit && !commit(g, arg)) {
      g->status.store(GStatus::Running, std::memory_order_relaxed);
      return g;
    }
    return nullptr; // g may already be running elsewhere: not touched again
  }
  case MAction::Yield:
  case MAction::Preempt: {
    g->status.store(GStatus::Runnable, std::memory_order_relaxed);
    std::lock_guard<detail::RtMutex> l(sched.lock);
    globputLocked(g);
    return nullptr;
  }
  case MAction::Exit:
    gdestroy(m, g);
    return nullptr;
  case MAction::BlockingExit: {
    // Back from a blocking call with no P free: g waits in the global
    // queue and this M, without a P, goes idle. exitBlocking looked for a
    // P under an earlier hold of the lock; one freed since then was
    // parked by an M that saw the global queue empty, so take it now,
    // in the same hold as the put (Go's exitsyscall0), and start an M
    // for g. Without this, every M could park with g queued
    // (LeavingBlockingCallsAtOnce hung 1 run in ~25).
    g->status.store(GStatus::Runnable, std::memory_order_relaxed);
    std::unique_lock<detail::RtMutex> l(sched.lock);
    globputLocked(g);
    P *p = pidleget();
    l.unlock();
    if (p)
      startm(p, false);
    return nullptr;
  }
  case MAction::None:
    break;
  }
  fatal(GOPP_LIT("runtime: goroutine switched to the scheduler without a request"));
}

void execute(M *m, G *g) {
  for (;;) {
    P *p = m->p;
    p->schedtick.store(p->schedtick.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
    g->status.store(GStatus::Running, std::memory_order_relaxed);
    g->m = m;
    if (!g->sp) { // its first run
      if (!g->lo)
        stackGet(p, g);
      initContext(g);
    }
    switchTo(m, &m->g0, g);
    g = afterSwitch(m, g);
    if (!g)
      return;
  }
}

void schedule(M *m) {
  for (;;) {
    if (sched.stopping.load(std::memory_order_acquire)) {
      if (P *p = m->p) {
        std::lock_guard<detail::RtMutex> l(sched.lock);
        releasep(m);
        pidleput(p);
      }
      return;
    }
    if (!m->p) // gave its P away (a goroutine that left a blocking call found none free)
      stopm(m, earliestTimer());
    if (!m->p)
      continue; // the scheduler stopped
    G *g = findRunnable(m);
    if (!g)
      continue;
    if (m->spinning)
      resetspinning(m);
    execute(m, g);
  }
}

void stopScheduler(int64_t timeoutNs) {
  {
    std::lock_guard<detail::RtMutex> l(sched.lock);
    // seq_cst: Dekker with sysmon's sleep (sysmon.cpp), before sysmonWake
    // reads whether it sleeps.
    sched.stopping.store(true, std::memory_order_seq_cst);
    for (M *m = sched.midle; m; m = m->idleLink)
      m->park.wakeup();
  }
  sysmonWake();
  int64_t deadline = nanotime() + timeoutNs;
  for (;;) {
    bool busy;
    {
      std::lock_guard<detail::RtMutex> l(sched.lock);
      busy = sched.mthreads.load(std::memory_order_acquire) > 0 || sched.mcreating > 0;
    }
    if (!busy || nanotime() >= deadline)
      break;
    usleep(200);
  }
  // Join the workers that left, so that none is still exiting on return.
  int32_t n = sched.mcount.load(std::memory_order_acquire);
  for (int32_t i = 0; i < n; i++) {
    M *m = allm[i];
    pthread_t t;
    {
      std::lock_guard<detail::RtMutex> l(sched.lock);
      if (!m->joinable || sched.mthreads.load(std::memory_order_acquire) > 0)
        continue; // (a worker still running after the deadline is left alone)
      m->joinable = false;
      t = m->thread;
    }
    GC_pthread_join(t, nullptr);
  }
  sysmonJoin(deadline);
}

// Switches the current G to g0 with a request.
void mcall(MAction a) {
  M *m = getM();
  G *g = m->curg;
  m->action = a;
  switchTo(m, g, &m->g0);
}

void procresize(int32_t n) {
  int32_t old = sched.gomaxprocs.load(std::memory_order_relaxed);
  int32_t have = sched.nprocs.load(std::memory_order_relaxed);
  for (int32_t i = have; i < n; i++) {
    P *p = new P;
    p->id = i;
    p->status.store(PStatus::Dead, std::memory_order_relaxed);
    allp[i] = p;
    // release: readers of allp[0..nprocs) see the P constructed.
    sched.nprocs.store(i + 1, std::memory_order_release);
  }
  sched.gomaxprocs.store(n, std::memory_order_relaxed);
  if (n < old) {
    // Idle Ps beyond n leave the idle list; running ones retire
    // themselves at their next schedule (findRunnable).
    for (P **pp = &sched.pidle; *pp;) {
      P *p = *pp;
      if (p->id >= n) {
        *pp = p->idleLink;
        p->idleLink = nullptr;
        p->status.store(PStatus::Dead, std::memory_order_relaxed);
        sched.npidle.fetch_sub(1, std::memory_order_seq_cst);
      } else {
        pp = &p->idleLink;
      }
    }
  }
  for (int32_t i = n - 1; i >= 0; i--)
    if (allp[i]->status.load(std::memory_order_relaxed) == PStatus::Dead)
      pidleput(allp[i]);
}


// ------------------------------------------------------------ public API

void runqput(P *p, G *g, bool next) {
  if (next) {
    // acq_rel: publishes g; takes the old occupant published by its putter.
    g = p->runnext.exchange(g, std::memory_order_acq_rel);
    if (!g)
      return;
  }
  for (;;) {
    if (p->runq.put(g))
      return;
    G *batch[RunQueue::kSize / 2 + 1];
    uint32_t n = p->runq.takeHalfForOverflow(batch);
    if (n == 0)
      continue;
    batch[n++] = g;
    std::lock_guard<detail::RtMutex> l(sched.lock);
    for (uint32_t i = 0; i < n; i++)
      globputLocked(batch[i]);
    return;
  }
}

void globrunqput(G *g) {
  std::lock_guard<detail::RtMutex> l(sched.lock);
  globputLocked(g);
}

void wakep() {
  // seq_cst fence: the caller's publication of a G (a release store) is
  // ordered before our reads of npidle/nmspinning (see the file comment).
  std::atomic_thread_fence(std::memory_order_seq_cst);
  if (sched.npidle.load(std::memory_order_relaxed) == 0)
    return;
  int32_t zero = 0;
  if (sched.nmspinning.load(std::memory_order_relaxed) != 0 ||
      !sched.nmspinning.compare_exchange_strong(zero, 1, std::memory_order_seq_cst))
    return;
  startm(nullptr, true);
}

} // namespace go::sched
