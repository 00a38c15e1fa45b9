// bytes.h — package bytes as docs/abi.md maps it.
//
// Invariants and why:
//  - The functions that search or split work on the slice's bytes viewed
//    as a string (no copy) through package strings' C++, so both packages
//    have one implementation of each algorithm. A result Go returns as a
//    subslice of the input is that subslice here too, with Go's capacity:
//    Split's and Fields' pieces are capped at their length (s[i:j:j])
//    except the last piece of a split, which keeps the rest of s's
//    capacity; Cut, Trim* and the prefix functions keep s's capacity.
//  - Go returns nil (not an empty slice) from Trim, TrimLeft, TrimFunc,
//    TrimLeftFunc and TrimSpace when nothing is left, from Split* when
//    n == 0, and from Cut's after when sep is absent; the same here.
//  - Functions that build new bytes (Join, Repeat, Replace, Map, ToUpper,
//    ...) return fresh slices, never sharing the input.
//  - Buffer follows Go's growth exactly (a first small write allocates
//    64 bytes; then the contents slide to the front or the slice doubles
//    through append's size classes), so Cap() prints what Go prints, and
//    Bytes() aliases the contents until the next modification, as in Go.
#pragma once

#include "gopp/go.h"
#include "io/io.h"
#include "unicode/unicode.h"

