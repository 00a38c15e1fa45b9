// lock.h — the lock that protects one channel: the runtime's futex mutex
// (gopp/lock.h, whose top comment gives its invariants). Critical sections
// under a channel lock are a few loads, stores and one memcpy; the one long
// hold is a goroutine parking with the lock held, released by the
// scheduler's commit callback right after its context is saved.
#pragma once

#include "gopp/lock.h"

namespace go::chanrt {

using Lock = go::RuntimeLock;

} // namespace go::chanrt
