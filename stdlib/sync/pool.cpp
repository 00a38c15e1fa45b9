// pool.cpp — sync.Pool: per-P caches with a victim cache (Go's
// sync/pool.go design, with locks where Go has lock-free queues).
//
// Data: Pool.local is an array of localSize poolLocals, one per P id, on
// the collected heap (so cached objects stay reachable), replaced by a
// larger one if a P beyond its end shows up (GOMAXPROCS grew; the old
// array's contents are dropped, as Go drops them). Each poolLocal has a
// private slot that only its P uses, without a lock, and a shared stack
// that any P may take from, under the local's lock.
//
// Invariants and why:
//  - Pool_Get/Pool_Put's fast paths (sync.h) touch only the private slot
//    of a local whose privateGen is current; everything else comes here.
//  - The P index comes from go::sched::currentP(). C++ runtime code is
//    never preempted, and nothing here parks, so a goroutine stays on
//    that P from the index to the last access of its private slot: the
//    private slot has a single user at a time, like Go's pinned P.
//  - Victims: each GC moves the primary caches to the victim caches and
//    drops the old victims. The collector's callback may not take locks
//    (it runs inside the allocator, maybe with the world stopped), so it
//    only advances go::sched::gcCycles(); each cache records the cycle its
//    contents belong to and is rotated when next touched: one cycle
//    behind, primary becomes victim; two or more, both are dropped. Get
//    looks at victims only after every primary cache, so what survived
//    one GC is still found, and what survived two is gone, as in Go. (An
//    untouched pool keeps its objects reachable until its next use; Go
//    frees them at the second GC.)
//  - publication of a new array: local is stored before localSize
//    (release), and read after it (acquire), so an index below the size
//    read is always within the array read.
#include "sync/sync.h"

#include "gopp/sched.h"

