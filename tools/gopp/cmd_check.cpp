// cmd_check.cpp — `gopp check`: the front end on one package.
#include <fmt/format.h>

#include "Commands.h"
#include "Flags.h"
#include "frontend/check/Importer.h"
#include "frontend/package/Package.h"

namespace gopp::cli {

std::string checkFlagUsage() { return ""; }

int loadForCommand(const char *command, const Args &inputs) {
  if (inputs.empty())
    return usageError(fmt::format("gopp {}: no Go files named (usage: gopp help {})", command, command));
  std::vector<std::string> files;
  std::string error;
  if (!expandPackageArgs(inputs, files, error)) {
    fmt::print(stderr, "{}\n", error);
    return 1;
  }
  SourceManager sm;
  Diagnostics diags(sm);
  ast::ASTContext ctx;
  Package pkg;
  if (!loadPackage(files, sm, ctx, diags, pkg, error)) {
    diags.print(stderr);
    if (!error.empty())
      fmt::print(stderr, "{}\n", error);
    return 1;
  }
  // Type-check the package (gc checks only after a clean parse).
  types::TypeContext tctx;
  types::Universe universe(tctx);
  check::PackageImporter importer(tctx, universe, sm, ctx);
  types::Package tpkg(pkg.name, pkg.name, universe.scope());
  check::Info info;
  if (!check::checkPackage(tctx, universe, importer, diags, &tpkg, pkg.files, info)) {
    diags.print(stderr);
    return 1;
  }
  return 0;
}

int runCheck(const Args &args) {
  FlagSet fs("check");
  Args inputs;
  std::string error;
  if (!fs.parse(args, inputs, error))
    return usageError(error);
  return loadForCommand("check", inputs);
}

} // namespace gopp::cli
