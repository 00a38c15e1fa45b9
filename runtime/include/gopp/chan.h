// chan.h — Go channels and select: the API emitted code calls.
//
// Invariants and why:
//  - A channel value is a Chan<T>: one pointer to an hchan on the
//    collected heap (nil channel == null). chan T, <-chan T and chan<- T
//    all map to Chan<T>: direction is a compile-time property only. Two
//    channel values are == when they point at the same hchan; a Chan<T>
//    is a single pointer-sized word, so map hashing (hashValue on a
//    Kind::Chan descriptor hashes the word) and equality work unchanged.
//    In an interface the word itself is the data word (Chan derives from
//    PointerWord; descriptors carry kPointerShaped), as Go's channels are
//    pointer-shaped.
//  - Everything below is a thin typed wrapper over the type-erased
//    functions in go::chanrt (runtime/src/chan/), which move elements as
//    raw bytes: every gopp value type is trivially copyable, and the
//    element size is fixed in the hchan when it is made. An empty C++
//    type (gopp's struct{}) is a 0-byte element, as in Go.
//  - Blocking operations park the goroutine (sched.h), never the thread.
//    Each takes the Go source position of the operation (defaulted to the
//    caller's file:line, which #line makes the Go position), for the
//    scheduler's deadlock report.
//  - Panics are Go's: "send on closed channel", "close of closed
//    channel", "close of nil channel", "makechan: size out of range", all
//    runtime.plainError values (runtime.Errors without the "runtime
//    error: " prefix), exactly as Go 1.19 raises them.
//  - select: emitted code builds an array of SelectCase in source order
//    (selectSend / selectRecv), calls selectgo, and switches on the
//    index. The runtime shuffles the poll order uniformly and locks the
//    channels in address order, as Go's selectgo does.
#pragma once

#include <type_traits>

#include "gopp/core.h"
#include "gopp/iface.h"
#include "gopp/sched.h"

namespace go {

struct hchan;

template <class T> struct Chan : PointerWord {
  hchan *c = nullptr;

  constexpr Chan() = default;
  constexpr Chan(std::nullptr_t) {}
  constexpr explicit Chan(hchan *c) : c(c) {}

  friend constexpr bool operator==(Chan a, Chan b) { return a.c == b.c; }
  friend constexpr bool operator!=(Chan a, Chan b) { return a.c != b.c; }
  friend constexpr bool operator==(Chan a, std::nullptr_t) { return a.c == nullptr; }
  friend constexpr bool operator!=(Chan a, std::nullptr_t) { return a.c != nullptr; }
};

// ----------------------------------------------- the type-erased core

namespace chanrt {

// An element of size 0 moves no bytes (and has no buffer).
template <class T> constexpr size_t elemSize = goSizeof<T>;

hchan *makechan(int64_t size, size_t elemsize, bool pointerFree);
// Blocking send of the elemsize bytes at ep.
void chansend(hchan *c, const void *ep, sched::SourcePos pos);
// Blocking receive into ep (null: discard). Returns false when the value
// is the zero value because c is closed (ep then holds zeros).
bool chanrecv(hchan *c, void *ep, sched::SourcePos pos);
// Non-blocking forms: whether the operation happened. trysend still
// panics on a closed channel; tryrecv sets *received as chanrecv's result.
bool trysend(hchan *c, const void *ep);
bool tryrecv(hchan *c, void *ep, bool *received);
void chanclose(hchan *c);
int64_t chanlen(hchan *c);
int64_t chancap(hchan *c);
// Marks c as a timer's channel, whose len and cap are 0 as those of Go
// 1.23's synchronous timer channels are (the time package keeps a
// one-slot buffer behind it, emptied by Stop and Reset).
void markTimerChan(hchan *c);

} // namespace chanrt

// ------------------------------------------------------- operations

// make(chan T, size)
template <class T> Chan<T> makeChan(int64_t size = 0) {
  static_assert(std::is_trivially_copyable_v<T>, "channel elements are moved as bytes");
  return Chan<T>(chanrt::makechan(size, chanrt::elemSize<T>, isPointerFree<T>));
}

// ch <- v
template <class T> void chanSend(Chan<T> ch, const T &v, sched::SourcePos pos = GOPP_HERE_DEFAULT) {
  chanrt::chansend(ch.c, &v, pos);
}

// <-ch
template <class T> T chanRecv(Chan<T> ch, sched::SourcePos pos = GOPP_HERE_DEFAULT) {
  T v{};
  chanrt::chanrecv(ch.c, chanrt::elemSize<T> ? &v : nullptr, pos);
  return v;
}

// v, ok := <-ch (out may be null: _, ok := <-ch). On a closed, drained
// channel *out is set to the zero value and the result is false.
template <class T> bool chanRecv2(Chan<T> ch, T *out, sched::SourcePos pos = GOPP_HERE_DEFAULT) {
  return chanrt::chanrecv(ch.c, chanrt::elemSize<T> ? out : nullptr, pos);
}

// Non-blocking send/receive (a select with one case and a default; the
// timers of the time package use trySend). trySend panics on a closed
// channel, as `select { case ch <- v: default: }` does.
template <class T> bool chanTrySend(Chan<T> ch, const T &v) { return chanrt::trysend(ch.c, &v); }
template <class T> bool chanTryRecv(Chan<T> ch, T *out, bool *ok = nullptr) {
  bool received = false;
  bool selected = chanrt::tryrecv(ch.c, chanrt::elemSize<T> ? out : nullptr, &received);
  if (ok)
    *ok = received;
  return selected;
}

// close(ch)
template <class T> void chanClose(Chan<T> ch) { chanrt::chanclose(ch.c); }

// len(ch), cap(ch): nil gives 0.
template <class T> int64_t chanLen(Chan<T> ch) { return chanrt::chanlen(ch.c); }
template <class T> int64_t chanCap(Chan<T> ch) { return chanrt::chancap(ch.c); }

// ------------------------------------------------------------ select

// One case of a select statement. elem points at the value to send, or
// at the variable to receive into (null: the value is discarded).
struct SelectCase {
  hchan *c;
  void *elem;
  bool isSend;
};

template <class T> SelectCase selectSend(Chan<T> ch, const T *v) {
  return SelectCase{ch.c, const_cast<T *>(v), true};
}
template <class T> SelectCase selectRecv(Chan<T> ch, T *slot) {
  return SelectCase{ch.c, chanrt::elemSize<T> ? slot : nullptr, false};
}

// Runs a select over cases[0..n) (source order). Returns the index of the
// chosen case, or -1 when hasDefault and no case is ready. *recvOK (may
// be null) is set to false when the chosen case is a receive that got the
// zero value because its channel is closed, true otherwise. A select with
// no cases, or with only nil channels and no default, blocks forever.
int selectgo(SelectCase *cases, int n, bool hasDefault, bool *recvOK, sched::SourcePos pos = GOPP_HERE_DEFAULT);

} // namespace go
