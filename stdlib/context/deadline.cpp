// deadline.cpp — WithDeadline, WithTimeout and their Cause variants: a
// cancel node of kind Timer whose runtime timer cancels it with
// DeadlineExceeded.
//
// Invariants and why:
//  - A parent whose deadline is already earlier makes a plain WithCancel
//    (the parent's deadline will cancel both), as in Go.
//  - A deadline already past cancels at once and arms nothing.
//  - The timer is armed under the node's lock only if the node is not
//    cancelled yet; cancel() takes it out under the same lock and stops it,
//    so a context cancelled early never fires and leaves no pending timer.
//  - The timer callback runs on a scheduler worker, where nothing may
//    block; it starts a goroutine to do the cancelling (Go's timerCtx uses
//    time.AfterFunc, which does the same), since cancelling may call a
//    foreign parent's stop function.
#include "context/context.h"

namespace pkg::context {

using namespace detail;

namespace {

void fire(void *arg) {
  auto *c = static_cast<cancelCtx *>(arg);
  go::sched::spawn(go::Func<void()>([c] { cancel(c, true, DeadlineExceeded, c->deadlineCause); }));
}

} // namespace

std::tuple<go::Iface, CancelFunc> WithDeadlineCause(go::Iface parent, time::Time d, go::Iface cause) {
  if (parent.isNil())
    panicString("cannot create context from nil parent");
  auto [cur, ok] = ctxDeadline(parent);
  if (ok && time::Time_Before(cur, d))
    return WithCancel(parent); // the current deadline is already sooner
  cancelCtx *c = newCancelCtx(Kind::Timer);
  c->deadline = d;
  c->deadlineCause = cause;
  propagateCancel(c, parent);
  CancelFunc stop([c] { cancel(c, true, Canceled, go::Iface()); });
  if (time::Until(d) <= 0) {
    cancel(c, true, DeadlineExceeded, cause); // the deadline has passed
    return {boxCancelCtx(c), CancelFunc([c] { cancel(c, false, Canceled, go::Iface()); })};
  }
  c->mu.lock();
  if (c->err.isNil())
    c->timer = go::sched::newTimer(time::detail::whenOf(d), fire, c);
  c->mu.unlock();
  return {boxCancelCtx(c), stop};
}

std::tuple<go::Iface, CancelFunc> WithDeadline(go::Iface parent, time::Time d) {
  return WithDeadlineCause(parent, d, go::Iface());
}

std::tuple<go::Iface, CancelFunc> WithTimeout(go::Iface parent, time::Duration timeout) {
  return WithDeadline(parent, time::Time_Add(time::Now(), timeout));
}

std::tuple<go::Iface, CancelFunc> WithTimeoutCause(go::Iface parent, time::Duration timeout, go::Iface cause) {
  return WithDeadlineCause(parent, time::Time_Add(time::Now(), timeout), cause);
}

} // namespace pkg::context