namespace pkg::sync {

namespace {

uint32_t growLock; // serialises replacing a Pool's array

void rotatePrivate(poolLocal *l, uint64_t gen) {
  if (l->privateGen == gen)
    return;
  l->victimPrivate = gen - l->privateGen == 1 ? l->private_ : go::Iface();
  l->private_ = go::Iface();
  l->privateGen = gen;
}

void rotateShared(poolLocal *l, uint64_t gen) { // under l->lock
  if (l->sharedGen == gen)
    return;
  l->victimShared = gen - l->sharedGen == 1 ? l->shared : go::Slice<go::Iface>();
  l->shared = go::Slice<go::Iface>();
  l->sharedGen = gen;
}

go::Iface popBack(go::Slice<go::Iface> *s) {
  int64_t n = s->len();
  if (n == 0)
    return go::Iface();
  go::Iface x = s->p[n - 1];
  s->p[n - 1] = go::Iface(); // no stale reference
  s->len_ = n - 1;
  return x;
}

// The pool's array as this goroutine may use it, and *pid, its index.
[[gnu::noinline]] poolLocal *pinSlow(Pool *p, int32_t pid) {
  go::sema::LockGuard g(&growLock);
  uintptr_t size = p->localSize;
  if (uintptr_t(pid) < size)
    return p->local;
  uintptr_t n = uintptr_t(go::sched::gomaxprocs(0));
  if (n <= uintptr_t(pid))
    n = uintptr_t(pid) + 1;
  auto *arr = static_cast<poolLocal *>(go::alloc(n * sizeof(poolLocal)));
  uint64_t gen = go::sched::gcCycles();
  for (uintptr_t i = 0; i < n; i++)
    arr[i].privateGen = arr[i].sharedGen = gen;
  __atomic_store_n(&p->local, arr, __ATOMIC_RELEASE);
  __atomic_store_n(&p->localSize, n, __ATOMIC_RELEASE);
  return arr;
}

inline poolLocal *pin(Pool *p, int32_t *pid) {
  *pid = go::sched::currentP();
  uintptr_t size = __atomic_load_n(&p->localSize, __ATOMIC_ACQUIRE);
  poolLocal *l = __atomic_load_n(&p->local, __ATOMIC_ACQUIRE);
  if (__builtin_expect(uintptr_t(*pid) >= size, 0))
    l = pinSlow(p, *pid);
  return l;
}

go::Iface takeShared(poolLocal *l, uint64_t gen, bool victim) {
  go::sema::LockGuard g(&l->lock);
  rotateShared(l, gen);
  return popBack(victim ? &l->victimShared : &l->shared);
}

// Everything but our own private slot: our shared stack, the others'
// shared stacks, our victim private slot, then every victim stack.
go::Iface getSlow(Pool *p, poolLocal *locals, int32_t pid, uint64_t gen) {
  uintptr_t size = __atomic_load_n(&p->localSize, __ATOMIC_ACQUIRE);
  if (uintptr_t(pid) >= size) // (cannot happen: pin sized it)
    return go::Iface();
  for (uintptr_t i = 0; i < size; i++) {
    go::Iface x = takeShared(&locals[(uintptr_t(pid) + i) % size], gen, false);
    if (!x.isNil())
      return x;
  }
  poolLocal *own = &locals[pid];
  if (!own->victimPrivate.isNil()) {
    go::Iface x = own->victimPrivate;
    own->victimPrivate = go::Iface();
    return x;
  }
  for (uintptr_t i = 0; i < size; i++) {
    go::Iface x = takeShared(&locals[(uintptr_t(pid) + i) % size], gen, true);
    if (!x.isNil())
      return x;
  }
  return go::Iface();
}

} // namespace

void Pool_putSlow(Pool *p, go::Iface x) {
  if (x.isNil())
    return;
  int32_t pid;
  poolLocal *l = pin(p, &pid) + pid;
  uint64_t gen = go::sched::gcCycles();
  rotatePrivate(l, gen);
  if (l->private_.isNil()) {
    l->private_ = x;
    return;
  }
  go::sema::LockGuard g(&l->lock);
  rotateShared(l, gen);
  l->shared = go::append(l->shared, x);
}

namespace {

// What the caches hold for this P (without calling New).
go::Iface getCached(Pool *p) {
  int32_t pid;
  poolLocal *locals = pin(p, &pid);
  poolLocal *l = locals + pid;
  uint64_t gen = go::sched::gcCycles();
  rotatePrivate(l, gen);
  go::Iface x = l->private_;
  if (!x.isNil()) {
    l->private_ = go::Iface();
    return x;
  }
  return getSlow(p, locals, pid, gen);
}

// Race builds: the address x's Put releases and its Get acquires (Go's
// poolRaceAddr): one of 128 words, chosen by hashing x's data pointer.
uint64_t raceWords[128];
const void *raceAddr(go::Iface x) {
  auto h = uint32_t((uint64_t(uint32_t(uintptr_t(x.data))) * 0x85ebca6bu) >> 16);
  return &raceWords[h % 128];
}

} // namespace

go::Iface Pool_getSlow(Pool *p) {
  go::Iface x = getCached(p);
  if (x.isNil() && !p->New.isNil())
    return p->New(); // user code: may park, may move to another P
  return x;
}

// Race builds, as Go's pool.go under -race: the per-P caches belong to a
// processor, not a goroutine, so the detector ignores them; a Put happens
// before the Get that returns the same object; and Put drops one object
// in four, so code that assumes it gets back what it put is caught.
go::Iface Pool_raceGet(Pool *p) {
  go::race::disable();
  go::Iface x = getCached(p);
  go::race::enable();
  if (x.isNil())
    return p->New.isNil() ? x : p->New();
  go::race::acquire(raceAddr(x));
  return x;
}

void Pool_racePut(Pool *p, go::Iface x) {
  if (x.isNil() || go::randomU64() % 4 == 0)
    return;
  go::race::release(raceAddr(x));
  go::race::disable();
  Pool_putSlow(p, x);
  go::race::enable();
}

} // namespace pkg::sync
