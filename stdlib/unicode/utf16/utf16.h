// utf16.h — package unicode/utf16 as docs/abi.md maps it.
#pragma once

#include "gopp/go.h"

namespace pkg::unicode::utf16 {

go::Slice<uint16_t> AppendRune(go::Slice<uint16_t> a, int32_t r);
go::Slice<int32_t> Decode(go::Slice<uint16_t> s);
int32_t DecodeRune(int32_t r1, int32_t r2);
go::Slice<uint16_t> Encode(go::Slice<int32_t> s);
std::tuple<int32_t, int32_t> EncodeRune(int32_t r);
bool IsSurrogate(int32_t r);
int64_t RuneLen(int32_t r);

} // namespace pkg::unicode::utf16
