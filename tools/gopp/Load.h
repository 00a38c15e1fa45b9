// Load.h — loading and type-checking the package named on a command
// line, keeping everything later stages need alive together.
#pragma once

#include <memory>
#include <string>

#include "Commands.h"
#include "frontend/check/Importer.h"
#include "frontend/package/Package.h"

namespace gopp::cli {

struct LoadedPackage {
  SourceManager sm;
  Diagnostics diags{sm};
  ast::ASTContext ctx;
  Package pkg;
  types::TypeContext tctx;
  types::Universe universe{tctx};
  std::unique_ptr<check::PackageImporter> importer;
  std::unique_ptr<types::Package> tpkg;
  check::Info info;
};

// Loads, parses and checks the package; on failure prints the errors and
// sets `status` as go build does (2 for syntax and type errors, 1 for
// files that cannot be read or imports that do not resolve, 2 for a bad
// command line) and returns null.
std::unique_ptr<LoadedPackage> loadChecked(const char *command, const Args &inputs, bool allErrors, bool complete,
                                           int &status);

} // namespace gopp::cli
