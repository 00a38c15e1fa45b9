// ParseHelpers.h — running the syntax stage on a string, for unit tests.
//
// bodySource() wraps statements as "package p\n\nfunc f() {\n" BODY "}\n",
// so the body's first line is line 4 of the file.
//
// Checking the inputs against Go: when GOPP_TEST_GO_SOURCES names a
// directory, every source parsed through Parsed is written there as
// <Suite.Test>.<n>.go, with gopp's diagnostics beside it in <...>.gopp.
// tests/unit/check_go_sources.sh does that and compares each verdict with
// go/parser's (gofmt -e): both accept, or both reject on the same line.
#pragma once

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "frontend/ast/AST.h"
#include "frontend/ast/ASTContext.h"
#include "frontend/ast/Dump.h"
#include "frontend/ast/Parse.h"
#include "frontend/diag/Diagnostics.h"
#include "frontend/source/SourceFile.h"

namespace gopp::testing {

inline std::string bodySource(const std::string &body) {
  return "package p\n\nfunc f() {\n" + body + "}\n";
}

// One parsed file; keeps the source, diagnostics and arena alive.
class Parsed {
public:
  explicit Parsed(std::string text) : diags_(sm_) {
    const SourceFile &f = sm_.add("x.go", std::move(text));
    file = ast::parseFile(f, ctx_, diags_);
    if (const char *dir = std::getenv("GOPP_TEST_GO_SOURCES"))
      save(dir, f.text());
  }
  Parsed(const Parsed &) = delete;
  Parsed &operator=(const Parsed &) = delete;

  ast::File *file = nullptr;

  bool ok() const { return !diags_.hasErrors(); }

  // The diagnostics as printed, without the path: "line:col: message".
  std::vector<std::string> errors() const {
    std::vector<std::string> out;
    for (const auto &d : diags_.sorted())
      out.push_back(fmt::format("{}:{}: {}", d.pos.line, d.pos.col, d.message));
    return out;
  }

  // All errors on one string, for failure messages.
  std::string errorText() const {
    std::string s;
    for (const auto &e : errors())
      s += e + "\n";
    return s;
  }

  std::string dump() const { return ast::dumpToString(file); }

  // The n-th top-level FuncDecl.
  ast::FuncDecl *func(size_t n = 0) const {
    for (ast::Decl *d : file->decls)
      if (auto *fd = llvm::dyn_cast<ast::FuncDecl>(d))
        if (n-- == 0)
          return fd;
    return nullptr;
  }

  // The statements of the first function's body.
  llvm::ArrayRef<ast::Stmt *> body() const {
    ast::FuncDecl *fd = func();
    if (!fd || !fd->body)
      return {};
    return fd->body->list;
  }

  // The n-th top-level GenDecl's first spec.
  template <class Spec> Spec *spec(size_t n = 0) const {
    for (ast::Decl *d : file->decls)
      if (auto *g = llvm::dyn_cast<ast::GenDecl>(d))
        if (!g->specs.empty() && llvm::isa<Spec>(g->specs[0]) && n-- == 0)
          return llvm::cast<Spec>(g->specs[0]);
    return nullptr;
  }

private:
  void save(const std::string &dir, const std::string &text) const {
    static std::atomic<unsigned> counter{0};
    std::string name = "unknown";
    if (auto *info = ::testing::UnitTest::GetInstance()->current_test_info())
      name = std::string(info->test_suite_name()) + "." + info->name();
    for (char &c : name)
      if (c == '/')
        c = '_';
    std::string base = fmt::format("{}/{}.{}", dir, name, counter++);
    std::ofstream(base + ".go", std::ios::binary) << text;
    std::ofstream(base + ".gopp", std::ios::binary) << errorText();
  }

  SourceManager sm_;
  Diagnostics diags_;
  ast::ASTContext ctx_;
};

} // namespace gopp::testing
