// Commands.h — the gopp subcommands, shaped like the go command's.
//
// Each command is a function from its arguments (after the command name)
// to an exit status: 0 success, 1 a bad program or failed build, 2 a bad
// command line (with a one-line message on stderr).
#pragma once

#include <cstdio>
#include <string>
#include <vector>

namespace gopp::cli {

using Args = std::vector<std::string>;

struct Command {
  const char *name;
  const char *summary;   // one line for `gopp help`
  const char *usageLine; // "gopp parse [-dump-ast] FILE..."
  const char *details;   // paragraph for `gopp help <name>`
  int (*run)(const Args &args);
  std::string (*flagUsage)(); // flags table, or null
};

int runParse(const Args &args);
int runCheck(const Args &args);
int runBuild(const Args &args);
int runRun(const Args &args);
int runVersion(const Args &args);
int runHelp(const Args &args);

std::string parseFlagUsage();
std::string checkFlagUsage();
std::string buildFlagUsage();
std::string runFlagUsage();

const std::vector<Command> &commands();
const Command *findCommand(const std::string &name);

// The command overview, as `gopp help` prints it.
void printUsage(std::FILE *out);

// Prints a one-line usage error and returns 2.
int usageError(const std::string &message);

} // namespace gopp::cli
