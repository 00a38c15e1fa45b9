// timer.cpp — time.Timer, AfterFunc, After, time.Ticker and Tick on the
// scheduler's runtime timers (go::sched::newTimer), with Go 1.23's
// guarantees.
//
// Data: each Timer/Ticker owns one TimerState (collected memory, pointed
// to by the Go value's r.id and, while pending, by the runtime timer's
// arg, which the runtime keeps reachable). The state holds the runtime
// timer, the channel (a one-slot buffer whose len and cap read 0, as Go
// 1.23's unbuffered timer channels' do; null for AfterFunc) or the function,
// the deadline `when` of the current arming (nanotime clock), the ticker
// period (0 for a one-shot timer), and `armed`: armed and not yet
// delivered.
//
// Invariants and why:
//  - Every change of the state, the delivery included, happens under
//    the state's mutex. The fire callback sends (non-blocking) while
//    holding it; Stop and Reset clear `armed`, stop or re-arm the runtime
//    timer and drain the channel while holding it. So once Stop or Reset
//    returns, no value from before is in the channel or still to come
//    (Go 1.23's rule; Go 1.19 could deliver a stale value afterwards).
//  - The runtime pops a due timer and calls us after unlocking its heap,
//    so a callback may arrive for an arming that Stop or Reset has since
//    replaced. The callback delivers only if armed and the current
//    deadline has passed: a stale callback for a later re-arming is
//    dropped (the new arming is in the runtime heap), and one for an
//    earlier or equal re-arming delivers the value that arming is due
//    (its own runtime entry then finds `armed` clear).
//  - Stop and Reset report "it was pending" as Go 1.23 does: true if the
//    timer was armed and undelivered, or if a delivered value was still
//    in the channel (they drain it: from the program's view it had not
//    fired yet).
//  - Lock order: state mutex, then the runtime timer's locks (stopTimer,
//    resetTimer). The runtime calls the callback holding none of its
//    locks, so the callback may take the mutex, re-arm a ticker, send,
//    and spawn AfterFunc's goroutine (allowed: callbacks run on a worker
//    holding a P).
//  - A Ticker re-arms in its callback to the next multiple of the period
//    after now, skipping ticks it is late for; a tick finding the channel
//    full is dropped (slow receivers lose ticks, as in Go).
//  - A stopped timer has no runtime entry, so a goroutine blocked on its
//    channel alone is deadlocked (the scheduler reports it); a pending
//    one keeps the deadlock detector quiet, as in Go.
#include <climits>
#include <mutex>
#include <new>

#include "gopp/lock.h"
#include "time/internal.h"

