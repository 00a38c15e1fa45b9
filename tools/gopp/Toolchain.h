// Toolchain.h — compiling emitted C++ into an executable with the host
// C++ compiler, against the runtime and standard library that were built
// with gopp (never per program), with a cache of finished executables.
#pragma once

#include <string>

namespace gopp::cli {

struct CompileResult {
  bool ok = false;
  bool cached = false;
  std::string log; // the compiler's output on failure
  bool missingRuntime = false; // the build mode's libraries are not there (log says why)
};

// How to build: race builds (gopp build -race) compile with
// ThreadSanitizer and link lib/race/ (runtime/include/gopp/race.h).
struct BuildMode {
  bool race = false;
};

// Compiles `cppFile` (whose text is `cpp`) to the executable `output`.
CompileResult compileProgram(const std::string &cpp, const std::string &cppFile, const std::string &output,
                             BuildMode mode = {});

// Where the standard packages' headers and Go declarations are (the
// installation's, or the source tree's).
std::string stdlibDir();

// Whether the standard package at `path` has a C++ header.
bool stdlibHasHeader(const std::string &path);
// Whether stdlib/<path>/*.h mention `name` as a whole identifier.
bool stdlibDeclares(const std::string &path, const std::string &name);

// The compile command gopp uses, for messages and tests.
std::string compileCommand(const std::string &cppFile, const std::string &output, BuildMode mode = {});

} // namespace gopp::cli
