// Build.h — what `gopp build`'s two modes share (cmd_build.cpp builds
// executables, cmd_library.cpp C++ libraries).
#pragma once

#include <string>

#include "Commands.h"
#include "Load.h"
#include "Toolchain.h"
#include "codegen/Codegen.h"

namespace gopp::cli {

// The code generator's input for a loaded, checked package.
codegen::Input codegenInput(LoadedPackage *lp, BuildMode mode);

// gopp build -buildmode=c++ -o dir: writes the package as a C++ library
// (dir/NAME.h, dir/NAME.cpp, dir/CMakeLists.txt). Returns the exit status.
int buildLibrary(const Args &inputs, const std::string &dir, BuildMode mode);

} // namespace gopp::cli
