// sched.h — goroutines: the interface between the scheduler and the rest
// of the runtime (channels, select, sync, time) and emitted code.
//
// This is the contract; runtime/src/sched/ implements it (read the comment
// at the top of each file there for the invariants). The model is Go's
// (runtime/proc.go): gopark / goready / newproc.
//
//  - A goroutine (G) runs on its own stack, switched in user space by a
//    worker thread (M) that holds a processor (P). Code running on a G
//    may block only through park(); every other wait is a bug.
//  - park(commit, arg, why) suspends the current G. `commit(g, arg)` runs
//    after g's context is saved, on the worker's own stack, so nobody can
//    resume g before it is fully parked; it typically releases the lock
//    that protects the wait queue g was put on. If commit returns false,
//    g is resumed at once (the wait was cancelled before it began).
//  - ready(g) makes a parked G runnable (into the caller's P's runnext
//    slot, as Go's goready). Calling ready on a G that is not parked, or
//    twice for one park, is a bug.
//  - spawn(fn) is the `go` statement: fn (already holding the evaluated
//    function value and arguments) runs on a new G.
//  - The location arguments (defaulted to the caller's file and line, which
//    the #line directives in emitted code make the Go source position)
//    are what a deadlock report prints for a blocked goroutine.
#pragma once

#include <cstdint>
#include <type_traits>

#include "gopp/func.h"

