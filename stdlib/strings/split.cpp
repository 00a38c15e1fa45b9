// split.cpp — strings: Cut*, Fields*, Join and the Split family.
//
// Invariants: pieces are substrings of the input (no copies); an empty
// separator splits after each UTF-8 sequence (an invalid byte is one
// piece, "\uFFFD", as in go1.19); n == 0 gives a nil slice, n < 0 all pieces, as Go's genSplit.
#include "strings/strings.h"

#include "unicode/utf8/utf8.h"

namespace pkg::strings {

namespace {
inline go::String sub(go::String s, int64_t lo, int64_t hi) { return go::String(s.p + lo, hi - lo); }

go::Slice<go::String> explode(go::String s, int64_t n) {
  int64_t l = unicode::utf8::RuneCountInString(s);
  if (n < 0 || n > l)
    n = l;
  go::Slice<go::String> a = go::makeSlice<go::String>(n);
  for (int64_t i = 0; i < n - 1; i++) {
    int64_t size;
    int32_t ch = unicode::utf8::detail::decode(s.p, s.n, &size);
    a.p[i] = sub(s, 0, size);
    s = sub(s, size, s.n);
    if (ch == 0xFFFD) // as go1.19: an invalid byte becomes "\uFFFD"
      a.p[i] = go::String("\xef\xbf\xbd", 3);
  }
  if (n > 0)
    a.p[n - 1] = s;
  return a;
}

go::Slice<go::String> genSplit(go::String s, go::String sep, int64_t sepSave, int64_t n) {
  if (n == 0)
    return nullptr;
  if (sep.n == 0)
    return explode(s, n);
  if (n < 0)
    n = Count(s, sep) + 1;
  if (n > s.n + 1)
    n = s.n + 1;
  go::Slice<go::String> a = go::makeSlice<go::String>(n);
  n--;
  int64_t i = 0;
  while (i < n) {
    int64_t m = Index(s, sep);
    if (m < 0)
      break;
    a.p[i] = sub(s, 0, m + sepSave);
    s = sub(s, m + sep.n, s.n);
    i++;
  }
  a.p[i] = s;
  return go::Slice<go::String>(a.p, i + 1, a.cap());
}
} // namespace

go::Slice<go::String> SplitN(go::String s, go::String sep, int64_t n) { return genSplit(s, sep, 0, n); }
go::Slice<go::String> SplitAfterN(go::String s, go::String sep, int64_t n) { return genSplit(s, sep, sep.n, n); }
go::Slice<go::String> Split(go::String s, go::String sep) { return genSplit(s, sep, 0, -1); }
go::Slice<go::String> SplitAfter(go::String s, go::String sep) { return genSplit(s, sep, sep.n, -1); }

std::tuple<go::String, go::String, bool> Cut(go::String s, go::String sep) {
  int64_t i = Index(s, sep);
  if (i >= 0)
    return {sub(s, 0, i), sub(s, i + sep.n, s.n), true};
  return {s, go::String(), false};
}
std::tuple<go::String, bool> CutPrefix(go::String s, go::String prefix) {
  if (!HasPrefix(s, prefix))
    return {s, false};
  return {sub(s, prefix.n, s.n), true};
}
std::tuple<go::String, bool> CutSuffix(go::String s, go::String suffix) {
  if (!HasSuffix(s, suffix))
    return {s, false};
  return {sub(s, 0, s.n - suffix.n), true};
}

go::Slice<go::String> FieldsFunc(go::String s, RuneFunc f) {
  struct Span {
    int64_t start, end;
  };
  go::Slice<Span> spans = go::makeSlice<Span>(0, 32);
  int64_t start = -1;
  for (int64_t i = 0; i < s.n;) {
    int64_t size;
    int32_t r = unicode::utf8::detail::decode(s.p + i, s.n - i, &size);
    if (f(r)) {
      if (start >= 0) {
        spans = go::append(spans, Span{start, i});
        start = ~start;
      }
    } else if (start < 0) {
      start = i;
    }
    i += size;
  }
  if (start >= 0)
    spans = go::append(spans, Span{start, s.n});
  go::Slice<go::String> a = go::makeSlice<go::String>(spans.len());
  for (int64_t i = 0; i < spans.len(); i++)
    a.p[i] = sub(s, spans.p[i].start, spans.p[i].end);
  return a;
}

go::Slice<go::String> Fields(go::String s) {
  return FieldsFunc(s, RuneFunc([](int32_t r) { return unicode::IsSpace(r); }));
}

go::String Join(go::Slice<go::String> elems, go::String sep) {
  switch (elems.len()) {
  case 0:
    return go::String();
  case 1:
    return elems.p[0];
  }
  int64_t n = sep.n * (elems.len() - 1);
  for (go::String e : elems)
    n += e.n;
  uint8_t *b = static_cast<uint8_t *>(go::allocAtomic(size_t(n)));
  int64_t w = 0;
  for (int64_t i = 0; i < elems.len(); i++) {
    if (i > 0 && sep.n) {
      std::memcpy(b + w, sep.p, size_t(sep.n));
      w += sep.n;
    }
    if (elems.p[i].n)
      std::memcpy(b + w, elems.p[i].p, size_t(elems.p[i].n));
    w += elems.p[i].n;
  }
  return go::String(b, n);
}

} // namespace pkg::strings
