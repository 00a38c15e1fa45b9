// reader.cpp — bytes.Reader: reads, seeks and unreads over a byte slice,
// as Go's reader.go (errors say "bytes.Reader", and "slice" where
// strings.Reader says "string").
#include "bytes/bytes.h"

#include "io/reader_state.h"

namespace pkg::bytes {
namespace {

Bytes rest(Reader *r) { return Bytes(r->s.p + r->i, r->s.len() - r->i, r->s.cap() - r->i); }

// The reading methods shared with strings.Reader (io/reader_state.h).
io::detail::ReaderState state(Reader *r) {
  go::nilcheck(r);
  return {r->s.p, r->s.len(), r->i, r->prevRune, "bytes.Reader", "slice"};
}

} // namespace

Reader *NewReader(Bytes b) {
  auto *r = go::newObject<Reader>();
  *r = Reader{b, 0, -1};
  return r;
}

int64_t Reader_Len(Reader *r) {
  go::nilcheck(r);
  return r->i >= r->s.len() ? 0 : r->s.len() - r->i;
}
int64_t Reader_Size(Reader *r) { return go::deref(r).s.len(); }
void Reader_Reset(Reader *r, Bytes b) { go::deref(r) = Reader{b, 0, -1}; }

std::tuple<int64_t, go::Iface> Reader_Read(Reader *r, Bytes b) { return state(r).read(b); }
std::tuple<int64_t, go::Iface> Reader_ReadAt(Reader *r, Bytes b, int64_t off) { return state(r).readAt(b, off); }
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
