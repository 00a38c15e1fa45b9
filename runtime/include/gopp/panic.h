// panic.h — panic, recover and defer.
//
// Invariants and why:
//  - A Go panic is a C++ exception (PanicUnwind) that points at a record on
//    the goroutine's panic chain (newest first), as Go's g._panic list.
//    Unwinding through C++ frames is what Go's stack unwinding is; frames
//    without defers cost nothing until a panic happens.
//  - A function with defer statements owns a DeferStack. Its body runs in
//    a try block; normal return and a panic both end in runDefers, which
//    calls the deferred closures last-in first-out. A deferred call that
//    panics aborts the panic being handled (it stays on the chain, printed
//    as Go prints it) and the new panic continues through the remaining
//    deferred calls.
//  - recover() stops the current panic only when called directly by a
//    deferred call: the runtime arms a flag just before each deferred call
//    that may recover, and a function that calls recover() takes (reads
//    and clears) the flag on entry. After a recovery the frame's remaining
//    deferred calls run and the function returns normally with its
//    current named results, as the spec says.
//  - An unrecovered panic reaches the bottom of its goroutine (any
//    goroutine), whose handler prints the chain oldest first ("panic: A
//    [recovered]", then a tab and "panic: B"), a blank line, "goroutine N
//    [running]:" with that goroutine's id, and exits with status 2.
//  - runtime.Goexit unwinds as a panic whose record is marked goexit:
//    deferred calls run, recover() returns nil, and the goroutine's entry
//    ends it quietly.
#pragma once

#include "gopp/func.h"
#include "gopp/iface.h"

namespace go {

struct PanicRecord {
  Iface value;
  PanicRecord *link; // the older panic
  bool recovered;
  bool aborted;
  bool runtimeError; // raised by the runtime (a runtime.Error)
  bool goexit = false; // runtime.Goexit's unwinding: recover() does not see it, nothing prints it
};

// The exception that carries a panic through C++ frames.
struct PanicUnwind {
  PanicRecord *rec;
};

// panic(v)
[[noreturn]] void gopanic(Iface v);
// A run-time error: panic(runtime.Error(msg)).
[[noreturn]] void panicRuntimeError(String msg);
// A fatal error: "fatal error: msg", exit status 2, no recovery.
[[noreturn]] void fatal(String msg);
// runtime.Breakpoint: Go executes a trap instruction and its signal
// handler ends the program with "SIGTRAP: trace trap", exit status 2.
[[noreturn]] void breakpoint();

// The deferred calls of one function activation.
struct DeferStack {
  struct Entry {
    Func<void()> call;
    bool mayRecover;
    Entry *next;
  };
  Entry *top = nullptr;

  void push(Func<void()> call, bool mayRecover) {
    top = ::new (alloc(sizeof(Entry))) Entry{call, mayRecover, top};
  }
  // Runs every deferred call, LIFO. `p` is the panic in progress (null on
  // a normal return). Returns normally when no panic is left; rethrows the
  // one left otherwise.
  void run(PanicRecord *p);
};

// Called on entry by a function that calls recover(): whether it is being
// called directly as a deferred call.
bool takeDeferArm();
// recover(); canRecover is what takeDeferArm returned on entry.
Iface recover(bool canRecover);
// `defer recover()` in a function whose entry took canRecover: recovers
// when run at the function's normal return, not when run for a panic.
void deferredRecover(bool canRecover);

// os.Exit(code): ends the program at once, deferred calls not run.
[[noreturn]] void exit(int64_t code);

// Runs a Go program's main: package initialisation and main.main, with
// the top-level panic handler. Returns the process exit status.
int runMain(int argc, char **argv, void (*init)(), void (*main)());

} // namespace go
