// embed.cpp — calling Go from C++ threads (gopp/embed.h says what a
// caller sees; this file how).
//
// Invariants and why:
//  - This object file is linked only into programs that call Go from C++
//    (embed::run is what generated headers call), so its static
//    constructor, which initialises the collector on the process's first
//    thread, never runs in gopp programs (runMain does that there).
//    Boehm must be initialised on the primordial thread: it takes that
//    thread's stack bottom for its own.
//  - A call is a Call record on the calling thread's stack. The goroutine
//    fills in its outcome, then wakes the record's Note (the scheduler's
//    futex wake-up: release on wakeup, acquire in sleep), so the outcome
//    and everything the goroutine wrote before are visible to the caller.
//    The goroutine touches the record for the last time in the futex
//    wake: a caller that saw the Note set early and returned makes that a
//    spurious wake of whatever waits at that address next, which every
//    futex waiter tolerates by re-checking its condition.
//  - The calling thread is registered with the collector before the
//    goroutine starts: the Call record (the panic value, results written
//    by the goroutine into the caller's frame) is on that thread's stack.
//  - shutdown: `active` counts calls in progress. run increments it and
//    then reads `stopped`; shutdown stores `stopped` and then reads
//    `active` (all seq_cst): either the call sees stopped and backs out,
//    or shutdown sees the call and waits for it.
#include <unistd.h>

#include <climits>

#include "gopp/embed.h"
#include "internal.h"
#include "sched/g.h"
#include "sched/testing.h"

namespace go {

namespace {

__attribute__((constructor)) void initCollector() {
  // Everything that takes libgc's lock first, while it does not lock yet
  // (until GC_allow_register_threads): under ThreadSanitizer its unlock,
  // a tail call from libgc, is seen without the lock and reported.
  sched::gcInit();
  GC_expand_hp(size_t(64) << 20);
  GC_allow_register_threads();
  detail::raceUseNativeReports();
}

struct Call {
  void (*fn)(void *);
  void *arg;
  sched::Note done;
  std::exception_ptr error; // a C++ exception from C++ code the call reached
  bool panicked = false;
  std::string message;
  Iface value;
  bool runtimeError = false;
};

std::atomic<int64_t> active{0};
std::atomic<bool> stopped{false};

// A thread this file registered with the collector, unregistered when it
// exits (the collector would otherwise signal a dead thread).
struct Registration {
  bool ours = false;
  ~Registration() {
    if (ours)
      GC_unregister_my_thread();
  }
};
thread_local Registration registration;

void registerThread() {
  if (registration.ours || GC_thread_is_registered())
    return;
  GC_stack_base sb;
  if (GC_get_stack_base(&sb) != GC_SUCCESS || GC_register_my_thread(&sb) != GC_SUCCESS)
    throw std::runtime_error("gopp: cannot register the calling thread with the collector");
  registration.ours = true;
}

void finish(Call *c) {
  race::release(&c->done);
  c->done.wakeup();
}

void runCall(Call *c) {
  try {
    c->fn(c->arg);
  } catch (PanicUnwind &u) {
    if (u.rec->goexit)
      fatal(GOPP_LIT("runtime.Goexit called in a Go function that C++ called"));
    c->panicked = true;
    c->value = u.rec->value;
    c->runtimeError = u.rec->runtimeError;
    c->message = detail::takePanic(u.rec);
  } catch (...) {
    c->error = std::current_exception();
  }
  finish(c);
}

} // namespace

Panic::Panic(const std::string &message, Iface value, bool runtimeError)
    : std::runtime_error(message), value_(::new (allocUncollectable(sizeof(Iface))) Iface(value)),
      runtimeError_(runtimeError) {}

Panic::Panic(const Panic &other)
    : std::runtime_error(other), value_(::new (allocUncollectable(sizeof(Iface))) Iface(*other.value_)),
      runtimeError_(other.runtimeError_) {}

Panic::~Panic() { freeUncollectable(value_); }

namespace embed {

bool onGoroutine() {
  sched::M *m = sched::getM();
  return m && m->curg && !m->curg->isG0;
}

void run(void (*fn)(void *), void *arg) {
  active.fetch_add(1, std::memory_order_seq_cst);
  if (stopped.load(std::memory_order_seq_cst)) {
    active.fetch_sub(1, std::memory_order_seq_cst);
    throw RuntimeStopped();
  }
  Call c;
  c.fn = fn;
  c.arg = arg;
  try {
    registerThread();
    Call *cp = &c;
    sched::spawnExternal(Func<void()>([cp] { runCall(cp); }));
  } catch (...) {
    active.fetch_sub(1, std::memory_order_seq_cst);
    throw;
  }
  c.done.sleep(INT64_MAX);
  race::acquire(&c.done);
  active.fetch_sub(1, std::memory_order_seq_cst);
  if (c.panicked)
    throw Panic(c.message, c.value, c.runtimeError);
  if (c.error)
    std::rethrow_exception(c.error);
}

void initPackage(std::once_flag &once, void (*init)()) {
  std::call_once(once, [init] { call([init] { init(); }); });
}

} // namespace embed

void start() {
  if (stopped.load(std::memory_order_seq_cst))
    throw RuntimeStopped();
  sched::startExternal();
}

void shutdown() {
  if (embed::onGoroutine())
    throw std::logic_error("gopp: go::shutdown called from Go code");
  if (stopped.exchange(true, std::memory_order_seq_cst))
    return;
  while (active.load(std::memory_order_seq_cst) > 0)
    usleep(100);
  if (sched::sched.started.load(std::memory_order_acquire))
    sched::stopScheduler(1'000'000'000);
}

std::string errorMessage(Iface err) {
  if (err.isNil())
    return "";
  return call([err] {
    String s;
    if (!callStringMethod(err, GOPP_LIT("Error"), &s))
      return std::string("<not an error>");
    return toStd(s);
  });
}

} // namespace go
