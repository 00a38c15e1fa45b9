// utf8.h — package unicode/utf8 as docs/abi.md maps it.
#pragma once

#include "gopp/go.h"

namespace pkg::unicode::utf8 {

go::Slice<uint8_t> AppendRune(go::Slice<uint8_t> p, int32_t r);
std::tuple<int32_t, int64_t> DecodeLastRune(go::Slice<uint8_t> p);
std::tuple<int32_t, int64_t> DecodeLastRuneInString(go::String s);
std::tuple<int32_t, int64_t> DecodeRune(go::Slice<uint8_t> p);
std::tuple<int32_t, int64_t> DecodeRuneInString(go::String s);
int64_t EncodeRune(go::Slice<uint8_t> p, int32_t r);
bool FullRune(go::Slice<uint8_t> p);
bool FullRuneInString(go::String s);
int64_t RuneCount(go::Slice<uint8_t> p);
int64_t RuneCountInString(go::String s);
int64_t RuneLen(int32_t r);
bool RuneStart(uint8_t b);
bool Valid(go::Slice<uint8_t> p);
bool ValidRune(int32_t r);
bool ValidString(go::String s);

namespace detail {
// The rune at p[0:n] and its width (RuneError and 1 when invalid, 0 when
// n == 0), exactly as utf8.DecodeRune.
int32_t decode(const uint8_t *p, int64_t n, int64_t *size);
int32_t decodeLast(const uint8_t *p, int64_t n, int64_t *size);
// Writes r's encoding (U+FFFD for invalid r) to buf[0:4]; returns its length.
int encode(uint8_t *buf, int32_t r);
int64_t count(const uint8_t *p, int64_t n);
bool valid(const uint8_t *p, int64_t n);
bool full(const uint8_t *p, int64_t n);
} // namespace detail

} // namespace pkg::unicode::utf8
