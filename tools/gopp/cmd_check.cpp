// cmd_check.cpp — `gopp check`: the front end on one package.
#include <filesystem>

#include <fmt/format.h>

#include "Commands.h"
#include "Flags.h"
#include "frontend/check/Importer.h"
#include "frontend/package/Package.h"

namespace gopp::cli {

namespace {
// Standard packages that go build compiles without -complete because the
// runtime supplies some of their functions (cmd/go's list).
bool runtimeSuppliesBodies(const std::string &dir) {
  static const char *const kPackages[] = {"bytes",         "internal/poll",  "net",  "os",      "runtime/metrics",
                                          "runtime/pprof", "runtime/trace", "sync", "syscall", "time"};
  std::string d = std::filesystem::weakly_canonical(dir).string();
  for (const std::string &root : check::PackageImporter::defaultRoots()) {
    std::string r = std::filesystem::weakly_canonical(root).string() + "/";
    if (d.rfind(r, 0) != 0)
      continue;
    std::string path = d.substr(r.size());
    for (const char *p : kPackages)
      if (path == p)
        return true;
  }
  return false;
}

bool hasAssembly(const std::string &dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec))
    return false;
  for (const auto &entry : std::filesystem::directory_iterator(dir, ec))
    if (entry.path().extension() == ".s")
      return true;
  return false;
}

struct CheckFlags {
  bool allErrors = false;
  bool complete = true;
};

FlagSet checkFlagSet(CheckFlags &f) {
  FlagSet fs("check");
  fs.boolFlag("e", &f.allErrors, "report all errors, not just the first ten (as gc's -e)");
  fs.boolFlag("complete", &f.complete,
              "the package is complete: a function without a body is an error (as go build; -complete=false allows it)");
  return fs;
}
} // namespace

std::string checkFlagUsage() {
  CheckFlags f;
  return checkFlagSet(f).usage();
}

// Loads and type-checks one package; the status of `gopp check`.
int loadAndCheck(const char *command, const Args &inputs, bool allErrors, bool complete);

int loadForCommand(const char *command, const Args &inputs) { return loadAndCheck(command, inputs, false, true); }

int loadAndCheck(const char *command, const Args &inputs, bool allErrors, bool complete) {
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
  diags.setUnlimited(allErrors);
  ast::ASTContext ctx;
  Package pkg;
  if (!loadPackage(files, sm, ctx, diags, pkg, error)) {
    diags.print(stderr);
    if (!error.empty())
      fmt::print(stderr, "{}\n", error);
    return 1;
  }
  // go build passes -complete only for packages without assembly: a
  // directory with .s files may declare functions without bodies.
  if (inputs.size() == 1 && (hasAssembly(inputs[0]) || runtimeSuppliesBodies(inputs[0])))
    complete = false;
  // Type-check the package (gc checks only after a clean parse).
  types::TypeContext tctx;
  types::Universe universe(tctx);
  check::PackageImporter importer(tctx, universe, sm, ctx);
  types::Package tpkg(pkg.name, pkg.name, universe.scope());
  check::Info info;
  check::CheckOptions options;
  options.complete = complete;
  if (!check::checkPackage(tctx, universe, importer, diags, &tpkg, pkg.files, info, options)) {
    diags.print(stderr);
    return 1;
  }
  return 0;
}

int runCheck(const Args &args) {
  CheckFlags flags;
  FlagSet fs = checkFlagSet(flags);
  Args inputs;
  std::string error;
  if (!fs.parse(args, inputs, error))
    return usageError(error);
  return loadAndCheck("check", inputs, flags.allErrors, flags.complete);
}

} // namespace gopp::cli
