// errgroup.cpp — Group over sync.WaitGroup, sync.Once and a channel of
// tokens, in the shape of x/sync's errgroup.go.
//
// Invariants and why:
//  - wg counts the goroutines started and not yet finished; Wait returns
//    after all of them (WaitGroup gives the happens-before edge from each
//    function's return to Wait's return, so err is safe to read then).
//  - err is written once, inside errOnce, by the first function to fail;
//    the same Do cancels the group's context.
//  - With a limit, sem holds one token per running goroutine: Go sends
//    (blocking while full), TryGo tries to send, a finished goroutine
//    receives its token back before wg.Done.
//  - A goroutine's bookkeeping (token back, wg.Done) runs even when its
//    function panics (a destructor, as Go's defer), so Wait is released
//    while the panic ends the program.
#include "golang.org/x/sync/errgroup/errgroup.h"

#include <string>

namespace pkg::golang_org::x::sync::errgroup {

namespace {

void done(Group *g) {
  if (g->sem != nullptr)
    go::chanRecv(g->sem);
  ::pkg::sync::WaitGroup_Done(&g->wg);
}

struct DoneOnExit {
  Group *g;
  ~DoneOnExit() { done(g); }
};

void start(Group *g, go::Func<go::Iface()> f) {
  ::pkg::sync::WaitGroup_Add(&g->wg, 1);
  go::sched::spawn(go::Func<void()>([g, f] {
    DoneOnExit guard{g};
    go::Iface err = f();
    if (!err.isNil())
      ::pkg::sync::Once_Do(&g->errOnce, go::Func<void()>([g, err] {
                             g->err = err;
                             if (!g->cancel.isNil())
                               g->cancel(g->err);
                           }));
  }));
}

} // namespace

std::tuple<Group *, go::Iface> WithContext(go::Iface ctx) {
  auto [derived, cancel] = context::WithCancel(ctx);
  Group *g = go::newObject<Group>();
  g->cancel = go::Func<void(go::Iface)>([cancel](go::Iface) { cancel(); });
  return {g, derived};
}

void Group_Go(Group *g, go::Func<go::Iface()> f, go::sched::SourcePos pos) {
  if (g->sem != nullptr)
    go::chanSend(g->sem, token{}, pos);
  start(g, f);
}

bool Group_TryGo(Group *g, go::Func<go::Iface()> f) {
  if (g->sem != nullptr && !go::chanTrySend(g->sem, token{}))
    return false;
  start(g, f);
  return true;
}

void Group_SetLimit(Group *g, int64_t n) {
  if (n < 0) {
    g->sem = go::Chan<token>();
    return;
  }
  if (int64_t active = go::chanLen(g->sem); active != 0) {
    std::string msg = "errgroup: modify limit while " + std::to_string(active) + " goroutines in the group are still active";
    go::gopanic(errors::New(go::makeString(msg)));
  }
  g->sem = go::makeChan<token>(n);
}

go::Iface Group_Wait(Group *g, go::sched::SourcePos pos) {
  ::pkg::sync::WaitGroup_Wait(&g->wg, pos);
  if (!g->cancel.isNil())
    g->cancel(go::Iface());
  return g->err;
}

} // namespace pkg::golang_org::x::sync::errgroup
