// timers.cpp — timers and sleep: a 4-ary min-heap per P keyed by `when`
// (Go's time.go, without its status machine).
//
// Invariants and why:
//  - A pending timer is in exactly one P's heap and t->p names that P;
//    both change only under the P's tlock. A timer that is not pending
//    has t->p == null. Firing pops the timer under the lock, clears t->p,
//    and calls f(arg) after unlocking (f may ready goroutines or add
//    timers), so stopTimer racing with a firing either removes it first
//    (returns true, no call) or finds it gone (returns false).
//  - stopTimer and resetTimer of one timer are serialised by the timer's
//    own busy spin lock (taken before any P lock, never while firing), so
//    two concurrent resets cannot both insert it.
//  - p->timer0When mirrors the heap's minimum (INT64_MAX when empty), and
//    sched.timerPs counts the Ps whose heap is not empty. Both are written
//    under the lock and read without it (relaxed) as hints: a reader that
//    acts on them takes the lock and rechecks.
//  - Heaps are uncollectable memory (GC_MALLOC_UNCOLLECTABLE), scanned by
//    the collector, so a pending timer — and the closure or channel its
//    arg points to — stays alive even if the program dropped it (Go keeps
//    pending timers reachable the same way). Timer objects from newTimer
//    are ordinary collected memory.
//  - Any M holding a P may run any P's due timers (findRunnable does, for
//    Ps whose owners are busy or gone), so a timer fires even while its
//    P runs a long goroutine. An idle M sleeps until the earliest timer
//    of all Ps (sched.cpp stopm); adding an earlier timer wakes it.
#include <ctime>

#include "g.h"
#include "gopp/race.h"
#include "../internal.h"

