// g.h — the scheduler's objects: G (goroutine), M (worker thread), P
// (processor), and what the files of src/sched/ share. Go's runtime2.go.
//
// Invariants and why:
//  - A G runs on its own stack [lo, hi). While it is not executing, `sp`
//    is its saved stack pointer: the callee-saved registers and the
//    return address sit at sp (pushed by gopp_swap). `onCpu` is true
//    exactly while some M executes on the G's stack; it changes only
//    inside a switch window (see gc.cpp), so a stopped world always sees
//    every G either on a CPU (scanned as that thread's stack) or saved
//    (scanned by the push-other-roots callback from sp to hi).
//  - G structs are malloc'd and never freed: dead Gs give their stack
//    slot back (stack.cpp) and wait on a free list for reuse (Go's
//    gfput/gfget). The only Go heap
//    pointer a G struct holds is `fn` before the G starts; gc.cpp pushes
//    it explicitly. Panic records are uncollectable (panic.cpp).
//  - Each M has a g0: the worker thread's own stack, where the scheduler
//    runs and where park commits (after the parked G's sp is saved, so
//    nobody can resume a half-saved G). g0 only ever resumes on its own
//    thread; G stacks migrate, so code on a G re-reads the M from
//    thread-local storage (getM, never inlined) after every switch.
//  - A P is owned by at most one M at a time (p->m); only the owner puts
//    to or takes from the head end of its run queue, runnext and gfree;
//    thieves steal through the ring's CAS on head (runqueue.h).
#pragma once

#include <pthread.h>

#include <atomic>
#include <cstdint>
#include <mutex>

#include "gopp/go.h"
#include "gopp/sched.h"
#include "../cpu_relax.h"
#include "../internal.h"
#include "runqueue.h"

// Race builds (gopp build -race; gopp/race.h): goroutines are TSan fibers,
// created by their parent and switched to without synchronisation, and
// the collector is disabled (DESIGN.md: Boehm and TSan do not coexist).
// The runtime itself is not instrumented, so the TSan entry points are
// called from uninstrumented code, as the fiber API requires.
#ifdef GOPP_RACE
extern "C" {
void *__tsan_get_current_fiber(void);
void *__tsan_create_fiber(unsigned flags);
void __tsan_destroy_fiber(void *fiber);
void __tsan_switch_to_fiber(void *fiber, unsigned flags);
void __tsan_set_fiber_name(void *fiber, const char *name);
}
// Switches do not synchronise (__tsan_switch_to_fiber_no_sync, race.cpp
// says why), except when the runtime itself is instrumented
// (GOPP_TSAN_RUNTIME: its own tests under TSan), where a switch is what
// it is on the hardware: the thread's program order.
#ifdef GOPP_TSAN_RUNTIME
inline constexpr unsigned kTsanSwitchFlags = 0;
#else
inline constexpr unsigned kTsanSwitchFlags = 1;
#endif
#endif

