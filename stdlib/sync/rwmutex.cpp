// rwmutex.cpp — sync.RWMutex and RLocker (Go's sync/rwmutex.go design).
//
// Invariants and why:
//  - readerCount counts readers holding or waiting; a writer announces
//    itself by subtracting kMaxReaders, so a reader that finds it
//    negative waits on readerSem: a pending writer stops new readers,
//    and writers cannot starve.
//  - The writer first takes w (so writers exclude each other), then
//    records in readerWait how many readers were active when it
//    announced itself; each of those decrements readerWait on RUnlock
//    and the last one wakes the writer on writerSem.
//  - Unlock gives readerCount its kMaxReaders back and wakes every reader
//    that queued meanwhile (exactly the count it finds), then releases w.
//  - Misuse (RUnlock or Unlock without the lock) is a fatal error, as in
//    Go: the counters are corrupt.
#include "sync/sync.h"

#include "gopp/panic.h"

namespace go::detail {
extern const Type funcVoidType; // func(), the runtime's descriptor
} // namespace go::detail

namespace pkg::sync {

namespace {

constexpr int32_t kMaxReaders = 1 << 30;

inline int32_t add(int32_t *p, int32_t d) { return __atomic_add_fetch(p, d, __ATOMIC_SEQ_CST); }

} // namespace

void RWMutex_rlockSlow(RWMutex *rw, go::sched::SourcePos pos) { // a writer is pending: wait for it
  go::sema::semacquire(&rw->readerSem, false, go::sched::WaitReason::SyncRWMutexRLock, pos);
}

bool RWMutex_TryRLock(RWMutex *rw) {
  int32_t c = __atomic_load_n(&rw->readerCount, __ATOMIC_SEQ_CST);
  while (c >= 0)
    if (__atomic_compare_exchange_n(&rw->readerCount, &c, c + 1, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
      return true;
  return false;
}

void RWMutex_runlockSlow(RWMutex *rw, int32_t r) {
  if (r + 1 == 0 || r + 1 == -kMaxReaders)
    go::fatal(go::String("sync: RUnlock of unlocked RWMutex"));
  if (add(&rw->readerWait, -1) == 0) // the last reader the writer waits for
    go::sema::semrelease(&rw->writerSem, false);
}

void RWMutex_Lock(RWMutex *rw, go::sched::SourcePos pos) {
  Mutex_Lock(&rw->w, pos);
  int32_t r = add(&rw->readerCount, -kMaxReaders) + kMaxReaders;
  if (r != 0 && add(&rw->readerWait, r) != 0)
    go::sema::semacquire(&rw->writerSem, false, go::sched::WaitReason::SyncRWMutexLock, pos);
}

bool RWMutex_TryLock(RWMutex *rw) {
  if (!Mutex_TryLock(&rw->w))
    return false;
  int32_t zero = 0;
  if (!__atomic_compare_exchange_n(&rw->readerCount, &zero, -kMaxReaders, false, __ATOMIC_SEQ_CST,
                                   __ATOMIC_SEQ_CST)) {
    Mutex_Unlock(&rw->w);
    return false;
  }
  return true;
}

void RWMutex_Unlock(RWMutex *rw) {
  int32_t r = add(&rw->readerCount, kMaxReaders);
  if (r >= kMaxReaders)
    go::fatal(go::String("sync: Unlock of unlocked RWMutex"));
  for (int32_t i = 0; i < r; i++)
    go::sema::semrelease(&rw->readerSem, false);
  Mutex_Unlock(&rw->w);
}

// ------------------------------------------------------------ RLocker

// type rlocker RWMutex: Lock is RLock, Unlock is RUnlock. The Locker
// value holds the *RWMutex itself (pointer-shaped).
namespace detail {
void rlockerLock(void *rw) { RWMutex_RLock(static_cast<RWMutex *>(rw)); }
void rlockerUnlock(void *rw) { RWMutex_RUnlock(static_cast<RWMutex *>(rw)); }
constexpr go::Type makeRlockerType(const go::Type *self) {
  go::Type t{};
  t.self = self;
  t.kind = go::Kind::Struct;
  t.flags = go::kNamed;
  t.size = sizeof(RWMutex);
  return t;
}
go::Type rlockerType = [] {
  go::Type t = makeRlockerType(&rlockerType);
  t.name = go::String("sync.rlocker");
  t.pkgPath = go::String("sync");
  return t;
}();
const go::Method rlockerPtrMethods[] = {
    {go::String("Lock"), &go::detail::funcVoidType, reinterpret_cast<void *>(&rlockerLock)},
    {go::String("Unlock"), &go::detail::funcVoidType, reinterpret_cast<void *>(&rlockerUnlock)}};
go::Type rlockerPtrType = [] {
  go::Type t{};
  t.self = &rlockerPtrType;
  t.kind = go::Kind::Pointer;
  t.flags = go::kPointerShaped;
  t.size = sizeof(void *);
  t.name = go::String("*sync.rlocker");
  t.equal = &go::equalOf<const void *>;
  t.elem = &rlockerType;
  t.methods = rlockerPtrMethods;
  t.numMethods = 2;
  return t;
}();
// The sync.Locker itab: Locker's methods sorted by name, Lock then Unlock.
struct LockerItab {
  const go::Type *type;
  void *fn[2];
};
const LockerItab rlockerLockerItab = {
    &rlockerPtrType, {reinterpret_cast<void *>(&rlockerLock), reinterpret_cast<void *>(&rlockerUnlock)}};
} // namespace detail

go::Iface RWMutex_RLocker(RWMutex *rw) {
  return go::Iface(reinterpret_cast<const go::Itab *>(&detail::rlockerLockerItab), rw);
}

} // namespace pkg::sync
