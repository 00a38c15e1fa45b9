// buffer.cpp — bytes.Buffer, step for step as Go's buffer.go, so its
// growth (and so Cap() and when Bytes() stops aliasing) matches Go's.
//
// lastRead records the last read operation: opRead (-1) after a byte
// read, 1-4 after ReadRune of that many bytes, opInvalid (0) otherwise;
// UnreadByte and UnreadRune consult it.
#include "bytes/bytes.h"

#include <cstring>

#include "errors/errors.h"
#include "unicode/utf8/utf8.h"

namespace pkg::bytes {
namespace {

constexpr int8_t opRead = -1, opInvalid = 0, opReadRune1 = 1;
constexpr int64_t smallBufferSize = 64;

[[noreturn]] void panicText(const char *msg) {
  go::gopanic(go::box(&go::stringType, go::makeString(msg, int64_t(std::strlen(msg)))));
}

bool empty(Buffer *b) { return b->buf.len() <= b->off; }

bool tryGrowByReslice(Buffer *b, int64_t n, int64_t *at) {
  int64_t l = b->buf.len();
  if (n <= b->buf.cap() - l) {
    b->buf.len_ = l + n;
    *at = l;
    return true;
  }
  return false;
}

// A slice of len(s) holding s, with room for n more bytes: at least twice
// s's capacity, rounded up by append to a size class.
Bytes growSlice(Bytes s, int64_t n) {
  int64_t c = s.len() + n;
  if (c < 2 * s.cap())
    c = 2 * s.cap();
  Bytes b2 = go::appendSlice(Bytes(), go::makeSlice<uint8_t>(c));
  go::copy(b2, s);
  return Bytes(b2.p, s.len(), b2.cap());
}

// Makes room for n more bytes; returns where they go.
int64_t grow(Buffer *b, int64_t n) {
  int64_t m = Buffer_Len(b);
  if (m == 0 && b->off != 0)
    Buffer_Reset(b);
  int64_t at;
  if (tryGrowByReslice(b, n, &at))
    return at;
  if (b->buf.isNil() && n <= smallBufferSize) {
    b->buf = go::makeSlice<uint8_t>(n, smallBufferSize);
    return 0;
  }
  int64_t c = b->buf.cap();
  if (n <= c / 2 - m) {
    // Slide the contents down rather than allocate.
    std::memmove(b->buf.p, b->buf.p + b->off, size_t(m));
  } else if (c > INT64_MAX - c - n) {
    go::gopanic(ErrTooLarge);
  } else {
    // b->off is added to account for b->buf[:b->off] being sliced off.
    b->buf = growSlice(Bytes(b->buf.p + b->off, b->buf.len() - b->off, b->buf.cap() - b->off), b->off + n);
  }
  b->off = 0;
  b->buf.len_ = m + n;
  return m;
}

// The bytes up to and including delim (all of them, and io.EOF, when
// there is no delim), sharing the buffer's storage.
std::tuple<Bytes, go::Iface> readSlice(Buffer *b, uint8_t delim) {
  Bytes rest(b->buf.p + b->off, b->buf.len() - b->off, b->buf.cap() - b->off);
  int64_t i = IndexByte(rest, delim);
  int64_t end = b->off + i + 1;
  go::Iface err;
  if (i < 0) {
    end = b->buf.len();
    err = io::EOF_;
  }
  Bytes line(b->buf.p + b->off, end - b->off, b->buf.cap() - b->off);
  b->off = end;
  b->lastRead = opRead;
  return {line, err};
}

} // namespace

Buffer *NewBuffer(Bytes buf) {
  auto *b = go::newObject<Buffer>();
  b->buf = buf;
  return b;
}
Buffer *NewBufferString(go::String s) { return NewBuffer(go::stringToBytes(s)); }

int64_t Buffer_Available(Buffer *b) { return b->buf.cap() - b->buf.len(); }
Bytes Buffer_AvailableBuffer(Buffer *b) { return Bytes(b->buf.p + b->buf.len(), 0, b->buf.cap() - b->buf.len()); }
Bytes Buffer_Bytes(Buffer *b) { return Bytes(b->buf.p + b->off, b->buf.len() - b->off, b->buf.cap() - b->off); }
int64_t Buffer_Cap(Buffer *b) { return b->buf.cap(); }
int64_t Buffer_Len(Buffer *b) { return b->buf.len() - b->off; }

go::String Buffer_String(Buffer *b) {
  if (!b)
    return go::String("<nil>");
  return go::makeString(b->buf.p + b->off, b->buf.len() - b->off);
}

void Buffer_Reset(Buffer *b) {
  b->buf.len_ = 0;
  b->off = 0;
  b->lastRead = opInvalid;
}

void Buffer_Truncate(Buffer *b, int64_t n) {
  if (n == 0) {
    Buffer_Reset(b);
    return;
  }
  b->lastRead = opInvalid;
  if (n < 0 || n > Buffer_Len(b))
    panicText("bytes.Buffer: truncation out of range");
  b->buf.len_ = b->off + n;
}

void Buffer_Grow(Buffer *b, int64_t n) {
  if (n < 0)
    panicText("bytes.Buffer.Grow: negative count");
  int64_t m = grow(b, n);
  b->buf.len_ = m;
}

std::tuple<int64_t, go::Iface> Buffer_Write(Buffer *b, Bytes p) {
  b->lastRead = opInvalid;
  int64_t m;
  if (!tryGrowByReslice(b, p.len(), &m))
    m = grow(b, p.len());
  if (p.len())
    std::memmove(b->buf.p + m, p.p, size_t(p.len()));
  return {p.len(), go::Iface()};
}

std::tuple<int64_t, go::Iface> Buffer_WriteString(Buffer *b, go::String s) {
  b->lastRead = opInvalid;
  int64_t m;
  if (!tryGrowByReslice(b, s.n, &m))
    m = grow(b, s.n);
  if (s.n)
    std::memmove(b->buf.p + m, s.p, size_t(s.n));
  return {s.n, go::Iface()};
}

go::Iface Buffer_WriteByte(Buffer *b, uint8_t c) {
  b->lastRead = opInvalid;
  int64_t m;
  if (!tryGrowByReslice(b, 1, &m))
    m = grow(b, 1);
  b->buf.p[m] = c;
  return go::Iface();
}

std::tuple<int64_t, go::Iface> Buffer_WriteRune(Buffer *b, int32_t r) {
  if (uint32_t(r) < 0x80) {
    Buffer_WriteByte(b, uint8_t(r));
    return {1, go::Iface()};
  }
  b->lastRead = opInvalid;
  int64_t m;
  if (!tryGrowByReslice(b, 4, &m))
    m = grow(b, 4);
  int n = unicode::utf8::detail::encode(b->buf.p + m, r);
  b->buf.len_ = m + n;
  return {n, go::Iface()};
}

std::tuple<int64_t, go::Iface> Buffer_ReadFrom(Buffer *b, io::Reader r) {
  static go::Iface negativeRead = errors::New("bytes.Buffer: reader returned negative count from Read");
  b->lastRead = opInvalid;
  int64_t n = 0;
  for (;;) {
    int64_t i = grow(b, MinRead);
    b->buf.len_ = i;
    auto [m, e] = io::detail::read(r, Bytes(b->buf.p + i, b->buf.cap() - i, b->buf.cap() - i));
    if (m < 0)
      go::gopanic(negativeRead);
    b->buf.len_ = i + m;
    n += m;
    if (e == io::EOF_)
      return {n, go::Iface()};
    if (!e.isNil())
      return {n, e};
  }
}

std::tuple<int64_t, go::Iface> Buffer_WriteTo(Buffer *b, io::Writer w) {
  b->lastRead = opInvalid;
  int64_t n = 0;
  if (int64_t nBytes = Buffer_Len(b); nBytes > 0) {
    auto [m, e] = io::detail::write(w, Buffer_Bytes(b));
    if (m > nBytes)
      panicText("bytes.Buffer.WriteTo: invalid Write count");
    b->off += m;
    n = m;
    if (!e.isNil())
      return {n, e};
    if (m != nBytes)
      return {n, io::ErrShortWrite};
  }
  Buffer_Reset(b);
  return {n, go::Iface()};
}

std::tuple<int64_t, go::Iface> Buffer_Read(Buffer *b, Bytes p) {
  b->lastRead = opInvalid;
  if (empty(b)) {
    Buffer_Reset(b);
    if (p.len() == 0)
      return {0, go::Iface()};
    return {0, io::EOF_};
  }
  int64_t n = go::copy(p, Buffer_Bytes(b));
  b->off += n;
  if (n > 0)
    b->lastRead = opRead;
  return {n, go::Iface()};
}

Bytes Buffer_Next(Buffer *b, int64_t n) {
  b->lastRead = opInvalid;
  int64_t m = Buffer_Len(b);
  if (n > m)
    n = m;
  if (n < 0) { // Go slices b.buf[b.off : b.off+n], checking the high bound first
    if (b->off + n < 0)
      go::panicBounds(go::Bounds::SliceAcap, b->off + n, true, b->buf.cap());
    go::panicBounds(go::Bounds::SliceB, b->off, true, b->off + n);
  }
  Bytes data(b->buf.p + b->off, n, b->buf.cap() - b->off);
  b->off += n;
  if (n > 0)
    b->lastRead = opRead;
  return data;
}

std::tuple<uint8_t, go::Iface> Buffer_ReadByte(Buffer *b) {
  if (empty(b)) {
    Buffer_Reset(b);
    return {0, io::EOF_};
  }
  uint8_t c = b->buf.p[b->off++];
  b->lastRead = opRead;
  return {c, go::Iface()};
}

std::tuple<int32_t, int64_t, go::Iface> Buffer_ReadRune(Buffer *b) {
  if (empty(b)) {
    Buffer_Reset(b);
    return {0, 0, io::EOF_};
  }
  uint8_t c = b->buf.p[b->off];
  if (c < 0x80) {
    b->off++;
    b->lastRead = opReadRune1;
    return {c, 1, go::Iface()};
  }
  int64_t n;
  int32_t r = unicode::utf8::detail::decode(b->buf.p + b->off, b->buf.len() - b->off, &n);
  b->off += n;
  b->lastRead = int8_t(n);
  return {r, n, go::Iface()};
}

go::Iface Buffer_UnreadRune(Buffer *b) {
  static go::Iface notRune =
      errors::New("bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune");
  if (b->lastRead <= opInvalid)
    return notRune;
  if (b->off >= b->lastRead)
    b->off -= b->lastRead;
  b->lastRead = opInvalid;
  return go::Iface();
}

go::Iface Buffer_UnreadByte(Buffer *b) {
  static go::Iface notRead = errors::New("bytes.Buffer: UnreadByte: previous operation was not a successful read");
  if (b->lastRead == opInvalid)
    return notRead;
  b->lastRead = opInvalid;
  if (b->off > 0)
    b->off--;
  return go::Iface();
}

std::tuple<Bytes, go::Iface> Buffer_ReadBytes(Buffer *b, uint8_t delim) {
  auto [slice, err] = readSlice(b, delim);
  // A copy: the buffer's storage may be overwritten by later writes.
  return {go::appendSlice(Bytes(), slice), err};
}

std::tuple<go::String, go::Iface> Buffer_ReadString(Buffer *b, uint8_t delim) {
  auto [slice, err] = readSlice(b, delim);
  return {go::makeString(slice.p, slice.len()), err};
}

} // namespace pkg::bytes