namespace go::sched {

struct M;
struct P;

enum class GStatus : uint32_t {
  Idle,     // being set up
  Runnable, // on a run queue
  Running,  // executing (or about to) on an M
  Waiting,  // parked
  Dead,     // finished; on a free list
};

// The C++ runtime's per-thread exception state (libstdc++/libc++
// __cxa_eh_globals: the caught-exception stack and the uncaught count).
// A goroutine inside a catch block may park and resume on another
// thread, so the state travels with the G.
struct EhState {
  void *caught = nullptr;
  uintptr_t uncaught = 0;
};

struct Timer {
  int64_t when = 0;
  void (*f)(void *) = nullptr;
  void *arg = nullptr;
  // The P whose heap holds it (null when not pending); changed only
  // under that P's timer lock. Read racily first, then rechecked under
  // the lock (acquire pairs with the release store under the lock).
  std::atomic<P *> p{nullptr};
  int32_t idx = -1; // index in p's heap (under the lock)
  // Serialises stop/reset of one timer (a spin lock; never held while
  // firing). Lock order: busy, then a P's tlock.
  std::atomic<bool> busy{false};
};

// A heap entry: the timer's `when` is kept beside it, so that sifting
// compares keys that sit together (four children in one cache line)
// instead of loading each Timer (perf, timers with 100k sleepers:
// heapRemove was 11% of the time, mostly those loads).
struct TimerSlot {
  int64_t when;
  Timer *t;
};

struct G {
  int64_t id = 0;
  std::atomic<GStatus> status{GStatus::Idle};
  uintptr_t lo = 0, hi = 0; // stack bounds
  void *sp = nullptr;       // saved stack pointer (valid while !onCpu)
  bool onCpu = false;       // executing on some M (changed in switch windows only)
  bool isG0 = false;
  bool isMain = false;  // the program's main goroutine (or runForTest's body)
  bool goexited = false;
  WaitReason why = WaitReason::None;
  SourcePos pos{nullptr, 0};
  Func<void()> fn; // what a not-yet-started G runs
  PanicRecord *panicHead = nullptr;
  bool deferArmed = false;
  EhState eh;
  M *m = nullptr;              // the M running it (while Running)
  G *schedlink = nullptr;      // global run queue / free lists
  Timer sleepTimer;            // sleep()'s timer
  void *tsanFiber = nullptr;   // ThreadSanitizer fiber (race builds)
  void *asanFakeStack = nullptr; // AddressSanitizer's fake stack, while switched out (context.cpp)
};

struct Note { // a one-shot wake-up on a futex (Go's note)
  std::atomic<uint32_t> key{0};
  void clear() { key.store(0, std::memory_order_relaxed); }
  void wakeup();
  // Sleeps until woken or until `deadline` (nanotime; < 0: forever).
  // Returns whether it was woken.
  bool sleep(int64_t deadline);
};

enum class MAction : uint8_t { None, Park, Yield, Preempt, Exit, BlockingExit };

struct M {
  int id = 0;
  G g0;
  G *curg = nullptr; // the G whose stack this thread executes (g0 included)
  P *p = nullptr;
  P *nextp = nullptr; // handed over by startm
  bool spinning = false;
  bool nextSpinning = false;
  Note park;
  M *idleLink = nullptr;
  void *gcHandle = nullptr;           // GC_get_my_stackbottom's thread handle
  std::atomic<uint32_t> inSwitch{0};  // gc.cpp's switch window
  uintptr_t *guard = nullptr;         // &stackGuard of this thread (sysmon)
  EhState *ehGlobals = nullptr;       // this thread's __cxa_eh_globals
  // What the G that switched to g0 asks for.
  MAction action = MAction::None;
  bool (*commit)(G *, void *) = nullptr;
  void *commitArg = nullptr;
  // The worker's thread, once its creator stored it (under sched.lock):
  // stopScheduler joins it.
  pthread_t thread{};
  bool joinable = false;
};

enum class PStatus : uint32_t { Idle, Running, Dead /* beyond GOMAXPROCS */ };

struct P {
  int id = 0;
  std::atomic<PStatus> status{PStatus::Idle};
  std::atomic<M *> m{nullptr};
  RunQueue runq;
  std::atomic<G *> runnext{nullptr};
  uint32_t runnextStreak = 0;
  std::atomic<uint32_t> schedtick{0}; // read by sysmon
  P *idleLink = nullptr;
  // Free Gs (without stacks) and free stack slots (their base
  // addresses), owner only (stack.cpp).
  G *gfree = nullptr;
  int32_t nfree = 0;
  uintptr_t stackCache[64];
  int32_t nstack = 0;
  // Timers: a 4-ary min-heap keyed by when (timers.cpp). heap is
  // uncollectable memory so pending timers' args stay reachable.
  detail::RtMutex tlock;
  TimerSlot *heap = nullptr;
  int32_t theapLen = 0, theapCap = 0;
  std::atomic<int64_t> timer0When{INT64_MAX}; // earliest pending (INT64_MAX: none)
  bool timersCounted = false;                 // counted in sched.timerPs (under tlock)
  // sysmon's view.
  uint32_t sysmonTick = 0;
  int64_t sysmonWhen = 0;
};

using detail::cpuRelax;

// Functions that read thread-local storage and must be re-evaluated after
// every switch: not inlined, and not analysed as pure (GCC's IPA would
// otherwise let two calls across a switch share one result).
#if defined(__clang__)
#define GOPP_TLS_GETTER __attribute__((noinline, optnone))
#else
#define GOPP_TLS_GETTER __attribute__((noinline, noipa))
#endif

// ------------------------------------------------------------ sizes

constexpr size_t kStackSize = size_t(256) << 10;      // goroutine stack slot
constexpr size_t kMainStackSize = size_t(1) << 30;    // main goroutine (reserved)
constexpr uintptr_t kRedZone = 32 << 10;              // below the guard: runtime calls, printing
constexpr int kMaxProcs = 1024;
constexpr int kMaxM = 4096;
constexpr uint32_t kRunnextCap = 16; // consecutive runnext runs before the queue goes first
constexpr int64_t kPreemptNs = 10'000'000;

// ------------------------------------------------------------ shared state

struct Sched {
  // Read by every findRunnable, written rarely: a cache line of their
  // own, so that the lock's and the lists' writes below do not take it
  // from every worker's cache (timers, 100,000 sleepers: the load of
  // timerPs was 38% of findRunnable's samples when it shared the line of
  // gfree and sleepUntil).
  alignas(64) std::atomic<int32_t> gomaxprocs{0};
  std::atomic<int32_t> nprocs{0}; // Ps allocated (allp[0..nprocs))
  // How many Ps have pending timers (written under each P's tlock; read
  // relaxed, a hint as timer0When is): findRunnable reads no clock when 0.
  std::atomic<int32_t> timerPs{0};
  alignas(64) detail::RtMutex lock;
  // Global run queue (under lock); size also read without it (relaxed:
  // a hint, always rechecked under the lock).
  G *ghead = nullptr, *gtail = nullptr;
  std::atomic<int32_t> gsize{0};
  // Idle Ms and Ps (under lock); counts readable without it.
  M *midle = nullptr;
  int32_t nmidle = 0;
  P *pidle = nullptr;
  std::atomic<int32_t> npidle{0};
  std::atomic<int32_t> nmspinning{0};
  std::atomic<int32_t> mcount{0};
  // Global free Gs (under lock; they have no stacks); the count is also
  // read without it (relaxed: a hint, rechecked under the lock).
  G *gfree = nullptr;
  std::atomic<int32_t> nfree{0};
  // The M sleeping until the earliest timer, and that deadline.
  M *timerWaiter = nullptr;
  std::atomic<int64_t> sleepUntil{INT64_MAX};
  // Deadlock detection.
  G *mainG = nullptr;
  bool mainGoexited = false;
  std::atomic<int64_t> ngoroutines{0};
  std::atomic<bool> started{false};
  // runForTest's completion flag (under lock), set while a test body runs.
  std::atomic<uint32_t> *testDone = nullptr;
  // Embedding's shutdown (stopScheduler): once set, worker threads leave
  // their schedule loops and exit; mthreads counts the ones still alive.
  std::atomic<bool> stopping{false};
  std::atomic<int32_t> mthreads{0};
  int32_t mcreating = 0; // threads being created, not yet recorded in their M (under lock)
};
extern Sched sched;
extern P *allp[kMaxProcs];
extern M *allm[kMaxM];

// ------------------------------------------------------------ internal API

// This thread's M (null on threads that are not workers). Never inlined:
// a G may resume on another thread after any switch.
M *getM();
// The current G: the M's curg, or a per-thread pseudo-G on other threads
// (so panics work without a scheduler).
G *getg();

// stack.cpp
bool stackAlloc(G *g, size_t size); // a new slot of `size` bytes: sets lo/hi
// A goroutine gets a stack when it first runs and gives it back when it
// ends (p: the running M's P, whose cache is used first).
void stackGet(P *p, G *g);
void stackPut(P *p, G *g);
void stackFlush(P *p); // p's cached slots to the global lists (p retires)
// Gives back the pages of free slots beyond kWarmStacks that no goroutine
// needed since the last call, at most `max`; with `idle` (nothing runs),
// of every free slot beyond kWarmStacks (sysmon).
void trimFreeStacks(int32_t max, bool idle);
// Free slots whose pages stay touched however long they wait (see
// stack.cpp): 1024 x the pages each used, typically 8 MiB.
constexpr int32_t kWarmStacks = 1024;

// Builds the first frame of a new G so that switching to it enters
// gopp_gstart → goroutineEntry.
void initContext(G *g);
// The first thing a new G does: completes the AddressSanitizer switch
// annotation that switchTo began (context.cpp), when ASan is linked in.
void asanStartedG();
// Race builds (race.cpp): the goroutine's TSan fiber, made by its parent
// at creatorPC (the go statement); its end, before the G is reused.
// Empty otherwise.
// Race builds: drops [lo, hi)'s pages and TSan's record of accesses to them.
#ifdef GOPP_RACE
void raceGoStart(G *g, void *creatorPC);
void raceGoEnd(G *g);
void raceResetStack(uintptr_t lo, uintptr_t hi);
#else
inline void raceGoStart(G *, void *) {} // nothing on spawn's path otherwise
inline void raceGoEnd(G *) {}
inline void raceResetStack(uintptr_t, uintptr_t) {}
#endif
// Switches this thread from `from` (current) to `to`.
void switchTo(M *m, G *from, G *to);

// context.cpp: binds this thread to m (TLS, collector registration, g0).
void minit(M *m);

// sched.cpp (the lock-protected lists are "under sched.lock")
M *allocM();                 // under sched.lock
void acquirep(M *m, P *p);
P *releasep(M *m);
void pidleput(P *p);         // under sched.lock
P *pidleget();               // under sched.lock
void startm(P *p, bool spinning);
G *newG(size_t stackSize);
G *gfget(P *p);
void gfputLocked(G *g);      // under sched.lock: onto the global free list
G *gfgetLocked();            // under sched.lock: from the global free list, or null
void globputLocked(G *g);    // under sched.lock
void retireP(M *m, P *p);    // under sched.lock
// Returns only when the scheduler stops (sched.stopping).
void schedule(M *m);
void mcall(MAction a);       // the current G switches to g0 with a request
void procresize(int32_t n);  // under sched.lock
void runqput(P *p, G *g, bool next);
void globrunqput(G *g);
void wakep();
void readyFromTimer(void *g);
void preemptNow(); // the current G yields to the global queue (morestack)

// timers.cpp
void addTimer(P *p, Timer *t);
// Runs p's due timers; returns the earliest remaining when (INT64_MAX none).
int64_t checkTimers(P *p, int64_t now);
int64_t earliestTimer(); // over all Ps
// A timer at `when` was added: wake whoever must notice it.
void wakeForTimer(int64_t when);

// gc.cpp
void gcInit();
void enterSwitch(M *m);
void warmAllocCache(); // a new worker thread's first allocations come from its own blocks

// sysmon.cpp
void sysmonStart();
void sysmonWake();
// Waits for the sysmon thread to end (it ends after the workers once the
// scheduler stops), up to deadline (nanotime); whether it ended.
bool sysmonJoin(int64_t deadline);
// Stops the scheduler (embedding's shutdown): wakes every idle worker,
// then waits up to timeoutNs for every worker thread and sysmon to end.
void stopScheduler(int64_t timeoutNs);
void setGuard(M *m, G *g);

// deadlock.cpp: under sched.lock, when the last M goes idle.
void checkdead();

// The goroutine entry (called from gopp_gstart).
extern "C" [[noreturn]] void gopp_goroutine_entry();

// What the runtime's own printers need.
void printGoroutineHeader(int64_t id, const char *state);

} // namespace go::sched
