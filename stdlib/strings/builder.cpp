// builder.cpp — strings.Builder, strings.Reader and strings.Replacer.
//
// Invariants: Builder only ever appends to buf (Go's append growth), so a
// string returned by String keeps its bytes; Reset drops buf. Reader's i
// is the read offset (it may exceed len(s) after Seek) and prevRune the
// offset of the rune last read by ReadRune, or -1. Replacer matches, at
// each position, the first old string in argument order that is a prefix
// there (Go's priority order); an empty old string matches between
// runes, but never twice at one position.
#include "strings/strings.h"

#include "io/reader_state.h"

#include "unicode/utf8/utf8.h"

namespace pkg::strings {

namespace {
[[noreturn]] void panicText(go::String msg) { go::gopanic(go::box(&go::stringType, msg)); }
} // namespace

// --- Builder

// Go's copyCheck: the first write records the Builder's own address;
// a write through a copy of a non-zero Builder (whose addr is the
// original's) panics, since the copy would share and overwrite buf.
namespace {
void copyCheck(Builder *b) {
  go::nilcheck(b);
  if (b->addr == nullptr)
    b->addr = b;
  else if (b->addr != b)
    panicText(go::String("strings: illegal use of non-zero Builder copied by value"));
}
} // namespace

int64_t Builder_Cap(Builder *b) { return go::deref(b).buf.cap(); }
int64_t Builder_Len(Builder *b) { return go::deref(b).buf.len(); }
void Builder_Reset(Builder *b) {
  go::nilcheck(b);
  b->addr = nullptr;
  b->buf = nullptr;
}
go::String Builder_String(Builder *b) { return go::String(go::deref(b).buf.p, b->buf.len()); }
void Builder_Grow(Builder *b, int64_t n) {
  copyCheck(b);
  if (n < 0)
    panicText("strings.Builder.Grow: negative count");
  if (b->buf.cap() - b->buf.len() < n) {
    go::Slice<uint8_t> nb = go::makeSlice<uint8_t>(b->buf.len(), 2 * b->buf.cap() + n);
    go::copy(nb, b->buf);
    b->buf = nb;
  }
}
std::tuple<int64_t, go::Iface> Builder_Write(Builder *b, go::Slice<uint8_t> p) {
  copyCheck(b);
  b->buf = go::appendSlice(b->buf, p);
  return {p.len(), go::Iface()};
}
go::Iface Builder_WriteByte(Builder *b, uint8_t c) {
  copyCheck(b);
  b->buf = go::append(b->buf, c);
  return go::Iface();
}
std::tuple<int64_t, go::Iface> Builder_WriteRune(Builder *b, int32_t r) {
  copyCheck(b);
  uint8_t tmp[4];
  int n = unicode::utf8::detail::encode(tmp, r);
  b->buf = go::appendSlice(b->buf, go::Slice<uint8_t>(tmp, n, n));
  return {n, go::Iface()};
}
std::tuple<int64_t, go::Iface> Builder_WriteString(Builder *b, go::String s) {
  copyCheck(b);
  b->buf = go::appendString(b->buf, s);
  return {s.len(), go::Iface()};
}

// --- Reader
Reader *NewReader(go::String s) { return go::newObject<Reader>(Reader{s, 0, -1}); }
int64_t Reader_Len(Reader *r) {
  go::nilcheck(r);
  return r->i >= r->s.n ? 0 : r->s.n - r->i;
}
int64_t Reader_Size(Reader *r) { return go::deref(r).s.n; }
void Reader_Reset(Reader *r, go::String s) { go::deref(r) = Reader{s, 0, -1}; }

// The reading methods shared with bytes.Reader (io/reader_state.h).
static io::detail::ReaderState state(Reader *r) {
  go::nilcheck(r);
  return {r->s.p, r->s.n, r->i, r->prevRune, "strings.Reader", "string"};
}

std::tuple<int64_t, go::Iface> Reader_Read(Reader *r, go::Slice<uint8_t> b) { return state(r).read(b); }
std::tuple<int64_t, go::Iface> Reader_ReadAt(Reader *r, go::Slice<uint8_t> b, int64_t off) {
  return state(r).readAt(b, off);
}
std::tuple<uint8_t, go::Iface> Reader_ReadByte(Reader *r) { return state(r).readByte(); }
go::Iface Reader_UnreadByte(Reader *r) { return state(r).unreadByte(); }
std::tuple<int32_t, int64_t, go::Iface> Reader_ReadRune(Reader *r) { return state(r).readRune(); }
go::Iface Reader_UnreadRune(Reader *r) { return state(r).unreadRune(); }
std::tuple<int64_t, go::Iface> Reader_Seek(Reader *r, int64_t offset, int64_t whence) {
  return state(r).seek(offset, whence);
}

std::tuple<int64_t, go::Iface> Reader_WriteTo(Reader *r, io::Writer w) {
  go::nilcheck(r);
  r->prevRune = -1;
  if (r->i >= r->s.n)
    return {0, go::Iface()};
  go::String s(r->s.p + r->i, r->s.n - r->i);
  auto [m, err] = io::WriteString(w, s);
  if (m > s.n)
    panicText("strings.Reader.WriteTo: invalid WriteString count");
  r->i += m;
  if (m != s.n && err.isNil())
    err = io::ErrShortWrite;
  return {m, err};
}

// --- Replacer
Replacer *NewReplacer(go::Slice<go::String> oldnew) {
  if (oldnew.len() % 2 == 1)
    panicText("strings.NewReplacer: odd argument count");
  auto *r = go::newObject<Replacer>();
  r->oldnew = go::makeSlice<go::String>(oldnew.len());
  go::copy(r->oldnew, oldnew);
  return r;
}

go::String Replacer_Replace(Replacer *r, go::String s) {
  go::nilcheck(r);
  const go::Slice<go::String> &on = r->oldnew;
  int64_t pairs = on.len() / 2;
  if (pairs == 0)
    return s;
  // The bytes that can start a non-empty old string.
  bool first[256] = {};
  bool hasEmpty = false;
  for (int64_t k = 0; k < pairs; k++) {
    if (on.p[2 * k].n == 0)
      hasEmpty = true;
    else
      first[on.p[2 * k].p[0]] = true;
  }
  go::Slice<uint8_t> out;
  int64_t last = 0;
  bool prevMatchEmpty = false, changed = false;
  for (int64_t i = 0; i <= s.n;) {
    if (i != s.n && !hasEmpty && !first[s.p[i]]) {
      i++;
      continue;
    }
    int64_t match = -1;
    for (int64_t k = 0; k < pairs; k++) {
      go::String old = on.p[2 * k];
      if (old.n == 0 ? !prevMatchEmpty : HasPrefix(go::String(s.p + i, s.n - i), old)) {
        match = k;
        break;
      }
    }
    prevMatchEmpty = match >= 0 && on.p[2 * match].n == 0;
    if (match >= 0) {
      out = go::appendString(out, go::String(s.p + last, i - last));
      out = go::appendString(out, on.p[2 * match + 1]);
      i += on.p[2 * match].n;
      last = i;
      changed = true;
      continue;
    }
    i++;
  }
  if (!changed)
    return s;
  out = go::appendString(out, go::String(s.p + last, s.n - last));
  return go::String(out.p, out.len());
}

std::tuple<int64_t, go::Iface> Replacer_WriteString(Replacer *r, io::Writer w, go::String s) {
  return io::WriteString(w, Replacer_Replace(r, s));
}

} // namespace pkg::strings