namespace go::sched {

namespace {

constexpr int kArity = 4;

void siftUp(P *p, int32_t i) {
  TimerSlot *h = p->heap;
  TimerSlot x = h[i];
  while (i > 0) {
    int32_t parent = (i - 1) / kArity;
    if (h[parent].when <= x.when)
      break;
    h[i] = h[parent];
    h[i].t->idx = i;
    i = parent;
  }
  h[i] = x;
  x.t->idx = i;
}

void siftDown(P *p, int32_t i) {
  TimerSlot *h = p->heap;
  int32_t n = p->theapLen;
  TimerSlot x = h[i];
  for (;;) {
    int32_t c = i * kArity + 1;
    if (c >= n)
      break;
    int32_t best = c;
    for (int32_t k = c + 1; k < c + kArity && k < n; k++)
      if (h[k].when < h[best].when)
        best = k;
    if (h[best].when >= x.when)
      break;
    h[i] = h[best];
    h[i].t->idx = i;
    i = best;
  }
  h[i] = x;
  x.t->idx = i;
}

void publishTimer0(P *p) {
  bool pending = p->theapLen > 0;
  if (pending != p->timersCounted) {
    p->timersCounted = pending;
    sched.timerPs.fetch_add(pending ? 1 : -1, std::memory_order_relaxed);
  }
  p->timer0When.store(pending ? p->heap[0].when : INT64_MAX, std::memory_order_relaxed);
}

// Under p->tlock.
void heapRemove(P *p, int32_t i) {
  int32_t last = --p->theapLen;
  Timer *t = p->heap[i].t;
  t->idx = -1;
  if (i != last) {
    p->heap[i] = p->heap[last];
    p->heap[i].t->idx = i;
    siftUp(p, i);
    siftDown(p, p->heap[i].t->idx);
  }
  p->heap[last] = TimerSlot{};
  publishTimer0(p);
}

P *someP() {
  M *m = getM();
  if (m && m->p)
    return m->p;
  return allp[0];
}

struct BusyLock {
  Timer *t;
  explicit BusyLock(Timer *t) : t(t) {
    while (t->busy.exchange(true, std::memory_order_acquire))
      cpuRelax();
  }
  ~BusyLock() { t->busy.store(false, std::memory_order_release); }
};

// Removes t if pending; true if it was.
bool delTimer(Timer *t) {
  for (;;) {
    P *p = t->p.load(std::memory_order_acquire);
    if (!p)
      return false;
    std::lock_guard<detail::RtMutex> l(p->tlock);
    if (t->p.load(std::memory_order_relaxed) != p)
      continue; // fired or moved meanwhile
    heapRemove(p, t->idx);
    t->p.store(nullptr, std::memory_order_relaxed);
    return true;
  }
}

bool commitSleep(G *, void *arg) {
  addTimer(getM()->p, static_cast<Timer *>(arg));
  return true;
}

} // namespace

int64_t nanotime() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return int64_t(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

void addTimer(P *p, Timer *t) {
  // Read before publishing: once in the heap, t may fire on another worker
  // and its owner may re-arm it (a sleeping goroutine's next sleep).
  int64_t when = t->when;
  race::release(t); // Go's timers: arming happens before the firing
  {
    std::lock_guard<detail::RtMutex> l(p->tlock);
    if (p->theapLen == p->theapCap) {
      int32_t cap = p->theapCap ? p->theapCap * 2 : 64;
      auto h = static_cast<TimerSlot *>(GC_MALLOC_UNCOLLECTABLE(sizeof(TimerSlot) * size_t(cap)));
      if (!h)
        fatal(GOPP_LIT("runtime: out of memory"));
      for (int32_t i = 0; i < p->theapLen; i++)
        h[i] = p->heap[i];
      if (p->heap)
        go::freeMemory(p->heap);
      p->heap = h;
      p->theapCap = cap;
    }
    int32_t i = p->theapLen++;
    p->heap[i] = TimerSlot{when, t};
    siftUp(p, i);
    // release: pairs with delTimer's acquire load of t->p.
    t->p.store(p, std::memory_order_release);
    publishTimer0(p);
  }
  wakeForTimer(when);
}

int64_t checkTimers(P *p, int64_t now) {
  int64_t next = p->timer0When.load(std::memory_order_relaxed);
  if (next > now)
    return next;
  std::unique_lock<detail::RtMutex> l(p->tlock);
  while (p->theapLen > 0 && p->heap[0].when <= now) {
    Timer *t = p->heap[0].t;
    heapRemove(p, 0);
    t->p.store(nullptr, std::memory_order_relaxed);
    void (*f)(void *) = t->f;
    void *arg = t->arg;
    l.unlock();
    race::acquire(t);
    f(arg);
    l.lock();
  }
  return p->theapLen ? p->heap[0].when : INT64_MAX;
}

int64_t earliestTimer() {
  int64_t best = INT64_MAX;
  int32_t n = sched.nprocs.load(std::memory_order_acquire);
  for (int32_t i = 0; i < n; i++) {
    int64_t w = allp[i]->timer0When.load(std::memory_order_relaxed);
    if (w < best)
      best = w;
  }
  return best;
}

void wakeForTimer(int64_t when) {
  int64_t until = sched.sleepUntil.load(std::memory_order_acquire);
  if (when >= until)
    return; // the timer waiter wakes early enough
  if (until == INT64_MAX) {
    // No timer waiter: what the locked path below does when it finds
    // none, without taking the scheduler's lock for each timer (perf,
    // timers with 100k sleepers: that lock was 2% of the time here). A
    // waiter registering meanwhile computed its deadline after this
    // timer was published, or is woken by wakep's startm.
    wakep();
    return;
  }
  std::unique_lock<detail::RtMutex> l(sched.lock);
  if (M *w = sched.timerWaiter) {
    if (when < sched.sleepUntil.load(std::memory_order_relaxed)) {
      sched.sleepUntil.store(when, std::memory_order_relaxed);
      w->park.wakeup();
    }
    return;
  }
  l.unlock();
  wakep(); // nobody waits on timers: a spinning M will, if it finds nothing
}

Timer *newTimer(int64_t when, void (*f)(void *arg), void *arg) {
  auto t = ::new (alloc(sizeof(Timer))) Timer;
  t->when = when;
  t->f = f;
  t->arg = arg;
  addTimer(someP(), t);
  return t;
}

bool stopTimer(Timer *t) {
  BusyLock b(t);
  return delTimer(t);
}

bool resetTimer(Timer *t, int64_t when) {
  BusyLock b(t);
  bool pending = delTimer(t);
  t->when = when;
  addTimer(someP(), t);
  return pending;
}

void sleep(int64_t ns, SourcePos pos) {
  if (ns <= 0) {
    gosched();
    return;
  }
  M *m = getM();
  if (!m || m->curg->isG0) { // not a goroutine: block the thread
    timespec ts{time_t(ns / 1'000'000'000), long(ns % 1'000'000'000)};
    while (nanosleep(&ts, &ts) != 0) {
    }
    return;
  }
  G *g = m->curg;
  int64_t now = nanotime();
  Timer *t = &g->sleepTimer;
  t->when = ns > INT64_MAX - now ? INT64_MAX - 1 : now + ns;
  t->f = readyFromTimer;
  t->arg = g;
  park(commitSleep, t, WaitReason::Sleep, pos);
}

} // namespace go::sched
