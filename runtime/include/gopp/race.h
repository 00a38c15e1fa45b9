// race.h — the race detector's happens-before annotations (gopp build -race).
//
// A race build (GOPP_RACE defined) compiles emitted code and the standard
// library with -fsanitize=thread, and the runtime without it, as Go
// compiles its runtime: the scheduler's own atomics and locks would
// otherwise order every goroutine after everything that ran before it on
// the same thread, and ThreadSanitizer would find nothing. So TSan sees
// exactly the edges the runtime names here, the ones the memory model
// promises (DESIGN.md), as Go's race runtime names them:
//  - goroutine creation: the new goroutine's TSan fiber is created by its
//    parent (creation synchronises), and switches between fibers do not
//    synchronise (__tsan_switch_to_fiber_no_sync);
//  - channels: per buffer slot for buffered channels, per waiting party
//    (its Sudog) for hand-offs, and close (chan/hchan.h);
//  - semaphores (sync's slow paths), the runtime's small locks (sync.Map,
//    sync.Pool), timers (time.AfterFunc and timer channels).
// Everything built on those (Mutex, WaitGroup, Once, context, errgroup)
// is ordered by them and by its own atomics, which TSan sees directly.
//
// Outside race builds every function here is an empty inline.
#pragma once

#include <iterator>

#ifdef GOPP_RACE
extern "C" {
void __tsan_read8(void *addr);
void __tsan_write8(void *addr);
void __tsan_read8_pc(void *addr, void *pc);
void __tsan_write8_pc(void *addr, void *pc);
void __tsan_acquire(void *addr);
void __tsan_release(void *addr);
void __tsan_ignore_thread_begin(void);
void __tsan_ignore_thread_end(void);
void AnnotateIgnoreSyncBegin(const char *file, int line);
void AnnotateIgnoreSyncEnd(const char *file, int line);
}
#endif

namespace go::race {

#ifdef GOPP_RACE
inline constexpr bool enabled = true;

// What the current goroutine did so far happens before whatever a later
// acquire(addr) is followed by. Releases on one address accumulate.
inline void release(const void *addr) { __tsan_release(const_cast<void *>(addr)); }
inline void acquire(const void *addr) { __tsan_acquire(const_cast<void *>(addr)); }

// Stops checking the current goroutine's accesses and synchronisation
// until enable() (Go's race.Disable): for code whose memory is owned by
// the thread it runs on rather than by a goroutine (sync.Pool's
// per-processor caches).
inline void disable() {
  __tsan_ignore_thread_begin();
  AnnotateIgnoreSyncBegin(__FILE__, __LINE__);
}
inline void enable() {
  AnnotateIgnoreSyncEnd(__FILE__, __LINE__);
  __tsan_ignore_thread_end();
}

// Hides the current goroutine's accesses (libc's memcpy and memset are
// intercepted even when the runtime calls them) until unhide(): for the
// runtime's copies on another goroutine's behalf, which Go's runtime
// makes with its uninstrumented memmove (a channel hand-off writes the
// receiver's variable; the buffer's slots belong to the channel).
inline void hide() { __tsan_ignore_thread_begin(); }
inline void unhide() { __tsan_ignore_thread_end(); }

// An access to the object at addr as a whole (Go's racereadpc and
// racewritepc): a map is checked through its header, as Go checks its
// hmap, so a racing pair of map operations is one report at their lines.
inline void read(const void *addr) { __tsan_read8(const_cast<void *>(addr)); }
inline void write(const void *addr) { __tsan_write8(const_cast<void *>(addr)); }
// The same from the (uninstrumented) runtime, at the caller's pc: a send
// reads the channel and close writes it, so Go's send racing with close
// is reported at their lines. Not when the runtime itself is instrumented
// (GOPP_TSAN_RUNTIME, its own tests): there the channel's first word is
// its lock, which TSan sees accessed atomically.
#ifdef GOPP_TSAN_RUNTIME
inline void readAt(const void *, void *) {}
inline void writeAt(const void *, void *) {}
#else
inline void readAt(const void *addr, void *pc) { __tsan_read8_pc(const_cast<void *>(addr), pc); }
inline void writeAt(const void *addr, void *pc) { __tsan_write8_pc(const_cast<void *>(addr), pc); }
#endif
#else
inline constexpr bool enabled = false;
inline void release(const void *) {}
inline void acquire(const void *) {}
inline void disable() {}
inline void enable() {}
inline void hide() {}
inline void unhide() {}
inline void read(const void *) {}
inline void write(const void *) {}
inline void readAt(const void *, void *) {}
inline void writeAt(const void *, void *) {}
#endif

// Scratch storage that C++ code keeps thread_local for speed belongs to a
// thread, not a goroutine: in race builds it is a plain local instead, so
// two goroutines that ran on one thread do not appear to race on it.
#ifdef GOPP_RACE
#define GOPP_SCRATCH
#else
#define GOPP_SCRATCH static thread_local
#endif

// Race reports name a frame by the Go function whose lines contain it:
// emitted code registers each function's line range and Go name
// (codegen/emit_race.cpp; race builds only).
struct FuncLines {
  const char *file;
  unsigned first, last;
  const char *name;
  bool literal; // a function literal (a C++ lambda)
};
bool registerFuncs(const FuncLines *funcs, unsigned long n);

// The number of data races reported so far (0 outside race builds).
int reportedRaces();

} // namespace go::race
