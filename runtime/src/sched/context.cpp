// context.cpp — where code runs: the thread-local M, the current G,
// worker start-up, the context switch around gopp_swap, and Notes (the
// futex wake-ups idle workers sleep on).
//
// Invariants and why:
//  - tlsM is the only thread-local the scheduler reads on a goroutine's
//    stack, and only through getM/getg, which are never inlined nor
//    analysed as pure: a goroutine may resume on another thread after any
//    switch, and a cached address of a thread-local would be the old
//    thread's.
//  - Threads that are not workers get a per-thread pseudo-G (threadG), so
//    the panic chain and recover() work before the scheduler starts and
//    in plain C++ threads.
//  - switchTo does, in this order and inside gc.cpp's switch window:
//    stack bottom for the collector, onCpu flags, curg, the stack guard,
//    the C++ exception state (the caught-exception stack and uncaught
//    count are per thread in the C++ runtime, but a goroutine inside a
//    catch block may park and resume elsewhere), the TSan fiber, the
//    AddressSanitizer annotation, then gopp_swap, which closes the window
//    once sp has moved.
//  - AddressSanitizer: the runtime is not instrumented, but a C++ program
//    that embeds Go may be (gopp/embed.h). ASan must then know which stack
//    runs: a Go panic is a C++ exception, and when it unwinds a goroutine's
//    frames ASan unpoisons that stack only if it knows its bounds. The
//    sanitizer's fiber hooks are weak symbols, null unless ASan's runtime
//    is linked: a not-taken branch per switch otherwise.
//  - A Note is a futex word: wakeup stores 1 (release) and wakes; sleep
//    returns once it reads 1 (acquire), or at the deadline. Spurious
//    returns are fine: every sleeper rechecks its condition under
//    sched.lock.
#include <pthread.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <linux/futex.h>

#include <climits>
#include <ctime>

#include "g.h"
#include "../internal.h"

namespace __cxxabiv1 {
struct __cxa_eh_globals;
extern "C" __cxa_eh_globals *__cxa_get_globals() noexcept;
} // namespace __cxxabiv1

extern "C" void gopp_swap(void **save, void *to, std::atomic<uint32_t> *inSwitch);
extern "C" {
__attribute__((weak)) void __sanitizer_start_switch_fiber(void **fakeStackSave, const void *bottom, size_t size);
__attribute__((weak)) void __sanitizer_finish_switch_fiber(void *fakeStackSave, const void **bottomOld,
                                                           size_t *sizeOld);
}
extern "C" void gopp_gstart();

namespace go::sched {

namespace {
constinit thread_local M *tlsM = nullptr;
constinit thread_local G threadG;
} // namespace

GOPP_TLS_GETTER M *getM() { return tlsM; }
GOPP_TLS_GETTER G *getg() {
  M *m = tlsM;
  if (m)
    return m->curg;
  if (threadG.id == 0)
    threadG.id = 1; // what a panic on a plain thread prints
  return &threadG;
}

G *current() { return getg(); }
int64_t goid(G *g) { return g->id; }

// ------------------------------------------------------------ notes

void Note::wakeup() {
  // release: what the waker wrote (m->nextp) is seen by the sleeper's
  // acquire load of key.
  key.store(1, std::memory_order_release);
  syscall(SYS_futex, &key, FUTEX_WAKE_PRIVATE, 1, nullptr, nullptr, 0);
}

bool Note::sleep(int64_t deadline) {
  for (;;) {
    if (key.load(std::memory_order_acquire))
      return true;
    timespec ts, *tp = nullptr;
    if (deadline != INT64_MAX) {
      int64_t d = deadline - nanotime();
      if (d <= 0)
        return key.load(std::memory_order_acquire) != 0;
      ts.tv_sec = d / 1'000'000'000;
      ts.tv_nsec = d % 1'000'000'000;
      tp = &ts;
    }
    syscall(SYS_futex, &key, FUTEX_WAIT_PRIVATE, 0, tp, nullptr, 0);
  }
}

// ------------------------------------------------------------ contexts

void initContext(G *g) {
  uintptr_t top = g->hi & ~uintptr_t(15);
#if defined(__x86_64__)
  // r15 r14 r13 r12 rbx rbp, then the return address; after the pops and
  // the ret, sp = top - 16 (aligned) at gopp_gstart's call.
  auto sp = reinterpret_cast<uintptr_t *>(top - 72);
  for (int i = 0; i < 6; i++)
    sp[i] = 0;
  sp[6] = reinterpret_cast<uintptr_t>(&gopp_gstart);
#elif defined(__aarch64__)
  auto sp = reinterpret_cast<uintptr_t *>(top - 176);
  for (int i = 0; i < 22; i++)
    sp[i] = 0;
  sp[11] = reinterpret_cast<uintptr_t>(&gopp_gstart); // x30
#else
#error "gopp: no context switch for this architecture"
#endif
  g->sp = sp;
}

void switchTo(M *m, G *from, G *to) {
  enterSwitch(m);
  GC_stack_base sb{reinterpret_cast<void *>(to->hi)};
  GC_set_stackbottom(m->gcHandle, &sb);
  from->onCpu = false;
  to->onCpu = true;
  m->curg = to;
  setGuard(m, to);
  auto *eh = m->ehGlobals;
  from->eh = *eh;
  *eh = to->eh;
#ifdef GOPP_RACE
  __tsan_switch_to_fiber(to->tsanFiber, kTsanSwitchFlags);
#endif
  if (__sanitizer_start_switch_fiber) [[unlikely]] {
    // An exiting G's fake stack is freed (a null save slot).
    bool exiting = m->action == MAction::Exit;
    __sanitizer_start_switch_fiber(exiting ? nullptr : &from->asanFakeStack, reinterpret_cast<void *>(to->lo),
                                   to->hi - to->lo);
  }
  gopp_swap(&from->sp, to->sp, &m->inSwitch);
  // Back on `from`, later, maybe on another thread.
  if (__sanitizer_finish_switch_fiber) [[unlikely]]
    __sanitizer_finish_switch_fiber(from->asanFakeStack, nullptr, nullptr);
}

void asanStartedG() {
  if (__sanitizer_finish_switch_fiber) [[unlikely]]
    __sanitizer_finish_switch_fiber(nullptr, nullptr, nullptr);
}

void minit(M *m) {
  tlsM = m;
  if (!GC_thread_is_registered()) { // runMain called on a thread the collector does not know
    GC_allow_register_threads();
    GC_stack_base own;
    if (GC_get_stack_base(&own) != GC_SUCCESS || GC_register_my_thread(&own) != GC_SUCCESS)
      fatal(GOPP_LIT("runtime: cannot register the thread with the collector"));
  }
  GC_stack_base sb;
  m->gcHandle = GC_get_my_stackbottom(&sb);
  m->g0.hi = uintptr_t(sb.mem_base);
  if (__sanitizer_start_switch_fiber) { // ASan needs g0's bounds (see the top)
    pthread_attr_t attr;
    void *addr;
    size_t size;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
      if (pthread_attr_getstack(&attr, &addr, &size) == 0)
        m->g0.lo = uintptr_t(addr);
      pthread_attr_destroy(&attr);
    }
  }
  m->guard = &stackGuard;
  m->ehGlobals = reinterpret_cast<EhState *>(__cxxabiv1::__cxa_get_globals());
#ifdef GOPP_RACE
  m->g0.tsanFiber = __tsan_get_current_fiber();
#else
  warmAllocCache();
#endif
}

} // namespace go::sched