namespace pkg::bytes {

using Bytes = go::Slice<uint8_t>;
using RuneFunc = go::Func<bool(int32_t)>;

constexpr int64_t MinRead = 512;
extern go::Iface ErrTooLarge;

Bytes Clone(Bytes b);
int64_t Compare(Bytes a, Bytes b);
bool Contains(Bytes b, Bytes subslice);
bool ContainsAny(Bytes b, go::String chars);
bool ContainsRune(Bytes b, int32_t r);
bool ContainsFunc(Bytes b, RuneFunc f);
int64_t Count(Bytes s, Bytes sep);
bool Equal(Bytes a, Bytes b);
bool EqualFold(Bytes s, Bytes t);
bool HasPrefix(Bytes s, Bytes prefix);
bool HasSuffix(Bytes s, Bytes suffix);
int64_t Index(Bytes s, Bytes sep);
int64_t IndexAny(Bytes s, go::String chars);
int64_t IndexByte(Bytes b, uint8_t c);
int64_t IndexFunc(Bytes s, RuneFunc f);
int64_t IndexRune(Bytes s, int32_t r);
int64_t LastIndex(Bytes s, Bytes sep);
int64_t LastIndexAny(Bytes s, go::String chars);
int64_t LastIndexByte(Bytes s, uint8_t c);
int64_t LastIndexFunc(Bytes s, RuneFunc f);

std::tuple<Bytes, Bytes, bool> Cut(Bytes s, Bytes sep);
std::tuple<Bytes, bool> CutPrefix(Bytes s, Bytes prefix);
std::tuple<Bytes, bool> CutSuffix(Bytes s, Bytes suffix);
go::Slice<Bytes> Fields(Bytes s);
go::Slice<Bytes> FieldsFunc(Bytes s, RuneFunc f);
Bytes Join(go::Slice<Bytes> s, Bytes sep);
go::Slice<Bytes> Split(Bytes s, Bytes sep);
go::Slice<Bytes> SplitAfter(Bytes s, Bytes sep);
go::Slice<Bytes> SplitAfterN(Bytes s, Bytes sep, int64_t n);
go::Slice<Bytes> SplitN(Bytes s, Bytes sep, int64_t n);

Bytes Map(go::Func<int32_t(int32_t)> mapping, Bytes s);
Bytes Repeat(Bytes b, int64_t count);
Bytes Replace(Bytes s, Bytes old, Bytes new_, int64_t n);
Bytes ReplaceAll(Bytes s, Bytes old, Bytes new_);
go::Slice<int32_t> Runes(Bytes s);
Bytes Title(Bytes s);
Bytes ToLower(Bytes s);
Bytes ToLowerSpecial(unicode::SpecialCase c, Bytes s);
Bytes ToTitle(Bytes s);
Bytes ToTitleSpecial(unicode::SpecialCase c, Bytes s);
Bytes ToUpper(Bytes s);
Bytes ToUpperSpecial(unicode::SpecialCase c, Bytes s);
Bytes ToValidUTF8(Bytes s, Bytes replacement);
Bytes Trim(Bytes s, go::String cutset);
Bytes TrimFunc(Bytes s, RuneFunc f);
Bytes TrimLeft(Bytes s, go::String cutset);
Bytes TrimLeftFunc(Bytes s, RuneFunc f);
Bytes TrimPrefix(Bytes s, Bytes prefix);
Bytes TrimRight(Bytes s, go::String cutset);
Bytes TrimRightFunc(Bytes s, RuneFunc f);
Bytes TrimSpace(Bytes s);
Bytes TrimSuffix(Bytes s, Bytes suffix);

struct Buffer {
  Bytes buf;        // the contents are buf[off:len(buf)]
  int64_t off;      // read at buf[off], write at buf[len(buf)]
  int8_t lastRead;  // the last read operation, for UnreadByte and UnreadRune
};
Buffer *NewBuffer(Bytes buf);
Buffer *NewBufferString(go::String s);
int64_t Buffer_Available(Buffer *b);
Bytes Buffer_AvailableBuffer(Buffer *b);
Bytes Buffer_Bytes(Buffer *b);
int64_t Buffer_Cap(Buffer *b);
void Buffer_Grow(Buffer *b, int64_t n);
int64_t Buffer_Len(Buffer *b);
Bytes Buffer_Next(Buffer *b, int64_t n);
std::tuple<int64_t, go::Iface> Buffer_Read(Buffer *b, Bytes p);
std::tuple<uint8_t, go::Iface> Buffer_ReadByte(Buffer *b);
std::tuple<Bytes, go::Iface> Buffer_ReadBytes(Buffer *b, uint8_t delim);
std::tuple<int64_t, go::Iface> Buffer_ReadFrom(Buffer *b, io::Reader r);
std::tuple<int32_t, int64_t, go::Iface> Buffer_ReadRune(Buffer *b);
std::tuple<go::String, go::Iface> Buffer_ReadString(Buffer *b, uint8_t delim);
void Buffer_Reset(Buffer *b);
go::String Buffer_String(Buffer *b);
void Buffer_Truncate(Buffer *b, int64_t n);
go::Iface Buffer_UnreadByte(Buffer *b);
go::Iface Buffer_UnreadRune(Buffer *b);
std::tuple<int64_t, go::Iface> Buffer_Write(Buffer *b, Bytes p);
go::Iface Buffer_WriteByte(Buffer *b, uint8_t c);
std::tuple<int64_t, go::Iface> Buffer_WriteRune(Buffer *b, int32_t r);
std::tuple<int64_t, go::Iface> Buffer_WriteString(Buffer *b, go::String s);
std::tuple<int64_t, go::Iface> Buffer_WriteTo(Buffer *b, io::Writer w);

struct Reader {
  Bytes s;
  int64_t i;        // the reading index
  int64_t prevRune; // the index of the previous rune, or -1
};
Reader *NewReader(Bytes b);
int64_t Reader_Len(Reader *r);
std::tuple<int64_t, go::Iface> Reader_Read(Reader *r, Bytes b);
std::tuple<int64_t, go::Iface> Reader_ReadAt(Reader *r, Bytes b, int64_t off);
std::tuple<uint8_t, go::Iface> Reader_ReadByte(Reader *r);
std::tuple<int32_t, int64_t, go::Iface> Reader_ReadRune(Reader *r);
void Reader_Reset(Reader *r, Bytes b);
std::tuple<int64_t, go::Iface> Reader_Seek(Reader *r, int64_t offset, int64_t whence);
int64_t Reader_Size(Reader *r);
go::Iface Reader_UnreadByte(Reader *r);
go::Iface Reader_UnreadRune(Reader *r);
std::tuple<int64_t, go::Iface> Reader_WriteTo(Reader *r, io::Writer w);

} // namespace pkg::bytes
