// main.cpp — the gopp command: `gopp <command> [arguments]`, like `go`.
#include <cstdio>

#include <fmt/format.h>

#include "Commands.h"

int main(int argc, char **argv) {
  using namespace gopp::cli;
  if (argc < 2) {
    Args none;
    runHelp(none);
    return 2;
  }
  std::string name = argv[1];
  Args args(argv + 2, argv + argc);
  if (name == "-h" || name == "-help" || name == "--help")
    return runHelp(Args{});
  const Command *cmd = findCommand(name);
  if (!cmd)
    return usageError(fmt::format("gopp {}: unknown command (run 'gopp help')", name));
  return cmd->run(args);
}
