// strconv.h — package strconv (docs/abi.md): conversions between strings
// and booleans, integers, floats and quoted strings, with Go's exact output
// and error values.
//
// Invariants and why:
//  - Every function returns what Go's strconv returns for the same input,
//    byte for byte, including the *NumError values and their Error() text.
//  - Errors are go::Iface values: ErrRange and ErrSyntax hold a
//    *errors.errorString (package errors' own type); parse failures
//    hold a *NumError. Because C++ here creates *NumError values, this
//    header defines the descriptors of strconv.NumError and *strconv.NumError
//    (detail::numErrorType, detail::ptrNumErrorType); code generation reuses
//    them instead of emitting its own, so type identity holds.
//  - detail:: also offers the C++-level building blocks that package fmt
//    formats with (floats, quoting, integers into a std::string), so the
//    two packages share one implementation of every rule.
#pragma once

#include <string>
#include <string_view>
#include <tuple>

#include "errors/errors.h"
#include "gopp/go.h"

namespace pkg::strconv {

// IntSize is the size in bits of an int or uint value.
constexpr int64_t IntSize = 64;

extern go::Iface ErrRange;
extern go::Iface ErrSyntax;

struct NumError {
  go::String Func;
  go::String Num;
  go::Iface Err;
};

go::String NumError_Error(NumError *e);
go::Iface NumError_Unwrap(NumError *e);

std::tuple<bool, go::Iface> ParseBool(go::String str);
go::String FormatBool(bool b);
go::Slice<uint8_t> AppendBool(go::Slice<uint8_t> dst, bool b);

std::tuple<int64_t, go::Iface> Atoi(go::String s);
go::String Itoa(int64_t i);
std::tuple<int64_t, go::Iface> ParseInt(go::String s, int64_t base, int64_t bitSize);
std::tuple<uint64_t, go::Iface> ParseUint(go::String s, int64_t base, int64_t bitSize);
go::String FormatInt(int64_t i, int64_t base);
go::String FormatUint(uint64_t i, int64_t base);
go::Slice<uint8_t> AppendInt(go::Slice<uint8_t> dst, int64_t i, int64_t base);
go::Slice<uint8_t> AppendUint(go::Slice<uint8_t> dst, uint64_t i, int64_t base);

std::tuple<double, go::Iface> ParseFloat(go::String s, int64_t bitSize);
go::String FormatFloat(double f, uint8_t fmt, int64_t prec, int64_t bitSize);
go::Slice<uint8_t> AppendFloat(go::Slice<uint8_t> dst, double f, uint8_t fmt, int64_t prec, int64_t bitSize);
std::tuple<go::complex128, go::Iface> ParseComplex(go::String s, int64_t bitSize);
go::String FormatComplex(go::complex128 c, uint8_t fmt, int64_t prec, int64_t bitSize);

go::String Quote(go::String s);
go::String QuoteToASCII(go::String s);
go::String QuoteToGraphic(go::String s);
go::String QuoteRune(int32_t r);
go::String QuoteRuneToASCII(int32_t r);
go::String QuoteRuneToGraphic(int32_t r);
go::Slice<uint8_t> AppendQuote(go::Slice<uint8_t> dst, go::String s);
go::Slice<uint8_t> AppendQuoteToASCII(go::Slice<uint8_t> dst, go::String s);
go::Slice<uint8_t> AppendQuoteToGraphic(go::Slice<uint8_t> dst, go::String s);
go::Slice<uint8_t> AppendQuoteRune(go::Slice<uint8_t> dst, int32_t r);
go::Slice<uint8_t> AppendQuoteRuneToASCII(go::Slice<uint8_t> dst, int32_t r);
go::Slice<uint8_t> AppendQuoteRuneToGraphic(go::Slice<uint8_t> dst, int32_t r);
bool CanBackquote(go::String s);
bool IsPrint(int32_t r);
bool IsGraphic(int32_t r);
std::tuple<go::String, go::Iface> QuotedPrefix(go::String s);
std::tuple<go::String, go::Iface> Unquote(go::String s);
std::tuple<int32_t, bool, go::String, go::Iface> UnquoteChar(go::String s, uint8_t quote);

namespace detail {

// ---------------------------------------------------------- descriptors

// The method wrappers of *NumError (data word first, iface.h).
go::String numErrorError(void *e);
go::Iface numErrorUnwrap(void *e);
bool numErrorEqual(const void *a, const void *b);

// Descriptors name only the go::Type members they need (the rest are zero).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

inline const go::Field kNumErrorFields[] = {
    {"Func", &go::stringType, offsetof(NumError, Func), false, true},
    {"Num", &go::stringType, offsetof(NumError, Num), false, true},
    {"Err", &go::errorType, offsetof(NumError, Err), false, true},
};
// strconv.NumError
inline const go::Type numErrorType{.self = &numErrorType, .kind = go::Kind::Struct, .flags = go::kNamed,
                                   .size = sizeof(NumError), .name = "strconv.NumError", .pkgPath = "strconv",
                                   .equal = numErrorEqual, .fields = kNumErrorFields, .numFields = 3};
inline const go::Method kPtrNumErrorMethods[] = {
    {"Error", &go::funcStringType, reinterpret_cast<void *>(&numErrorError)},
    {"Unwrap", &pkg::errors::detail::funcError, reinterpret_cast<void *>(&numErrorUnwrap)},
};
// *strconv.NumError
inline const go::Type ptrNumErrorType{.self = &ptrNumErrorType, .kind = go::Kind::Pointer,
                                      .flags = go::kPointerShaped, .size = 8, .name = "*strconv.NumError",
                                      .equal = go::equalOf<void *>, .elem = &numErrorType,
                                      .methods = kPtrNumErrorMethods, .numMethods = 2};
#pragma GCC diagnostic pop

// The itab of *NumError for `error` (its only method, Error, is index 0).
inline const go::Itab ptrNumErrorErrorItab{&ptrNumErrorType, {reinterpret_cast<void *>(&numErrorError)}};

// err.Error() for a non-nil error (a nil one panics as Go does).
inline go::String errorText(go::Iface err) { return pkg::errors::detail::callError(err); }

// errors.New(text): a fresh *errors.errorString.
inline go::Iface newError(go::String text) { return pkg::errors::New(text); }

// An error value *NumError{fn, str, err} (str is copied).
go::Iface numError(std::string_view fn, go::String str, go::Iface err);

// -------------------------------------------------- C++ building blocks

// A fresh go::String holding a copy of s.
go::String toGo(std::string_view s);
// s as a std::string_view.
inline std::string_view view(go::String s) { return s.view(); }

// Appends u in base 2..36 (lower-case digits), with a '-' when neg.
void appendBits(std::string &dst, uint64_t u, int base, bool neg);
// Appends FormatFloat(f, fmt, prec, bitSize).
void appendFloat(std::string &dst, double f, char fmt, int64_t prec, int bitSize);
// Appends s quoted with quote ('"' or '\''), escaping as Quote does;
// ascii: QuoteToASCII's rules; graphic: QuoteToGraphic's.
void appendQuoted(std::string &dst, std::string_view s, char quote, bool ascii, bool graphic);
// Appends r quoted as QuoteRune (and its ASCII/Graphic variants) do.
void appendQuotedRune(std::string &dst, int32_t r, bool ascii, bool graphic);
// Whether s can be represented unchanged as a raw (backquoted) string.
bool canBackquote(std::string_view s);
// UTF-8: decode the rune at the start of s (U+FFFD width 1 when invalid,
// width 0 when s is empty); encode r (invalid runes as U+FFFD).
int32_t decodeRune(std::string_view s, int *width);
void appendRune(std::string &dst, int32_t r);

// An ASCII letter in lower case (other bytes change harmlessly).
inline uint8_t lower(uint8_t c) { return c | ('x' - 'X'); }

// Whether the underscores in s (a number, maybe signed and prefixed) only
// separate digits, as Go's underscoreOK decides (ParseInt and ParseFloat).
bool underscoreOK(std::string_view s);

} // namespace detail
} // namespace pkg::strconv
