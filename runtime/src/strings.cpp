// strings.cpp — strings, UTF-8, the string/slice conversions, slicing
// bounds, append's growth, and complex division.
//
// Invariants and why:
//  - A string's bytes are immutable once made: every operation that makes
//    a new string copies into fresh atomic (pointer-free) memory, and
//    results that equal an operand (concat with ""; a substring) share it.
//    The empty string is {null, 0}.
//  - UTF-8 decoding follows Go exactly: a rune is accepted only in its
//    shortest form, surrogate halves (U+D800..U+DFFF) and values above
//    U+10FFFF are invalid, and any invalid or truncated sequence decodes
//    as U+FFFD with width 1, so `for range` advances one byte at a time
//    through garbage as Go's does. Encoding an invalid rune writes U+FFFD.
//  - []byte(s) and []rune(s) of an empty string are empty but not nil, as
//    in Go; their capacity is rounded up to the allocator's size class as
//    Go's heap-allocated conversions are (Go gives a 32-byte stack buffer
//    to conversions that do not escape, which we cannot see).
//  - Slicing checks run in the order Go's compiled code runs them (the
//    outermost bound first), so the failing bound and its message match:
//    s[lo:hi] checks hi <= cap then lo <= hi; s[lo:hi:max] checks
//    max <= cap, hi <= max, lo <= hi. Comparisons are unsigned, so a
//    negative index fails the first check it takes part in.
//  - growCap is Go 1.19's growslice: double below 256 elements, then grow
//    by (newcap + 768) / 4 until large enough, then round the byte size up
//    to a size class (sizeclasses.go's class sizes up to 32 KiB, whole
//    8 KiB pages above) and give back every element that fits.
#include <algorithm>

#include "internal.h"

