// deadlock.cpp — "fatal error: all goroutines are asleep - deadlock!"
// (Go's checkdead) and the goroutine headers the runtime prints.
//
// Invariants and why:
//  - checkdead runs under sched.lock, called by an M that is about to
//    sleep with no timeout after putting itself on the idle list. If that
//    makes every M idle, no G can be running (a running G's M is not
//    idle), so if no G is runnable either and no timer is pending, only a
//    goroutine outside the scheduler could still wake anyone — and there
//    is none (threads that are not workers do not ready goroutines in Go
//    programs). The report then lists every parked goroutine in id order
//    with its wait reason and the Go source position it blocked at, and
//    the process exits with status 2.
//  - Nothing is checked while no main goroutine exists (the scheduler
//    runs for tests between bodies: idle is not a deadlock then).
//  - If main called runtime.Goexit and no goroutine is left, the message
//    is Go's "no goroutines (main called runtime.Goexit) - deadlock!".
#include <algorithm>
#include <vector>

#include "g.h"
#include "../internal.h"

namespace go::sched {

size_t allgCount();
G *allgAt(size_t i);

const char *waitReasonString(WaitReason why) {
  switch (why) {
  case WaitReason::None:
    return "waiting";
  case WaitReason::ChanReceive:
    return "chan receive";
  case WaitReason::ChanSend:
    return "chan send";
  case WaitReason::ChanReceiveNilChan:
    return "chan receive (nil chan)";
  case WaitReason::ChanSendNilChan:
    return "chan send (nil chan)";
  case WaitReason::Select:
    return "select";
  case WaitReason::SelectNoCases:
    return "select (no cases)";
  case WaitReason::Sleep:
    return "sleep";
  case WaitReason::SyncMutexLock:
    return "sync.Mutex.Lock";
  case WaitReason::SyncRWMutexRLock:
    return "sync.RWMutex.RLock";
  case WaitReason::SyncRWMutexLock:
    return "sync.RWMutex.Lock";
  case WaitReason::SyncWaitGroupWait:
    return "sync.WaitGroup.Wait";
  case WaitReason::SyncCondWait:
    return "sync.Cond.Wait";
  case WaitReason::Semacquire:
    return "semacquire";
  }
  return "waiting";
}

namespace {

void put(std::string &out, const char *s) { out += s; }

void putInt(std::string &out, int64_t v) {
  char buf[24];
  int n = detail::formatInt(buf, v, true);
  out.append(buf, size_t(n));
}

[[noreturn]] void die(const std::string &s) {
  detail::writeStderr(s.data(), s.size());
  detail::exitProcess(2);
}

} // namespace

void printGoroutineHeader(int64_t id, const char *state) {
  std::string s = "goroutine ";
  putInt(s, id);
  s += " [";
  s += state;
  s += "]:\n";
  detail::writeStderr(s.data(), s.size());
}

void checkdead() {
  if (!sched.mainG)
    return;
  if (sched.nmidle != sched.mcount.load(std::memory_order_relaxed))
    return;
  if (sched.gsize.load(std::memory_order_relaxed) > 0)
    return;
  int32_t n = sched.nprocs.load(std::memory_order_acquire);
  for (int32_t i = 0; i < n; i++) {
    P *p = allp[i];
    if (!p->runq.empty() || p->runnext.load(std::memory_order_relaxed))
      return;
    if (p->timer0When.load(std::memory_order_relaxed) != INT64_MAX)
      return;
  }
  std::vector<G *> waiting;
  size_t ng = allgCount();
  for (size_t i = 0; i < ng; i++) {
    G *g = allgAt(i);
    GStatus s = g->status.load(std::memory_order_relaxed);
    if (s == GStatus::Waiting)
      waiting.push_back(g);
    else if (s != GStatus::Dead)
      return; // runnable or running somewhere after all: not dead
  }
  detail::beginFatal();
  if (waiting.empty()) {
    if (sched.mainGoexited)
      die("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
    die("fatal error: no goroutines - deadlock!\n");
  }
  std::sort(waiting.begin(), waiting.end(), [](G *a, G *b) { return a->id < b->id; });
  std::string out = "fatal error: all goroutines are asleep - deadlock!\n";
  for (G *g : waiting) {
    out += "\ngoroutine ";
    putInt(out, g->id);
    out += " [";
    put(out, waitReasonString(g->why));
    out += "]:\n";
    if (g->pos.file) {
      out += "\t";
      put(out, g->pos.file);
      out += ":";
      putInt(out, g->pos.line);
      out += "\n";
    }
  }
  die(out);
}

} // namespace go::sched
