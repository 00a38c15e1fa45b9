// strings.h — package strings as docs/abi.md maps it.
//
// Invariants: results that Go shares with the input (substrings,
// unchanged strings) share it here too; Builder.String shares the
// builder's bytes, which later writes never modify (they only append).
#pragma once

#include "gopp/go.h"
#include "io/io.h"
#include "unicode/unicode.h"

namespace pkg::strings {

using RuneFunc = go::Func<bool(int32_t)>;

go::String Clone(go::String s);
int64_t Compare(go::String a, go::String b);
bool Contains(go::String s, go::String substr);
bool ContainsAny(go::String s, go::String chars);
bool ContainsRune(go::String s, int32_t r);
bool ContainsFunc(go::String s, RuneFunc f);
int64_t Count(go::String s, go::String substr);
bool EqualFold(go::String s, go::String t);
bool HasPrefix(go::String s, go::String prefix);
bool HasSuffix(go::String s, go::String suffix);
int64_t Index(go::String s, go::String substr);
int64_t IndexAny(go::String s, go::String chars);
int64_t IndexByte(go::String s, uint8_t c);
int64_t IndexFunc(go::String s, RuneFunc f);
int64_t IndexRune(go::String s, int32_t r);
int64_t LastIndex(go::String s, go::String substr);
int64_t LastIndexAny(go::String s, go::String chars);
int64_t LastIndexByte(go::String s, uint8_t c);
int64_t LastIndexFunc(go::String s, RuneFunc f);

std::tuple<go::String, go::String, bool> Cut(go::String s, go::String sep);
std::tuple<go::String, bool> CutPrefix(go::String s, go::String prefix);
std::tuple<go::String, bool> CutSuffix(go::String s, go::String suffix);
go::Slice<go::String> Fields(go::String s);
go::Slice<go::String> FieldsFunc(go::String s, RuneFunc f);
go::String Join(go::Slice<go::String> elems, go::String sep);
go::Slice<go::String> Split(go::String s, go::String sep);
go::Slice<go::String> SplitAfter(go::String s, go::String sep);
go::Slice<go::String> SplitAfterN(go::String s, go::String sep, int64_t n);
go::Slice<go::String> SplitN(go::String s, go::String sep, int64_t n);

go::String Map(go::Func<int32_t(int32_t)> mapping, go::String s);
go::String Repeat(go::String s, int64_t count);
go::String Replace(go::String s, go::String old, go::String new_, int64_t n);
go::String ReplaceAll(go::String s, go::String old, go::String new_);
go::String Title(go::String s);
go::String ToLower(go::String s);
go::String ToLowerSpecial(unicode::SpecialCase c, go::String s);
go::String ToTitle(go::String s);
go::String ToTitleSpecial(unicode::SpecialCase c, go::String s);
go::String ToUpper(go::String s);
go::String ToUpperSpecial(unicode::SpecialCase c, go::String s);
go::String ToValidUTF8(go::String s, go::String replacement);
go::String Trim(go::String s, go::String cutset);
go::String TrimFunc(go::String s, RuneFunc f);
go::String TrimLeft(go::String s, go::String cutset);
go::String TrimLeftFunc(go::String s, RuneFunc f);
go::String TrimPrefix(go::String s, go::String prefix);
go::String TrimRight(go::String s, go::String cutset);
go::String TrimRightFunc(go::String s, RuneFunc f);
go::String TrimSpace(go::String s);
go::String TrimSuffix(go::String s, go::String suffix);

struct Builder {
  Builder *addr;
  go::Slice<uint8_t> buf;
};
int64_t Builder_Cap(Builder *b);
void Builder_Grow(Builder *b, int64_t n);
int64_t Builder_Len(Builder *b);
void Builder_Reset(Builder *b);
go::String Builder_String(Builder *b);
std::tuple<int64_t, go::Iface> Builder_Write(Builder *b, go::Slice<uint8_t> p);
go::Iface Builder_WriteByte(Builder *b, uint8_t c);
std::tuple<int64_t, go::Iface> Builder_WriteRune(Builder *b, int32_t r);
std::tuple<int64_t, go::Iface> Builder_WriteString(Builder *b, go::String s);

struct Reader {
  go::String s;
  int64_t i;
  int64_t prevRune;
};
Reader *NewReader(go::String s);
int64_t Reader_Len(Reader *r);
std::tuple<int64_t, go::Iface> Reader_Read(Reader *r, go::Slice<uint8_t> b);
std::tuple<int64_t, go::Iface> Reader_ReadAt(Reader *r, go::Slice<uint8_t> b, int64_t off);
std::tuple<uint8_t, go::Iface> Reader_ReadByte(Reader *r);
std::tuple<int32_t, int64_t, go::Iface> Reader_ReadRune(Reader *r);
void Reader_Reset(Reader *r, go::String s);
std::tuple<int64_t, go::Iface> Reader_Seek(Reader *r, int64_t offset, int64_t whence);
int64_t Reader_Size(Reader *r);
go::Iface Reader_UnreadByte(Reader *r);
go::Iface Reader_UnreadRune(Reader *r);
std::tuple<int64_t, go::Iface> Reader_WriteTo(Reader *r, io::Writer w);

struct Replacer {
  go::Slice<go::String> oldnew;
};
Replacer *NewReplacer(go::Slice<go::String> oldnew);
go::String Replacer_Replace(Replacer *r, go::String s);
std::tuple<int64_t, go::Iface> Replacer_WriteString(Replacer *r, io::Writer w, go::String s);

} // namespace pkg::strings
