// cpu_relax.h — the pause instruction of a spin-wait loop, shared by the
// scheduler's spin locks and the runtime lock (lock.h): it tells the CPU the loop is
// waiting (saving power, and on x86 avoiding the memory-order machine
// clear when the awaited store lands).
#pragma once

namespace go::detail {

inline void cpuRelax() {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#elif defined(__aarch64__)
  asm volatile("yield");
#endif
}

} // namespace go::detail
