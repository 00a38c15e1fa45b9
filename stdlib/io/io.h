// io.h — package io as docs/abi.md maps it, plus helpers the other
// packages of stdlib/ use to call io interfaces through their itabs.
//
// Invariants: every interface type is go::Iface; a method of an io
// interface value is called through tab->fn[k], k its index in the
// interface's methods sorted by name (Reader.Read and Writer.Write are 0).
// Optional methods (WriteTo, ReadFrom, WriteString) are found by name in
// the dynamic type's method table, as Go's type assertions find them.
#pragma once

#include "errors/errors.h"

namespace pkg::io {

using Reader = go::Iface;
using Writer = go::Iface;
using Closer = go::Iface;
using Seeker = go::Iface;
using ReaderAt = go::Iface;
using WriterAt = go::Iface;
using ReaderFrom = go::Iface;
using WriterTo = go::Iface;
using ByteReader = go::Iface;
using ByteScanner = go::Iface;
using ByteWriter = go::Iface;
using RuneReader = go::Iface;
using RuneScanner = go::Iface;
using StringWriter = go::Iface;
using ReadWriter = go::Iface;
using ReadCloser = go::Iface;
using WriteCloser = go::Iface;
using ReadWriteCloser = go::Iface;
using ReadSeeker = go::Iface;
using ReadSeekCloser = go::Iface;
using WriteSeeker = go::Iface;
using ReadWriteSeeker = go::Iface;

extern go::Iface EOF_;
extern go::Iface ErrUnexpectedEOF;
extern go::Iface ErrShortWrite;
extern go::Iface ErrShortBuffer;
extern go::Iface ErrNoProgress;
extern go::Iface ErrClosedPipe;
extern Writer Discard;

std::tuple<int64_t, go::Iface> Copy(Writer dst, Reader src);
std::tuple<int64_t, go::Iface> CopyBuffer(Writer dst, Reader src, go::Slice<uint8_t> buf);
std::tuple<int64_t, go::Iface> CopyN(Writer dst, Reader src, int64_t n);
std::tuple<go::Slice<uint8_t>, go::Iface> ReadAll(Reader r);
std::tuple<int64_t, go::Iface> ReadAtLeast(Reader r, go::Slice<uint8_t> buf, int64_t min);
std::tuple<int64_t, go::Iface> ReadFull(Reader r, go::Slice<uint8_t> buf);
std::tuple<int64_t, go::Iface> WriteString(Writer w, go::String s);

Reader LimitReader(Reader r, int64_t n);
Reader MultiReader(go::Slice<Reader> readers);
Writer MultiWriter(go::Slice<Writer> writers);
ReadCloser NopCloser(Reader r);
Reader TeeReader(Reader r, Writer w);

struct LimitedReader {
  Reader R;
  int64_t N;
};
std::tuple<int64_t, go::Iface> LimitedReader_Read(LimitedReader *l, go::Slice<uint8_t> p);

struct SectionReader {
  ReaderAt r;
  int64_t base;
  int64_t off;
  int64_t limit;
};
SectionReader *NewSectionReader(ReaderAt r, int64_t off, int64_t n);
std::tuple<int64_t, go::Iface> SectionReader_Read(SectionReader *s, go::Slice<uint8_t> p);
std::tuple<int64_t, go::Iface> SectionReader_ReadAt(SectionReader *s, go::Slice<uint8_t> p, int64_t off);
std::tuple<int64_t, go::Iface> SectionReader_Seek(SectionReader *s, int64_t offset, int64_t whence);
int64_t SectionReader_Size(SectionReader *s);
std::tuple<ReaderAt, int64_t, int64_t> SectionReader_Outer(SectionReader *s);

struct OffsetWriter {
  WriterAt w;
  int64_t base;
  int64_t off;
};
OffsetWriter *NewOffsetWriter(WriterAt w, int64_t off);
std::tuple<int64_t, go::Iface> OffsetWriter_Seek(OffsetWriter *o, int64_t offset, int64_t whence);
std::tuple<int64_t, go::Iface> OffsetWriter_Write(OffsetWriter *o, go::Slice<uint8_t> p);
std::tuple<int64_t, go::Iface> OffsetWriter_WriteAt(OffsetWriter *o, go::Slice<uint8_t> p, int64_t off);

struct pipe {
  uintptr_t handle;
};
struct PipeReader {
  pipe *p;
};
struct PipeWriter {
  pipe *p;
};
// Not implemented yet (needs the runtime's goroutine synchronisation).
go::Iface PipeReader_Close(PipeReader *r);
go::Iface PipeReader_CloseWithError(PipeReader *r, go::Iface err);
std::tuple<int64_t, go::Iface> PipeReader_Read(PipeReader *r, go::Slice<uint8_t> data);
go::Iface PipeWriter_Close(PipeWriter *w);
go::Iface PipeWriter_CloseWithError(PipeWriter *w, go::Iface err);
std::tuple<int64_t, go::Iface> PipeWriter_Write(PipeWriter *w, go::Slice<uint8_t> data);
std::tuple<PipeReader *, PipeWriter *> Pipe();

namespace detail {
using RW = std::tuple<int64_t, go::Iface>;
// r.Read(p) for an io.Reader (or any interface whose method 0 is Read).
inline RW read(go::Iface r, go::Slice<uint8_t> p) { return go::method<RW (*)(void *, go::Slice<uint8_t>)>(r, 0)(r.data, p); }
// w.Write(p) for an io.Writer.
inline RW write(go::Iface w, go::Slice<uint8_t> p) { return go::method<RW (*)(void *, go::Slice<uint8_t>)>(w, 0)(w.data, p); }
// The method `name` of x's dynamic type, as a function taking the data word.
template <class Fn> Fn optional(go::Iface x, go::String name) {
  const go::Method *m = errors::detail::method(x.type(), name);
  return m ? reinterpret_cast<Fn>(m->fn) : nullptr;
}

std::tuple<int64_t, go::Iface> LimitedReader_Read_(void *l, go::Slice<uint8_t> p);
inline go::Type interfaceType(const go::Type *self, go::String name, const go::Method *methods, int64_t n) {
  go::Type t{};
  t.self = self;
  t.kind = go::Kind::Interface;
  t.flags = go::kNamed;
  t.size = sizeof(go::Iface);
  t.name = name;
  t.pkgPath = "io";
  t.equal = &go::equalOf<go::Iface>;
  t.methods = methods;
  t.numMethods = n;
  return t;
}
// The interfaces io.Reader and io.Writer, for signatures and fields.
inline const go::Method ReaderMethods[] = {{go::String("Read"), &errors::detail::funcReadWrite, nullptr}};
inline const go::Type ReaderType = interfaceType(&ReaderType, "io.Reader", ReaderMethods, 1);
inline const go::Method WriterMethods[] = {{go::String("Write"), &errors::detail::funcReadWrite, nullptr}};
inline const go::Type WriterType = interfaceType(&WriterType, "io.Writer", WriterMethods, 1);
inline const go::Type *const inReader[] = {&ReaderType};
inline const go::Type *const inWriter[] = {&WriterType};
inline const go::Type *const outInt64Error[] = {&go::int64Type, &go::errorType};
inline const go::Type funcReadFrom =
    errors::detail::funcType(&funcReadFrom, "func(io.Reader) (int64, error)", inReader, 1, outInt64Error, 2);
inline const go::Type funcWriteTo =
    errors::detail::funcType(&funcWriteTo, "func(io.Writer) (int64, error)", inWriter, 1, outInt64Error, 2);
inline const go::Field limitedReaderFields[] = {{go::String("R"), &ReaderType, offsetof(LimitedReader, R), false, true},
                                                {go::String("N"), &go::int64Type, offsetof(LimitedReader, N), false, true}};
inline const go::Type LimitedReaderType =
    errors::detail::structType(&LimitedReaderType, "io.LimitedReader", "io", sizeof(LimitedReader),
                               [](const void *a, const void *b) {
                                 auto *x = static_cast<const LimitedReader *>(a), *y = static_cast<const LimitedReader *>(b);
                                 return x->R == y->R && x->N == y->N;
                               },
                               limitedReaderFields, 2);
inline const go::Method LimitedReaderPtrMethods[] = {
    {go::String("Read"), &errors::detail::funcReadWrite, reinterpret_cast<void *>(&LimitedReader_Read_)}};
// *io.LimitedReader, boxed by LimitReader.
inline const go::Type LimitedReaderPtrType =
    errors::detail::pointerType(&LimitedReaderPtrType, "*io.LimitedReader", &LimitedReaderType, LimitedReaderPtrMethods, 1);
} // namespace detail

} // namespace pkg::io
