// Importer.h — finds, parses and checks imported packages.
//
// A package path is looked up first in gopp's own stdlib/ (the API
// declarations of the packages gopp provides; see stdlib/README.md), then
// in GOROOT/src for packages written in plain Go whose imports gopp also
// provides (container/list, unicode/utf16, …). Each package is checked
// once and cached; an import cycle is an error. Errors inside an imported
// package are not the program's: the import fails with one message.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "frontend/ast/ASTContext.h"
#include "frontend/check/Checker.h"
#include "frontend/source/SourceFile.h"

namespace gopp::check {

class PackageImporter : public Importer {
public:
  PackageImporter(types::TypeContext &ctx, const types::Universe &universe, SourceManager &sm, ast::ASTContext &actx);

  types::Package *import(const std::string &path, std::string &error) override;

  // What the checker recorded for an imported package (null if unknown):
  // code generation compiles the Go bodies of imported generic functions.
  const Info *infoOf(const types::Package *p) const;

  // The directories searched, in order (stdlib/ first).
  static std::vector<std::string> defaultRoots();

private:
  types::TypeContext &ctx_;
  const types::Universe &universe_;
  SourceManager &sm_;
  ast::ASTContext &actx_;
  std::vector<std::string> roots_;
  std::map<std::string, types::Package *> cache_;
  std::map<std::string, std::string> failed_;
  std::set<std::string> loading_;
  std::vector<std::unique_ptr<types::Package>> packages_;
  std::vector<std::unique_ptr<Info>> infos_;
};

} // namespace gopp::check
