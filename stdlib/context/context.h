// context.h — package context as docs/abi.md maps it: Background, TODO,
// WithCancel(Cause), WithDeadline(Cause), WithTimeout(Cause), WithValue,
// WithoutCancel, Cause, AfterFunc, Canceled and DeadlineExceeded.
//
// The design is Go's (context/context.go, Go 1.22): a tree of cancellable
// nodes in which cancelling a node cancels its whole subtree and never
// its parents.
//
// Invariants and why:
//  - Every Context this package returns is a go::Iface whose itab is for
//    context.Context (methods sorted by name: Deadline, Done, Err, Value),
//    so C++ here and emitted code call the methods of any Context, ours or
//    a user's, through the same itab slots (detail::ctxDone and friends).
//  - One node type (detail::cancelCtx) serves Go's *cancelCtx, *timerCtx
//    and the afterFuncCtx of AfterFunc; `kind` says which, and the
//    descriptor it is boxed with gives %T and the method set Go has.
//  - A node's children form an intrusive list guarded by the node's lock.
//    A child records, once, the node it registered with; `linked` (under
//    that node's lock) says whether it is still on the list. Locks are
//    taken parent before child, never the reverse, so cascades cannot
//    deadlock. Nothing under a node's lock parks or runs user code.
//  - done is created lazily (Done) or replaced by the shared closed
//    channel (a cancel before anyone asked): it is atomic so that Done's
//    fast path takes no lock, as Go's atomic.Value does.
//  - A parent that is not one of ours is watched by a goroutine, or by its
//    own AfterFunc method when it has one, as Go does.
//  - A deadline is a runtime timer (not a goroutine); cancelling early
//    stops it, so an abandoned WithTimeout costs nothing once cancelled.
#pragma once

#include <atomic>

#include "errors/errors.h"
#include "gopp/chan.h"
#include "gopp/go.h"
#include "gopp/lock.h"
#include "time/time.h"

namespace pkg::context {

using CancelFunc = go::Func<void()>;
using CancelCauseFunc = go::Func<void(go::Iface)>;

extern go::Iface Canceled;
extern go::Iface DeadlineExceeded;

go::Iface Background();
go::Iface TODO();
std::tuple<go::Iface, CancelFunc> WithCancel(go::Iface parent);
std::tuple<go::Iface, CancelCauseFunc> WithCancelCause(go::Iface parent);
std::tuple<go::Iface, CancelFunc> WithDeadline(go::Iface parent, time::Time d);
std::tuple<go::Iface, CancelFunc> WithDeadlineCause(go::Iface parent, time::Time d, go::Iface cause);
std::tuple<go::Iface, CancelFunc> WithTimeout(go::Iface parent, time::Duration timeout);
std::tuple<go::Iface, CancelFunc> WithTimeoutCause(go::Iface parent, time::Duration timeout, go::Iface cause);
go::Iface WithValue(go::Iface parent, go::Iface key, go::Iface val);
go::Iface WithoutCancel(go::Iface parent);
go::Iface Cause(go::Iface c);
go::Func<bool()> AfterFunc(go::Iface ctx, go::Func<void()> f);

namespace detail {

// The element type of Done channels (Go's struct{}).
struct Empty {};
using DoneChan = go::Chan<Empty>;

// Calls through a Context's itab (slots in name order).
inline std::tuple<time::Time, bool> ctxDeadline(go::Iface c) {
  return go::icall<std::tuple<time::Time, bool> (*)(void *)>(c, 0);
}
inline DoneChan ctxDone(go::Iface c) { return go::icall<DoneChan (*)(void *)>(c, 1); }
inline go::Iface ctxErr(go::Iface c) { return go::icall<go::Iface (*)(void *)>(c, 2); }
inline go::Iface ctxValue(go::Iface c, go::Iface key) { return go::icall<go::Iface (*)(void *, go::Iface)>(c, 3, key); }

enum class Kind : uint8_t { Cancel, Timer, AfterFunc };

// Go's cancelCtx, timerCtx and afterFuncCtx in one (see the top).
struct cancelCtx {
  go::Iface parent; // the Context it derives from
  go::RuntimeLock mu;
  Kind kind = Kind::Cancel;
  std::atomic<go::hchan *> done{nullptr};
  go::Iface err;   // non-nil once cancelled (under mu)
  go::Iface cause; // why (under mu)
  // Children registered with this node (under mu).
  cancelCtx *firstChild = nullptr;
  // This node as a child: the node it registered with (set once), and its
  // siblings there (under that node's mu).
  cancelCtx *registeredIn = nullptr;
  cancelCtx *prev = nullptr, *next = nullptr;
  bool linked = false;
  // A parent with its own AfterFunc: how to unregister from it.
  go::Func<bool()> stopParent;
  // Kind::Timer.
  time::Time deadline{};
  go::Iface deadlineCause;
  go::sched::Timer *timer = nullptr; // under mu
  // Kind::AfterFunc.
  go::Func<void()> f;
  std::atomic<bool> fDone{false};
};

// Go's valueCtx and withoutCancelCtx.
struct valueCtx {
  go::Iface parent;
  go::Iface key, val;
};
struct withoutCancelCtx {
  go::Iface c;
};

// Node operations shared by the files of this package.
void cancel(cancelCtx *c, bool removeFromParent, go::Iface err, go::Iface cause);
void propagateCancel(cancelCtx *c, go::Iface parent);
cancelCtx *newCancelCtx(Kind kind);
DoneChan closedChan();
DoneChan doneOf(cancelCtx *c); // its Done(), made on first use
[[noreturn]] void panicString(const char *msg);

// Boxing as context.Context, and what %T prints for each (types.cpp).
go::Iface boxCancelCtx(cancelCtx *c);
go::Iface boxValueCtx(valueCtx *c);
go::Iface boxWithoutCancelCtx(withoutCancelCtx *c);
// Go's &cancelCtxKey: c.Value(cancelCtxKey()) is the innermost node of
// ours that c derives from, boxed as *context.cancelCtx (cancelCtxPtrType).
go::Iface cancelCtxKey();
const go::Type *cancelCtxPtrType();

} // namespace detail
} // namespace pkg::context
