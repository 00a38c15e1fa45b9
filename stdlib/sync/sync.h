// sync.h — package sync as docs/abi.md maps it.
//
// Every type keeps the fields of stdlib/sync/sync.go, in that order and
// with those C++ types (codegen's descriptors name them with offsetof
// and compare comparable structs field by field), and is valid when all
// its bytes are zero. The algorithms are Go's (sync/*.go over
// runtime/sema.go); blocking goes through the runtime semaphores and
// notify lists of gopp/sema.h, which park the goroutine.
//
// Files: mutex.cpp (Mutex), rwmutex.cpp (RWMutex, RLocker), waitgroup.cpp,
// once.cpp, cond.cpp, pool.cpp, map.cpp. OnceFunc/OnceValue/OnceValues are
// Go (oncefunc.go), compiled with the program.
#pragma once

#include "gopp/go.h"
#include "gopp/race.h"
#include "gopp/sema.h"

namespace pkg::sync {

// ------------------------------------------------------------ Mutex

// state: bit 0 locked, bit 1 a waiter was woken, bit 2 starvation mode,
// bits 3.. the number of waiters. sema: the semaphore waiters park on.
struct Mutex {
  int32_t state;
  uint32_t sema;
  friend bool operator==(const Mutex &a, const Mutex &b) { return a.state == b.state && a.sema == b.sema; }
};

void Mutex_lockSlow(Mutex *m, go::sched::SourcePos pos);
void Mutex_unlockSlow(Mutex *m, int32_t state);

inline void Mutex_Lock(Mutex *m, go::sched::SourcePos pos = GOPP_HERE_DEFAULT) {
  int32_t unlocked = 0;
  if (__builtin_expect(__atomic_compare_exchange_n(&m->state, &unlocked, 1, false, __ATOMIC_SEQ_CST,
                                                   __ATOMIC_RELAXED),
                       1))
    return;
  Mutex_lockSlow(m, pos);
}
bool Mutex_TryLock(Mutex *m);
inline void Mutex_Unlock(Mutex *m) {
  int32_t s = __atomic_sub_fetch(&m->state, 1, __ATOMIC_SEQ_CST);
  if (__builtin_expect(s != 0, 0))
    Mutex_unlockSlow(m, s);
}

// ------------------------------------------------------------ RWMutex

struct RWMutex {
  Mutex w;             // held by a writer, pending or active
  uint32_t writerSem;  // a writer waits here for the readers to leave
  uint32_t readerSem;  // readers wait here for the writer to leave
  int32_t readerCount; // readers; minus kMaxReaders while a writer is pending
  int32_t readerWait;  // readers a pending writer still waits for
  friend bool operator==(const RWMutex &a, const RWMutex &b) {
    return a.w == b.w && a.writerSem == b.writerSem && a.readerSem == b.readerSem &&
           a.readerCount == b.readerCount && a.readerWait == b.readerWait;
  }
};

void RWMutex_rlockSlow(RWMutex *rw, go::sched::SourcePos pos);
void RWMutex_runlockSlow(RWMutex *rw, int32_t r);
// The reader fast paths: one atomic add each (a negative count means a
// writer is pending or active).
inline void RWMutex_RLock(RWMutex *rw, go::sched::SourcePos pos = GOPP_HERE_DEFAULT) {
  if (__builtin_expect(__atomic_add_fetch(&rw->readerCount, 1, __ATOMIC_SEQ_CST) < 0, 0))
    RWMutex_rlockSlow(rw, pos);
}
bool RWMutex_TryRLock(RWMutex *rw);
inline void RWMutex_RUnlock(RWMutex *rw) {
  int32_t r = __atomic_sub_fetch(&rw->readerCount, 1, __ATOMIC_SEQ_CST);
  if (__builtin_expect(r < 0, 0))
    RWMutex_runlockSlow(rw, r);
}
void RWMutex_Lock(RWMutex *rw, go::sched::SourcePos pos = GOPP_HERE_DEFAULT);
bool RWMutex_TryLock(RWMutex *rw);
void RWMutex_Unlock(RWMutex *rw);
go::Iface RWMutex_RLocker(RWMutex *rw);

// ------------------------------------------------------------ WaitGroup

struct WaitGroup {
  uint64_t state; // counter in the high 32 bits, waiters in the low 32
  uint32_t sema;
  friend bool operator==(const WaitGroup &a, const WaitGroup &b) { return a.state == b.state && a.sema == b.sema; }
};

void WaitGroup_Add(WaitGroup *wg, int64_t delta);
inline void WaitGroup_Done(WaitGroup *wg) { WaitGroup_Add(wg, -1); }
void WaitGroup_Wait(WaitGroup *wg, go::sched::SourcePos pos = GOPP_HERE_DEFAULT);

// ------------------------------------------------------------ Once

struct Once {
  uint32_t done;
  Mutex m;
  friend bool operator==(const Once &a, const Once &b) { return a.done == b.done && a.m == b.m; }
};

void Once_doSlow(Once *o, go::Func<void()> f, go::sched::SourcePos pos);
inline void Once_Do(Once *o, go::Func<void()> f, go::sched::SourcePos pos = GOPP_HERE_DEFAULT) {
  if (__builtin_expect(__atomic_load_n(&o->done, __ATOMIC_ACQUIRE) == 0, 0))
    Once_doSlow(o, f, pos);
}

// ------------------------------------------------------------ Cond

using notifyList = go::sema::NotifyList;

struct Cond {
  go::Iface L; // a Locker: methods Lock (0) and Unlock (1)
  notifyList notify;
  uintptr_t checker; // its own address once used (Go's copyChecker)
  friend bool operator==(const Cond &a, const Cond &b) {
    return a.L == b.L && a.notify == b.notify && a.checker == b.checker;
  }
};

Cond *NewCond(go::Iface l);
void Cond_Wait(Cond *c, go::sched::SourcePos pos = GOPP_HERE_DEFAULT);
void Cond_Signal(Cond *c);
void Cond_Broadcast(Cond *c);

// ------------------------------------------------------------ Pool

// One P's cache, on its own cache lines.
struct poolLocal {
  go::Iface private_;
  go::Iface victimPrivate;
  uint64_t privateGen;
  uint32_t lock;
  uint64_t sharedGen;
  go::Slice<go::Iface> shared;
  go::Slice<go::Iface> victimShared;
  char pad[128 - 2 * sizeof(go::Iface) - 3 * sizeof(uint64_t) - 2 * sizeof(go::Slice<go::Iface>)];
};

struct Pool {
  // Defaults, so that a literal naming only New (sync.Pool{New: f}, a
  // designated initialiser in emitted code) draws no -Wextra warning.
  poolLocal *local = nullptr; // an array of localSize (grows, never shrinks)
  uintptr_t localSize = 0;
  go::Func<go::Iface()> New;
};

go::Iface Pool_getSlow(Pool *p);
void Pool_putSlow(Pool *p, go::Iface x);
// The fast paths (pool.cpp explains the invariants): this P's private
// slot, if the pool's array covers this P and the slot belongs to the
// current GC cycle.
inline poolLocal *Pool_localFor(Pool *p) {
  int32_t pid = go::sched::currentP();
  if (__builtin_expect(uintptr_t(pid) >= __atomic_load_n(&p->localSize, __ATOMIC_ACQUIRE), 0))
    return nullptr;
  poolLocal *l = __atomic_load_n(&p->local, __ATOMIC_ACQUIRE) + pid;
  return l->privateGen == go::sched::gcCycles() ? l : nullptr;
}
go::Iface Pool_raceGet(Pool *p);
void Pool_racePut(Pool *p, go::Iface x);
inline go::Iface Pool_Get(Pool *p) {
  if constexpr (go::race::enabled)
    return Pool_raceGet(p);
  poolLocal *l = Pool_localFor(p);
  if (__builtin_expect(l && !l->private_.isNil(), 1)) {
    go::Iface x = l->private_;
    l->private_ = go::Iface();
    return x;
  }
  return Pool_getSlow(p);
}
inline void Pool_Put(Pool *p, go::Iface x) {
  if constexpr (go::race::enabled)
    return Pool_racePut(p, x);
  poolLocal *l = Pool_localFor(p);
  if (__builtin_expect(l && l->private_.isNil() && !x.isNil(), 1)) {
    l->private_ = x;
    return;
  }
  Pool_putSlow(p, x);
}

// ------------------------------------------------------------ Map

struct Map {
  uint32_t lock;
  go::Map<go::Iface, go::Iface> *m;
};

std::tuple<go::Iface, bool> Map_Load(Map *m, go::Iface key);
void Map_Store(Map *m, go::Iface key, go::Iface value);
std::tuple<go::Iface, bool> Map_LoadOrStore(Map *m, go::Iface key, go::Iface value);
std::tuple<go::Iface, bool> Map_LoadAndDelete(Map *m, go::Iface key);
void Map_Delete(Map *m, go::Iface key);
std::tuple<go::Iface, bool> Map_Swap(Map *m, go::Iface key, go::Iface value);
bool Map_CompareAndSwap(Map *m, go::Iface key, go::Iface old, go::Iface new_);
bool Map_CompareAndDelete(Map *m, go::Iface key, go::Iface old);
void Map_Range(Map *m, go::Func<bool(go::Iface, go::Iface)> f);
void Map_Clear(Map *m);

} // namespace pkg::sync