namespace go {

// ------------------------------------------------------------ strings

String makeString(const void *bytes, int64_t n) {
  if (n <= 0)
    return String();
  auto p = static_cast<uint8_t *>(GC_MALLOC_ATOMIC(size_t(n)));
  if (!p)
    throw std::bad_alloc();
  std::memcpy(p, bytes, size_t(n));
  return String(p, n);
}
String makeString(std::string_view s) { return makeString(s.data(), int64_t(s.size())); }

String concat(String a, String b) {
  if (a.n == 0)
    return b;
  if (b.n == 0)
    return a;
  auto p = static_cast<uint8_t *>(GC_MALLOC_ATOMIC(size_t(a.n + b.n)));
  if (!p)
    throw std::bad_alloc();
  std::memcpy(p, a.p, size_t(a.n));
  std::memcpy(p + a.n, b.p, size_t(b.n));
  return String(p, a.n + b.n);
}

String concat(std::initializer_list<String> parts) {
  int64_t total = 0, nonEmpty = 0;
  String only;
  for (String s : parts) {
    if (s.n) {
      total += s.n;
      nonEmpty++;
      only = s;
    }
  }
  if (nonEmpty <= 1)
    return only; // one operand is the result: share it
  auto p = static_cast<uint8_t *>(GC_MALLOC_ATOMIC(size_t(total)));
  if (!p)
    throw std::bad_alloc();
  int64_t at = 0;
  for (String s : parts) {
    if (s.n)
      std::memcpy(p + at, s.p, size_t(s.n));
    at += s.n;
  }
  return String(p, total);
}

// --------------------------------------------------------------- UTF-8

namespace {
constexpr int32_t kRuneError = 0xFFFD;
constexpr int32_t kMaxRune = 0x10FFFF;
inline bool cont(uint8_t b, uint8_t lo = 0x80, uint8_t hi = 0xBF) { return b >= lo && b <= hi; }
} // namespace

DecodedRune decodeRuneSlow(const uint8_t *p, int64_t n) {
  if (n <= 0)
    return {kRuneError, 0};
  uint8_t b0 = p[0];
  if (b0 >= 0xC2 && b0 <= 0xDF) { // two bytes: U+0080..U+07FF
    if (n >= 2 && cont(p[1]))
      return {int32_t(b0 & 0x1F) << 6 | int32_t(p[1] & 0x3F), 2};
  } else if (b0 >= 0xE0 && b0 <= 0xEF) { // three bytes: U+0800..U+FFFF minus surrogates
    // The second byte's range excludes overlong forms (E0) and
    // surrogates (ED).
    uint8_t lo = b0 == 0xE0 ? 0xA0 : 0x80, hi = b0 == 0xED ? 0x9F : 0xBF;
    if (n >= 3 && cont(p[1], lo, hi) && cont(p[2]))
      return {int32_t(b0 & 0x0F) << 12 | int32_t(p[1] & 0x3F) << 6 | int32_t(p[2] & 0x3F), 3};
  } else if (b0 >= 0xF0 && b0 <= 0xF4) { // four bytes: U+10000..U+10FFFF
    uint8_t lo = b0 == 0xF0 ? 0x90 : 0x80, hi = b0 == 0xF4 ? 0x8F : 0xBF;
    if (n >= 4 && cont(p[1], lo, hi) && cont(p[2]) && cont(p[3])) {
      return {int32_t(b0 & 0x07) << 18 | int32_t(p[1] & 0x3F) << 12 | int32_t(p[2] & 0x3F) << 6 |
                  int32_t(p[3] & 0x3F),
              4};
    }
  }
  return {kRuneError, 1};
}

int encodeRune(uint8_t *buf, int32_t r) {
  uint32_t u = uint32_t(r);
  if (u < 0x80) {
    buf[0] = uint8_t(u);
    return 1;
  }
  if (u < 0x800) {
    buf[0] = uint8_t(0xC0 | (u >> 6));
    buf[1] = uint8_t(0x80 | (u & 0x3F));
    return 2;
  }
  if (u > uint32_t(kMaxRune) || (u >= 0xD800 && u <= 0xDFFF))
    u = kRuneError;
  if (u < 0x10000) {
    buf[0] = uint8_t(0xE0 | (u >> 12));
    buf[1] = uint8_t(0x80 | ((u >> 6) & 0x3F));
    buf[2] = uint8_t(0x80 | (u & 0x3F));
    return 3;
  }
  buf[0] = uint8_t(0xF0 | (u >> 18));
  buf[1] = uint8_t(0x80 | ((u >> 12) & 0x3F));
  buf[2] = uint8_t(0x80 | ((u >> 6) & 0x3F));
  buf[3] = uint8_t(0x80 | (u & 0x3F));
  return 4;
}

String runeToString(int64_t r) {
  uint8_t buf[4];
  // A value that does not fit a rune is as invalid as a surrogate.
  int n = encodeRune(buf, r == int64_t(int32_t(r)) ? int32_t(r) : kRuneError);
  return makeString(buf, n);
}

// ------------------------------------------------- string conversions

namespace {
// Storage for n elements of size `size` with the capacity Go's rounding
// gives; pointer-free.
void *allocRounded(int64_t n, size_t size, int64_t *cap) {
  size_t bytes = roundupsize(size_t(n) * size);
  *cap = int64_t(bytes / size);
  auto p = GC_MALLOC_ATOMIC(bytes ? bytes : 1);
  if (!p)
    throw std::bad_alloc();
  std::memset(p, 0, bytes);
  return p;
}
} // namespace

Slice<uint8_t> stringToBytes(String s) {
  int64_t cap;
  auto p = static_cast<uint8_t *>(allocRounded(s.n, 1, &cap));
  if (s.n)
    std::memcpy(p, s.p, size_t(s.n));
  return Slice<uint8_t>(p, s.n, cap);
}

String bytesToString(Slice<uint8_t> b) { return makeString(b.p, b.len_); }

Slice<int32_t> stringToRunes(String s) {
  int64_t count = 0;
  for (int64_t i = 0; i < s.n; count++) {
    int w;
    decodeRune(s.p + i, s.n - i, &w);
    i += w;
  }
  int64_t cap;
  auto p = static_cast<int32_t *>(allocRounded(count, sizeof(int32_t), &cap));
  int64_t k = 0;
  for (int64_t i = 0; i < s.n;) {
    int w;
    p[k++] = decodeRune(s.p + i, s.n - i, &w);
    i += w;
  }
  return Slice<int32_t>(p, count, cap);
}

String runesToString(Slice<int32_t> r) {
  uint8_t buf[4];
  int64_t total = 0;
  for (int64_t i = 0; i < r.len_; i++)
    total += encodeRune(buf, r.p[i]);
  if (total == 0)
    return String();
  auto p = static_cast<uint8_t *>(GC_MALLOC_ATOMIC(size_t(total)));
  if (!p)
    throw std::bad_alloc();
  int64_t at = 0;
  for (int64_t i = 0; i < r.len_; i++)
    at += encodeRune(p + at, r.p[i]);
  return String(p, total);
}

// ----------------------------------------------------- append's growth

namespace {
// The byte sizes of Go's small-object size classes (runtime/sizeclasses.go).
constexpr uint16_t kClassSizes[] = {
    8,    16,   24,   32,   48,   64,   80,   96,    112,   128,   144,   160,   176,   192,   208,   224,   240,
    256,  288,  320,  352,  384,  416,  448,  480,   512,   576,   640,   704,   768,   896,   1024,  1152,  1280,
    1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200,  3456,  4096,  4864,  5376,  6144,  6528,  6784,  6912,  8192,
    9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};
constexpr size_t kMaxSmallSize = 32768;
constexpr size_t kPageSize = 8192;
constexpr uint64_t kMaxAlloc = uint64_t(1) << 48;
} // namespace

size_t roundupsize(size_t size) {
  if (size == 0)
    return 0;
  if (size <= kMaxSmallSize)
    return *std::lower_bound(std::begin(kClassSizes), std::end(kClassSizes), size);
  if (size + kPageSize < size)
    return size; // would overflow
  return (size + kPageSize - 1) & ~(kPageSize - 1);
}

int64_t growCap(int64_t oldCap, int64_t newLen, size_t elemSize) {
  if (newLen < oldCap)
    panicRuntimeError(GOPP_LIT("growslice: cap out of range"));
  if (elemSize == 0)
    return newLen;
  int64_t newCap = oldCap;
  int64_t doubled = oldCap + oldCap;
  if (newLen > doubled) {
    newCap = newLen;
  } else if (oldCap < 256) {
    newCap = doubled;
  } else {
    // From 2x for small slices to 1.25x for large ones, smoothly; stop on
    // overflow.
    while (0 < newCap && newCap < newLen)
      newCap += (newCap + 3 * 256) / 4;
    if (newCap <= 0)
      newCap = newLen;
  }
  if (uint64_t(newCap) > kMaxAlloc / elemSize)
    panicRuntimeError(GOPP_LIT("growslice: cap out of range"));
  return int64_t(roundupsize(size_t(newCap) * elemSize) / elemSize);
}

// ------------------------------------------------------------ complex

complex128 complexDiv(complex128 n, complex128 m) {
  // Smith's algorithm (CACM 5(8), 1962), then C99 Annex G's fix-ups when
  // both parts came out NaN: infinities and zeros where they belong.
  double a = n.real(), b = n.imag(), c = m.real(), d = m.imag();
  double e, f;
  if (std::fabs(c) >= std::fabs(d)) {
    double ratio = d / c;
    double denom = c + ratio * d;
    e = (a + b * ratio) / denom;
    f = (b - a * ratio) / denom;
  } else {
    double ratio = c / d;
    double denom = d + ratio * c;
    e = (a * ratio + b) / denom;
    f = (b * ratio - a) / denom;
  }
  if (std::isnan(e) && std::isnan(f)) {
    const double inf = std::numeric_limits<double>::infinity();
    auto inf2one = [](double x) { return std::copysign(std::isinf(x) ? 1.0 : 0.0, x); };
    if (c == 0 && d == 0 && (!std::isnan(a) || !std::isnan(b))) {
      e = std::copysign(inf, c) * a;
      f = std::copysign(inf, c) * b;
    } else if ((std::isinf(a) || std::isinf(b)) && std::isfinite(c) && std::isfinite(d)) {
      a = inf2one(a);
      b = inf2one(b);
      e = inf * (a * c + b * d);
      f = inf * (b * c - a * d);
    } else if ((std::isinf(c) || std::isinf(d)) && std::isfinite(a) && std::isfinite(b)) {
      c = inf2one(c);
      d = inf2one(d);
      e = 0 * (a * c + b * d);
      f = 0 * (b * c - a * d);
    }
  }
  return complex128(e, f);
}

} // namespace go

namespace go {
// The array of every empty, non-nil slice ([]T{}, make([]T, 0)).
uint64_t zeroBase[2];
} // namespace go
