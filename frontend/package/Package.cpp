// Package.cpp — reading source files and grouping them into a package.
#include "frontend/package/Package.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "frontend/ast/Parse.h"
#include "frontend/package/BuildConstraints.h"

namespace gopp {

namespace fs = std::filesystem;

namespace {
// Go spells system errors in lower case ("no such file or directory").
std::string goErrno(int err) {
  std::string s = std::strerror(err);
  if (!s.empty())
    s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
  return s;
}
} // namespace

bool readFile(const std::string &path, std::string &text, std::string &error) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    error = "read " + path + ": is a directory";
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "open " + path + ": " + goErrno(errno);
    return false;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) {
    error = "read " + path + ": " + goErrno(errno);
    return false;
  }
  text = std::move(ss).str();
  return true;
}

bool expandPackageArgs(const std::vector<std::string> &args, std::vector<std::string> &files,
                       std::string &error) {
  std::error_code ec;
  if (args.size() == 1 && fs::is_directory(args[0], ec)) {
    for (const auto &entry : fs::directory_iterator(args[0], ec)) {
      std::string name = entry.path().filename().string();
      if (!entry.is_regular_file(ec) || name.size() <= 3 || !name.ends_with(".go") || name.ends_with("_test.go") ||
          name[0] == '.' || name[0] == '_')
        continue;
      // Files excluded by build constraints are not part of the package.
      std::string text, readError;
      if (readFile(entry.path().string(), text, readError) && !fileMatchesBuild(name, text))
        continue;
      files.push_back(entry.path().string());
    }
    if (ec) {
      error = "open " + args[0] + ": " + ec.message();
      return false;
    }
    if (files.empty()) {
      error = "no Go files in " + args[0];
      return false;
    }
    std::sort(files.begin(), files.end());
    return true;
  }
  for (const auto &a : args) {
    if (fs::is_directory(a, ec)) {
      error = "named files must be .go files: " + a;
      return false;
    }
    if (!a.ends_with(".go")) {
      error = "named files must be .go files: " + a;
      return false;
    }
    files.push_back(a);
  }
  return true;
}

bool loadPackage(const std::vector<std::string> &paths, SourceManager &sm, ast::ASTContext &ctx,
                 Diagnostics &diags, Package &pkg, std::string &error) {
  bool ok = true;
  for (const auto &path : paths) {
    std::string text;
    if (!readFile(path, text, error))
      return false;
    const SourceFile &f = sm.add(path, std::move(text));
    pkg.files.push_back(ast::parseFile(f, ctx, diags));
  }
  if (diags.hasErrors())
    return false;
  for (size_t i = 1; i < pkg.files.size() && ok; ++i) {
    if (pkg.files[i]->packageName->name != pkg.files[0]->packageName->name) {
      error = fmt::format("found packages {} ({}) and {} ({})", pkg.files[0]->packageName->name.str(),
                          fs::path(paths[0]).filename().string(), pkg.files[i]->packageName->name.str(),
                          fs::path(paths[i]).filename().string());
      ok = false;
    }
  }
  if (ok && !pkg.files.empty())
    pkg.name = pkg.files[0]->packageName->name.str();
  return ok;
}

} // namespace gopp
