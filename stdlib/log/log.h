// log.h — package log as docs/abi.md maps it.
//
// Invariants and why:
//  - Each entry is formatted whole (header, message, a newline if the
//    message lacks one) and handed to the writer in one Write, under the
//    logger's sync.Mutex, so concurrent entries never interleave and a
//    writer that blocks parks the goroutine, not the thread. Prefix and
//    flags sit under a separate runtime lock (Go keeps them in atomics),
//    so reading them never waits for a slow Write.
//  - The header follows Go's formatHeader: prefix (unless Lmsgprefix),
//    date "2009/01/23 ", time "01:23:23 " (".123123" with Lmicroseconds)
//    in the local zone or UTC, "file:line: ", then the prefix with
//    Lmsgprefix.
//  - File and line (Lshortfile, Llongfile) are the Go position of the
//    call into this package, passed as a defaulted SourcePos (gopp has no
//    runtime.Caller): right for the functions and methods a program calls
//    directly; Output(calldepth, s) reports its own call site whatever
//    calldepth says.
//  - The standard logger writes to standard error. Its Writer() is a
//    writer of this package's own (%T *log.stderrWriter), not os.Stderr:
//    the C++ library cannot box an *os.File the way emitted code does.
//  - Fatal* exit with status 1 after writing; Panic* panic with the
//    message string, as Go's.
#pragma once

#include "gopp/go.h"
#include "sync/sync.h"

namespace pkg::log {

constexpr int64_t Ldate = 1, Ltime = 2, Lmicroseconds = 4, Llongfile = 8, Lshortfile = 16, LUTC = 32,
                  Lmsgprefix = 64, LstdFlags = Ldate | Ltime;

struct Logger {
  sync::Mutex outMu; // held across formatting's end and the Write
  uint32_t lock;     // guards prefix and flag (go::lockWord)
  go::String prefix;
  int64_t flag;
  go::Iface out;
  bool isDiscard;          // out is io.Discard: entries are not even formatted
  go::Slice<uint8_t> buf; // unused: makes Logger not comparable, as Go's
};

using Pos = go::sched::SourcePos;

Logger *New(go::Iface out, go::String prefix, int64_t flag);
Logger *Default();

void Logger_SetOutput(Logger *l, go::Iface w);
go::Iface Logger_Output(Logger *l, int64_t calldepth, go::String s, Pos pos = GOPP_HERE_DEFAULT);
void Logger_Print(Logger *l, go::Slice<go::Iface> v, Pos pos = GOPP_HERE_DEFAULT);
void Logger_Printf(Logger *l, go::String format, go::Slice<go::Iface> v, Pos pos = GOPP_HERE_DEFAULT);
void Logger_Println(Logger *l, go::Slice<go::Iface> v, Pos pos = GOPP_HERE_DEFAULT);
[[noreturn]] void Logger_Fatal(Logger *l, go::Slice<go::Iface> v, Pos pos = GOPP_HERE_DEFAULT);
[[noreturn]] void Logger_Fatalf(Logger *l, go::String format, go::Slice<go::Iface> v, Pos pos = GOPP_HERE_DEFAULT);
[[noreturn]] void Logger_Fatalln(Logger *l, go::Slice<go::Iface> v, Pos pos = GOPP_HERE_DEFAULT);
[[noreturn]] void Logger_Panic(Logger *l, go::Slice<go::Iface> v, Pos pos = GOPP_HERE_DEFAULT);
[[noreturn]] void Logger_Panicf(Logger *l, go::String format, go::Slice<go::Iface> v, Pos pos = GOPP_HERE_DEFAULT);
[[noreturn]] void Logger_Panicln(Logger *l, go::Slice<go::Iface> v, Pos pos = GOPP_HERE_DEFAULT);
int64_t Logger_Flags(Logger *l);
void Logger_SetFlags(Logger *l, int64_t flag);
go::String Logger_Prefix(Logger *l);
void Logger_SetPrefix(Logger *l, go::String prefix);
go::Iface Logger_Writer(Logger *l);

void SetOutput(go::Iface w);
int64_t Flags();
void SetFlags(int64_t flag);
go::String Prefix();
void SetPrefix(go::String prefix);
go::Iface Writer();
void Print(go::Slice<go::Iface> v, Pos pos = GOPP_HERE_DEFAULT);
void Printf(go::String format, go::Slice<go::Iface> v, Pos pos = GOPP_HERE_DEFAULT);
void Println(go::Slice<go::Iface> v, Pos pos = GOPP_HERE_DEFAULT);
[[noreturn]] void Fatal(go::Slice<go::Iface> v, Pos pos = GOPP_HERE_DEFAULT);
[[noreturn]] void Fatalf(go::String format, go::Slice<go::Iface> v, Pos pos = GOPP_HERE_DEFAULT);
[[noreturn]] void Fatalln(go::Slice<go::Iface> v, Pos pos = GOPP_HERE_DEFAULT);
[[noreturn]] void Panic(go::Slice<go::Iface> v, Pos pos = GOPP_HERE_DEFAULT);
[[noreturn]] void Panicf(go::String format, go::Slice<go::Iface> v, Pos pos = GOPP_HERE_DEFAULT);
[[noreturn]] void Panicln(go::Slice<go::Iface> v, Pos pos = GOPP_HERE_DEFAULT);
go::Iface Output(int64_t calldepth, go::String s, Pos pos = GOPP_HERE_DEFAULT);

} // namespace pkg::log
