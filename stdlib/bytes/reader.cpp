// reader.cpp — bytes.Reader: reads, seeks and unreads over a byte slice,
// as Go's reader.go (errors say "bytes.Reader", and "slice" where
// strings.Reader says "string").
#include "bytes/bytes.h"

#include <cstring>

#include "errors/errors.h"
#include "unicode/utf8/utf8.h"

namespace pkg::bytes {
namespace {

go::Iface newErr(const char *msg) { return errors::New(go::makeString(msg, int64_t(std::strlen(msg)))); }

Bytes rest(Reader *r) { return Bytes(r->s.p + r->i, r->s.len() - r->i, r->s.cap() - r->i); }

} // namespace

Reader *NewReader(Bytes b) {
  auto *r = go::newObject<Reader>();
  *r = Reader{b, 0, -1};
  return r;
}

int64_t Reader_Len(Reader *r) { return r->i >= r->s.len() ? 0 : r->s.len() - r->i; }
int64_t Reader_Size(Reader *r) { return r->s.len(); }
void Reader_Reset(Reader *r, Bytes b) { *r = Reader{b, 0, -1}; }

std::tuple<int64_t, go::Iface> Reader_Read(Reader *r, Bytes b) {
  if (r->i >= r->s.len())
    return {0, io::EOF_};
  r->prevRune = -1;
  int64_t n = go::copy(b, rest(r));
  r->i += n;
  return {n, go::Iface()};
}

std::tuple<int64_t, go::Iface> Reader_ReadAt(Reader *r, Bytes b, int64_t off) {
  static go::Iface negative = newErr("bytes.Reader.ReadAt: negative offset");
  if (off < 0)
    return {0, negative};
  if (off >= r->s.len())
    return {0, io::EOF_};
  int64_t n = go::copy(b, Bytes(r->s.p + off, r->s.len() - off, r->s.cap() - off));
  return {n, n < b.len() ? io::EOF_ : go::Iface()};
}

std::tuple<uint8_t, go::Iface> Reader_ReadByte(Reader *r) {
  r->prevRune = -1;
  if (r->i >= r->s.len())
    return {0, io::EOF_};
  return {r->s.p[r->i++], go::Iface()};
}

go::Iface Reader_UnreadByte(Reader *r) {
  static go::Iface atStart = newErr("bytes.Reader.UnreadByte: at beginning of slice");
  if (r->i <= 0)
    return atStart;
  r->prevRune = -1;
  r->i--;
  return go::Iface();
}

std::tuple<int32_t, int64_t, go::Iface> Reader_ReadRune(Reader *r) {
  if (r->i >= r->s.len()) {
    r->prevRune = -1;
    return {0, 0, io::EOF_};
  }
  r->prevRune = r->i;
  uint8_t c = r->s.p[r->i];
  if (c < 0x80) {
    r->i++;
    return {c, 1, go::Iface()};
  }
  int64_t size;
  int32_t ch = unicode::utf8::detail::decode(r->s.p + r->i, r->s.len() - r->i, &size);
  r->i += size;
  return {ch, size, go::Iface()};
}

go::Iface Reader_UnreadRune(Reader *r) {
  static go::Iface atStart = newErr("bytes.Reader.UnreadRune: at beginning of slice");
  static go::Iface notRune = newErr("bytes.Reader.UnreadRune: previous operation was not ReadRune");
  if (r->i <= 0)
    return atStart;
  if (r->prevRune < 0)
    return notRune;
  r->i = r->prevRune;
  r->prevRune = -1;
  return go::Iface();
}

std::tuple<int64_t, go::Iface> Reader_Seek(Reader *r, int64_t offset, int64_t whence) {
  static go::Iface badWhence = newErr("bytes.Reader.Seek: invalid whence");
  static go::Iface negative = newErr("bytes.Reader.Seek: negative position");
  r->prevRune = -1;
  int64_t abs;
  switch (whence) {
  case 0:
    abs = offset;
    break;
  case 1:
    abs = r->i + offset;
    break;
  case 2:
    abs = r->s.len() + offset;
    break;
  default:
    return {0, badWhence};
  }
  if (abs < 0)
    return {0, negative};
  r->i = abs;
  return {abs, go::Iface()};
}

std::tuple<int64_t, go::Iface> Reader_WriteTo(Reader *r, io::Writer w) {
  r->prevRune = -1;
  if (r->i >= r->s.len())
    return {0, go::Iface()};
  Bytes b = rest(r);
  auto [m, err] = io::detail::write(w, b);
  if (m > b.len())
    go::gopanic(go::box(&go::stringType, go::String("bytes.Reader.WriteTo: invalid Write count")));
  r->i += m;
  if (m != b.len() && err.isNil())
    err = io::ErrShortWrite;
  return {m, err};
}

} // namespace pkg::bytes
