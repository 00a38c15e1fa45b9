// bytes.cpp — the functions of package bytes, through package strings'
// algorithms on a string view of the slice (see bytes.h for the rules on
// what shares the input and what is nil).
#include "bytes/bytes.h"

#include <cstring>

#include "errors/errors.h"
#include "strings/strings.h"
#include "unicode/utf8/utf8.h"

namespace pkg::bytes {
namespace {

// The slice's bytes as a string, sharing them (valid while nothing writes
// the slice, which holds for the duration of one call).
go::String view(Bytes b) { return go::String(b.p, b.len()); }

// The part of s that r (a result of strings on view(s)) covers, with the
// capacity of s from there on, or capped at its length.
Bytes within(Bytes s, go::String r, bool capped) {
  int64_t off = r.n == 0 && (r.p < s.p || r.p > s.p + s.len()) ? s.len() : r.p - s.p;
  return Bytes(s.p + off, r.n, capped ? r.n : s.cap() - off);
}

// A fresh slice holding r's bytes.
Bytes copyOf(go::String r) {
  Bytes b = go::makeSlice<uint8_t>(r.n);
  if (r.n)
    std::memcpy(b.p, r.p, size_t(r.n));
  return b;
}

Bytes nilIfEmpty(Bytes b) { return b.len() == 0 ? Bytes() : b; }

[[noreturn]] void panicText(const char *msg) {
  go::gopanic(go::box(&go::stringType, go::makeString(msg, int64_t(std::strlen(msg)))));
}

// Split's pieces: all capped but the last, which keeps s's capacity.
go::Slice<Bytes> pieces(Bytes s, go::Slice<go::String> parts, bool lastUncapped) {
  if (parts.isNil())
    return go::Slice<Bytes>();
  auto out = go::makeSlice<Bytes>(parts.len());
  for (int64_t i = 0; i < parts.len(); i++)
    out[i] = within(s, parts[i], !(lastUncapped && i == parts.len() - 1));
  return out;
}

} // namespace

go::Iface ErrTooLarge = errors::New("bytes.Buffer: too large");

// ------------------------------------------------- comparing, searching

Bytes Clone(Bytes b) { return b.isNil() ? Bytes() : copyOf(view(b)); }
int64_t Compare(Bytes a, Bytes b) { return strings::Compare(view(a), view(b)); }
bool Contains(Bytes b, Bytes subslice) { return strings::Contains(view(b), view(subslice)); }
bool ContainsAny(Bytes b, go::String chars) { return strings::ContainsAny(view(b), chars); }
bool ContainsRune(Bytes b, int32_t r) { return strings::ContainsRune(view(b), r); }
bool ContainsFunc(Bytes b, RuneFunc f) { return strings::ContainsFunc(view(b), f); }
int64_t Count(Bytes s, Bytes sep) { return strings::Count(view(s), view(sep)); }
bool Equal(Bytes a, Bytes b) { return view(a) == view(b); }
bool EqualFold(Bytes s, Bytes t) { return strings::EqualFold(view(s), view(t)); }
bool HasPrefix(Bytes s, Bytes prefix) { return strings::HasPrefix(view(s), view(prefix)); }
bool HasSuffix(Bytes s, Bytes suffix) { return strings::HasSuffix(view(s), view(suffix)); }
int64_t Index(Bytes s, Bytes sep) { return strings::Index(view(s), view(sep)); }
int64_t IndexAny(Bytes s, go::String chars) { return strings::IndexAny(view(s), chars); }
int64_t IndexByte(Bytes b, uint8_t c) { return strings::IndexByte(view(b), c); }
int64_t IndexFunc(Bytes s, RuneFunc f) { return strings::IndexFunc(view(s), f); }
int64_t IndexRune(Bytes s, int32_t r) { return strings::IndexRune(view(s), r); }
int64_t LastIndex(Bytes s, Bytes sep) { return strings::LastIndex(view(s), view(sep)); }
int64_t LastIndexAny(Bytes s, go::String chars) { return strings::LastIndexAny(view(s), chars); }
int64_t LastIndexByte(Bytes s, uint8_t c) { return strings::LastIndexByte(view(s), c); }
int64_t LastIndexFunc(Bytes s, RuneFunc f) { return strings::LastIndexFunc(view(s), f); }

// ------------------------------------------------- splitting, joining

std::tuple<Bytes, Bytes, bool> Cut(Bytes s, Bytes sep) {
  int64_t i = Index(s, sep);
  if (i < 0)
    return {s, Bytes(), false};
  return {Bytes(s.p, i, s.cap()), Bytes(s.p + i + sep.len(), s.len() - i - sep.len(), s.cap() - i - sep.len()),
          true};
}
std::tuple<Bytes, bool> CutPrefix(Bytes s, Bytes prefix) {
  if (!HasPrefix(s, prefix))
    return {s, false};
  return {Bytes(s.p + prefix.len(), s.len() - prefix.len(), s.cap() - prefix.len()), true};
}
std::tuple<Bytes, bool> CutSuffix(Bytes s, Bytes suffix) {
  if (!HasSuffix(s, suffix))
    return {s, false};
  return {Bytes(s.p, s.len() - suffix.len(), s.cap()), true};
}

go::Slice<Bytes> Fields(Bytes s) { return pieces(s, strings::Fields(view(s)), false); }
go::Slice<Bytes> FieldsFunc(Bytes s, RuneFunc f) { return pieces(s, strings::FieldsFunc(view(s), f), false); }
go::Slice<Bytes> Split(Bytes s, Bytes sep) { return pieces(s, strings::Split(view(s), view(sep)), true); }
go::Slice<Bytes> SplitAfter(Bytes s, Bytes sep) { return pieces(s, strings::SplitAfter(view(s), view(sep)), true); }
go::Slice<Bytes> SplitAfterN(Bytes s, Bytes sep, int64_t n) {
  return pieces(s, strings::SplitAfterN(view(s), view(sep), n), true);
}
go::Slice<Bytes> SplitN(Bytes s, Bytes sep, int64_t n) {
  return pieces(s, strings::SplitN(view(s), view(sep), n), true);
}

Bytes Join(go::Slice<Bytes> s, Bytes sep) {
  if (s.len() == 0)
    return go::makeSlice<uint8_t>(0);
  if (s.len() == 1)
    return copyOf(view(s[0])); // a copy, never s[0] itself
  auto parts = go::makeSlice<go::String>(s.len());
  for (int64_t i = 0; i < s.len(); i++)
    parts[i] = view(s[i]);
  return copyOf(strings::Join(parts, view(sep)));
}

// ------------------------------------------------------- transforming

Bytes Map(go::Func<int32_t(int32_t)> mapping, Bytes s) { return copyOf(strings::Map(mapping, view(s))); }
Bytes Repeat(Bytes b, int64_t count) {
  if (count == 0)
    return go::makeSlice<uint8_t>(0);
  if (count < 0)
    panicText("bytes: negative Repeat count");
  int64_t total;
  if (__builtin_mul_overflow(b.len(), count, &total))
    panicText("bytes: Repeat count causes overflow");
  Bytes out = go::makeSlice<uint8_t>(total);
  for (int64_t at = 0; at < total; at += b.len())
    std::memcpy(out.p + at, b.p, size_t(b.len()));
  return out;
}
Bytes Replace(Bytes s, Bytes old, Bytes new_, int64_t n) {
  if (n == 0 || Count(s, old) == 0)
    return go::appendSlice(Bytes(), s); // Go's append([]byte(nil), s...): nil when s is empty
  return copyOf(strings::Replace(view(s), view(old), view(new_), n));
}
Bytes ReplaceAll(Bytes s, Bytes old, Bytes new_) { return Replace(s, old, new_, -1); }
go::Slice<int32_t> Runes(Bytes s) {
  auto t = go::makeSlice<int32_t>(unicode::utf8::RuneCount(s));
  int64_t i = 0;
  for (int64_t at = 0; at < s.len();) {
    int64_t size;
    t[i++] = unicode::utf8::detail::decode(s.p + at, s.len() - at, &size);
    at += size;
  }
  return t;
}
Bytes Title(Bytes s) { return copyOf(strings::Title(view(s))); }
Bytes ToLower(Bytes s) { return copyOf(strings::ToLower(view(s))); }
Bytes ToLowerSpecial(unicode::SpecialCase c, Bytes s) { return copyOf(strings::ToLowerSpecial(c, view(s))); }
Bytes ToTitle(Bytes s) { return copyOf(strings::ToTitle(view(s))); }
Bytes ToTitleSpecial(unicode::SpecialCase c, Bytes s) { return copyOf(strings::ToTitleSpecial(c, view(s))); }
Bytes ToUpper(Bytes s) { return copyOf(strings::ToUpper(view(s))); }
Bytes ToUpperSpecial(unicode::SpecialCase c, Bytes s) { return copyOf(strings::ToUpperSpecial(c, view(s))); }
Bytes ToValidUTF8(Bytes s, Bytes replacement) { return copyOf(strings::ToValidUTF8(view(s), view(replacement))); }

Bytes Trim(Bytes s, go::String cutset) {
  if (s.len() == 0)
    return Bytes();
  return nilIfEmpty(within(s, strings::Trim(view(s), cutset), false));
}
Bytes TrimFunc(Bytes s, RuneFunc f) { return nilIfEmpty(within(s, strings::TrimFunc(view(s), f), false)); }
Bytes TrimLeft(Bytes s, go::String cutset) {
  if (s.len() == 0)
    return Bytes();
  return nilIfEmpty(within(s, strings::TrimLeft(view(s), cutset), false));
}
Bytes TrimLeftFunc(Bytes s, RuneFunc f) { return nilIfEmpty(within(s, strings::TrimLeftFunc(view(s), f), false)); }
Bytes TrimPrefix(Bytes s, Bytes prefix) { return std::get<0>(CutPrefix(s, prefix)); }
Bytes TrimRight(Bytes s, go::String cutset) {
  if (s.len() == 0)
    return s;
  return Bytes(s.p, strings::TrimRight(view(s), cutset).n, s.cap());
}
Bytes TrimRightFunc(Bytes s, RuneFunc f) {
  if (s.isNil())
    return s;
  return Bytes(s.p, strings::TrimRightFunc(view(s), f).n, s.cap());
}
Bytes TrimSpace(Bytes s) { return nilIfEmpty(within(s, strings::TrimSpace(view(s)), false)); }
Bytes TrimSuffix(Bytes s, Bytes suffix) { return std::get<0>(CutSuffix(s, suffix)); }

} // namespace pkg::bytes
