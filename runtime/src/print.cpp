// print.cpp — the built-in print and println, written as Go's runtime
// prints them (runtime/print.go), to standard error, unbuffered.
//
// Invariants and why:
//  - Every piece is one write(2) to fd 2 as soon as it is printed: print
//    output interleaves with os.Stdout/os.Stderr writes in program order,
//    and nothing is lost if the program then exits or dies.
//  - Floats use the runtime's own fixed format, not strconv's: a sign,
//    one digit, '.', six digits, 'e', a sign and three exponent digits
//    (+1.500000e+000), computed by the same arithmetic Go uses
//    (normalise by repeated *10 or /10, add half a unit in the 7th digit,
//    extract digits), so the last digit matches Go's even where that
//    arithmetic is inexact. NaN, +Inf and -Inf print as words; -0 keeps
//    its sign.
//  - Complex numbers print as (re+imi) with both parts in that format;
//    pointers as 0x and lower-case hex (0x0 for nil); interfaces as
//    (0xTYPE,0xDATA); slices as [len/cap]0xARRAY.
#include <unistd.h>

#include <cerrno>

#include "internal.h"

namespace go {

namespace detail {
std::string *&stderrCapture() {
  static thread_local std::string *capture = nullptr;
  return capture;
}

void writeStderr(const void *p, size_t n) {
  auto b = static_cast<const char *>(p);
  if (std::string *c = stderrCapture(); __builtin_expect(c != nullptr, 0)) {
    c->append(b, n);
    return;
  }
  while (n > 0) {
    ssize_t w = ::write(2, b, n);
    if (w < 0) {
      if (errno == EINTR)
        continue;
      return; // nowhere to report it
    }
    b += w;
    n -= size_t(w);
  }
}
} // namespace detail

namespace {
void put(const char *p, size_t n) { detail::writeStderr(p, n); }

int formatHex(char *buf, uint64_t v) {
  char tmp[16];
  int k = 0;
  do {
    tmp[k++] = "0123456789abcdef"[v & 15];
    v >>= 4;
  } while (v);
  int n = 0;
  buf[n++] = '0';
  buf[n++] = 'x';
  while (k)
    buf[n++] = tmp[--k];
  return n;
}

// Go's printfloat into buf (14 bytes, or 4 for the words).
int formatFloat(char *buf, double v) {
  if (v != v) {
    std::memcpy(buf, "NaN", 3);
    return 3;
  }
  if (v + v == v && v > 0) {
    std::memcpy(buf, "+Inf", 4);
    return 4;
  }
  if (v + v == v && v < 0) {
    std::memcpy(buf, "-Inf", 4);
    return 4;
  }
  constexpr int n = 7; // significant digits
  buf[0] = '+';
  int e = 0;
  if (v == 0) {
    if (std::signbit(v))
      buf[0] = '-';
  } else {
    if (v < 0) {
      v = -v;
      buf[0] = '-';
    }
    while (v >= 10) {
      e++;
      v /= 10;
    }
    while (v < 1) {
      e--;
      v *= 10;
    }
    double h = 5.0; // half a unit in the last printed digit
    for (int i = 0; i < n; i++)
      h /= 10;
    v += h;
    if (v >= 10) {
      e++;
      v /= 10;
    }
  }
  for (int i = 0; i < n; i++) {
    int d = int(v);
    buf[i + 2] = char(d + '0');
    v -= double(d);
    v *= 10;
  }
  buf[1] = buf[2];
  buf[2] = '.';
  buf[n + 2] = 'e';
  buf[n + 3] = '+';
  if (e < 0) {
    e = -e;
    buf[n + 3] = '-';
  }
  buf[n + 4] = char(e / 100 + '0');
  buf[n + 5] = char(e / 10 % 10 + '0');
  buf[n + 6] = char(e % 10 + '0');
  return n + 7;
}
} // namespace

void printString(String s) { detail::writeStderr(s); }

void printInt(int64_t v) {
  char buf[24];
  put(buf, size_t(detail::formatInt(buf, v, true)));
}

void printUint(uint64_t v) {
  char buf[24];
  put(buf, size_t(detail::formatInt(buf, int64_t(v), false)));
}

void printFloat(double v) {
  char buf[16];
  put(buf, size_t(formatFloat(buf, v)));
}

void printComplex(complex128 v) {
  char buf[40];
  int n = 0;
  buf[n++] = '(';
  n += formatFloat(buf + n, v.real());
  n += formatFloat(buf + n, v.imag());
  buf[n++] = 'i';
  buf[n++] = ')';
  put(buf, size_t(n));
}

void printBool(bool v) {
  if (v)
    put("true", 4);
  else
    put("false", 5);
}

void printPointer(const void *p) {
  char buf[20];
  put(buf, size_t(formatHex(buf, uint64_t(uintptr_t(p)))));
}

void printIface(Iface v) {
  char buf[48];
  int n = 0;
  buf[n++] = '(';
  n += formatHex(buf + n, uint64_t(uintptr_t(v.tab)));
  buf[n++] = ',';
  n += formatHex(buf + n, uint64_t(uintptr_t(v.data)));
  buf[n++] = ')';
  put(buf, size_t(n));
}

void printSlice(const void *p, int64_t len, int64_t cap) {
  char buf[72];
  int n = 0;
  buf[n++] = '[';
  n += detail::formatInt(buf + n, len, true);
  buf[n++] = '/';
  n += detail::formatInt(buf + n, cap, true);
  buf[n++] = ']';
  n += formatHex(buf + n, uint64_t(uintptr_t(p)));
  put(buf, size_t(n));
}

void printSpace() { put(" ", 1); }
void printNewline() { put("\n", 1); }

} // namespace go
