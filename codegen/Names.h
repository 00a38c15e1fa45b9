// Names.h — how Go names become C++ names (docs/abi.md "Names").
#pragma once

#include <string>

#include "llvm/ADT/StringRef.h"

namespace gopp::codegen {

// A Go identifier as a C++ identifier: unchanged unless C++ reserves it
// (a keyword, a C library macro or global), then with a trailing "_".
std::string cppName(llvm::StringRef goName);

// The C++ namespace of a package path: "pkg::unicode::utf8".
std::string packageNamespace(llvm::StringRef path);

// A string as a C++ string literal body (without quotes), with octal
// escapes for everything that is not printable ASCII.
std::string cppStringLiteral(llvm::StringRef bytes);

// A 32-bit FNV-1a hash as 8 hex digits, for stable generated names.
std::string shortHash(llvm::StringRef s);

} // namespace gopp::codegen
