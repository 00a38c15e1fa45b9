// unicode.cpp — package unicode's functions: membership (Is, In), the
// Is* classifications and case mapping (To, ToUpper, SimpleFold, ...).
//
// Invariants: results equal Go's for every rune, including negative and
// out-of-range ones (compared as uint32, as Go does). Latin-1 fast paths
// reproduce Go's properties table: IsSpace, IsPrint and IsGraphic treat
// U+0020 and U+00A0 specially there; IsControl is true only for C0/C1.
#include "unicode/unicode.h"

namespace pkg::unicode {

namespace {
constexpr int32_t kMaxRune = 0x10FFFF;
constexpr int32_t kMaxLatin1 = 0xFF;
constexpr int64_t kLinearMax = 18;

bool is16(const go::Slice<Range16> &ranges, uint16_t r) {
  if (ranges.len() <= kLinearMax || r <= kMaxLatin1) {
    for (const Range16 &rg : ranges) {
      if (r < rg.Lo)
        return false;
      if (r <= rg.Hi)
        return rg.Stride == 1 || (r - rg.Lo) % rg.Stride == 0;
    }
    return false;
  }
  int64_t lo = 0, hi = ranges.len();
  while (lo < hi) {
    int64_t m = lo + (hi - lo) / 2;
    const Range16 &rg = ranges.p[m];
    if (rg.Lo <= r && r <= rg.Hi)
      return rg.Stride == 1 || (r - rg.Lo) % rg.Stride == 0;
    if (r < rg.Lo)
      hi = m;
    else
      lo = m + 1;
  }
  return false;
}

bool is32(const go::Slice<Range32> &ranges, uint32_t r) {
  if (ranges.len() <= kLinearMax) {
    for (const Range32 &rg : ranges) {
      if (r < rg.Lo)
        return false;
      if (r <= rg.Hi)
        return rg.Stride == 1 || (r - rg.Lo) % rg.Stride == 0;
    }
    return false;
  }
  int64_t lo = 0, hi = ranges.len();
  while (lo < hi) {
    int64_t m = lo + (hi - lo) / 2;
    const Range32 &rg = ranges.p[m];
    if (rg.Lo <= r && r <= rg.Hi)
      return rg.Stride == 1 || (r - rg.Lo) % rg.Stride == 0;
    if (r < rg.Lo)
      hi = m;
    else
      lo = m + 1;
  }
  return false;
}

// Go's to(): the mapping of r in caseRange, and whether one was found.
int32_t to(int64_t _case, int32_t r, const go::Slice<CaseRange> &caseRange, bool *found) {
  *found = false;
  if (_case < 0 || _case >= 3)
    return 0xFFFD;
  int64_t lo = 0, hi = caseRange.len();
  while (lo < hi) {
    int64_t m = lo + (hi - lo) / 2;
    const CaseRange &cr = caseRange.p[m];
    if (int32_t(cr.Lo) <= r && r <= int32_t(cr.Hi)) {
      int32_t delta = cr.Delta.a[_case];
      *found = true;
      if (delta > kMaxRune)
        return int32_t(cr.Lo) + (((r - int32_t(cr.Lo)) & ~1) | int32_t(_case & 1));
      return r + delta;
    }
    if (r < int32_t(cr.Lo))
      hi = m;
    else
      lo = m + 1;
  }
  return r;
}

bool latinIs(RangeTable *t, int32_t r) { return Is(t, r); }
} // namespace

bool Is(RangeTable *rangeTab, int32_t r) {
  const go::Slice<Range16> &r16 = go::deref(rangeTab).R16;
  if (r16.len() > 0 && uint32_t(r) <= uint32_t(r16.p[r16.len() - 1].Hi))
    return is16(r16, uint16_t(r));
  const go::Slice<Range32> &r32 = rangeTab->R32;
  if (r32.len() > 0 && r >= int32_t(r32.p[0].Lo))
    return is32(r32, uint32_t(r));
  return false;
}

bool In(int32_t r, go::Slice<RangeTable *> ranges) {
  for (RangeTable *t : ranges)
    if (Is(t, r))
      return true;
  return false;
}
bool IsOneOf(go::Slice<RangeTable *> ranges, int32_t r) { return In(r, ranges); }

bool IsControl(int32_t r) { return uint32_t(r) <= kMaxLatin1 && (r < 0x20 || (r >= 0x7F && r <= 0x9F)); }
bool IsDigit(int32_t r) {
  if (r <= kMaxLatin1)
    return '0' <= r && r <= '9';
  return Is(Digit, r);
}
bool IsLetter(int32_t r) { return Is(Letter, r); }
bool IsLower(int32_t r) { return Is(Lower, r); }
bool IsUpper(int32_t r) { return Is(Upper, r); }
bool IsTitle(int32_t r) {
  if (r <= kMaxLatin1)
    return false;
  return Is(Title, r);
}
bool IsMark(int32_t r) { return Is(Mark, r); }
bool IsNumber(int32_t r) { return Is(Number, r); }
bool IsPunct(int32_t r) { return Is(Punct, r); }
bool IsSymbol(int32_t r) { return Is(Symbol, r); }
bool IsSpace(int32_t r) {
  if (uint32_t(r) <= kMaxLatin1) {
    switch (r) {
    case '\t': case '\n': case '\v': case '\f': case '\r': case ' ': case 0x85: case 0xA0:
      return true;
    }
    return false;
  }
  return Is(White_Space, r);
}
bool IsPrint(int32_t r) {
  if (uint32_t(r) <= kMaxLatin1) {
    if (r == ' ')
      return true;
    return latinIs(L, r) || latinIs(M, r) || latinIs(N, r) || latinIs(P, r) || latinIs(S, r);
  }
  return In(r, PrintRanges);
}
bool IsGraphic(int32_t r) {
  if (uint32_t(r) <= kMaxLatin1) {
    if (r == ' ' || r == 0xA0)
      return true;
    return latinIs(L, r) || latinIs(M, r) || latinIs(N, r) || latinIs(P, r) || latinIs(S, r);
  }
  return In(r, GraphicRanges);
}

int32_t To(int64_t _case, int32_t r) {
  bool found;
  return to(_case, r, CaseRanges, &found);
}
int32_t ToUpper(int32_t r) {
  if (r <= 0x7F) {
    if ('a' <= r && r <= 'z')
      r -= 'a' - 'A';
    return r;
  }
  return To(0, r);
}
int32_t ToLower(int32_t r) {
  if (r <= 0x7F) {
    if ('A' <= r && r <= 'Z')
      r += 'a' - 'A';
    return r;
  }
  return To(1, r);
}
int32_t ToTitle(int32_t r) {
  if (r <= 0x7F) {
    if ('a' <= r && r <= 'z')
      r -= 'a' - 'A';
    return r;
  }
  return To(2, r);
}

int32_t SpecialCase_ToUpper(SpecialCase special, int32_t r) {
  bool found;
  int32_t r1 = to(0, r, special, &found);
  if (r1 == r && !found)
    r1 = ToUpper(r);
  return r1;
}
int32_t SpecialCase_ToLower(SpecialCase special, int32_t r) {
  bool found;
  int32_t r1 = to(1, r, special, &found);
  if (r1 == r && !found)
    r1 = ToLower(r);
  return r1;
}
int32_t SpecialCase_ToTitle(SpecialCase special, int32_t r) {
  bool found;
  int32_t r1 = to(2, r, special, &found);
  if (r1 == r && !found)
    r1 = ToTitle(r);
  return r1;
}

int32_t SimpleFold(int32_t r) {
  if (r < 0 || r > kMaxRune)
    return r;
  int64_t lo = 0, hi = detail::caseOrbitLen;
  while (lo < hi) {
    int64_t m = lo + (hi - lo) / 2;
    if (int32_t(detail::caseOrbit[m].From) < r)
      lo = m + 1;
    else
      hi = m;
  }
  if (lo < detail::caseOrbitLen && int32_t(detail::caseOrbit[lo].From) == r)
    return int32_t(detail::caseOrbit[lo].To);
  int32_t l = ToLower(r);
  if (l != r)
    return l;
  return ToUpper(r);
}

go::Slice<RangeTable *> GraphicRanges = {L, M, N, P, S, Zs};
go::Slice<RangeTable *> PrintRanges = {L, M, N, P, S};

namespace {
CaseRange turkish[] = {
    {0x0049, 0x0049, {{0, 0x131 - 0x49, 0}}},
    {0x0069, 0x0069, {{0x130 - 0x69, 0, 0x130 - 0x69}}},
    {0x0130, 0x0130, {{0, 0x69 - 0x130, 0}}},
    {0x0131, 0x0131, {{0x49 - 0x131, 0, 0x49 - 0x131}}},
};
} // namespace
SpecialCase TurkishCase = {turkish, 4, 4};
SpecialCase AzeriCase = {turkish, 4, 4};

} // namespace pkg::unicode