namespace go::sched {

struct G;

// Why a goroutine is parked: the text Go prints in a goroutine header
// ("goroutine 1 [chan receive]:").
enum class WaitReason : uint8_t {
  None,
  ChanReceive,        // "chan receive"
  ChanSend,           // "chan send"
  ChanReceiveNilChan, // "chan receive (nil chan)"
  ChanSendNilChan,    // "chan send (nil chan)"
  Select,             // "select"
  SelectNoCases,      // "select (no cases)"
  Sleep,              // "sleep"
  SyncMutexLock,      // "sync.Mutex.Lock"
  SyncRWMutexRLock,   // "sync.RWMutex.RLock"
  SyncRWMutexLock,    // "sync.RWMutex.Lock"
  SyncWaitGroupWait,  // "sync.WaitGroup.Wait"
  SyncCondWait,       // "sync.Cond.Wait"
  Semacquire,         // "semacquire"
};
const char *waitReasonString(WaitReason why);

// Where a goroutine blocked, for the deadlock report.
struct SourcePos {
  const char *file;
  int line;
};
// The caller's position, as a default argument. Through a function with
// its own defaulted __builtin_FILE/__builtin_LINE: g++ 12 evaluates those
// builtins at the declaration, not the call, when they sit directly in a
// braced initialiser (SourcePos{__builtin_FILE(), __builtin_LINE()}).
inline SourcePos herePos(const char *file = __builtin_FILE(), int line = __builtin_LINE()) { return {file, line}; }
#define GOPP_HERE_DEFAULT ::go::sched::herePos()

// The running goroutine (never null on a goroutine's stack).
G *current();
// Its id, as runtime traces print it (main is 1).
int64_t goid(G *g);

// Parks the current goroutine (see the invariants above).
void park(bool (*commit)(G *g, void *arg), void *arg, WaitReason why, SourcePos pos);
// Makes a goroutine parked by park() runnable.
void ready(G *g);

// go fn(): fn runs on a new goroutine.
void spawn(Func<void()> fn);

// runtime.Gosched: yields the processor; the G stays runnable.
void gosched();
// runtime.Goexit: runs the current goroutine's deferred calls (by
// unwinding) and ends it; in main's goroutine the program goes on until
// every other goroutine has exited or blocked, then dies of deadlock.
[[noreturn]] void goexit();

// Around a call that may block the thread (a read of a pipe or terminal,
// a wait for a child process): the goroutine keeps its thread but gives
// its processor to other goroutines meanwhile, and may wait for one
// afterwards (Go's entersyscallblock / exitsyscall). Must be paired on
// the same goroutine, with no park() in between; no-ops off goroutines.
void enterBlocking();
void exitBlocking();

// The index of the current goroutine's P (0 <= i < the number of Ps
// ever allocated). C++ runtime code is never preempted, so it stays the
// P's own until the goroutine parks or returns to emitted code
// (sync.Pool's per-P caches rely on this).
int32_t currentP();
// How many garbage collections have started since the program began
// (bumped by the collector's start event; sync.Pool rotates its caches
// to their victims when it sees the count change).
uint64_t gcCycles();
// runtime.GC: a full collection, after clearing the dead part of the
// calling goroutine's stack (gc.cpp).
void collect();

int64_t numGoroutine();
int64_t numCPU();
// runtime.GOMAXPROCS(n): returns the previous setting; n < 1 only queries.
int64_t gomaxprocs(int64_t n);

// Monotonic nanoseconds (time.Now's monotonic clock, timers).
int64_t nanotime();
// time.Sleep(ns): parks the goroutine until the deadline; ns <= 0 returns
// at once (after a gosched, as Go does).
void sleep(int64_t ns, SourcePos pos = GOPP_HERE_DEFAULT);

// Timers for the time package and for runtime users: when(ns, monotonic)
// fires f(arg) on some worker without holding any runtime lock; f must
// not block (it may ready goroutines or send on buffered channels with
// a non-blocking send).
struct Timer;
Timer *newTimer(int64_t when, void (*f)(void *arg), void *arg);
// Stops it; true if it was pending (it will not fire).
bool stopTimer(Timer *t);
// Re-arms it (pending or not); true if it was pending.
bool resetTimer(Timer *t, int64_t when);

// Preemption and stack checks, polled by emitted code at function entry
// and loop back-edges: one compare against a per-worker limit that the
// runtime lowers to the stack's guard and raises to "preempt now".
[[gnu::cold]] void morestack(); // slow path: stack overflow → fatal error, or yield
// sysmon stores to the guard from another thread, so the read must not be
// hoisted out of a loop that makes no calls (that loop could then never
// be preempted), and ThreadSanitizer must not see it (the guard belongs to
// the worker thread; goroutines that ran on one thread would otherwise
// seem to race on it).
//
// Executables link the runtime statically (gopp build always does), so the
// guard lies at an offset from the thread pointer that the linker fixes:
// local-exec access reads it as %fs:offset, where the default model for
// an extern variable first loads the offset into a register that the
// function then keeps for its loops' polls. Freeing that register
// cut fannkuch (n=10, GOMAXPROCS=1) from 1,510.5M to 1,498.9M instructions
// and its time at GOMAXPROCS=1 from 3.73 s to 3.48 s (go: 3.56 s).
// Code compiled for a shared object (-fPIC without -fPIE) cannot use
// local-exec and keeps the default.
#if defined(__PIE__) || !defined(__PIC__)
#define GOPP_GUARD_TLS_MODEL __attribute__((tls_model("local-exec")))
#else
#define GOPP_GUARD_TLS_MODEL
#endif
extern constinit thread_local uintptr_t stackGuard GOPP_GUARD_TLS_MODEL;
#if defined(__x86_64__)
// x86-64: the compare reads the guard straight from %fs (asm goto, so the
// compiler neither needs a register for the load nor a frame pointer for
// the frame address: %rsp is compared, a few bytes lower). One compare
// with a memory operand and a branch; fannkuch: 170.1M -> 163.5M
// instructions (callgrind, n=9) against the atomic load's mov/cmp/je.
// The asm is volatile (asm goto always is), so it is never hoisted out of
// a loop, TSan does not instrument it, and it clobbers no memory:
// preemption is not a synchronisation point, and morestack, a call,
// orders what it needs.
inline void poll() {
  asm goto("cmpq %0, %%rsp\n\tjb %l[slow]" : : "m"(stackGuard) : "cc" : slow);
  return;
slow:
  morestack();
}
// At loop back-edges: only a preemption request (the guard raised to its
// maximum). A loop does not grow the stack by itself; the calls in it
// check on entry.
inline void pollLoop() {
  asm goto("cmpq $-1, %0\n\tje %l[slow]" : : "m"(stackGuard) : "cc" : slow);
  return;
slow:
  morestack();
}
#else
// Elsewhere a relaxed atomic load (race builds: an asm operand, which TSan
// does not instrument).
inline uintptr_t loadStackGuard() {
#if defined(GOPP_RACE) && defined(__aarch64__)
  uintptr_t v;
  asm volatile("ldr %0, %1" : "=r"(v) : "m"(stackGuard));
  return v;
#else
  return __atomic_load_n(&stackGuard, __ATOMIC_RELAXED);
#endif
}
inline void poll() {
  if (__builtin_expect(uintptr_t(__builtin_frame_address(0)) < loadStackGuard(), 0))
    morestack();
}
// At loop back-edges: only a preemption request (the guard raised to its
// maximum). A loop does not grow the stack by itself; the calls in it
// check on entry. Unlike poll() this needs no frame address, so a hot
// loop keeps its frame-pointer register (nbody: gopp/go 1.15 with poll()
// at back-edges).
inline void pollLoop() {
  if (__builtin_expect(loadStackGuard() == UINTPTR_MAX, 0))
    morestack();
}
#endif

// Counted loops run in chunks of at most kLoopChunk iterations with one
// pollLoop() before each (codegen/loop_shapes.cpp): the end of the chunk
// that starts at i, counting up to the exclusive bound b (i < b) or down
// to it (i > b). Computed in the unsigned type, so it cannot overflow; a
// chunk's last step lands on the end, never past it.
inline constexpr uint64_t kLoopChunk = 4096;
template <class T> inline T loopChunkUp(T i, T b) {
  using U = std::make_unsigned_t<T>;
  return U(U(b) - U(i)) > kLoopChunk ? T(U(U(i) + kLoopChunk)) : b;
}
// What a counted loop's test established at the top of its body, when
// its counter started non-negative: 0 <= i < n. Said for the compiler,
// which then drops the bounds check of s[i] when n is len(s); it emits no
// code.
template <class I, class N> inline void assumeIndex(I i, N n) {
  if (uint64_t(i) >= uint64_t(n))
    __builtin_unreachable();
}
// The iterations of a stepped loop's chunk (codegen/loop_shapes.cpp
// emitSteppedLoop): the loop runs while lo < hi (lo <= hi when
// inclusive), the gap closing by `gap` each iteration; the caller has
// seen the condition hold. At most kLoopChunk.
template <class T> inline uint64_t loopChunkTrips(T lo, T hi, uint64_t gap, bool inclusive) {
  using U = std::make_unsigned_t<T>;
  uint64_t d = uint64_t(U(U(hi) - U(lo)));
  uint64_t more = (inclusive ? d : d - 1) / gap; // iterations after this one
  return more >= kLoopChunk ? kLoopChunk : more + 1;
}
// Whether a loop running while lo < hi, the gap closing by `gap` each
// iteration, ends within kLoopChunk iterations (codegen/loop_shapes.cpp
// emitVersionedLoop); the caller has seen lo < hi. ceil(d / gap) <= K.
template <class T> inline bool fitsOneChunk(T lo, T hi, uint64_t gap) {
  using U = std::make_unsigned_t<T>;
  return uint64_t(U(U(hi) - U(lo))) <= kLoopChunk * gap;
}
template <class T> inline T loopChunkDown(T i, T b) {
  using U = std::make_unsigned_t<T>;
  return U(U(i) - U(b)) > kLoopChunk ? T(U(U(i) - kLoopChunk)) : b;
}
// The last value of the chunk that starts at i, counting up to b
// inclusive (i <= b) or down to it (i >= b): at most kLoopChunk values.
template <class T> inline T loopChunkLastUp(T i, T b) {
  using U = std::make_unsigned_t<T>;
  return U(U(b) - U(i)) >= kLoopChunk ? T(U(U(i) + (kLoopChunk - 1))) : b;
}
template <class T> inline T loopChunkLastDown(T i, T b) {
  using U = std::make_unsigned_t<T>;
  return U(U(i) - U(b)) >= kLoopChunk ? T(U(U(i) - (kLoopChunk - 1))) : b;
}

} // namespace go::sched
