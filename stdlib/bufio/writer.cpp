// writer.cpp — bufio.Writer: buffered writing to an io.Writer.
//
// Invariants: buf[0:n] holds unflushed bytes; once a write to wr fails,
// err is sticky and every later write and Flush returns it. A write
// larger than the free space goes straight to wr when the buffer is
// empty, as in Go.
#include "bufio/bufio.h"

#include "unicode/utf8/utf8.h"

namespace pkg::bufio {

namespace {
constexpr int64_t defaultBufSize = 4096;
}

Writer *NewWriterSize(io::Writer w, int64_t size) {
  if (const go::Type *t = w.type(); t && t->kind == go::Kind::Pointer && t->elem && t->elem->name == "bufio.Writer") {
    auto *b = static_cast<Writer *>(w.data);
    if (b->buf.len() >= size)
      return b;
  }
  if (size <= 0)
    size = defaultBufSize;
  auto *b = go::newObject<Writer>();
  b->buf = go::makeSlice<uint8_t>(size);
  b->wr = w;
  return b;
}
Writer *NewWriter(io::Writer w) { return NewWriterSize(w, defaultBufSize); }

int64_t Writer_Size(Writer *b) { return go::deref(b).buf.len(); }
void Writer_Reset(Writer *b, io::Writer w) {
  go::nilcheck(b);
  if (b->buf.isNil())
    b->buf = go::makeSlice<uint8_t>(defaultBufSize);
  b->err = go::Iface();
  b->n = 0;
  b->wr = w;
}
int64_t Writer_Available(Writer *b) { return go::deref(b).buf.len() - b->n; }
int64_t Writer_Buffered(Writer *b) { return go::deref(b).n; }
go::Slice<uint8_t> Writer_AvailableBuffer(Writer *b) {
  go::nilcheck(b);
  return go::slice(go::slice(b->buf, b->n, go::kAbsent), 0, 0);
}

go::Iface Writer_Flush(Writer *b) {
  go::nilcheck(b);
  if (!b->err.isNil())
    return b->err;
  if (b->n == 0)
    return go::Iface();
  auto [n, err] = io::detail::write(b->wr, go::slice(b->buf, 0, b->n));
  if (n < b->n && err.isNil())
    err = io::ErrShortWrite;
  if (!err.isNil()) {
    if (n > 0 && n < b->n)
      std::memmove(b->buf.p, b->buf.p + n, size_t(b->n - n));
    b->n -= n;
    b->err = err;
    return err;
  }
  b->n = 0;
  return go::Iface();
}

std::tuple<int64_t, go::Iface> Writer_Write(Writer *b, go::Slice<uint8_t> p) {
  go::nilcheck(b);
  int64_t nn = 0;
  while (p.len() > Writer_Available(b) && b->err.isNil()) {
    int64_t n;
    if (b->n == 0) {
      auto [wn, err] = io::detail::write(b->wr, p);
      n = wn;
      b->err = err;
    } else {
      n = go::copy(go::slice(b->buf, b->n, go::kAbsent), p);
      b->n += n;
      Writer_Flush(b);
    }
    nn += n;
    p = go::slice(p, n, go::kAbsent);
  }
  if (!b->err.isNil())
    return {nn, b->err};
  int64_t n = go::copy(go::slice(b->buf, b->n, go::kAbsent), p);
  b->n += n;
  nn += n;
  return {nn, go::Iface()};
}

go::Iface Writer_WriteByte(Writer *b, uint8_t c) {
  go::nilcheck(b);
  if (!b->err.isNil())
    return b->err;
  if (Writer_Available(b) <= 0 && !Writer_Flush(b).isNil())
    return b->err;
  b->buf.p[b->n++] = c;
  return go::Iface();
}

std::tuple<int64_t, go::Iface> Writer_WriteRune(Writer *b, int32_t r) {
  go::nilcheck(b);
  if (uint32_t(r) < 0x80) {
    go::Iface err = Writer_WriteByte(b, uint8_t(r));
    if (!err.isNil())
      return {0, err};
    return {1, go::Iface()};
  }
  if (!b->err.isNil())
    return {0, b->err};
  int64_t n = Writer_Available(b);
  if (n < 4) {
    Writer_Flush(b);
    if (!b->err.isNil())
      return {0, b->err};
    n = Writer_Available(b);
    if (n < 4) {
      uint8_t tmp[4];
      int k = unicode::utf8::detail::encode(tmp, r);
      return Writer_WriteString(b, go::makeString(tmp, k));
    }
  }
  int size = unicode::utf8::detail::encode(b->buf.p + b->n, r);
  b->n += size;
  return {size, go::Iface()};
}

std::tuple<int64_t, go::Iface> Writer_WriteString(Writer *b, go::String s) {
  go::nilcheck(b);
  using WSFn = std::tuple<int64_t, go::Iface> (*)(void *, go::String);
  WSFn sw = nullptr;
  bool tryStringWriter = true;
  int64_t nn = 0;
  while (s.n > Writer_Available(b) && b->err.isNil()) {
    int64_t n;
    if (b->n == 0 && tryStringWriter && !sw) {
      sw = io::detail::optional<WSFn>(b->wr, "WriteString");
      tryStringWriter = sw != nullptr;
    }
    if (b->n == 0 && tryStringWriter) {
      auto [wn, err] = sw(b->wr.data, s);
      n = wn;
      b->err = err;
    } else {
      n = go::copy(go::slice(b->buf, b->n, go::kAbsent), s);
      b->n += n;
      Writer_Flush(b);
    }
    nn += n;
    s = go::String(s.p + n, s.n - n);
  }
  if (!b->err.isNil())
    return {nn, b->err};
  int64_t n = go::copy(go::slice(b->buf, b->n, go::kAbsent), s);
  b->n += n;
  nn += n;
  return {nn, go::Iface()};
}

std::tuple<int64_t, go::Iface> Writer_ReadFrom(Writer *b, io::Reader r) {
  go::nilcheck(b);
  if (!b->err.isNil())
    return {0, b->err};
  int64_t n = 0;
  go::Iface err;
  for (;;) {
    if (Writer_Available(b) == 0) {
      if (go::Iface e = Writer_Flush(b); !e.isNil())
        return {n, e};
    }
    int64_t nr = 0;
    int64_t empties = 0;
    while (empties < 100) {
      auto [m, e] = io::detail::read(r, go::slice(b->buf, b->n, go::kAbsent));
      nr = m;
      err = e;
      if (nr != 0 || !err.isNil())
        break;
      empties++;
    }
    if (empties == 100)
      return {n, io::ErrNoProgress};
    b->n += nr;
    n += nr;
    if (!err.isNil())
      break;
  }
  if (err == io::EOF_) {
    if (Writer_Available(b) == 0)
      err = Writer_Flush(b);
    else
      err = go::Iface();
  }
  return {n, err};
}

} // namespace pkg::bufio
