// cmd_build.cpp — `gopp build` and `gopp run`.
//
// Code generation does not exist yet: both commands load and parse the
// package (so syntax errors are reported as they will be), then stop with
// a one-line message saying what is missing, and exit 1.
#include <fmt/format.h>

#include "Commands.h"
#include "Flags.h"

namespace gopp::cli {

int loadForCommand(const char *command, const Args &inputs);

namespace {
struct BuildFlags {
  std::string output;
  bool work = false;
};

FlagSet buildFlagSet(BuildFlags &f) {
  FlagSet fs("build");
  fs.stringFlag("o", &f.output, "file", "write the executable to file");
  fs.boolFlag("work", &f.work, "keep the emitted C++ and print where it is");
  return fs;
}

int notYet(const char *command) {
  fmt::print(stderr, "gopp {}: code generation is not implemented yet; "
                     "the program type-checks, but gopp cannot compile it\n", command);
  return 1;
}
} // namespace

std::string buildFlagUsage() {
  BuildFlags f;
  return buildFlagSet(f).usage();
}

std::string runFlagUsage() {
  BuildFlags f;
  FlagSet fs("run");
  fs.boolFlag("work", &f.work, "keep the emitted C++ and print where it is");
  return fs.usage();
}

int runBuild(const Args &args) {
  BuildFlags flags;
  FlagSet fs = buildFlagSet(flags);
  Args inputs;
  std::string error;
  if (!fs.parse(args, inputs, error))
    return usageError(error);
  if (int status = loadForCommand("build", inputs))
    return status;
  return notYet("build");
}

int runRun(const Args &args) {
  BuildFlags flags;
  FlagSet fs("run");
  fs.boolFlag("work", &flags.work, "keep the emitted C++ and print where it is");
  Args rest;
  std::string error;
  if (!fs.parse(args, rest, error))
    return usageError(error);
  // As with `go run`, the Go files are the leading arguments ending in .go;
  // the rest are the program's arguments.
  Args inputs;
  size_t i = 0;
  while (i < rest.size() && rest[i].ends_with(".go"))
    inputs.push_back(rest[i++]);
  if (inputs.empty())
    return usageError("gopp run: no go files listed (usage: gopp run FILE.go... [arguments...])");
  if (int status = loadForCommand("run", inputs))
    return status;
  return notYet("run");
}

} // namespace gopp::cli
