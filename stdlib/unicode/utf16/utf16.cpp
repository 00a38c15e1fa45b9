// utf16.cpp — UTF-16 surrogate pairs, as Go's unicode/utf16.
//
// Invariants: runes outside [0, 0x10FFFF] and lone surrogates encode as
// U+FFFD; an unpaired surrogate decodes as U+FFFD (one per code unit).
#include "unicode/utf16/utf16.h"

namespace pkg::unicode::utf16 {

namespace {
constexpr int32_t kReplacement = 0xFFFD;
constexpr int32_t kSurr1 = 0xD800, kSurr2 = 0xDC00, kSurr3 = 0xE000, kSurrSelf = 0x10000;
} // namespace

bool IsSurrogate(int32_t r) { return kSurr1 <= r && r < kSurr3; }

int32_t DecodeRune(int32_t r1, int32_t r2) {
  if (kSurr1 <= r1 && r1 < kSurr2 && kSurr2 <= r2 && r2 < kSurr3)
    return (((r1 - kSurr1) << 10) | (r2 - kSurr2)) + kSurrSelf;
  return kReplacement;
}

std::tuple<int32_t, int32_t> EncodeRune(int32_t r) {
  if (r < kSurrSelf || r > 0x10FFFF)
    return {kReplacement, kReplacement};
  r -= kSurrSelf;
  return {kSurr1 + ((r >> 10) & 0x3FF), kSurr2 + (r & 0x3FF)};
}

int64_t RuneLen(int32_t r) {
  if ((0 <= r && r < kSurr1) || (kSurr3 <= r && r < kSurrSelf))
    return 1;
  if (kSurrSelf <= r && r <= 0x10FFFF)
    return 2;
  return -1;
}

go::Slice<uint16_t> AppendRune(go::Slice<uint16_t> a, int32_t r) {
  if ((0 <= r && r < kSurr1) || (kSurr3 <= r && r < kSurrSelf))
    return go::append(a, uint16_t(r));
  if (kSurrSelf <= r && r <= 0x10FFFF) {
    auto [r1, r2] = EncodeRune(r);
    return go::append(a, {uint16_t(r1), uint16_t(r2)});
  }
  return go::append(a, uint16_t(kReplacement));
}

go::Slice<uint16_t> Encode(go::Slice<int32_t> s) {
  int64_t n = s.len();
  for (int32_t v : s)
    if (v >= kSurrSelf)
      n++;
  go::Slice<uint16_t> a = go::makeSlice<uint16_t>(n);
  n = 0;
  for (int32_t v : s) {
    if ((0 <= v && v < kSurr1) || (kSurr3 <= v && v < kSurrSelf)) {
      a.p[n++] = uint16_t(v);
    } else if (kSurrSelf <= v && v <= 0x10FFFF) {
      auto [r1, r2] = EncodeRune(v);
      a.p[n++] = uint16_t(r1);
      a.p[n++] = uint16_t(r2);
    } else {
      a.p[n++] = uint16_t(kReplacement);
    }
  }
  return go::Slice<uint16_t>(a.p, n, a.cap());
}

go::Slice<int32_t> Decode(go::Slice<uint16_t> s) {
  go::Slice<int32_t> a = go::makeSlice<int32_t>(0, s.len());
  for (int64_t i = 0; i < s.len(); i++) {
    int32_t r = s.p[i];
    if (r < kSurr1 || kSurr3 <= r) {
      a = go::append(a, r);
    } else if (kSurr1 <= r && r < kSurr2 && i + 1 < s.len() && kSurr2 <= s.p[i + 1] && s.p[i + 1] < kSurr3) {
      a = go::append(a, DecodeRune(r, int32_t(s.p[i + 1])));
      i++;
    } else {
      a = go::append(a, kReplacement);
    }
  }
  return a;
}

} // namespace pkg::unicode::utf16