namespace pkg::time {

namespace detail {

struct TimerState {
  go::RuntimeLock mu; // never held across a park
  go::sched::Timer *rt = nullptr;
  go::Chan<Time> c;       // null for AfterFunc
  go::Func<void()> f;     // AfterFunc's function
  int64_t when = 0;       // deadline of the current arming (nanotime)
  int64_t period = 0;     // ticker period; 0 for a one-shot timer
  bool armed = false;     // armed and not yet delivered
};

} // namespace detail

using namespace detail;

namespace {

// The nanotime deadline d from now (Go's when(d)): now for d <= 0,
// saturating far in the future.
int64_t whenAfter(Duration d) {
  int64_t now = go::sched::nanotime();
  if (d <= 0)
    return now;
  if (d > INT64_MAX - now)
    return INT64_MAX;
  return now + d;
}

[[noreturn]] void panicString(go::String msg) { go::gopanic(go::box(&go::stringType, msg)); }

// The value a timer sends: the time it was due (Go 1.23 subtracts the
// delay from Now()).
Time dueTime(int64_t when, int64_t now) { return Time_Add(Now(), -(now - when)); }

void fire(void *arg) {
  auto *s = static_cast<TimerState *>(arg);
  std::lock_guard<go::RuntimeLock> l(s->mu);
  if (!s->armed)
    return; // stopped, or delivered by an earlier callback
  int64_t now = go::sched::nanotime();
  if (now < s->when)
    return; // a callback for an arming that Reset replaced by a later one
  int64_t due = s->when;
  if (s->period == 0) {
    s->armed = false;
  } else {
    int64_t late = now - s->when;
    int64_t ticks = 1 + late / s->period;
    if (ticks > (INT64_MAX - s->when) / s->period)
      s->when = INT64_MAX;
    else
      s->when += s->period * ticks;
    go::sched::resetTimer(s->rt, s->when);
  }
  if (s->c != nullptr)
    go::chanTrySend(s->c, dueTime(due, now)); // a full channel drops the tick
  else
    go::sched::spawn(s->f);
}

TimerState *newState(go::Chan<Time> c, go::Func<void()> f, int64_t when, int64_t period) {
  auto *s = ::new (go::alloc(sizeof(TimerState))) TimerState;
  s->c = c;
  s->f = f;
  s->when = when;
  s->period = period;
  s->armed = true;
  // Under the mutex: the timer may fire on another worker before rt is set.
  std::lock_guard<go::RuntimeLock> l(s->mu);
  s->rt = go::sched::newTimer(when, fire, s);
  return s;
}

// Under s->mu: empties s's channel and clears `armed`; whether the timer
// was pending in Go 1.23's sense. The caller stops or re-arms s->rt.
bool drain(TimerState *s) {
  bool pending = s->armed;
  s->armed = false;
  if (s->c != nullptr) {
    Time stale;
    if (go::chanTryRecv(s->c, &stale))
      pending = true;
  }
  return pending;
}

// Under s->mu: disarms s for good (Stop).
bool disarm(TimerState *s) {
  go::sched::stopTimer(s->rt);
  return drain(s);
}

// Under s->mu: re-arms s for d from now (Reset); resetTimer takes the old
// entry out of the runtime heap if it is still there.
bool rearm(TimerState *s, Duration d) {
  bool pending = drain(s);
  s->when = whenAfter(d);
  s->armed = true;
  go::sched::resetTimer(s->rt, s->when);
  return pending;
}

} // namespace

Timer *NewTimer(Duration d) {
  auto *t = go::newObject<Timer>();
  t->C = go::makeChan<Time>(1);
  go::chanrt::markTimerChan(t->C.c);
  t->r.id = newState(t->C, nullptr, whenAfter(d), 0);
  return t;
}

Timer *AfterFunc(Duration d, go::Func<void()> f) {
  auto *t = go::newObject<Timer>();
  t->r.id = newState(nullptr, f, whenAfter(d), 0);
  return t;
}

go::Chan<Time> After(Duration d) { return NewTimer(d)->C; }

bool Timer_Stop(Timer *t) {
  TimerState *s = go::deref(t).r.id;
  if (!s)
    panicString("time: Stop called on uninitialized Timer");
  std::lock_guard<go::RuntimeLock> l(s->mu);
  return disarm(s);
}

bool Timer_Reset(Timer *t, Duration d) {
  TimerState *s = go::deref(t).r.id;
  if (!s)
    panicString("time: Reset called on uninitialized Timer");
  std::lock_guard<go::RuntimeLock> l(s->mu);
  return rearm(s, d);
}

Ticker *NewTicker(Duration d) {
  if (d <= 0)
    panicString("non-positive interval for NewTicker");
  auto *t = go::newObject<Ticker>();
  t->C = go::makeChan<Time>(1);
  go::chanrt::markTimerChan(t->C.c);
  t->r.id = newState(t->C, nullptr, whenAfter(d), d);
  return t;
}

go::Chan<Time> Tick(Duration d) {
  if (d <= 0)
    return nullptr;
  return NewTicker(d)->C;
}

void Ticker_Stop(Ticker *t) {
  TimerState *s = go::deref(t).r.id;
  if (!s)
    return; // Go ignores Stop of a zero Ticker
  std::lock_guard<go::RuntimeLock> l(s->mu);
  disarm(s);
}

void Ticker_Reset(Ticker *t, Duration d) {
  if (d <= 0)
    panicString("non-positive interval for Ticker.Reset");
  TimerState *s = go::deref(t).r.id;
  if (!s)
    panicString("time: Reset called on uninitialized Ticker");
  std::lock_guard<go::RuntimeLock> l(s->mu);
  s->period = d;
  rearm(s, d);
}

} // namespace pkg::time
