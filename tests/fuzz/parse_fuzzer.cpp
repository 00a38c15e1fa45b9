// parse_fuzzer.cpp — libFuzzer target over the whole front end: UTF-8
// check, lexer, LexicalCheck, SemicolonFilter, parser, AST builder, dump,
// and, for inputs that parse, the type checker (with stdlib/ imports).
//
// Built with clang and -fsanitize=fuzzer,address,undefined by `make fuzz`.
// Without libFuzzer (GOPP_FUZZ off) the same entry point is linked with
// fuzz_main.cpp into `parse_fuzz_regressions`, which CTest runs over the
// seed corpus and every past finding, so fixed crashes stay fixed.
#include <cstddef>
#include <cstdint>
#include <string>

#include "frontend/ast/Dump.h"
#include "frontend/ast/Parse.h"
#include "frontend/check/Importer.h"

#include <cstdlib>

// Imports resolve in stdlib/ only: a mutated import path would otherwise
// type-check large GOROOT packages (reflect, math/big) on every run, which
// measures the parser, not the checker, and times out under sanitizers.
extern "C" int LLVMFuzzerInitialize(int *, char ***) {
  setenv("GOROOT", "/nonexistent", 1);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  gopp::SourceManager sm;
  const gopp::SourceFile &file = sm.add("fuzz.go", std::string(reinterpret_cast<const char *>(data), size));
  gopp::Diagnostics diags(sm);
  gopp::ast::ASTContext ctx;
  gopp::ast::File *tree = gopp::ast::parseFile(file, ctx, diags);
  // Exercise the printers too: every diagnostic and the whole tree.
  for (const auto &d : diags.sorted())
    (void)diags.format(d);
  (void)gopp::ast::dumpToString(tree);
  if (diags.hasErrors())
    return 0;
  // The type checker must report, never crash, on whatever parses.
  gopp::types::TypeContext tctx;
  gopp::types::Universe universe(tctx);
  gopp::check::PackageImporter importer(tctx, universe, sm, ctx);
  gopp::types::Package pkg("p", tree->packageName->name.str(), universe.scope());
  gopp::check::Info info;
  gopp::check::checkPackage(tctx, universe, importer, diags, &pkg, tree, info);
  for (const auto &d : diags.sorted())
    (void)diags.format(d);
  return 0;
}
