// Codegen.h — code generation: a type-checked Go package to one C++20
// translation unit (docs/abi.md says how Go declarations appear in C++).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "frontend/ast/AST.h"
#include "frontend/check/Info.h"
#include "frontend/source/SourceFile.h"
#include "frontend/types/Object.h"

namespace gopp::codegen {

struct Input {
  const types::Package *pkg;
  std::vector<const ast::File *> files;
  const check::Info *info;
  const SourceManager *sm;
  types::TypeContext *tctx;
  // Whether to emit `int main` calling the package's main (package main).
  bool isMain = true;
  // Library mode (gopp build -buildmode=c++, emitLibrary): package
  // variables are declared in a header and defined in the source.
  bool library = false;
  // Whether to emit #line directives pointing at the Go source.
  bool lineDirectives = true;
  // Whether every line of C++ restates its Go line (race builds: a Go
  // statement lowered to several C++ lines would otherwise count on from
  // its #line, and a race report would name the wrong Go line).
  bool directiveEveryLine = false;
  // Whether an imported package has a C++ header (stdlib/<path>/<name>.h).
  // Methods whose signatures need a package without one are left out of
  // method tables. Null: every package has one.
  std::function<bool(const std::string &path)> hasHeader;
  // Whether the C++ headers of an imported package declare `name` (a C++
  // identifier: Func, Type_Method, Var, Type). A package's Go API lists
  // more than gopp implements; a program using the rest is refused with a
  // clear error instead of failing in the C++ compiler. Null: all are.
  std::function<bool(const std::string &path, const std::string &name)> declares;
  // The checker's Info for an imported package, whose Go bodies (generic
  // functions, and what they call) are compiled into this unit.
  std::function<const check::Info *(const types::Package *)> infoOf;
};

// The C++ source for the package; on failure (a construct gopp cannot
// translate yet) returns false and sets `error` to "file:line:col: msg".
bool emitPackage(const Input &in, std::string &out, std::string &error);

// A package as a C++ library (docs/embedding.md): `header` declares the
// package's exported API in namespace `name` (the package name) and
// `source` implements it; `name` also names the files (name.h, name.cpp).
struct Library {
  std::string name;
  std::string header;
  std::string source;
};

// Library mode: `in.library` must be set and `in.isMain` clear.
bool emitLibrary(const Input &in, Library &out, std::string &error);

} // namespace gopp::codegen
