// Flags.h — a small command-line flag parser shaped like Go's flag package.
//
// Flags are `-name`, `--name`, `-name=value` or `-name value`; parsing stops
// at the first argument that is not a flag, or after `--`. Errors are one
// line, for the caller to print as a usage error (exit status 2).
#pragma once

#include <string>
#include <vector>

namespace gopp::cli {

class FlagSet {
public:
  explicit FlagSet(std::string command) : command_(std::move(command)) {}

  void boolFlag(const std::string &name, bool *target, std::string help);
  void stringFlag(const std::string &name, std::string *target, std::string meta, std::string help);

  // Parses args; on success `rest` holds the non-flag arguments.
  bool parse(const std::vector<std::string> &args, std::vector<std::string> &rest, std::string &error);

  // One line per flag, for `gopp help <command>`.
  std::string usage() const;

private:
  struct Flag {
    std::string name;
    bool *boolTarget = nullptr;
    std::string *stringTarget = nullptr;
    std::string meta, help;
  };
  const Flag *find(const std::string &name) const;

  std::string command_;
  std::vector<Flag> flags_;
};

} // namespace gopp::cli
