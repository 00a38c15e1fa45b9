// testing.h — the ways into the scheduler besides a program's main: from
// GoogleTest (tests/runtime/sched, tests/runtime/chan), and from C++
// threads that call Go (embedding, runtime/src/embed.cpp).
//
// Invariants: the scheduler starts once per process (the first call) and
// is reused; each call runs `body` as a goroutine that counts as main for
// deadlock detection (if it and every other goroutine block, the process
// dies with Go's deadlock report), with GOMAXPROCS set to `procs`, and
// returns when the body returns or calls Goexit. Goroutines the body
// started may outlive it. An unrecovered panic ends the process (exit 2).
// Never call it from a goroutine.
#pragma once

#include "gopp/func.h"

namespace go::sched {

void runForTest(int procs, Func<void()> body);

// Embedding (runtime/src/embed.cpp): starts the scheduler once, with no
// main goroutine (so no deadlock detection) and no worker of its own.
void startExternal();
// From a thread that runs no goroutine: fn as a new goroutine, queued
// globally for the scheduler's workers. Starts the scheduler if needed.
void spawnExternal(Func<void()> fn);

// runtime.main for runMain: starts the scheduler with this thread as
// its first worker and runs body on goroutine 1 (1 GiB stack). Never
// returns; body ends the process.
[[noreturn]] void runMainGoroutine(Func<void()> body);

} // namespace go::sched
