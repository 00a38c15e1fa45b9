// CheckHelpers.h — running the parser and the type checker on a string,
// for unit tests. The checked package's Info and diagnostics stay alive
// with the Checked object.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "frontend/ast/Dump.h"
#include "frontend/ast/Parse.h"
#include "frontend/check/Importer.h"

namespace gopp::testing {

class Checked {
public:
  explicit Checked(std::string text) : diags_(sm_), universe_(tctx_), importer_(tctx_, universe_, sm_, actx_) {
    const SourceFile &f = sm_.add("x.go", std::move(text));
    file = ast::parseFile(f, actx_, diags_);
    if (diags_.hasErrors())
      return;
    pkg_ = std::make_unique<types::Package>("p", file->packageName->name.str(), universe_.scope());
    ast::File *files[] = {file};
    check::checkPackage(tctx_, universe_, importer_, diags_, pkg_.get(), files, info);
  }
  Checked(const Checked &) = delete;
  Checked &operator=(const Checked &) = delete;

  bool ok() const { return !diags_.hasErrors(); }
  const Diagnostics &diags() const { return diags_; }

  // "line:col: message" for each diagnostic, as printed.
  std::vector<std::string> errors() const {
    std::vector<std::string> out;
    for (const auto &d : diags_.sorted())
      out.push_back(fmt::format("{}:{}: {}", d.pos.line, d.pos.col, d.message));
    return out;
  }
  std::string errorText() const {
    std::string s;
    for (const auto &e : errors())
      s += e + "\n";
    return s;
  }

  // The package-level object named `name`.
  types::Object *lookup(const std::string &name) const { return pkg_ ? pkg_->scope->lookup(name) : nullptr; }
  std::string typeString(const types::Type *t) const { return types::typeString(t, pkg_.get()); }
  // The recorded type of the first expression whose source text is `text`.
  const check::TypeAndValue *exprNamed(const std::string &text) const {
    const check::TypeAndValue *found = nullptr;
    Pos best;
    for (auto &kv : info.types)
      if (ast::exprString(kv.first) == text && (!found || kv.first->pos() < best)) {
        found = &kv.second;
        best = kv.first->pos();
      }
    return found;
  }

  ast::File *file = nullptr;
  check::Info info;

private:
  SourceManager sm_;
  Diagnostics diags_;
  ast::ASTContext actx_;
  types::TypeContext tctx_;
  types::Universe universe_;
  check::PackageImporter importer_;
  std::unique_ptr<types::Package> pkg_;
};

} // namespace gopp::testing
