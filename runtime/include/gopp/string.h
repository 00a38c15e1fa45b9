// string.h — Go strings: immutable byte sequences (usually UTF-8).
//
// Invariants and why:
//  - A String is a pointer and a length, passed by value. The bytes are
//    never written after the String is made, so substrings share them and
//    assignment is O(1), as in Go.
//  - Literals point at static storage; every other string's bytes come
//    from GC_MALLOC_ATOMIC (they hold no pointers).
//  - Comparison is bytewise (memcmp), which is Go's order.
#pragma once

#include <compare>
#include <string_view>

#include "gopp/core.h"

namespace go {

struct String {
  const uint8_t *p = nullptr;
  int64_t n = 0;

  constexpr String() = default;
  constexpr String(const uint8_t *p, int64_t n) : p(p), n(n) {}
  String(const char *p, int64_t n) : p(reinterpret_cast<const uint8_t *>(p)), n(n) {}
  // From a C string literal (no embedded NUL).
  template <size_t N> String(const char (&lit)[N]) : String(lit, int64_t(N - 1)) {}

  int64_t len() const { return n; }
  uint8_t at(int64_t i) const {
    if (__builtin_expect(uint64_t(i) >= uint64_t(n), 0))
      panicIndex(i, n);
    return p[i];
  }
  std::string_view view() const { return {reinterpret_cast<const char *>(p), size_t(n)}; }

  friend bool operator==(String a, String b) {
    return a.n == b.n && (a.p == b.p || std::memcmp(a.p, b.p, size_t(a.n)) == 0);
  }
  friend std::strong_ordering operator<=>(String a, String b) {
    int64_t m = a.n < b.n ? a.n : b.n;
    int c = m ? std::memcmp(a.p, b.p, size_t(m)) : 0;
    if (c != 0)
      return c < 0 ? std::strong_ordering::less : std::strong_ordering::greater;
    return a.n <=> b.n;
  }
};

// A fresh string holding a copy of n bytes.
String makeString(const void *bytes, int64_t n);
String makeString(std::string_view s);
// s[lo:hi], bounds checked (hi == kAbsent means len(s)).
[[gnu::always_inline]] inline String substr(String s, int64_t lo, int64_t hi) {
  int64_t max = kAbsent;
  checkSlice(lo, hi, max, s.n, false, true);
  return String(s.p ? s.p + sliceOffset(lo, hi - lo) : s.p, hi - lo);
}
String concat(String a, String b);
String concat(std::initializer_list<String> parts);
// string(r) for a rune: its UTF-8 encoding, or U+FFFD when invalid.
String runeToString(int64_t r);

// The rune at s[i] and its width in bytes (1 and U+FFFD for invalid
// UTF-8, 0 at the end), as `for range` over a string decodes it. The pair
// comes back in one register. ASCII is decoded inline, as Go's compiled
// range loop does; the rest out of line (a range loop over mostly-ASCII
// text: 4.93G -> 3.76G instructions inline; returning the width through
// a pointer kept it in a stack slot: a loop over 13.4M runes of mixed
// text, 694.5M -> 673.9M instructions; go 650.0M).
struct DecodedRune {
  int32_t r;
  int32_t w;
};
DecodedRune decodeRuneSlow(const uint8_t *p, int64_t n);
inline DecodedRune decodeRune(const uint8_t *p, int64_t n) {
  if (__builtin_expect(n > 0 && p[0] < 0x80, 1))
    return {p[0], 1};
  return decodeRuneSlow(p, n);
}
inline int32_t decodeRune(const uint8_t *p, int64_t n, int *width) {
  DecodedRune d = decodeRune(p, n);
  *width = d.w;
  return d.r;
}
// Appends r's UTF-8 encoding to buf (which has room for 4); returns bytes.
int encodeRune(uint8_t *buf, int32_t r);

// Hash of a string's bytes, for maps.
uint64_t hashBytes(const void *p, size_t n, uint64_t seed);

} // namespace go
