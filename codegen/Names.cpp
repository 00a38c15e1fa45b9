// Names.cpp — C++ spellings of Go names.
//
// Go identifiers keep their spelling so emitted code reads like the Go
// source. The few that C++ would misread get a trailing underscore:
// keywords, alternative operator tokens, every macro the headers of
// emitted code define (MacroNames.inc, listed by the compiler at build
// time: SIGINT, EINTR, M_PI, major), C library globals, names ending in
// _t (POSIX reserves them; int64_t names a type in emitted code), names
// that emitted code's own namespaces use (pkg, gotypes; go is a Go keyword
// already), and names that start like reserved identifiers.
//
// The mapping is one-to-one: a name that is such a name followed by
// underscores gets one more (class -> class_, class_ -> class__), so a Go
// program may use both spellings.
#include "codegen/Names.h"

#include <algorithm>
#include <cstdio>

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringSet.h"

namespace gopp::codegen {

namespace {
const char *const kReserved[] = {
    // C++20 keywords and alternative tokens that are not Go keywords.
    "alignas", "alignof", "and", "and_eq", "asm", "auto", "bitand", "bitor", "bool", "catch", "char", "char8_t",
    "char16_t", "char32_t", "class", "co_await", "co_return", "co_yield", "compl", "concept", "const_cast",
    "consteval", "constexpr", "constinit", "decltype", "delete", "do", "double", "dynamic_cast", "enum",
    "explicit", "export", "extern", "false", "float", "friend", "inline", "int", "long", "mutable", "namespace",
    "new", "noexcept", "not", "not_eq", "nullptr", "operator", "or", "or_eq", "private", "protected", "public",
    "register", "reinterpret_cast", "requires", "short", "signed", "sizeof", "static", "static_assert",
    "static_cast", "template", "this", "thread_local", "throw", "true", "try", "typedef", "typeid", "typename",
    "union", "unsigned", "using", "virtual", "void", "volatile", "wchar_t", "while", "xor", "xor_eq", "final",
    "override",
    // C library globals that emitted code can see (its macros are
    // kMacros), and macros of headers only some compilers include.
    "errno", "stdin", "stdout", "stderr", "assert", "unix", "linux", "offsetof", "setjmp", "signal", "major",
    "minor", "makedev", "I", "complex", "imaginary", "environ",
    // Names emitted code itself uses.
    "pkg", "gotypes", "std", "go_",
};

const char *const kMacros[] = {
#include "MacroNames.inc"
};

bool isReserved(llvm::StringRef s) {
  static const llvm::StringSet<> reserved = [] {
    llvm::StringSet<> set;
    for (const char *k : kReserved)
      set.insert(k);
    for (const char *k : kMacros)
      set.insert(k);
    return set;
  }();
  // Keywords and the like, _Upper or __x, POSIX's _t, and the gopp_ prefix
  // that emitted code uses for its own temporaries.
  return reserved.contains(s) || (s.size() > 1 && s[0] == '_' && (std::isupper((unsigned char)s[1]) || s[1] == '_')) ||
         s.endswith("_t") || s.startswith("gopp_");
}
} // namespace

std::string cppName(llvm::StringRef goName) {
  std::string s;
  // Non-ASCII letters are valid in C++ identifiers for g++ 10+ and clang,
  // but keep the output ASCII: encode each such byte as _xHH.
  for (unsigned char c : goName) {
    if (c < 0x80) {
      s += char(c);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "_x%02X", c);
      s += buf;
    }
  }
  if (isReserved(llvm::StringRef(s).rtrim('_')))
    s += "_";
  return s;
}

std::string packageNamespace(llvm::StringRef path) {
  std::string ns = "pkg";
  llvm::SmallVector<llvm::StringRef, 4> parts;
  path.split(parts, '/');
  for (llvm::StringRef p : parts) {
    std::string e;
    for (char c : p)
      e += (std::isalnum((unsigned char)c) || c == '_') ? c : '_';
    if (e.empty() || std::isdigit((unsigned char)e[0]))
      e = "_" + e;
    ns += "::" + cppName(e);
  }
  return ns;
}

std::string cppStringLiteral(llvm::StringRef bytes) {
  std::string s;
  for (unsigned char c : bytes) {
    if (c == '"' || c == '\\') {
      s += '\\';
      s += char(c);
    } else if (c == '\n') {
      s += "\\n";
    } else if (c == '\t') {
      s += "\\t";
    } else if (c >= 0x20 && c < 0x7f && c != '?') { // '?' avoids trigraph-like warnings
      s += char(c);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\%03o", c);
      s += buf;
    }
  }
  return s;
}

std::string shortHash(llvm::StringRef s) {
  uint32_t h = 2166136261u;
  for (unsigned char c : s) {
    h ^= c;
    h *= 16777619u;
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "%08x", h);
  return buf;
}

} // namespace gopp::codegen
