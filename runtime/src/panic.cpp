// panic.cpp — panic, recover, defer, exit and the program's entry: the
// machinery of panic.h (read its comment first).
//
// Invariants and why:
//  - The panic chain (Go's g._panic) is a thread-local list, newest
//    first; one thread runs one goroutine for now. A record is on the
//    chain from gopanic until the deferred call that recovered it returns;
//    then it leaves together with the aborted records just below it (a
//    panic aborted by a newer one that was later recovered is over too),
//    exactly as runtime/panic.go does after a recovery.
//  - Records live in uncollectable memory: the only references to a
//    record in flight are the C++ exception object (malloc'd by the C++
//    runtime, which the collector does not scan) and the thread-local
//    head (which it may not scan either). Unlinking a record frees it.
//  - recover() works only when the deferred call that calls it was
//    started by DeferStack::run while a panic is in progress: run arms a
//    thread-local flag just before each such call (mayRecover entries
//    only, and only when handling a panic, since a deferred call run by a
//    normal return can never recover — Go's argp check), and the callee
//    takes the flag on entry. The flag is cleared after every call.
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
//    "(T) 0xADDR". Then a blank line and "goroutine 1 [running]:" (we
//    have no traceback to print), and the exit status is 2.
//  - Standard output is unbuffered (as Go's os.Stdout is), so exiting
//    needs no flush; exit() still flushes C stdio in case C code used it,
//    then _exits without running C++ static destructors, which other
//    threads could still be using.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

#include "internal.h"

namespace go {

namespace detail {
PanicRecord *&panicHead() {
  thread_local PanicRecord *head = nullptr;
  return head;
}
} // namespace detail

namespace {

thread_local bool deferArmed = false;

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

void freeRecord(PanicRecord *r) { GC_FREE(r); }

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

void printPanics(PanicRecord *p) {
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
  printChain(p, forms, 0);
  print(GOPP_LIT("\ngoroutine 1 [running]:\n"));
}

[[noreturn]] void exitNow(int code) {
  std::fflush(nullptr);
  ::_exit(code);
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
  print(GOPP_LIT("fatal error: "));
  print(msg);
  print(GOPP_LIT("\n\ngoroutine 1 [running]:\n"));
  exitNow(2);
}

void DeferStack::run(PanicRecord *p) {
  while (Entry *e = top) {
    top = e->next;
    deferArmed = p != nullptr && e->mayRecover;
    try {
      e->call();
    } catch (PanicUnwind &u) {
      // A new panic escaped the deferred call: it aborts the one being
      // handled and takes its place.
      if (p)
        p->aborted = true;
      p = u.rec;
    }
    deferArmed = false;
    if (p && p->recovered) {
      // Recovered, and the deferred call has returned: the panic is over,
      // and so are the panics it had aborted. The function goes on as if
      // returning normally.
      PanicRecord *h = p->link;
      freeRecord(p);
      while (h && h->aborted) {
        PanicRecord *next = h->link;
        freeRecord(h);
        h = next;
      }
      detail::panicHead() = h;
      p = nullptr;
    }
  }
  if (p)
    throw PanicUnwind{p};
}

bool takeDeferArm() {
  bool armed = deferArmed;
  deferArmed = false;
  return armed;
}

Iface recover(bool canRecover) {
  PanicRecord *p = detail::panicHead();
  if (!canRecover || !p || p->recovered)
    return Iface();
  p->recovered = true;
  return p->value;
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
  try {
    if (init)
      init();
    if (main)
      main();
  } catch (PanicUnwind &u) {
    printPanics(u.rec);
    return 2;
  } catch (std::bad_alloc &) {
    fatal(GOPP_LIT("runtime: out of memory"));
  }
  return 0;
}

} // namespace go
