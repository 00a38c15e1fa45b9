// cmd_parse.cpp — `gopp parse`: the syntax stage alone, file by file.
#include <chrono>

#include <fmt/format.h>

#include "Commands.h"
#include "Flags.h"
#include "Summary.h"
#include "frontend/ast/Dump.h"
#include "frontend/ast/Parse.h"
#include "frontend/package/Package.h"

namespace gopp::cli {

namespace {
struct ParseFlags {
  bool dumpAst = false, summary = false, stats = false;
};

FlagSet parseFlagSet(ParseFlags &f) {
  FlagSet fs("parse");
  fs.boolFlag("dump-ast", &f.dumpAst, "print the AST of each file");
  fs.boolFlag("summary", &f.summary, "print a summary of each file's declarations");
  fs.boolFlag("stats", &f.stats, "print files, bytes and parse time to stderr");
  return fs;
}
} // namespace

std::string parseFlagUsage() {
  ParseFlags f;
  return parseFlagSet(f).usage();
}

int runParse(const Args &args) {
  ParseFlags flags;
  FlagSet fs = parseFlagSet(flags);
  Args files;
  std::string error;
  if (!fs.parse(args, files, error))
    return usageError(error);
  if (files.empty())
    return usageError("gopp parse: no files named (usage: gopp parse [flags] FILE...)");

  int status = 0;
  size_t bytes = 0;
  std::chrono::steady_clock::duration parseTime{};
  ast::ParseStats parseStats;
  for (const auto &path : files) {
    std::string text;
    if (!readFile(path, text, error)) {
      fmt::print(stderr, "{}\n", error);
      status = 1;
      continue;
    }
    bytes += text.size();
    SourceManager sm;
    const SourceFile &file = sm.add(path, std::move(text));
    Diagnostics diags(sm);
    ast::ASTContext ctx;
    auto start = std::chrono::steady_clock::now();
    ast::File *tree = ast::parseFile(file, ctx, diags, &parseStats);
    parseTime += std::chrono::steady_clock::now() - start;
    if (diags.hasErrors()) {
      diags.print(stderr);
      status = 1;
      continue;
    }
    if (flags.dumpAst)
      fmt::print("{}", ast::dumpToString(tree));
    if (flags.summary)
      fmt::print("{}", summarize(*tree));
  }
  if (flags.stats)
    fmt::print(stderr, "gopp: {} files, {} bytes, {:.3f} seconds parsing ({} needed the LL fallback)\n",
               files.size(), bytes, std::chrono::duration<double>(parseTime).count(), parseStats.sllFailures);
  return status;
}

} // namespace gopp::cli
