// cancel.cpp — the cancellation tree: WithCancel, WithCancelCause, Cause,
// AfterFunc, and how a node attaches to its parent (Go's propagateCancel).
//
// Invariants and why (see also context.h):
//  - cancel() sets err and cause once, under the node's lock, then closes
//    done (or installs the shared closed channel) and cancels every child
//    while still holding the lock: a child registering concurrently either
//    sees err set (and cancels itself) or is on the list. Closing done
//    happens before any receive that returns because of it (the channel
//    gives the memory-model edge Go's context gives).
//  - A child is unlinked from its parent when it is cancelled by its own
//    CancelFunc (removeFromParent), so a long-lived parent does not keep
//    every short-lived child alive, as in Go.
//  - Attaching to a parent, in Go's order: a parent that is never done
//    (Done() == nil) needs nothing; one already done cancels the child at
//    once; one of ours registers the child; a foreign one with an
//    AfterFunc(func()) func() bool method gets that; any other foreign
//    parent is watched by a goroutine until either side is done.
#include "context/context.h"

#include <cstring>

namespace pkg::context {
namespace detail {

void panicString(const char *msg) { go::gopanic(go::box(&go::stringType, go::String(msg, int64_t(strlen(msg))))); }

DoneChan closedChan() {
  static DoneChan c = [] {
    DoneChan d = go::makeChan<Empty>(0);
    go::chanClose(d);
    return d;
  }();
  return c;
}

cancelCtx *newCancelCtx(Kind kind) {
  auto *c = ::new (go::alloc(sizeof(cancelCtx))) cancelCtx();
  c->kind = kind;
  return c;
}

namespace {

void unlink(cancelCtx *p, cancelCtx *child) {
  if (!child->linked)
    return;
  if (child->prev)
    child->prev->next = child->next;
  else
    p->firstChild = child->next;
  if (child->next)
    child->next->prev = child->prev;
  child->prev = child->next = nullptr;
  child->linked = false;
}

void removeChild(cancelCtx *child) {
  if (!child->stopParent.isNil()) {
    child->stopParent();
    return;
  }
  cancelCtx *p = child->registeredIn;
  if (!p)
    return;
  p->mu.lock();
  unlink(p, child);
  p->mu.unlock();
}

// The node of ours that parent is or wraps, if parent's Done is that
// node's own channel (Go's parentCancelCtx).
cancelCtx *parentCancelCtx(go::Iface parent, DoneChan done) {
  if (done == closedChan() || done == nullptr)
    return nullptr;
  go::Iface v = ctxValue(parent, cancelCtxKey());
  if (v.type() != cancelCtxPtrType())
    return nullptr;
  auto *p = static_cast<cancelCtx *>(v.data);
  if (p->done.load(std::memory_order_acquire) != done.c)
    return nullptr;
  return p;
}

// The AfterFunc(func()) func() bool method of a foreign parent, if any.
using AfterFuncFn = go::Func<bool()> (*)(void *, go::Func<void()>);
AfterFuncFn afterFuncMethod(go::Iface parent) {
  const go::Method *m = parent.type()->method("AfterFunc");
  if (!m || !m->fn || !m->type)
    return nullptr;
  const go::Type *t = m->type;
  if (t->numIn != 1 || t->numOut != 1 || t->variadic)
    return nullptr;
  const go::Type *in = t->in[0], *out = t->out[0];
  if (in->kind != go::Kind::Func || in->named() || in->numIn != 0 || in->numOut != 0)
    return nullptr;
  if (out->kind != go::Kind::Func || out->named() || out->numIn != 0 || out->numOut != 1 ||
      out->out[0] != &go::boolType)
    return nullptr;
  return reinterpret_cast<AfterFuncFn>(m->fn);
}

void cancelFromParent(cancelCtx *c, go::Iface parent) { cancel(c, false, ctxErr(parent), Cause(parent)); }

} // namespace

void cancel(cancelCtx *c, bool removeFromParent, go::Iface err, go::Iface cause) {
  if (err.isNil())
    panicString("context: internal error: missing cancel error");
  if (cause.isNil())
    cause = err;
  c->mu.lock();
  if (!c->err.isNil()) {
    c->mu.unlock();
    return; // already cancelled
  }
  c->err = err;
  c->cause = cause;
  go::hchan *d = c->done.load(std::memory_order_relaxed);
  if (!d)
    c->done.store(closedChan().c, std::memory_order_release);
  else
    go::chanClose(DoneChan(d));
  for (cancelCtx *child = c->firstChild; child;) {
    cancelCtx *next = child->next;
    child->prev = child->next = nullptr;
    child->linked = false;
    cancel(child, false, err, cause);
    child = next;
  }
  c->firstChild = nullptr;
  go::sched::Timer *timer = c->timer;
  c->timer = nullptr;
  c->mu.unlock();
  if (timer)
    go::sched::stopTimer(timer); // a context cancelled early stops its timer
  if (removeFromParent)
    removeChild(c);
  if (c->kind == Kind::AfterFunc && !c->fDone.exchange(true)) {
    go::sched::spawn(c->f);
  }
}

void propagateCancel(cancelCtx *c, go::Iface parent) {
  c->parent = parent;
  DoneChan done = ctxDone(parent);
  if (done == nullptr)
    return; // parent is never cancelled
  Empty slot;
  if (go::chanTryRecv(done, &slot)) {
    cancelFromParent(c, parent); // parent is already cancelled
    return;
  }
  if (cancelCtx *p = parentCancelCtx(parent, done)) {
    p->mu.lock();
    if (!p->err.isNil()) {
      cancel(c, false, p->err, p->cause);
    } else {
      c->registeredIn = p;
      c->next = p->firstChild;
      if (c->next)
        c->next->prev = c;
      p->firstChild = c;
      c->linked = true;
    }
    p->mu.unlock();
    return;
  }
  if (AfterFuncFn af = afterFuncMethod(parent)) {
    go::Func<bool()> stop = af(parent.data, go::Func<void()>([c, parent] { cancelFromParent(c, parent); }));
    c->mu.lock();
    c->stopParent = stop;
    c->mu.unlock();
    return;
  }
  go::sched::spawn(go::Func<void()>([c, parent] {
    Empty a, b;
    go::SelectCase cases[2] = {go::selectRecv(ctxDone(parent), &a), go::selectRecv(doneOf(c), &b)};
    if (go::selectgo(cases, 2, false, nullptr) == 0)
      cancelFromParent(c, parent);
  }));
}

} // namespace detail

using namespace detail;

std::tuple<go::Iface, CancelFunc> WithCancel(go::Iface parent) {
  if (parent.isNil())
    panicString("cannot create context from nil parent");
  cancelCtx *c = newCancelCtx(Kind::Cancel);
  propagateCancel(c, parent);
  return {boxCancelCtx(c), CancelFunc([c] { cancel(c, true, Canceled, go::Iface()); })};
}

std::tuple<go::Iface, CancelCauseFunc> WithCancelCause(go::Iface parent) {
  if (parent.isNil())
    panicString("cannot create context from nil parent");
  cancelCtx *c = newCancelCtx(Kind::Cancel);
  propagateCancel(c, parent);
  return {boxCancelCtx(c), CancelCauseFunc([c](go::Iface cause) { cancel(c, true, Canceled, cause); })};
}

go::Iface Cause(go::Iface c) {
  go::Iface v = ctxValue(c, cancelCtxKey());
  if (v.type() == cancelCtxPtrType()) {
    auto *cc = static_cast<cancelCtx *>(v.data);
    cc->mu.lock();
    go::Iface cause = cc->cause;
    cc->mu.unlock();
    return cause;
  }
  // Not derived from a context of ours: there is no cause but the error.
  return ctxErr(c);
}

go::Func<bool()> AfterFunc(go::Iface ctx, go::Func<void()> f) {
  cancelCtx *a = newCancelCtx(Kind::AfterFunc);
  a->f = f;
  propagateCancel(a, ctx);
  return go::Func<bool()>([a] {
    bool stopped = !a->fDone.exchange(true);
    if (stopped)
      cancel(a, true, Canceled, go::Iface());
    return stopped;
  });
}

} // namespace pkg::context
