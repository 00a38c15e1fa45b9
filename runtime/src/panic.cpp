// panic.cpp — panic, recover, defer, exit and the program's entry: the
// machinery of panic.h (read its comment first).
//
// Invariants and why:
//  - The panic chain (Go's g._panic) is a list in the current goroutine's
//    G (sched::getg(): goroutines migrate between threads, so nothing here
//    is thread-local; threads that are not scheduler workers get a
//    per-thread pseudo-G), newest first. A record is on the
//    chain from gopanic until the deferred call that recovered it returns;
//    then it leaves together with the aborted records just below it (a
//    panic aborted by a newer one that was later recovered is over too),
//    exactly as runtime/panic.go does after a recovery.
//  - Records live in uncollectable memory: the only references to a
//    record in flight are the C++ exception object (malloc'd by the C++
//    runtime, which the collector does not scan) and the thread-local
//    head in the G (malloc'd, not scanned). Unlinking a record frees it.
//  - recover() works only when the deferred call that calls it was
//    started by DeferStack::run while a panic is in progress: run arms a
//    thread-local flag just before each such call (mayRecover entries
//    only, and only when handling a panic, since a deferred call run by a
//    normal return can never recover — Go's argp check), and the callee
//    takes the flag on entry. The flag is cleared after every call. The
//    flag lives in the G too.
//  - runtime.Goexit is a PanicUnwind whose record is marked goexit: the
//    deferred calls run, recover() ignores it, printing skips it, and the
//    goroutine's entry (sched.cpp) ends the goroutine quietly. If a
//    deferred call run by Goexit panics and that panic is recovered, the
//    Goexit goes on (Go 1.14+): the record is un-aborted and unwinding
//    resumes after the frame's remaining deferred calls.
//  - A deferred call that lets a new panic escape aborts the panic being
//    handled: it stays on the chain (printed before the new one) and the
//    new panic continues through the remaining deferred calls.
//  - panic(nil) panics with a *runtime.PanicNilError ("panic called with
//    nil argument"), as Go 1.21 and later do; Go 1.19 instead panicked
//    with nil, printed "panic: nil", and recover() returned nil.
//  - An unrecovered panic is printed as Go's printpanics does: oldest
//    first, each "panic: V" with " [recovered]" when it was recovered, the
//    later ones after a tab; errors print v.Error() and Stringers
//    v.String() (computed before anything is printed); values of the
//    predeclared types print bare (42, +3.500000e+000, text unquoted);
//    defined basic types as main.T(v) or main.S("x"); anything else as
//    "(T) 0xADDR". Then a blank line and "goroutine N [running]:" with the
//    panicking goroutine's id (we have no traceback to print), and the
//    exit status is 2. Two goroutines dying at once: the first prints and
//    exits, the other waits (beginFatal), so outputs never interleave.
//  - Standard output is unbuffered (as Go's os.Stdout is), so exiting
//    needs no flush; exit() still flushes C stdio in case C code used it,
//    then _exits without running C++ static destructors, which other
//    threads could still be using.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

#include <vector>

#include "internal.h"
#include "sched/g.h"
#include "sched/testing.h"

