// Importer.cpp — loading imported packages from stdlib/ and GOROOT/src.
#include "frontend/check/Importer.h"

#include <cstdlib>
#include <filesystem>

#include "frontend/package/Package.h"

#ifndef GOPP_STDLIB_DIR
#define GOPP_STDLIB_DIR ""
#endif

namespace gopp::check {

namespace fs = std::filesystem;

PackageImporter::PackageImporter(types::TypeContext &ctx, const types::Universe &universe, SourceManager &sm,
                                 ast::ASTContext &actx)
    : ctx_(ctx), universe_(universe), sm_(sm), actx_(actx), roots_(defaultRoots()) {}

std::vector<std::string> PackageImporter::defaultRoots() {
  std::vector<std::string> roots;
  if (const char *s = std::getenv("GOPP_STDLIB"); s && *s)
    roots.push_back(s);
  else if (*GOPP_STDLIB_DIR)
    roots.push_back(GOPP_STDLIB_DIR);
  std::string goroot;
  if (const char *g = std::getenv("GOROOT"); g && *g)
    goroot = g;
  else
    for (const char *cand : {"/usr/lib/go", "/usr/local/go"})
      if (fs::is_directory(std::string(cand) + "/src")) {
        goroot = cand;
        break;
      }
  if (!goroot.empty())
    roots.push_back(goroot + "/src");
  return roots;
}

const Info *PackageImporter::infoOf(const types::Package *p) const {
  for (size_t i = 0; i < packages_.size() && i < infos_.size(); i++)
    if (packages_[i].get() == p)
      return infos_[i].get();
  return nullptr;
}

types::Package *PackageImporter::import(const std::string &path, std::string &error) {
  if (auto it = cache_.find(path); it != cache_.end())
    return it->second;
  if (auto it = failed_.find(path); it != failed_.end()) {
    error = it->second;
    return nullptr;
  }
  if (loading_.count(path)) {
    error = "import cycle not allowed";
    return nullptr;
  }
  if (path.empty() || path[0] == '.' || path[0] == '/' || path.find("internal") != std::string::npos) {
    error = "package " + path + " is not provided by gopp";
    failed_[path] = error;
    return nullptr;
  }
  std::vector<std::string> files;
  bool fromStdlib = false;
  for (size_t i = 0; i < roots_.size(); i++) {
    std::string dir = roots_[i] + "/" + path;
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
      continue;
    std::string err;
    std::vector<std::string> found;
    if (expandPackageArgs({dir}, found, err) && !found.empty()) {
      files = std::move(found);
      fromStdlib = i == 0 && roots_.size() > 1;
      break;
    }
  }
  if (files.empty()) {
    error = "package " + path + " is not provided by gopp";
    failed_[path] = error;
    return nullptr;
  }
  loading_.insert(path);
  Diagnostics diags(sm_);
  gopp::Package parsed;
  std::string loadError;
  bool ok = loadPackage(files, sm_, actx_, diags, parsed, loadError);
  types::Package *pkg = nullptr;
  if (ok) {
    auto owned = std::make_unique<types::Package>(path, parsed.name, universe_.scope());
    pkg = owned.get();
    // Both lists grow together before checking: checking imports more
    // packages, which push their own entries.
    packages_.push_back(std::move(owned));
    infos_.push_back(std::make_unique<Info>());
    Info &info = *infos_.back();
    Checker c(ctx_, universe_, *this, diags, pkg, info);
    c.externBodies_ = fromStdlib;
    ok = c.checkFiles(parsed.files);
  }
  loading_.erase(path);
  if (!ok) {
    std::string first = loadError;
    if (diags.hasErrors())
      first = diags.format(diags.sorted().front());
    error = "package " + path + " is not supported by gopp: " + first;
    failed_[path] = error;
    return nullptr;
  }
  cache_[path] = pkg;
  return pkg;
}

} // namespace gopp::check
