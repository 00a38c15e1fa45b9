// internal.h — what the runtime's own .cpp files share and emitted code
// never sees.
//
// Invariants and why:
//  - Descriptors defined by the runtime are constant-initialised
//    (constinit): emitted code and the stdlib may use them from their own
//    static initialisers, and a dynamically initialised descriptor could
//    still be all zeros then. String's literal constructor is not
//    constexpr (it reinterpret_casts), so names are made with GOPP_LIT,
//    which keeps each literal's bytes in a template parameter object.
//  - The runtime's private types (the dynamic types of run-time error
//    panic values) live in go::detail and carry Go's %T spelling
//    ("runtime.boundsError", "*runtime.TypeAssertionError"), so a program
//    that prints the type of a recovered value sees what Go prints.
#pragma once

#include <mutex>
#include <string>

#include "gopp/go.h"
#include "gopp/lock.h"

namespace go::detail {

// The runtime's own mutexes: futex locks that spin briefly first
// (gopp/lock.h). ThreadSanitizer does not see them (the runtime is not
// instrumented): a pthread mutex would be intercepted in race builds and
// order every goroutine that passed through the scheduler after every
// earlier one (gopp/race.h). And pthread's mutex sleeps in the kernel at
// once when contended, where the scheduler's critical sections are a few
// loads and stores.
using RtMutex = RuntimeLock;

template <size_t N> struct Lit {
  uint8_t b[N];
  constexpr Lit(const char (&s)[N]) {
    for (size_t i = 0; i < N; i++)
      b[i] = uint8_t(s[i]);
  }
};
template <Lit L> inline constexpr const uint8_t *litBytes() { return L.b; }

#define GOPP_LIT(s) ::go::String(::go::detail::litBytes<::go::detail::Lit(s)>(), int64_t(sizeof(s) - 1))

// The exit status of a process ending with `code`: in race builds, 66
// (after "Found N data race(s)") when it would end with 0 and races were
// reported (race_report.cpp); `code` otherwise.
int raceExitStatus(int code);
// Race builds of C++ programs that embed Go (embed.cpp): ThreadSanitizer
// prints its own reports instead of Go's (race_report.cpp).
void raceUseNativeReports();

// func() and func() string: the signatures of RuntimeError and of
// Error/String (go::funcStringType is the public one).
extern const Type funcVoidType;

// Whether t is one of the predeclared types (int, string, ...), which
// Go's panic printing shows bare, while defined types show as T(v).
bool isPredeclared(const Type *t);

// Whether a and b denote identical types: pointer equality, or (for the
// method signatures that itabs compare) the same structure, so two
// descriptors of one unnamed func type still match.
bool identicalTypes(const Type *a, const Type *b);

// The itab of t for iface, or null with *missing set to the first
// interface method that t lacks.
const Itab *lookupItab(const Type *t, const Type *iface, String *missing);

// Writes all n bytes to standard error (fd 2), unbuffered; or appends them
// to the current thread's capture string when one is set.
void writeStderr(const void *p, size_t n);
std::string *&stderrCapture();
inline void writeStderr(String s) { writeStderr(s.p, size_t(s.n)); }

// A runtime.Error value "runtime error: msg" (runtime.errorString).
Iface makeErrorString(String msg);
// A runtime.Error value "msg", no prefix (runtime.plainError).
Iface makePlainError(String msg);
// The value panic(nil) panics with (*runtime.PanicNilError).
Iface makePanicNilError();

// Decimal text of v (signed or not) appended at buf; returns bytes written
// (buf needs 20 bytes for unsigned, 21 for signed).
int formatInt(char *buf, int64_t v, bool isSigned);

// The panic in progress on the current goroutine: the newest record of its chain.
PanicRecord *&panicHead();

// What the scheduler (src/sched/) needs from panic.cpp.
// Raises runtime.Goexit's unwinding: a panic record that recover() does
// not see and that the goroutine's entry frame ends quietly.
[[noreturn]] void throwGoexit();
// The bottom of a goroutine: an unrecovered panic reached it. Goexit
// records end quietly (returns true: the chain is freed); any other panic
// is printed as Go prints it and the process exits with status 2.
bool endOfGoroutine(PanicRecord *p);
// Embedding: a panic that reached the bottom of an exported call. Returns
// what Go would print after "panic: " (the whole chain: "A [recovered]\n\t
// panic: B"), frees the chain and clears the goroutine's panic state.
std::string takePanic(PanicRecord *p);
// Serialises dying: the first caller returns (and should print and
// exit); any later caller (another goroutine dying at the same time)
// sleeps forever.
void beginFatal();
// Flushes C stdio and _exits: no static destructors, which other threads
// may still be using.
[[noreturn]] void exitProcess(int code);

} // namespace go::detail
