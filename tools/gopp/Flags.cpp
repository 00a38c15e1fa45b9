// Flags.cpp — see Flags.h.
#include "Flags.h"

#include <fmt/format.h>

namespace gopp::cli {

void FlagSet::boolFlag(const std::string &name, bool *target, std::string help) {
  flags_.push_back(Flag{name, target, nullptr, "", std::move(help)});
}

void FlagSet::stringFlag(const std::string &name, std::string *target, std::string meta, std::string help) {
  flags_.push_back(Flag{name, nullptr, target, std::move(meta), std::move(help)});
}

const FlagSet::Flag *FlagSet::find(const std::string &name) const {
  for (const auto &f : flags_)
    if (f.name == name)
      return &f;
  return nullptr;
}

bool FlagSet::parse(const std::vector<std::string> &args, std::vector<std::string> &rest, std::string &error) {
  size_t i = 0;
  for (; i < args.size(); ++i) {
    const std::string &a = args[i];
    if (a == "--") {
      ++i;
      break;
    }
    if (a.size() < 2 || a[0] != '-')
      break;
    std::string name = a.substr(a[1] == '-' ? 2 : 1);
    std::string value;
    bool hasValue = false;
    if (auto eq = name.find('='); eq != std::string::npos) {
      value = name.substr(eq + 1);
      name = name.substr(0, eq);
      hasValue = true;
    }
    const Flag *f = find(name);
    if (!f) {
      error = fmt::format("gopp {}: flag provided but not defined: -{} (run 'gopp help {}')", command_, name,
                          command_);
      return false;
    }
    if (f->boolTarget) {
      if (hasValue && value != "true" && value != "false") {
        error = fmt::format("gopp {}: invalid boolean value \"{}\" for -{}", command_, value, name);
        return false;
      }
      *f->boolTarget = !hasValue || value == "true";
      continue;
    }
    if (!hasValue) {
      if (i + 1 >= args.size()) {
        error = fmt::format("gopp {}: flag needs an argument: -{}", command_, name);
        return false;
      }
      value = args[++i];
    }
    *f->stringTarget = value;
  }
  rest.assign(args.begin() + static_cast<long>(i), args.end());
  return true;
}

std::string FlagSet::usage() const {
  std::string out;
  for (const auto &f : flags_) {
    std::string head = f.meta.empty() ? "-" + f.name : "-" + f.name + " " + f.meta;
    out += fmt::format("  {:<14} {}\n", head, f.help);
  }
  return out;
}

} // namespace gopp::cli
