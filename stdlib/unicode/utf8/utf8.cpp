// utf8.cpp — UTF-8 decoding and encoding with Go's exact error rules.
//
// Invariants: a byte sequence is accepted only in its shortest form and
// never for surrogates (U+D800..U+DFFF) or above U+10FFFF; the second
// byte's allowed range depends on the first (E0: A0..BF, ED: 80..9F,
// F0: 90..BF, F4: 80..8F). Any invalid or incomplete sequence decodes
// as (RuneError, 1); an empty input as (RuneError, 0).
#include "unicode/utf8/utf8.h"

namespace pkg::unicode::utf8 {

namespace {
constexpr int32_t kRuneError = 0xFFFD;

// The length a valid sequence starting with b would have (1 for ASCII
// and for bytes that start no sequence), and the second byte's range.
int seqLen(uint8_t b, uint8_t *lo, uint8_t *hi) {
  *lo = 0x80;
  *hi = 0xBF;
  if (b < 0x80)
    return 1;
  if (b < 0xC2)
    return 0; // continuation byte or overlong start: invalid
  if (b < 0xE0)
    return 2;
  if (b < 0xF0) {
    if (b == 0xE0)
      *lo = 0xA0;
    else if (b == 0xED)
      *hi = 0x9F;
    return 3;
  }
  if (b < 0xF5) {
    if (b == 0xF0)
      *lo = 0x90;
    else if (b == 0xF4)
      *hi = 0x8F;
    return 4;
  }
  return 0;
}
inline bool cont(uint8_t b) { return b >= 0x80 && b <= 0xBF; }
} // namespace

namespace detail {
int32_t decode(const uint8_t *p, int64_t n, int64_t *size) {
  if (n < 1) {
    *size = 0;
    return kRuneError;
  }
  uint8_t b0 = p[0], lo, hi;
  int len = seqLen(b0, &lo, &hi);
  if (len == 1) {
    *size = 1;
    return b0;
  }
  *size = 1;
  if (len == 0 || n < len)
    return kRuneError;
  uint8_t b1 = p[1];
  if (b1 < lo || b1 > hi)
    return kRuneError;
  if (len == 2) {
    *size = 2;
    return int32_t(b0 & 0x1F) << 6 | int32_t(b1 & 0x3F);
  }
  uint8_t b2 = p[2];
  if (!cont(b2))
    return kRuneError;
  if (len == 3) {
    *size = 3;
    return int32_t(b0 & 0x0F) << 12 | int32_t(b1 & 0x3F) << 6 | int32_t(b2 & 0x3F);
  }
  uint8_t b3 = p[3];
  if (!cont(b3))
    return kRuneError;
  *size = 4;
  return int32_t(b0 & 0x07) << 18 | int32_t(b1 & 0x3F) << 12 | int32_t(b2 & 0x3F) << 6 | int32_t(b3 & 0x3F);
}

int32_t decodeLast(const uint8_t *p, int64_t n, int64_t *size) {
  if (n == 0) {
    *size = 0;
    return kRuneError;
  }
  int64_t start = n - 1;
  if (p[start] < 0x80) {
    *size = 1;
    return p[start];
  }
  int64_t lim = n - 4 < 0 ? 0 : n - 4;
  for (start--; start >= lim; start--)
    if ((p[start] & 0xC0) != 0x80)
      break;
  if (start < 0)
    start = 0;
  int32_t r = decode(p + start, n - start, size);
  if (start + *size != n) {
    *size = 1;
    return kRuneError;
  }
  return r;
}

int encode(uint8_t *buf, int32_t r) {
  uint32_t x = uint32_t(r);
  if (x <= 0x7F) {
    buf[0] = uint8_t(x);
    return 1;
  }
  if (x <= 0x7FF) {
    buf[0] = uint8_t(0xC0 | (x >> 6));
    buf[1] = uint8_t(0x80 | (x & 0x3F));
    return 2;
  }
  if (x > 0x10FFFF || (x >= 0xD800 && x <= 0xDFFF))
    x = kRuneError;
  if (x <= 0xFFFF) {
    buf[0] = uint8_t(0xE0 | (x >> 12));
    buf[1] = uint8_t(0x80 | ((x >> 6) & 0x3F));
    buf[2] = uint8_t(0x80 | (x & 0x3F));
    return 3;
  }
  buf[0] = uint8_t(0xF0 | (x >> 18));
  buf[1] = uint8_t(0x80 | ((x >> 12) & 0x3F));
  buf[2] = uint8_t(0x80 | ((x >> 6) & 0x3F));
  buf[3] = uint8_t(0x80 | (x & 0x3F));
  return 4;
}

int64_t count(const uint8_t *p, int64_t n) {
  int64_t c = 0;
  for (int64_t i = 0; i < n; c++) {
    if (p[i] < 0x80) {
      i++;
      continue;
    }
    int64_t size;
    decode(p + i, n - i, &size);
    i += size;
  }
  return c;
}

bool valid(const uint8_t *p, int64_t n) {
  for (int64_t i = 0; i < n;) {
    if (p[i] < 0x80) {
      i++;
      continue;
    }
    int64_t size;
    int32_t r = decode(p + i, n - i, &size);
    if (r == kRuneError && size == 1)
      return false;
    i += size;
  }
  return true;
}

bool full(const uint8_t *p, int64_t n) {
  if (n == 0)
    return false;
  uint8_t lo, hi;
  int len = seqLen(p[0], &lo, &hi);
  if (len <= 1 || n >= len)
    return true; // ASCII, invalid, or long enough
  if (n > 1 && (p[1] < lo || p[1] > hi))
    return true;
  if (n > 2 && !cont(p[2]))
    return true;
  return false;
}
} // namespace detail

go::Slice<uint8_t> AppendRune(go::Slice<uint8_t> p, int32_t r) {
  uint8_t buf[4];
  int n = detail::encode(buf, r);
  return go::appendSlice(p, go::Slice<uint8_t>(buf, n, n));
}

std::tuple<int32_t, int64_t> DecodeRune(go::Slice<uint8_t> p) {
  int64_t size;
  int32_t r = detail::decode(p.p, p.len(), &size);
  return {r, size};
}
std::tuple<int32_t, int64_t> DecodeRuneInString(go::String s) {
  int64_t size;
  int32_t r = detail::decode(s.p, s.n, &size);
  return {r, size};
}
std::tuple<int32_t, int64_t> DecodeLastRune(go::Slice<uint8_t> p) {
  int64_t size;
  int32_t r = detail::decodeLast(p.p, p.len(), &size);
  return {r, size};
}
std::tuple<int32_t, int64_t> DecodeLastRuneInString(go::String s) {
  int64_t size;
  int32_t r = detail::decodeLast(s.p, s.n, &size);
  return {r, size};
}

int64_t EncodeRune(go::Slice<uint8_t> p, int32_t r) {
  uint8_t buf[4];
  int n = detail::encode(buf, r);
  (void)p[n - 1]; // Go's bounds check: panics when p is too short
  std::memcpy(p.p, buf, size_t(n));
  return n;
}

bool FullRune(go::Slice<uint8_t> p) { return detail::full(p.p, p.len()); }
bool FullRuneInString(go::String s) { return detail::full(s.p, s.n); }
int64_t RuneCount(go::Slice<uint8_t> p) { return detail::count(p.p, p.len()); }
int64_t RuneCountInString(go::String s) { return detail::count(s.p, s.n); }

int64_t RuneLen(int32_t r) {
  if (r < 0)
    return -1;
  if (r <= 0x7F)
    return 1;
  if (r <= 0x7FF)
    return 2;
  if (r >= 0xD800 && r <= 0xDFFF)
    return -1;
  if (r <= 0xFFFF)
    return 3;
  if (r <= 0x10FFFF)
    return 4;
  return -1;
}

bool RuneStart(uint8_t b) { return (b & 0xC0) != 0x80; }
bool Valid(go::Slice<uint8_t> p) { return detail::valid(p.p, p.len()); }
bool ValidString(go::String s) { return detail::valid(s.p, s.n); }
bool ValidRune(int32_t r) { return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= 0x10FFFF); }

} // namespace pkg::unicode::utf8
