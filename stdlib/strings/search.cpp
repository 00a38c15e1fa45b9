// search.cpp — strings: comparing and searching (Compare, Contains*,
// Count, EqualFold, HasPrefix/Suffix, Index*, LastIndex*).
//
// Invariants: indices are byte offsets; invalid UTF-8 decodes as
// U+FFFD of width 1, so searching for utf8.RuneError also finds invalid
// bytes (as Go's IndexRune does); an empty substring is found at 0
// (Index) or len(s) (LastIndex), and Count("", "") is 1.
#include "strings/strings.h"

#include "unicode/utf8/utf8.h"

namespace pkg::strings {

namespace {
constexpr int32_t kRuneError = 0xFFFD;
inline int32_t runeAt(go::String s, int64_t i, int64_t *w) {
  if (s.p[i] < 0x80) {
    *w = 1;
    return s.p[i];
  }
  return unicode::utf8::detail::decode(s.p + i, s.n - i, w);
}
} // namespace

go::String Clone(go::String s) {
  if (s.n == 0)
    return go::String();
  return go::makeString(s.p, s.n);
}

int64_t Compare(go::String a, go::String b) {
  auto c = a <=> b;
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

int64_t Index(go::String s, go::String substr) {
  if (substr.n == 0)
    return 0;
  size_t i = s.view().find(substr.view());
  return i == std::string_view::npos ? -1 : int64_t(i);
}
int64_t LastIndex(go::String s, go::String substr) {
  if (substr.n == 0)
    return s.n;
  size_t i = s.view().rfind(substr.view());
  return i == std::string_view::npos ? -1 : int64_t(i);
}
int64_t IndexByte(go::String s, uint8_t c) {
  const void *p = s.n ? std::memchr(s.p, c, size_t(s.n)) : nullptr;
  return p ? static_cast<const uint8_t *>(p) - s.p : -1;
}
int64_t LastIndexByte(go::String s, uint8_t c) {
  for (int64_t i = s.n - 1; i >= 0; i--)
    if (s.p[i] == c)
      return i;
  return -1;
}

int64_t IndexRune(go::String s, int32_t r) {
  if (0 <= r && r < 0x80)
    return IndexByte(s, uint8_t(r));
  if (r == kRuneError) {
    for (int64_t i = 0, w; i < s.n; i += w)
      if (runeAt(s, i, &w) == kRuneError)
        return i;
    return -1;
  }
  if (!unicode::utf8::ValidRune(r))
    return -1;
  uint8_t buf[4];
  int n = unicode::utf8::detail::encode(buf, r);
  return Index(s, go::String(buf, n));
}

bool Contains(go::String s, go::String substr) { return Index(s, substr) >= 0; }
bool ContainsAny(go::String s, go::String chars) { return IndexAny(s, chars) >= 0; }
bool ContainsRune(go::String s, int32_t r) { return IndexRune(s, r) >= 0; }
bool ContainsFunc(go::String s, RuneFunc f) { return IndexFunc(s, f) >= 0; }

int64_t IndexAny(go::String s, go::String chars) {
  if (chars.n == 0)
    return -1;
  if (chars.n == 1) {
    int32_t r = chars.p[0];
    if (r >= 0x80)
      r = kRuneError;
    return IndexRune(s, r);
  }
  for (int64_t i = 0, w; i < s.n; i += w)
    if (IndexRune(chars, runeAt(s, i, &w)) >= 0)
      return i;
  return -1;
}

int64_t LastIndexAny(go::String s, go::String chars) {
  if (chars.n == 0)
    return -1;
  if (s.n == 1) {
    int32_t rc = s.p[0];
    if (rc >= 0x80)
      rc = kRuneError;
    return IndexRune(chars, rc) >= 0 ? 0 : -1;
  }
  int32_t single = -1;
  if (chars.n == 1) {
    single = chars.p[0];
    if (single >= 0x80)
      single = kRuneError;
  }
  for (int64_t i = s.n; i > 0;) {
    int64_t size;
    int32_t r = unicode::utf8::detail::decodeLast(s.p, i, &size);
    i -= size;
    if (single >= 0 ? r == single : IndexRune(chars, r) >= 0)
      return i;
  }
  return -1;
}

int64_t IndexFunc(go::String s, RuneFunc f) {
  for (int64_t i = 0, w; i < s.n; i += w)
    if (f(runeAt(s, i, &w)))
      return i;
  return -1;
}
int64_t LastIndexFunc(go::String s, RuneFunc f) {
  for (int64_t i = s.n; i > 0;) {
    int64_t size;
    int32_t r = unicode::utf8::detail::decodeLast(s.p, i, &size);
    i -= size;
    if (f(r))
      return i;
  }
  return -1;
}

int64_t Count(go::String s, go::String substr) {
  if (substr.n == 0)
    return unicode::utf8::RuneCountInString(s) + 1;
  if (substr.n == 1) {
    int64_t n = 0;
    for (int64_t i = 0; i < s.n; i++)
      n += s.p[i] == substr.p[0];
    return n;
  }
  int64_t n = 0;
  std::string_view v = s.view(), sub = substr.view();
  for (size_t i = 0; (i = v.find(sub, i)) != std::string_view::npos; i += sub.size())
    n++;
  return n;
}

bool HasPrefix(go::String s, go::String prefix) {
  return s.n >= prefix.n && (prefix.n == 0 || std::memcmp(s.p, prefix.p, size_t(prefix.n)) == 0);
}
bool HasSuffix(go::String s, go::String suffix) {
  return s.n >= suffix.n && (suffix.n == 0 || std::memcmp(s.p + s.n - suffix.n, suffix.p, size_t(suffix.n)) == 0);
}

bool EqualFold(go::String s, go::String t) {
  int64_t i = 0, j = 0;
  while (i < s.n && j < t.n) {
    int64_t w;
    int32_t sr = runeAt(s, i, &w);
    i += w;
    int32_t tr = runeAt(t, j, &w);
    j += w;
    if (tr == sr)
      continue;
    if (tr < sr)
      std::swap(tr, sr);
    if (tr < 0x80) {
      if ('A' <= sr && sr <= 'Z' && tr == sr + 'a' - 'A')
        continue;
      return false;
    }
    int32_t r = unicode::SimpleFold(sr);
    while (r != sr && r < tr)
      r = unicode::SimpleFold(r);
    if (r == tr)
      continue;
    return false;
  }
  return i == s.n && j == t.n;
}

} // namespace pkg::strings
