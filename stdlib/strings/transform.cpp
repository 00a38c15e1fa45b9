// transform.cpp — strings: Map, the case functions, Repeat, Replace,
// ToValidUTF8 and the Trim family.
//
// Invariants: like Go, a transformation that changes nothing returns its
// input string itself; mapping functions are called exactly once per
// rune, in order (Title relies on it); invalid UTF-8 passed through Map
// comes out as U+FFFD when the mapping keeps RuneError unchanged.
#include "strings/strings.h"

#include "unicode/utf8/utf8.h"

namespace pkg::strings {

namespace {
constexpr int32_t kRuneError = 0xFFFD;
inline go::String sub(go::String s, int64_t lo, int64_t hi) { return go::String(s.p + lo, hi - lo); }

// A growable byte buffer on the collected heap; str() shares its bytes.
struct Buf {
  go::Slice<uint8_t> b;
  void grow(int64_t n) {
    if (b.cap() - b.len() < n)
      b = go::grow(b, b.len() + n);
  }
  void add(go::String s) { b = go::appendString(b, s); }
  void add(uint8_t c) { b = go::append(b, c); }
  void rune(int32_t r) {
    uint8_t tmp[4];
    int n = unicode::utf8::detail::encode(tmp, r);
    b = go::appendSlice(b, go::Slice<uint8_t>(tmp, n, n));
  }
  go::String str() const { return go::String(b.p, b.len()); }
};

template <class F> go::String mapRunes(F mapping, go::String s) {
  Buf b;
  bool changed = false;
  for (int64_t i = 0; i < s.n;) {
    int64_t width;
    int32_t c = unicode::utf8::detail::decode(s.p + i, s.n - i, &width);
    int32_t r = mapping(c);
    if (r == c && c != kRuneError) {
      i += width;
      continue;
    }
    if (c == kRuneError && width != 1 && r == c) {
      i += width;
      continue;
    }
    b.grow(s.n + 4);
    b.add(sub(s, 0, i));
    if (r >= 0)
      b.rune(r);
    s = sub(s, i + width, s.n);
    changed = true;
    break;
  }
  if (!changed)
    return s;
  for (int64_t i = 0; i < s.n;) {
    int64_t width;
    int32_t c = unicode::utf8::detail::decode(s.p + i, s.n - i, &width);
    i += width;
    int32_t r = mapping(c);
    if (r >= 0) {
      if (r < 0x80)
        b.add(uint8_t(r));
      else
        b.rune(r);
    }
  }
  return b.str();
}

bool isSeparator(int32_t r) {
  if (r <= 0x7F) {
    if (('0' <= r && r <= '9') || ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || r == '_')
      return false;
    return true;
  }
  if (unicode::IsLetter(r) || unicode::IsDigit(r))
    return false;
  return unicode::IsSpace(r);
}

inline int32_t runeAt(go::String s, int64_t i, int64_t *w) {
  if (s.p[i] < 0x80) {
    *w = 1;
    return s.p[i];
  }
  return unicode::utf8::detail::decode(s.p + i, s.n - i, w);
}
} // namespace

go::String Map(go::Func<int32_t(int32_t)> mapping, go::String s) { return mapRunes(mapping, s); }

go::String Repeat(go::String s, int64_t count) {
  if (count == 0)
    return go::String();
  if (count < 0)
    go::gopanic(go::box(&go::stringType, go::String("strings: negative Repeat count")));
  __int128 total = __int128(s.n) * count;
  if (total > INT64_MAX || total / count != s.n)
    go::gopanic(go::box(&go::stringType, go::String("strings: Repeat count causes overflow")));
  int64_t n = int64_t(total);
  if (n == 0)
    return go::String();
  uint8_t *b = static_cast<uint8_t *>(go::allocAtomic(size_t(n)));
  std::memcpy(b, s.p, size_t(s.n));
  for (int64_t w = s.n; w < n;) {
    int64_t c = w < n - w ? w : n - w;
    std::memcpy(b + w, b, size_t(c));
    w += c;
  }
  return go::String(b, n);
}

go::String Replace(go::String s, go::String old, go::String new_, int64_t n) {
  if (old == new_ || n == 0)
    return s;
  int64_t m = Count(s, old);
  if (m == 0)
    return s;
  if (n < 0 || m < n)
    n = m;
  Buf b;
  b.grow(s.n + n * (new_.n - old.n));
  int64_t start = 0;
  for (int64_t i = 0; i < n; i++) {
    int64_t j = start;
    if (old.n == 0) {
      if (i > 0) {
        int64_t wid;
        unicode::utf8::detail::decode(s.p + start, s.n - start, &wid);
        j += wid;
      }
    } else {
      j += Index(sub(s, start, s.n), old);
    }
    b.add(sub(s, start, j));
    b.add(new_);
    start = j + old.n;
  }
  b.add(sub(s, start, s.n));
  return b.str();
}
go::String ReplaceAll(go::String s, go::String old, go::String new_) { return Replace(s, old, new_, -1); }

go::String ToUpper(go::String s) { return mapRunes(unicode::ToUpper, s); }
go::String ToLower(go::String s) { return mapRunes(unicode::ToLower, s); }
go::String ToTitle(go::String s) { return mapRunes(unicode::ToTitle, s); }
go::String ToUpperSpecial(unicode::SpecialCase c, go::String s) {
  return mapRunes([c](int32_t r) { return unicode::SpecialCase_ToUpper(c, r); }, s);
}
go::String ToLowerSpecial(unicode::SpecialCase c, go::String s) {
  return mapRunes([c](int32_t r) { return unicode::SpecialCase_ToLower(c, r); }, s);
}
go::String ToTitleSpecial(unicode::SpecialCase c, go::String s) {
  return mapRunes([c](int32_t r) { return unicode::SpecialCase_ToTitle(c, r); }, s);
}

go::String Title(go::String s) {
  int32_t prev = ' ';
  return mapRunes(
      [&prev](int32_t r) {
        if (isSeparator(prev)) {
          prev = r;
          return unicode::ToTitle(r);
        }
        prev = r;
        return r;
      },
      s);
}

go::String ToValidUTF8(go::String s, go::String replacement) {
  int64_t i = 0;
  for (; i < s.n;) {
    int64_t w;
    int32_t c = runeAt(s, i, &w);
    if (c == kRuneError && w == 1)
      break;
    i += w;
  }
  if (i == s.n)
    return s;
  Buf b;
  b.grow(s.n + replacement.n);
  b.add(sub(s, 0, i));
  bool invalid = false;
  while (i < s.n) {
    uint8_t c = s.p[i];
    if (c < 0x80) {
      i++;
      invalid = false;
      b.add(c);
      continue;
    }
    int64_t wid;
    unicode::utf8::detail::decode(s.p + i, s.n - i, &wid);
    if (wid == 1) {
      i++;
      if (!invalid) {
        invalid = true;
        b.add(replacement);
      }
      continue;
    }
    invalid = false;
    b.add(sub(s, i, i + wid));
    i += wid;
  }
  return b.str();
}

go::String TrimLeftFunc(go::String s, RuneFunc f) {
  for (int64_t i = 0, w; i < s.n; i += w)
    if (!f(runeAt(s, i, &w)))
      return sub(s, i, s.n);
  return go::String();
}
go::String TrimRightFunc(go::String s, RuneFunc f) {
  int64_t i = s.n;
  while (i > 0) {
    int64_t size;
    int32_t r = unicode::utf8::detail::decodeLast(s.p, i, &size);
    if (!f(r))
      break;
    i -= size;
  }
  return sub(s, 0, i);
}
go::String TrimFunc(go::String s, RuneFunc f) { return TrimRightFunc(TrimLeftFunc(s, f), f); }

go::String TrimLeft(go::String s, go::String cutset) {
  if (s.n == 0 || cutset.n == 0)
    return s;
  while (s.n > 0) {
    int64_t n;
    int32_t r = runeAt(s, 0, &n);
    if (!ContainsRune(cutset, r))
      break;
    s = sub(s, n, s.n);
  }
  return s;
}
go::String TrimRight(go::String s, go::String cutset) {
  if (s.n == 0 || cutset.n == 0)
    return s;
  while (s.n > 0) {
    int64_t size;
    int32_t r = unicode::utf8::detail::decodeLast(s.p, s.n, &size);
    if (!ContainsRune(cutset, r))
      break;
    s = sub(s, 0, s.n - size);
  }
  return s;
}
go::String Trim(go::String s, go::String cutset) {
  if (s.n == 0 || cutset.n == 0)
    return s;
  return TrimLeft(TrimRight(s, cutset), cutset);
}
go::String TrimSpace(go::String s) {
  return TrimFunc(s, RuneFunc([](int32_t r) { return unicode::IsSpace(r); }));
}
go::String TrimPrefix(go::String s, go::String prefix) { return HasPrefix(s, prefix) ? sub(s, prefix.n, s.n) : s; }
go::String TrimSuffix(go::String s, go::String suffix) { return HasSuffix(s, suffix) ? sub(s, 0, s.n - suffix.n) : s; }

} // namespace pkg::strings
