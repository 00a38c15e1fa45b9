// io.cpp — package io: its error variables, Copy/ReadAll/ReadFull and
// friends, and the adapters (LimitReader, MultiReader, MultiWriter,
// TeeReader, NopCloser, Discard, SectionReader, OffsetWriter).
//
// Invariants: the algorithms are Go's, so the sequence of Read and Write
// calls each function makes on its arguments is Go's (ReadAll grows its
// buffer from 512 bytes by append; Copy prefers src.WriteTo, then
// dst.ReadFrom, then a 32 KiB buffer, smaller for a *LimitedReader).
// Adapter types are unexported; their descriptors and itabs live here.
#include "io/io.h"

namespace pkg::io {

go::Iface EOF_ = errors::New("EOF");
go::Iface ErrUnexpectedEOF = errors::New("unexpected EOF");
go::Iface ErrShortWrite = errors::New("short write");
go::Iface ErrShortBuffer = errors::New("short buffer");
go::Iface ErrNoProgress = errors::New("multiple Read calls return no data or error");
go::Iface ErrClosedPipe = errors::New("io: read/write on closed pipe");

namespace {
using detail::RW;
using errors::detail::ItabN;
using errors::detail::pointerType;
using errors::detail::structType;

go::Iface errInvalidWrite = errors::New("invalid write result");
go::Iface errWhence = errors::New("Seek: invalid whence");
go::Iface errOffset = errors::New("Seek: invalid offset");

[[noreturn]] void panicText(go::String msg) { go::gopanic(go::box(&go::stringType, msg)); }

using ReadFn = RW (*)(void *, go::Slice<uint8_t>);
using WriteToFn = RW (*)(void *, go::Iface);
using WriteStringFn = RW (*)(void *, go::String);

// --- discard
struct discard {
  uint8_t unused;
};
RW discard_Write(void *, go::Slice<uint8_t> p) { return {p.len(), go::Iface()}; }
RW discard_WriteString(void *, go::String s) { return {s.len(), go::Iface()}; }
RW discard_ReadFrom(void *, go::Iface r) {
  go::Slice<uint8_t> buf = go::makeSlice<uint8_t>(8192);
  int64_t n = 0;
  for (;;) {
    auto [rn, err] = detail::read(r, buf);
    n += rn;
    if (!err.isNil())
      return {n, err == EOF_ ? go::Iface() : err};
  }
}
const go::Type discardType = structType(&discardType, "io.discard", "io", 0, [](const void *, const void *) { return true; },
                                        nullptr, 0);
const go::Method discardMethods[] = {
    {go::String("ReadFrom"), &detail::funcReadFrom, reinterpret_cast<void *>(&discard_ReadFrom)},
    {go::String("Write"), &errors::detail::funcReadWrite, reinterpret_cast<void *>(&discard_Write)},
    {go::String("WriteString"), &errors::detail::funcWriteString, reinterpret_cast<void *>(&discard_WriteString)}};
const go::Type discardValueType = [] {
  go::Type t = discardType;
  t.self = &discardValueType;
  t.methods = discardMethods;
  t.numMethods = 3;
  return t;
}();
const go::Itab discardWriterItab = {&discardValueType, {reinterpret_cast<void *>(&discard_Write)}};
discard discardValue;

// --- multiReader
struct multiReader {
  go::Slice<Reader> readers;
};
RW multiReader_Read(void *self, go::Slice<uint8_t> p);
const go::Type multiReaderType = structType(&multiReaderType, "io.multiReader", "io", sizeof(multiReader), nullptr, nullptr, 0);
const go::Method multiReaderMethods[] = {{go::String("Read"), &errors::detail::funcReadWrite, reinterpret_cast<void *>(&multiReader_Read)}};
const go::Type multiReaderPtrType = pointerType(&multiReaderPtrType, "*io.multiReader", &multiReaderType, multiReaderMethods, 1);
const go::Itab multiReaderItab = {&multiReaderPtrType, {reinterpret_cast<void *>(&multiReader_Read)}};

RW multiReader_Read(void *self, go::Slice<uint8_t> p) {
  auto *mr = static_cast<multiReader *>(self);
  while (mr->readers.len() > 0) {
    if (mr->readers.len() == 1 && mr->readers.p[0].type() == &multiReaderPtrType) {
      mr->readers = static_cast<multiReader *>(mr->readers.p[0].data)->readers;
      continue;
    }
    auto [n, err] = detail::read(mr->readers.p[0], p);
    if (err == EOF_)
      mr->readers = go::slice(mr->readers, 1, go::kAbsent);
    if (n > 0 || !(err == EOF_)) {
      if (err == EOF_ && mr->readers.len() > 0)
        err = go::Iface();
      return {n, err};
    }
  }
  return {0, EOF_};
}

// --- multiWriter
struct multiWriter {
  go::Slice<Writer> writers;
};
RW multiWriter_Write(void *self, go::Slice<uint8_t> p) {
  for (go::Iface w : static_cast<multiWriter *>(self)->writers) {
    auto [n, err] = detail::write(w, p);
    if (!err.isNil())
      return {n, err};
    if (n != p.len())
      return {n, ErrShortWrite};
  }
  return {p.len(), go::Iface()};
}
RW multiWriter_WriteString(void *self, go::String s) {
  go::Slice<uint8_t> p;
  for (go::Iface w : static_cast<multiWriter *>(self)->writers) {
    RW r;
    if (auto ws = detail::optional<WriteStringFn>(w, "WriteString")) {
      r = ws(w.data, s);
    } else {
      if (p.isNil())
        p = go::stringToBytes(s);
      r = detail::write(w, p);
    }
    auto [n, err] = r;
    if (!err.isNil())
      return {n, err};
    if (n != s.len())
      return {n, ErrShortWrite};
  }
  return {s.len(), go::Iface()};
}
const go::Type multiWriterType = structType(&multiWriterType, "io.multiWriter", "io", sizeof(multiWriter), nullptr, nullptr, 0);
const go::Method multiWriterMethods[] = {
    {go::String("Write"), &errors::detail::funcReadWrite, reinterpret_cast<void *>(&multiWriter_Write)},
    {go::String("WriteString"), &errors::detail::funcWriteString, reinterpret_cast<void *>(&multiWriter_WriteString)}};
const go::Type multiWriterPtrType = pointerType(&multiWriterPtrType, "*io.multiWriter", &multiWriterType, multiWriterMethods, 2);
const go::Itab multiWriterItab = {&multiWriterPtrType, {reinterpret_cast<void *>(&multiWriter_Write)}};

// --- teeReader
struct teeReader {
  Reader r;
  Writer w;
};
RW teeReader_Read(void *self, go::Slice<uint8_t> p) {
  auto *t = static_cast<teeReader *>(self);
  auto [n, err] = detail::read(t->r, p);
  if (n > 0) {
    auto [wn, werr] = detail::write(t->w, go::slice(p, 0, n));
    if (!werr.isNil())
      return {wn, werr};
  }
  return {n, err};
}
const go::Type teeReaderType = structType(&teeReaderType, "io.teeReader", "io", sizeof(teeReader), nullptr, nullptr, 0);
const go::Method teeReaderMethods[] = {{go::String("Read"), &errors::detail::funcReadWrite, reinterpret_cast<void *>(&teeReader_Read)}};
const go::Type teeReaderPtrType = pointerType(&teeReaderPtrType, "*io.teeReader", &teeReaderType, teeReaderMethods, 1);
const go::Itab teeReaderItab = {&teeReaderPtrType, {reinterpret_cast<void *>(&teeReader_Read)}};

// --- nopCloser (a struct holding a Reader; boxed as a value)
struct nopCloser {
  Reader r;
};
go::Iface nopCloser_Close(void *) { return go::Iface(); }
RW nopCloser_Read(void *self, go::Slice<uint8_t> p) { return detail::read(static_cast<nopCloser *>(self)->r, p); }
const go::Method nopCloserMethods[] = {
    {go::String("Close"), &errors::detail::funcError, reinterpret_cast<void *>(&nopCloser_Close)},
    {go::String("Read"), &errors::detail::funcReadWrite, reinterpret_cast<void *>(&nopCloser_Read)}};
const go::Type nopCloserType = [] {
  go::Type t = structType(&nopCloserType, "io.nopCloser", "io", sizeof(nopCloser), [](const void *a, const void *b) {
    return static_cast<const nopCloser *>(a)->r == static_cast<const nopCloser *>(b)->r;
  }, nullptr, 0);
  t.methods = nopCloserMethods;
  t.numMethods = 2;
  return t;
}();
const ItabN<2> nopCloserItab = {&nopCloserType,
                                {reinterpret_cast<void *>(&nopCloser_Close), reinterpret_cast<void *>(&nopCloser_Read)}};
} // namespace

go::Iface Discard = go::Iface(&discardWriterItab, &discardValue);

std::tuple<int64_t, go::Iface> WriteString(Writer w, go::String s) {
  if (auto ws = detail::optional<WriteStringFn>(w, "WriteString"))
    return ws(w.data, s);
  return detail::write(w, go::stringToBytes(s));
}

namespace {
RW copyBuffer(Writer dst, Reader src, go::Slice<uint8_t> buf) {
  if (auto wt = detail::optional<WriteToFn>(src, "WriteTo"))
    return wt(src.data, dst);
  if (auto rf = detail::optional<WriteToFn>(dst, "ReadFrom"))
    return rf(dst.data, src);
  if (buf.isNil()) {
    int64_t size = 32 * 1024;
    if (src.type() == &detail::LimitedReaderPtrType) {
      int64_t n = static_cast<LimitedReader *>(src.data)->N;
      if (size > n)
        size = n < 1 ? 1 : n;
    }
    buf = go::makeSlice<uint8_t>(size);
  }
  int64_t written = 0;
  go::Iface err;
  for (;;) {
    auto [nr, er] = detail::read(src, buf);
    if (nr > 0) {
      auto [nw, ew] = detail::write(dst, go::slice(buf, 0, nr));
      if (nw < 0 || nr < nw) {
        nw = 0;
        if (ew.isNil())
          ew = errInvalidWrite;
      }
      written += nw;
      if (!ew.isNil()) {
        err = ew;
        break;
      }
      if (nr != nw) {
        err = ErrShortWrite;
        break;
      }
    }
    if (!er.isNil()) {
      if (!(er == EOF_))
        err = er;
      break;
    }
  }
  return {written, err};
}
} // namespace

std::tuple<int64_t, go::Iface> Copy(Writer dst, Reader src) { return copyBuffer(dst, src, nullptr); }

std::tuple<int64_t, go::Iface> CopyBuffer(Writer dst, Reader src, go::Slice<uint8_t> buf) {
  if (!buf.isNil() && buf.len() == 0)
    panicText("empty buffer in CopyBuffer");
  return copyBuffer(dst, src, buf);
}

std::tuple<int64_t, go::Iface> CopyN(Writer dst, Reader src, int64_t n) {
  auto [written, err] = Copy(dst, LimitReader(src, n));
  if (written == n)
    return {n, go::Iface()};
  if (written < n && err.isNil())
    err = EOF_;
  return {written, err};
}

std::tuple<go::Slice<uint8_t>, go::Iface> ReadAll(Reader r) {
  go::Slice<uint8_t> b = go::makeSlice<uint8_t>(0, 512);
  for (;;) {
    auto [n, err] = detail::read(r, go::slice(b, b.len(), b.cap()));
    b = go::slice(b, 0, b.len() + n);
    if (!err.isNil()) {
      if (err == EOF_)
        err = go::Iface();
      return {b, err};
    }
    if (b.len() == b.cap())
      b = go::slice(go::append(b, uint8_t(0)), 0, b.len());
  }
}

std::tuple<int64_t, go::Iface> ReadAtLeast(Reader r, go::Slice<uint8_t> buf, int64_t min) {
  if (buf.len() < min)
    return {0, ErrShortBuffer};
  int64_t n = 0;
  go::Iface err;
  while (n < min && err.isNil()) {
    auto [nn, e] = detail::read(r, go::slice(buf, n, go::kAbsent));
    n += nn;
    err = e;
  }
  if (n >= min)
    err = go::Iface();
  else if (n > 0 && err == EOF_)
    err = ErrUnexpectedEOF;
  return {n, err};
}

std::tuple<int64_t, go::Iface> ReadFull(Reader r, go::Slice<uint8_t> buf) { return ReadAtLeast(r, buf, buf.len()); }

// --- LimitedReader
std::tuple<int64_t, go::Iface> LimitedReader_Read(LimitedReader *l, go::Slice<uint8_t> p) {
  go::nilcheck(l);
  if (l->N <= 0)
    return {0, EOF_};
  if (p.len() > l->N)
    p = go::slice(p, 0, l->N);
  auto [n, err] = detail::read(l->R, p);
  l->N -= n;
  return {n, err};
}
namespace detail {
std::tuple<int64_t, go::Iface> LimitedReader_Read_(void *l, go::Slice<uint8_t> p) {
  return LimitedReader_Read(static_cast<LimitedReader *>(l), p);
}
} // namespace detail
namespace {
const go::Itab limitedReaderItab = {&detail::LimitedReaderPtrType, {reinterpret_cast<void *>(&detail::LimitedReader_Read_)}};
}

Reader LimitReader(Reader r, int64_t n) {
  auto *l = go::newObject<LimitedReader>();
  l->R = r;
  l->N = n;
  return go::Iface(&limitedReaderItab, l);
}

Reader MultiReader(go::Slice<Reader> readers) {
  auto *mr = go::newObject<multiReader>();
  mr->readers = go::makeSlice<Reader>(readers.len());
  go::copy(mr->readers, readers);
  return go::Iface(&multiReaderItab, mr);
}

Writer MultiWriter(go::Slice<Writer> writers) {
  go::Slice<Writer> all = go::makeSlice<Writer>(0, writers.len());
  for (go::Iface w : writers) {
    if (w.type() == &multiWriterPtrType)
      all = go::appendSlice(all, static_cast<multiWriter *>(w.data)->writers);
    else
      all = go::append(all, w);
  }
  auto *mw = go::newObject<multiWriter>();
  mw->writers = all;
  return go::Iface(&multiWriterItab, mw);
}

ReadCloser NopCloser(Reader r) { return go::Iface(nopCloserItab.get(), go::newObject<nopCloser>(nopCloser{r})); }

Reader TeeReader(Reader r, Writer w) {
  auto *t = go::newObject<teeReader>();
  t->r = r;
  t->w = w;
  return go::Iface(&teeReaderItab, t);
}

// --- SectionReader
SectionReader *NewSectionReader(ReaderAt r, int64_t off, int64_t n) {
  int64_t remaining;
  constexpr int64_t maxint64 = INT64_MAX;
  if (off <= maxint64 - n)
    remaining = n + off;
  else
    remaining = maxint64;
  auto *s = go::newObject<SectionReader>();
  *s = SectionReader{r, off, off, remaining};
  return s;
}

namespace {
RW readAt(go::Iface r, go::Slice<uint8_t> p, int64_t off) {
  return go::method<RW (*)(void *, go::Slice<uint8_t>, int64_t)>(r, 0)(r.data, p, off);
}
} // namespace

std::tuple<int64_t, go::Iface> SectionReader_Read(SectionReader *s, go::Slice<uint8_t> p) {
  go::nilcheck(s);
  if (s->off >= s->limit)
    return {0, EOF_};
  if (int64_t max = s->limit - s->off; p.len() > max)
    p = go::slice(p, 0, max);
  auto [n, err] = readAt(s->r, p, s->off);
  s->off += n;
  return {n, err};
}

std::tuple<int64_t, go::Iface> SectionReader_ReadAt(SectionReader *s, go::Slice<uint8_t> p, int64_t off) {
  if (off < 0 || off >= SectionReader_Size(s))
    return {0, EOF_};
  off += s->base;
  if (int64_t max = s->limit - off; p.len() > max) {
    p = go::slice(p, 0, max);
    auto [n, err] = readAt(s->r, p, off);
    if (err.isNil())
      err = EOF_;
    return {n, err};
  }
  return readAt(s->r, p, off);
}

std::tuple<int64_t, go::Iface> SectionReader_Seek(SectionReader *s, int64_t offset, int64_t whence) {
  go::nilcheck(s);
  switch (whence) {
  case 0:
    offset += s->base;
    break;
  case 1:
    offset += s->off;
    break;
  case 2:
    offset += s->limit;
    break;
  default:
    return {0, errWhence};
  }
  if (offset < s->base)
    return {0, errOffset};
  s->off = offset;
  return {offset - s->base, go::Iface()};
}

int64_t SectionReader_Size(SectionReader *s) { return go::deref(s).limit - s->base; }

std::tuple<ReaderAt, int64_t, int64_t> SectionReader_Outer(SectionReader *s) {
  go::nilcheck(s);
  return {s->r, s->base, s->limit - s->base};
}

// --- OffsetWriter
OffsetWriter *NewOffsetWriter(WriterAt w, int64_t off) {
  auto *o = go::newObject<OffsetWriter>();
  *o = OffsetWriter{w, off, off};
  return o;
}

namespace {
RW writeAt(go::Iface w, go::Slice<uint8_t> p, int64_t off) {
  return go::method<RW (*)(void *, go::Slice<uint8_t>, int64_t)>(w, 0)(w.data, p, off);
}
} // namespace

std::tuple<int64_t, go::Iface> OffsetWriter_Write(OffsetWriter *o, go::Slice<uint8_t> p) {
  go::nilcheck(o);
  auto [n, err] = writeAt(o->w, p, o->off);
  o->off += n;
  return {n, err};
}

std::tuple<int64_t, go::Iface> OffsetWriter_WriteAt(OffsetWriter *o, go::Slice<uint8_t> p, int64_t off) {
  go::nilcheck(o);
  if (off < 0)
    return {0, errOffset};
  return writeAt(o->w, p, off + o->base);
}

std::tuple<int64_t, go::Iface> OffsetWriter_Seek(OffsetWriter *o, int64_t offset, int64_t whence) {
  go::nilcheck(o);
  switch (whence) {
  case 0:
    offset += o->base;
    break;
  case 1:
    offset += o->off;
    break;
  default:
    return {0, errWhence};
  }
  if (offset < o->base)
    return {0, errOffset};
  o->off = offset;
  return {offset - o->base, go::Iface()};
}

} // namespace pkg::io