namespace go {

namespace detail {
PanicRecord *&panicHead() { return sched::getg()->panicHead; }
} // namespace detail

namespace {

bool &deferArmed() { return sched::getg()->deferArmed; }

int gArgc = 0;
char **gArgv = nullptr;

PanicRecord *newRecord(Iface v, bool runtimeError) {
  void *mem = GC_MALLOC_UNCOLLECTABLE(sizeof(PanicRecord));
  if (!mem)
    throw std::bad_alloc();
  PanicRecord *&head = detail::panicHead();
  auto r = ::new (mem) PanicRecord{v, head, false, false, runtimeError};
  head = r;
  return r;
}

void freeRecord(PanicRecord *r) { freeMemory(r); }

void print(String s) { detail::writeStderr(s); }

// Go's printany: the value of a panic that is neither an error nor a
// Stringer.
void printAny(Iface v) {
  const Type *t = v.type();
  if (!t) {
    print(GOPP_LIT("nil"));
    return;
  }
  const void *d = v.data;
  bool bare = detail::isPredeclared(t);
  bool custom = !bare;
  switch (t->kind) {
  case Kind::String:
    if (custom) {
      print(t->name);
      print(GOPP_LIT("(\""));
    }
    print(*static_cast<const String *>(d));
    if (custom)
      print(GOPP_LIT("\")"));
    return;
  case Kind::Complex64:
  case Kind::Complex128: {
    complex128 c = t->kind == Kind::Complex64 ? complex128(*static_cast<const complex64 *>(d))
                                              : *static_cast<const complex128 *>(d);
    if (custom)
      print(t->name);
    printComplex(c); // already parenthesised
    return;
  }
  case Kind::Bool:
  case Kind::Int:
  case Kind::Int8:
  case Kind::Int16:
  case Kind::Int32:
  case Kind::Int64:
  case Kind::Uint:
  case Kind::Uint8:
  case Kind::Uint16:
  case Kind::Uint32:
  case Kind::Uint64:
  case Kind::Uintptr:
  case Kind::Float32:
  case Kind::Float64:
    break;
  default:
    print(GOPP_LIT("("));
    print(t->name);
    print(GOPP_LIT(") "));
    printPointer(v.data); // the value for pointer-shaped types, else the box
    return;
  }
  if (custom) {
    print(t->name);
    print(GOPP_LIT("("));
  }
  switch (t->kind) {
  case Kind::Bool:
    printBool(*static_cast<const bool *>(d));
    break;
  case Kind::Int:
  case Kind::Int64:
    printInt(*static_cast<const int64_t *>(d));
    break;
  case Kind::Int8:
    printInt(*static_cast<const int8_t *>(d));
    break;
  case Kind::Int16:
    printInt(*static_cast<const int16_t *>(d));
    break;
  case Kind::Int32:
    printInt(*static_cast<const int32_t *>(d));
    break;
  case Kind::Uint:
  case Kind::Uint64:
  case Kind::Uintptr:
    printUint(*static_cast<const uint64_t *>(d));
    break;
  case Kind::Uint8:
    printUint(*static_cast<const uint8_t *>(d));
    break;
  case Kind::Uint16:
    printUint(*static_cast<const uint16_t *>(d));
    break;
  case Kind::Uint32:
    printUint(*static_cast<const uint32_t *>(d));
    break;
  case Kind::Float32:
    printFloat(*static_cast<const float *>(d));
    break;
  case Kind::Float64:
    printFloat(*static_cast<const double *>(d));
    break;
  default:
    break;
  }
  if (custom)
    print(GOPP_LIT(")"));
}

// One record's printed form: the Error()/String() text when the value
// has one (Go's preprintpanics), else the value itself.
struct Printed {
  bool isText;
  String text;
};

void printChain(PanicRecord *p, const Printed *forms, int64_t i) {
  if (p->link) {
    printChain(p->link, forms, i + 1);
    print(GOPP_LIT("\t"));
  }
  print(GOPP_LIT("panic: "));
  if (forms[i].isText)
    print(forms[i].text);
  else
    printAny(p->value);
  if (p->recovered)
    print(GOPP_LIT(" [recovered]"));
  print(GOPP_LIT("\n"));
}

// The printed forms of a chain's records: calls Error/String methods, so
// it runs Go code (and may switch threads).
Printed *printedForms(PanicRecord *p) {
  int64_t n = 0;
  for (PanicRecord *r = p; r; r = r->link)
    n++;
  auto forms = static_cast<Printed *>(alloc(sizeof(Printed) * size_t(n)));
  int64_t i = 0;
  for (PanicRecord *r = p; r; r = r->link, i++) {
    try {
      String s;
      if (callStringMethod(r->value, GOPP_LIT("Error"), &s) || callStringMethod(r->value, GOPP_LIT("String"), &s))
        forms[i] = {true, s};
      else
        forms[i] = {false, String()};
    } catch (PanicUnwind &) {
      fatal(GOPP_LIT("panic while printing panic value"));
    }
  }
  return forms;
}

void printPanics(PanicRecord *p) {
  Printed *forms = printedForms(p);
  printChain(p, forms, 0);
  print(GOPP_LIT("\n"));
  sched::printGoroutineHeader(sched::getg()->id, "running");
}

[[noreturn]] void exitNow(int code) { detail::exitProcess(code); }

// Goexit records are not printed (Go's printpanics skips them).
PanicRecord *withoutGoexit(PanicRecord *p) {
  while (p && p->goexit)
    p = p->link;
  if (!p)
    return nullptr;
  p->link = withoutGoexit(p->link);
  return p;
}

} // namespace

void gopanic(Iface v) {
  if (v.tab == nullptr)
    v = detail::makePanicNilError();
  bool runtimeError = v.type()->method(GOPP_LIT("RuntimeError")) != nullptr;
  throw PanicUnwind{newRecord(v, runtimeError)};
}

void panicRuntimeError(String msg) { throw PanicUnwind{newRecord(detail::makeErrorString(msg), true)}; }

void fatal(String msg) {
  detail::beginFatal();
  print(GOPP_LIT("fatal error: "));
  print(msg);
  print(GOPP_LIT("\n\n"));
  sched::printGoroutineHeader(sched::getg()->id, "running");
  exitNow(2);
}

void breakpoint() {
  detail::beginFatal();
  print(GOPP_LIT("SIGTRAP: trace trap\n\n"));
  sched::printGoroutineHeader(sched::getg()->id, "running");
  exitNow(2);
}

namespace detail {

void throwGoexit() {
  PanicRecord *r = newRecord(Iface(), false);
  r->goexit = true;
  throw PanicUnwind{r};
}

bool endOfGoroutine(PanicRecord *p) {
  if (p->goexit) {
    while (p) {
      PanicRecord *next = p->link;
      freeRecord(p);
      p = next;
    }
    panicHead() = nullptr;
    return true;
  }
  beginFatal();
  printPanics(withoutGoexit(p));
  exitNow(2);
}

std::string takePanic(PanicRecord *p) {
  std::vector<PanicRecord *> all; // withoutGoexit relinks the chain
  for (PanicRecord *r = p; r; r = r->link)
    all.push_back(r);
  PanicRecord *shown = withoutGoexit(p);
  std::string text;
  if (shown) {
    Printed *forms = printedForms(shown);
    // printChain runs no Go code, so the capture cannot leak to another
    // goroutine that this thread runs.
    stderrCapture() = &text;
    printChain(shown, forms, 0);
    stderrCapture() = nullptr;
  }
  for (PanicRecord *r : all)
    freeRecord(r);
  panicHead() = nullptr;
  if (text.starts_with("panic: "))
    text.erase(0, 7);
  if (text.ends_with("\n"))
    text.pop_back();
  return text;
}

void beginFatal() {
  static std::atomic<bool> dying{false};
  if (dying.exchange(true, std::memory_order_acq_rel))
    for (;;)
      ::pause();
}

void exitProcess(int code) {
  code = raceExitStatus(code);
  std::fflush(nullptr);
  ::_exit(code);
}

} // namespace detail

void DeferStack::run(PanicRecord *p) {
  while (Entry *e = top) {
    top = e->next;
    deferArmed() = p != nullptr && e->mayRecover;
    try {
      e->call();
    } catch (PanicUnwind &u) {
      // A new panic escaped the deferred call: it aborts the one being
      // handled and takes its place.
      if (p)
        p->aborted = true;
      p = u.rec;
    }
    deferArmed() = false;
    if (p && p->recovered) {
      // Recovered, and the deferred call has returned: the panic is over,
      // and so are the panics it had aborted. The function goes on as if
      // returning normally — unless the recovered panic had aborted a
      // Goexit: then the Goexit goes on (the remaining deferred calls run
      // and the goroutine ends), as Go 1.14 and later do.
      PanicRecord *h = p->link;
      freeRecord(p);
      PanicRecord *goexit = nullptr;
      while (h && h->aborted) {
        if (h->goexit) {
          goexit = h;
          h->aborted = false;
          break;
        }
        PanicRecord *next = h->link;
        freeRecord(h);
        h = next;
      }
      detail::panicHead() = h;
      p = goexit;
    }
  }
  if (p)
    throw PanicUnwind{p};
}

bool takeDeferArm() {
  bool &flag = deferArmed();
  bool armed = flag;
  flag = false;
  return armed;
}

Iface recover(bool canRecover) {
  PanicRecord *p = detail::panicHead();
  if (!canRecover || !p || p->recovered || p->goexit)
    return Iface();
  p->recovered = true;
  return p->value;
}

void deferredRecover(bool canRecover) {
  bool runForPanic = takeDeferArm(); // its entry is pushed as one that may recover
  if (canRecover && !runForPanic)
    (void)recover(true);
}

void exit(int64_t code) { exitNow(int(code)); }

Slice<String> commandLineArgs() {
  Slice<String> args = makeSlice<String>(gArgc);
  for (int i = 0; i < gArgc; i++)
    args[i] = String(gArgv[i], int64_t(std::strlen(gArgv[i])));
  return args;
}

int runMain(int argc, char **argv, void (*init)(), void (*main)()) {
  GC_INIT();
  GC_expand_hp(size_t(64) << 20);
  gArgc = argc;
  gArgv = argv;
  // Goroutine 1 runs init and main; when main returns the process exits
  // at once, whatever other goroutines are doing (Go's runtime.main).
  sched::runMainGoroutine(Func<void()>([init, main] {
    if (init)
      init();
    if (main)
      main();
    exitNow(0);
  }));
}

} // namespace go
