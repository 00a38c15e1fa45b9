// bufio.h — package bufio as docs/abi.md maps it.
//
// Invariants: the io.Reader/io.Writer underneath are go::Iface values
// called through their itabs (Read and Write are method 0).
#pragma once

#include "io/io.h"

namespace pkg::bufio {

extern go::Iface ErrInvalidUnreadByte;
extern go::Iface ErrInvalidUnreadRune;
extern go::Iface ErrBufferFull;
extern go::Iface ErrNegativeCount;
extern go::Iface ErrTooLong;
extern go::Iface ErrNegativeAdvance;
extern go::Iface ErrAdvanceTooFar;
extern go::Iface ErrBadReadCount;
extern go::Iface ErrFinalToken;

struct Reader {
  go::Slice<uint8_t> buf;
  io::Reader rd;
  int64_t r, w;
  go::Iface err;
  int64_t lastByte;
  int64_t lastRuneSize;
};
Reader *NewReader(io::Reader rd);
Reader *NewReaderSize(io::Reader rd, int64_t size);
int64_t Reader_Buffered(Reader *b);
std::tuple<int64_t, go::Iface> Reader_Discard(Reader *b, int64_t n);
std::tuple<go::Slice<uint8_t>, go::Iface> Reader_Peek(Reader *b, int64_t n);
std::tuple<int64_t, go::Iface> Reader_Read(Reader *b, go::Slice<uint8_t> p);
std::tuple<uint8_t, go::Iface> Reader_ReadByte(Reader *b);
std::tuple<go::Slice<uint8_t>, go::Iface> Reader_ReadBytes(Reader *b, uint8_t delim);
std::tuple<go::Slice<uint8_t>, bool, go::Iface> Reader_ReadLine(Reader *b);
std::tuple<int32_t, int64_t, go::Iface> Reader_ReadRune(Reader *b);
std::tuple<go::Slice<uint8_t>, go::Iface> Reader_ReadSlice(Reader *b, uint8_t delim);
std::tuple<go::String, go::Iface> Reader_ReadString(Reader *b, uint8_t delim);
void Reader_Reset(Reader *b, io::Reader r);
int64_t Reader_Size(Reader *b);
go::Iface Reader_UnreadByte(Reader *b);
go::Iface Reader_UnreadRune(Reader *b);
std::tuple<int64_t, go::Iface> Reader_WriteTo(Reader *b, io::Writer w);

struct Writer {
  go::Iface err;
  go::Slice<uint8_t> buf;
  int64_t n;
  io::Writer wr;
};
Writer *NewWriter(io::Writer w);
Writer *NewWriterSize(io::Writer w, int64_t size);
int64_t Writer_Available(Writer *b);
go::Slice<uint8_t> Writer_AvailableBuffer(Writer *b);
int64_t Writer_Buffered(Writer *b);
go::Iface Writer_Flush(Writer *b);
std::tuple<int64_t, go::Iface> Writer_ReadFrom(Writer *b, io::Reader r);
void Writer_Reset(Writer *b, io::Writer w);
int64_t Writer_Size(Writer *b);
std::tuple<int64_t, go::Iface> Writer_Write(Writer *b, go::Slice<uint8_t> p);
go::Iface Writer_WriteByte(Writer *b, uint8_t c);
std::tuple<int64_t, go::Iface> Writer_WriteRune(Writer *b, int32_t r);
std::tuple<int64_t, go::Iface> Writer_WriteString(Writer *b, go::String s);

struct ReadWriter {
  struct Reader *Reader;
  struct Writer *Writer;
};
ReadWriter *NewReadWriter(Reader *r, Writer *w);

using SplitFunc = go::Func<std::tuple<int64_t, go::Slice<uint8_t>, go::Iface>(go::Slice<uint8_t>, bool)>;

struct Scanner {
  io::Reader r;
  SplitFunc split;
  int64_t maxTokenSize;
  go::Slice<uint8_t> token;
  go::Slice<uint8_t> buf;
  int64_t start, end;
  go::Iface err;
  int64_t empties;
  bool scanCalled;
  bool done;
};
Scanner *NewScanner(io::Reader r);
void Scanner_Buffer(Scanner *s, go::Slice<uint8_t> buf, int64_t max);
go::Slice<uint8_t> Scanner_Bytes(Scanner *s);
go::Iface Scanner_Err(Scanner *s);
bool Scanner_Scan(Scanner *s);
void Scanner_Split(Scanner *s, SplitFunc split);
go::String Scanner_Text(Scanner *s);

std::tuple<int64_t, go::Slice<uint8_t>, go::Iface> ScanBytes(go::Slice<uint8_t> data, bool atEOF);
std::tuple<int64_t, go::Slice<uint8_t>, go::Iface> ScanLines(go::Slice<uint8_t> data, bool atEOF);
std::tuple<int64_t, go::Slice<uint8_t>, go::Iface> ScanRunes(go::Slice<uint8_t> data, bool atEOF);
std::tuple<int64_t, go::Slice<uint8_t>, go::Iface> ScanWords(go::Slice<uint8_t> data, bool atEOF);

} // namespace pkg::bufio
