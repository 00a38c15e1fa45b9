// Package.h — loading one Go package: files named on the command line, or
// the .go files of a directory, read, parsed, and checked for one package
// clause.
//
// Errors that are about the command line's inputs (a missing file, a
// directory without Go files, an unreadable file) are returned as one line
// each in `LoadResult::inputErrors`, not as positioned diagnostics.
#pragma once

#include <string>
#include <vector>

#include "frontend/ast/AST.h"
#include "frontend/ast/ASTContext.h"
#include "frontend/diag/Diagnostics.h"
#include "frontend/source/SourceFile.h"

namespace gopp {

// Reads a file whole. On failure returns false and sets `error` to a
// one-line message in Go's form ("open x.go: no such file or directory").
bool readFile(const std::string &path, std::string &text, std::string &error);

// Expands the arguments of check/build: either one directory (its .go
// files, without _test.go files, sorted) or a list of .go files.
bool expandPackageArgs(const std::vector<std::string> &args, std::vector<std::string> &files,
                       std::string &error);

struct Package {
  std::string name;
  std::vector<ast::File *> files;
};

// Parses every file of one package; checks that all have the same package
// clause (gc: "found packages a (a.go) and b (b.go) in dir").
// Returns false if any error was reported to `diags` or `error`.
bool loadPackage(const std::vector<std::string> &paths, SourceManager &sm, ast::ASTContext &ctx,
                 Diagnostics &diags, Package &pkg, std::string &error);

} // namespace gopp
