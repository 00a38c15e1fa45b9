// Checker.cpp — the checker's entry point and error reporting.
#include "frontend/check/Checker.h"

#include "frontend/ast/Dump.h"

namespace gopp::check {


Checker::Checker(TypeContext &ctx, const Universe &universe, Importer &importer, Diagnostics &diags, Package *pkg,
                 Info &info)
    : ctx_(ctx), universe_(universe), importer_(importer), diags_(diags), pkg_(pkg), info_(info) {}

void Checker::report(Pos pos, std::string message, DiagKind kind) {
  // Follow-on errors about operands that already failed say nothing new
  // (types2 drops them the same way).
  if (diags_.hasErrors() &&
      (message.find("invalid operand") != std::string::npos || message.find("invalid type") != std::string::npos))
    return;
  // Errors in an inherited constant initializer are reported at the
  // constant, since the expression is written elsewhere (as types2 does).
  if (errpos_.isValid())
    pos = errpos_;
  diags_.errorMessage(pos, kind, std::move(message));
}

std::string Checker::str(const ast::Expr *e) const { return ast::exprString(e); }

bool Checker::checkFiles(llvm::ArrayRef<ast::File *> files) {
  size_t before = diags_.count();
  collectObjects(files);
  packageObjects();
  processDelayed();
  initOrder();
  unusedImports();
  // Untyped expressions that no context converted keep their untyped
  // type (constant declarations, operands of comparisons and shifts).
  for (auto &[e, u] : untyped_)
    recordType(e, u.mode, u.type, u.val);
  untyped_.clear();
  pkg_->complete = true;
  return diags_.count() == before;
}

void Checker::processDelayed() {
  // Function bodies may queue more work (closures are checked in place,
  // but delayed actions of types declared in bodies are queued).
  for (size_t i = 0; !delayed_.empty() || i < funcBodies_.size();) {
    if (!delayed_.empty()) {
      auto work = std::move(delayed_);
      delayed_.clear();
      for (auto &f : work)
        f();
      continue;
    }
    FuncBody b = funcBodies_[i++];
    funcBody(b.decl, b.name, b.sig, b.body, b.scope);
  }
}

bool checkPackage(TypeContext &ctx, const Universe &universe, Importer &importer, Diagnostics &diags, Package *pkg,
                  llvm::ArrayRef<ast::File *> files, Info &info, CheckOptions options) {
  Checker c(ctx, universe, importer, diags, pkg, info);
  c.externBodies_ = !options.complete;
  return c.checkFiles(files);
}

} // namespace gopp::check
