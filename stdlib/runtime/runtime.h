// runtime.h — package runtime as docs/abi.md maps it: the scheduling and
// memory functions programs call (Gosched, Goexit, GOMAXPROCS, NumCPU,
// NumGoroutine, GC, KeepAlive, ...), each a thin layer over gopp's runtime
// (gopp/sched.h, the Boehm collector).
//
// SetFinalizer (finalizer.cpp) registers with the collector's ordered
// finalization; finalizers run one at a time on a goroutine.
//
// The exported panic values, *TypeAssertionError and *PanicNilError, use
// the runtime's descriptors (runtime/src/errors.cpp).
//
// Not provided yet (a program using them is refused by gopp build):
// Stack, Caller/Callers/Frames/Func, the memory profile and execution
// tracing.
#pragma once

#include "gopp/go.h"

namespace pkg::runtime {

extern int64_t MemProfileRate;

go::String Version();
go::String GOROOT();

inline void Gosched() { go::sched::gosched(); }
[[noreturn]] inline void Goexit() { go::sched::goexit(); }
inline int64_t GOMAXPROCS(int64_t n) { return go::sched::gomaxprocs(n); }
inline int64_t NumCPU() { return go::sched::numCPU(); }
inline int64_t NumGoroutine() { return go::sched::numGoroutine(); }
inline int64_t NumCgoCall() { return 0; }
// gopp's goroutines may move between threads at any call; locking one to
// its thread is not supported, and no gopp program can observe the
// difference without cgo.
inline void LockOSThread() {}
inline void UnlockOSThread() {}
[[noreturn]] inline void Breakpoint() { go::breakpoint(); }

void GC();
void SetFinalizer(go::Iface obj, go::Iface finalizer);

// MemStats, in runtime.go's field order. ReadMemStats (memstats.cpp)
// fills what the collector measures: the byte counts (Alloc, TotalAlloc,
// Sys, the Heap* fields), NumGC, NumForcedGC, NextGC and EnableGC. The
// collector counts no objects, so Mallocs, Frees, HeapObjects and Lookups
// stay 0, as do the span, cache, pause and size-class statistics.
struct MemStatsBySize {
  uint32_t Size;
  uint64_t Mallocs;
  uint64_t Frees;
  friend bool operator==(const MemStatsBySize &, const MemStatsBySize &) = default;
};
struct MemStats {
  uint64_t Alloc, TotalAlloc, Sys, Lookups, Mallocs, Frees;
  uint64_t HeapAlloc, HeapSys, HeapIdle, HeapInuse, HeapReleased, HeapObjects;
  uint64_t StackInuse, StackSys, MSpanInuse, MSpanSys, MCacheInuse, MCacheSys, BuckHashSys, GCSys, OtherSys;
  uint64_t NextGC, LastGC, PauseTotalNs;
  go::Array<uint64_t, 256> PauseNs;
  go::Array<uint64_t, 256> PauseEnd;
  uint32_t NumGC, NumForcedGC;
  double GCCPUFraction;
  bool EnableGC, DebugGC;
  go::Array<MemStatsBySize, 61> BySize;
  friend bool operator==(const MemStats &, const MemStats &) = default;
};
void ReadMemStats(MemStats *m);
// x stays reachable until here: the collector scans the stack, so holding
// the value in a register or stack slot that the optimiser keeps is enough.
inline void KeepAlive(go::Iface x) { asm volatile("" : : "r"(x.data) : "memory"); }

// The panic values of a failed type assertion and of panic(nil). gopp's
// runtime (runtime/src/errors.cpp) raises them with its own descriptors,
// which emitted code shares (codegen's stdlibDesc), and lays the values
// out as these structs.
using _type = const go::Type;
struct TypeAssertionError {
  _type *_interface; // the static type of the operand; null: "interface"
  _type *concrete;   // its dynamic type; null: the operand was nil
  _type *asserted;
  go::String missingMethod;
  friend bool operator==(const TypeAssertionError &, const TypeAssertionError &) = default;
};
go::String TypeAssertionError_Error(TypeAssertionError *e);
inline void TypeAssertionError_RuntimeError(TypeAssertionError *) {}

struct PanicNilError {
  go::Array<PanicNilError *, 0> _blank0;
  friend bool operator==(const PanicNilError &, const PanicNilError &) { return true; }
};
inline go::String PanicNilError_Error(PanicNilError *) { return go::String("panic called with nil argument"); }
inline void PanicNilError_RuntimeError(PanicNilError *) {}

} // namespace pkg::runtime

namespace go::detail {
extern const Type typeAssertionErrorType, typeAssertionErrorPtrType, panicNilErrorType, panicNilErrorPtrType;
String typeAssertionErrorError(void *data);
} // namespace go::detail
