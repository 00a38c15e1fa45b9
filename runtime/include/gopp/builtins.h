// builtins.h — the predeclared functions that are not about one data
// structure: print/println (to stderr, as Go's runtime prints them),
// min/max for floats (NaN and signed-zero rules), complex parts.
#pragma once

#include "gopp/iface.h"
#include "gopp/slice.h"

namespace go {

// print and println's pieces, written to stderr unbuffered.
void printString(String s);
void printInt(int64_t v);
void printUint(uint64_t v);
void printFloat(double v); // Go's runtime format: +1.500000e+000
void printComplex(complex128 v);
void printBool(bool v);
void printPointer(const void *p);
void printIface(Iface v); // (0x...,0x...)
void printSlice(const void *p, int64_t len, int64_t cap);
void printSpace();
void printNewline();

// The program's command line (os.Args): argv as runMain received it;
// empty before runMain.
Slice<String> commandLineArgs();

// min and max of floats: NaN wins, and -0 < +0.
template <class T> inline T fmin(T a, T b) {
  if constexpr (std::is_floating_point_v<T>) {
    if (a != a)
      return a;
    if (b != b)
      return b;
    if (a == 0 && b == 0)
      return std::signbit(a) ? a : b;
  }
  return b < a ? b : a;
}
template <class T> inline T fmax(T a, T b) {
  if constexpr (std::is_floating_point_v<T>) {
    if (a != a)
      return a;
    if (b != b)
      return b;
    if (a == 0 && b == 0)
      return std::signbit(a) ? b : a;
  }
  return b > a ? b : a;
}

} // namespace go
