// cmd_help.cpp — `gopp help [command]`, `gopp version`, and the command table.
#include <fmt/format.h>

#include "Commands.h"

#ifndef GOPP_VERSION
#define GOPP_VERSION "dev"
#endif

namespace gopp::cli {

const std::vector<Command> &commands() {
  static const std::vector<Command> table = {
      {"build", "compile a Go program", "gopp build [-o output] [-work] [-race] [-buildmode=c++] FILE.go...|DIR",
       "Build compiles the named Go files (one package main) or the .go files of DIR\n"
       "into a native executable, by way of C++: it checks the package, emits C++,\n"
       "and compiles it with $CXX (default g++) against the runtime and standard\n"
       "library built with gopp. -race builds with the data race detector, whose\n"
       "reports read like go build -race's. -buildmode=c++ -o DIR writes a package\n"
       "other than main as a C++ library instead: DIR/NAME.h declares its exported\n"
       "API for C++ callers (docs/embedding.md), DIR/NAME.cpp implements it and\n"
       "DIR/CMakeLists.txt builds it.",
       runBuild, buildFlagUsage},
      {"run", "compile and run a Go program", "gopp run [-work] [-race] FILE.go... [arguments...]",
       "Run builds the named Go files like 'gopp build' and runs the result with the\n"
       "arguments; its exit status is the program's.",
       runRun, runFlagUsage},
      {"check", "parse and type-check one package", "gopp check FILE.go...|DIR",
       "Check parses and type-checks the files of one package and reports the errors\n"
       "it finds as gc reports them (file:line:col: message).",
       runCheck, checkFlagUsage},
      {"parse", "parse Go files and report syntax errors", "gopp parse [-dump-ast] [-summary] [-stats] FILE...",
       "Parse reads each file and checks its syntax. It prints nothing and exits 0\n"
       "when every file parses; otherwise it prints the errors (file:line:col: message)\n"
       "and exits 1.",
       runParse, parseFlagUsage},
      {"version", "print the gopp version", "gopp version", "Version prints the version of gopp.", runVersion,
       nullptr},
      {"help", "show help for a command", "gopp help [command]", "Help shows how to use a command.", runHelp,
       nullptr},
  };
  return table;
}

const Command *findCommand(const std::string &name) {
  for (const auto &c : commands())
    if (name == c.name)
      return &c;
  return nullptr;
}

int usageError(const std::string &message) {
  fmt::print(stderr, "{}\n", message);
  return 2;
}

int runVersion(const Args &args) {
  if (!args.empty())
    return usageError("usage: gopp version");
  fmt::print("gopp version {} linux/amd64\n", GOPP_VERSION);
  return 0;
}

void printUsage(std::FILE *out) {
  fmt::print(out, "gopp compiles Go programs to C++ and native executables.\n\n"
                  "Usage:\n\n        gopp <command> [arguments]\n\nThe commands are:\n\n");
  for (const auto &c : commands())
    fmt::print(out, "        {:<10} {}\n", c.name, c.summary);
  fmt::print(out, "\nUse \"gopp help <command>\" for more information about a command.\n");
}

int runHelp(const Args &args) {
  if (args.empty()) {
    printUsage(stdout);
    return 0;
  }
  if (args.size() > 1)
    return usageError("usage: gopp help [command]");
  const Command *c = findCommand(args[0]);
  if (!c)
    return usageError(fmt::format("gopp help {}: unknown help topic (run 'gopp help')", args[0]));
  fmt::print("usage: {}\n\n{}\n", c->usageLine, c->details);
  if (c->flagUsage) {
    std::string flags = c->flagUsage();
    if (!flags.empty())
      fmt::print("\nFlags:\n{}", flags);
  }
  return 0;
}

} // namespace gopp::cli
