// cmd_check.cpp — `gopp check`: the front end on one package.
#include <filesystem>

#include <fmt/format.h>

#include "Commands.h"
#include "Flags.h"
#include "Load.h"
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

int loadAndCheck(const char *command, const Args &inputs, bool allErrors, bool complete);

namespace {
// The exit status for a package rejected with diagnostics, as go build,
// go run and go vet give it: 2 for syntax and type errors (the compiler's
// rejection), 1 when only imports failed to resolve (the go command's own
// package errors, like a missing file).
int rejectedStatus(const Diagnostics &diags) {
  for (const Diagnostic &d : diags.sorted())
    if (d.kind != DiagKind::ImportError)
      return 2;
  return 1;
}
} // namespace

std::unique_ptr<LoadedPackage> loadChecked(const char *command, const Args &inputs, bool allErrors, bool complete,
                                           int &status) {
  status = 1;
  if (inputs.empty()) {
    status = usageError(fmt::format("gopp {}: no Go files named (usage: gopp help {})", command, command));
    return nullptr;
  }
  std::vector<std::string> files;
  std::string error;
  if (!expandPackageArgs(inputs, files, error)) {
    fmt::print(stderr, "{}\n", error);
    return nullptr;
  }
  auto lp = std::make_unique<LoadedPackage>();
  lp->diags.setUnlimited(allErrors);
  if (!loadPackage(files, lp->sm, lp->ctx, lp->diags, lp->pkg, error)) {
    lp->diags.print(stderr);
    if (!error.empty())
      fmt::print(stderr, "{}\n", error);
    if (lp->diags.hasErrors())
      status = rejectedStatus(lp->diags);
    return nullptr;
  }
  // go build passes -complete only for packages without assembly: a
  // directory with .s files may declare functions without bodies.
  if (inputs.size() == 1 && (hasAssembly(inputs[0]) || runtimeSuppliesBodies(inputs[0])))
    complete = false;
  // Type-check the package (gc checks only after a clean parse).
  lp->importer = std::make_unique<check::PackageImporter>(lp->tctx, lp->universe, lp->sm, lp->ctx);
  std::string path = lp->pkg.name; // a command-line package: its path is its name
  lp->tpkg = std::make_unique<types::Package>(path, lp->pkg.name, lp->universe.scope());
  check::CheckOptions options;
  options.complete = complete;
  if (!check::checkPackage(lp->tctx, lp->universe, *lp->importer, lp->diags, lp->tpkg.get(), lp->pkg.files, lp->info,
                           options)) {
    lp->diags.print(stderr);
    status = rejectedStatus(lp->diags);
    return nullptr;
  }
  status = 0;
  return lp;
}

int loadAndCheck(const char *command, const Args &inputs, bool allErrors, bool complete) {
  int status = 0;
  auto lp = loadChecked(command, inputs, allErrors, complete, status);
  return status;
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
