// reader.cpp — bufio.Reader: buffered reading from an io.Reader.
//
// Invariants: buf[r:w] holds the unread bytes; err is the sticky error
// from the last fill, reported once the buffer is drained (readErr
// clears it). lastByte/lastRuneSize enable UnreadByte/UnreadRune (-1
// when not allowed). Sizes below 16 are raised to 16; default 4096.
#include "bufio/bufio.h"

#include "unicode/utf8/utf8.h"

namespace pkg::bufio {

go::Iface ErrInvalidUnreadByte = errors::New("bufio: invalid use of UnreadByte");
go::Iface ErrInvalidUnreadRune = errors::New("bufio: invalid use of UnreadRune");
go::Iface ErrBufferFull = errors::New("bufio: buffer full");
go::Iface ErrNegativeCount = errors::New("bufio: negative count");

namespace {
constexpr int64_t defaultBufSize = 4096, minReadBufferSize = 16, maxConsecutiveEmptyReads = 100;
go::Iface errNegativeRead = errors::New("bufio: reader returned negative count from Read");

[[noreturn]] void panicErr(go::Iface e) { go::gopanic(e); }

void reset(Reader *b, go::Slice<uint8_t> buf, io::Reader r) {
  *b = Reader{buf, r, 0, 0, go::Iface(), -1, -1};
}

go::Iface readErr(Reader *b) {
  go::Iface err = b->err;
  b->err = go::Iface();
  return err;
}

// Reads a new chunk into the buffer.
void fill(Reader *b) {
  if (b->r > 0) {
    std::memmove(b->buf.p, b->buf.p + b->r, size_t(b->w - b->r));
    b->w -= b->r;
    b->r = 0;
  }
  if (b->w >= b->buf.len())
    go::gopanic(go::box(&go::stringType, go::String("bufio: tried to fill full buffer")));
  for (int64_t i = maxConsecutiveEmptyReads; i > 0; i--) {
    auto [n, err] = io::detail::read(b->rd, go::slice(b->buf, b->w, go::kAbsent));
    if (n < 0)
      panicErr(errNegativeRead);
    b->w += n;
    if (!err.isNil()) {
      b->err = err;
      return;
    }
    if (n > 0)
      return;
  }
  b->err = io::ErrNoProgress;
}
} // namespace

Reader *NewReaderSize(io::Reader rd, int64_t size) {
  if (rd.type() == nullptr) {
    // fall through: a nil reader panics on first use, as in Go
  } else if (const go::Type *t = rd.type(); t->kind == go::Kind::Pointer && t->elem && t->elem->name == "bufio.Reader") {
    auto *b = static_cast<Reader *>(rd.data);
    if (b->buf.len() >= size)
      return b;
  }
  if (size < minReadBufferSize)
    size = minReadBufferSize;
  auto *r = go::newObject<Reader>();
  reset(r, go::makeSlice<uint8_t>(size), rd);
  return r;
}
Reader *NewReader(io::Reader rd) { return NewReaderSize(rd, defaultBufSize); }

int64_t Reader_Size(Reader *b) { return go::deref(b).buf.len(); }
void Reader_Reset(Reader *b, io::Reader r) {
  go::nilcheck(b);
  if (b->buf.isNil())
    b->buf = go::makeSlice<uint8_t>(defaultBufSize);
  reset(b, b->buf, r);
}
int64_t Reader_Buffered(Reader *b) { return go::deref(b).w - b->r; }

std::tuple<go::Slice<uint8_t>, go::Iface> Reader_Peek(Reader *b, int64_t n) {
  go::nilcheck(b);
  if (n < 0)
    return {nullptr, ErrNegativeCount};
  b->lastByte = -1;
  b->lastRuneSize = -1;
  while (b->w - b->r < n && b->w - b->r < b->buf.len() && b->err.isNil())
    fill(b);
  if (n > b->buf.len())
    return {go::slice(b->buf, b->r, b->w), ErrBufferFull};
  go::Iface err;
  if (int64_t avail = b->w - b->r; avail < n) {
    n = avail;
    err = readErr(b);
    if (err.isNil())
      err = ErrBufferFull;
  }
  return {go::slice(b->buf, b->r, b->r + n), err};
}

std::tuple<int64_t, go::Iface> Reader_Discard(Reader *b, int64_t n) {
  go::nilcheck(b);
  if (n < 0)
    return {0, ErrNegativeCount};
  if (n == 0)
    return {0, go::Iface()};
  b->lastByte = -1;
  b->lastRuneSize = -1;
  int64_t remain = n;
  for (;;) {
    int64_t skip = b->w - b->r;
    if (skip == 0) {
      fill(b);
      skip = b->w - b->r;
    }
    if (skip > remain)
      skip = remain;
    b->r += skip;
    remain -= skip;
    if (remain == 0)
      return {n, go::Iface()};
    if (!b->err.isNil())
      return {n - remain, readErr(b)};
  }
}

std::tuple<int64_t, go::Iface> Reader_Read(Reader *b, go::Slice<uint8_t> p) {
  go::nilcheck(b);
  int64_t n = p.len();
  if (n == 0) {
    if (b->w - b->r > 0)
      return {0, go::Iface()};
    return {0, readErr(b)};
  }
  if (b->r == b->w) {
    if (!b->err.isNil())
      return {0, readErr(b)};
    if (p.len() >= b->buf.len()) {
      auto [rn, err] = io::detail::read(b->rd, p);
      if (rn < 0)
        panicErr(errNegativeRead);
      if (rn > 0) {
        b->lastByte = p.p[rn - 1];
        b->lastRuneSize = -1;
      }
      return {rn, err};
    }
    b->r = 0;
    b->w = 0;
    auto [rn, err] = io::detail::read(b->rd, b->buf);
    if (rn < 0)
      panicErr(errNegativeRead);
    if (rn == 0)
      return {0, err};
    b->w += rn;
    b->err = err;
  }
  n = go::copy(p, go::slice(b->buf, b->r, b->w));
  b->r += n;
  b->lastByte = b->buf.p[b->r - 1];
  b->lastRuneSize = -1;
  return {n, go::Iface()};
}

std::tuple<uint8_t, go::Iface> Reader_ReadByte(Reader *b) {
  go::nilcheck(b);
  b->lastRuneSize = -1;
  while (b->r == b->w) {
    if (!b->err.isNil())
      return {0, readErr(b)};
    fill(b);
  }
  uint8_t c = b->buf.p[b->r++];
  b->lastByte = c;
  return {c, go::Iface()};
}

go::Iface Reader_UnreadByte(Reader *b) {
  go::nilcheck(b);
  if (b->lastByte < 0 || (b->r == 0 && b->w > 0))
    return ErrInvalidUnreadByte;
  if (b->r > 0)
    b->r--;
  else
    b->w = 1;
  b->buf.p[b->r] = uint8_t(b->lastByte);
  b->lastByte = -1;
  b->lastRuneSize = -1;
  return go::Iface();
}

std::tuple<int32_t, int64_t, go::Iface> Reader_ReadRune(Reader *b) {
  go::nilcheck(b);
  while (b->r + 4 > b->w && !unicode::utf8::detail::full(b->buf.p + b->r, b->w - b->r) && b->err.isNil() &&
         b->w - b->r < b->buf.len())
    fill(b);
  b->lastRuneSize = -1;
  if (b->r == b->w)
    return {0, 0, readErr(b)};
  int32_t r = b->buf.p[b->r];
  int64_t size = 1;
  if (r >= 0x80)
    r = unicode::utf8::detail::decode(b->buf.p + b->r, b->w - b->r, &size);
  b->r += size;
  b->lastByte = b->buf.p[b->r - 1];
  b->lastRuneSize = size;
  return {r, size, go::Iface()};
}

go::Iface Reader_UnreadRune(Reader *b) {
  go::nilcheck(b);
  if (b->lastRuneSize < 0 || b->r < b->lastRuneSize)
    return ErrInvalidUnreadRune;
  b->r -= b->lastRuneSize;
  b->lastByte = -1;
  b->lastRuneSize = -1;
  return go::Iface();
}

std::tuple<go::Slice<uint8_t>, go::Iface> Reader_ReadSlice(Reader *b, uint8_t delim) {
  go::nilcheck(b);
  int64_t s = 0;
  go::Slice<uint8_t> line;
  go::Iface err;
  for (;;) {
    const void *q = b->w - b->r - s > 0 ? std::memchr(b->buf.p + b->r + s, delim, size_t(b->w - b->r - s)) : nullptr;
    if (q) {
      int64_t i = static_cast<const uint8_t *>(q) - (b->buf.p + b->r) ;
      line = go::slice(b->buf, b->r, b->r + i + 1);
      b->r += i + 1;
      break;
    }
    if (!b->err.isNil()) {
      line = go::slice(b->buf, b->r, b->w);
      b->r = b->w;
      err = readErr(b);
      break;
    }
    if (b->w - b->r >= b->buf.len()) {
      b->r = b->w;
      line = b->buf;
      err = ErrBufferFull;
      break;
    }
    s = b->w - b->r;
    fill(b);
  }
  if (int64_t i = line.len() - 1; i >= 0) {
    b->lastByte = line.p[i];
    b->lastRuneSize = -1;
  }
  return {line, err};
}

std::tuple<go::Slice<uint8_t>, bool, go::Iface> Reader_ReadLine(Reader *b) {
  auto [line, err] = Reader_ReadSlice(b, '\n');
  if (err == ErrBufferFull) {
    if (line.len() > 0 && line.p[line.len() - 1] == '\r') {
      if (b->r == 0)
        go::gopanic(go::box(&go::stringType, go::String("bufio: tried to rewind past start of buffer")));
      b->r--;
      line = go::slice(line, 0, line.len() - 1);
    }
    return {line, true, go::Iface()};
  }
  if (line.len() == 0) {
    if (!err.isNil())
      line = nullptr;
    return {line, false, err};
  }
  err = go::Iface();
  if (line.p[line.len() - 1] == '\n') {
    int64_t drop = 1;
    if (line.len() > 1 && line.p[line.len() - 2] == '\r')
      drop = 2;
    line = go::slice(line, 0, line.len() - drop);
  }
  return {line, false, err};
}

namespace {
// Go's collectFragments: full buffers before the delimiter, the final
// fragment, the total length and the error.
struct Collected {
  go::Slice<go::Slice<uint8_t>> full;
  go::Slice<uint8_t> frag;
  int64_t total;
  go::Iface err;
};
Collected collectFragments(Reader *b, uint8_t delim) {
  Collected c{};
  for (;;) {
    auto [e, err] = Reader_ReadSlice(b, delim);
    if (err.isNil()) {
      c.frag = e;
      break;
    }
    if (!(err == ErrBufferFull)) {
      c.frag = e;
      c.err = err;
      break;
    }
    go::Slice<uint8_t> buf = go::makeSlice<uint8_t>(e.len());
    go::copy(buf, e);
    c.full = go::append(c.full, buf);
    c.total += buf.len();
  }
  c.total += c.frag.len();
  return c;
}
go::Slice<uint8_t> joinCollected(const Collected &c) {
  go::Slice<uint8_t> buf = go::makeSlice<uint8_t>(c.total);
  int64_t n = 0;
  for (const go::Slice<uint8_t> &f : c.full)
    n += go::copy(go::slice(buf, n, go::kAbsent), f);
  go::copy(go::slice(buf, n, go::kAbsent), c.frag);
  return buf;
}
} // namespace

std::tuple<go::Slice<uint8_t>, go::Iface> Reader_ReadBytes(Reader *b, uint8_t delim) {
  Collected c = collectFragments(b, delim);
  return {joinCollected(c), c.err};
}
std::tuple<go::String, go::Iface> Reader_ReadString(Reader *b, uint8_t delim) {
  Collected c = collectFragments(b, delim);
  go::Slice<uint8_t> buf = joinCollected(c);
  return {go::String(buf.p, buf.len()), c.err};
}

std::tuple<int64_t, go::Iface> Reader_WriteTo(Reader *b, io::Writer w) {
  go::nilcheck(b);
  b->lastByte = -1;
  b->lastRuneSize = -1;
  int64_t n = 0;
  auto writeBuf = [&]() -> go::Iface {
    auto [m, err] = io::detail::write(w, go::slice(b->buf, b->r, b->w));
    if (m < 0)
      go::gopanic(go::box(&go::stringType, go::String("bufio: writer returned negative count from Write")));
    b->r += m;
    n += m;
    return err;
  };
  if (go::Iface err = writeBuf(); !err.isNil())
    return {n, err};
  if (b->w - b->r < b->buf.len())
    fill(b);
  while (b->r < b->w) {
    if (go::Iface err = writeBuf(); !err.isNil())
      return {n, err};
    fill(b);
  }
  go::Iface err = b->err;
  b->err = go::Iface();
  if (err == io::EOF_)
    err = go::Iface();
  return {n, err};
}

ReadWriter *NewReadWriter(Reader *r, Writer *w) {
  auto *rw = go::newObject<ReadWriter>();
  rw->Reader = r;
  rw->Writer = w;
  return rw;
}

} // namespace pkg::bufio
