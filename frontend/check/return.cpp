// return.cpp — terminating statements (spec "Terminating statements"),
// for the "missing return" check.
#include "frontend/check/Checker.h"

namespace gopp::check {

bool Checker::isTerminatingList(llvm::ArrayRef<ast::Stmt *> list, llvm::StringRef label) const {
  // Trailing empty statements are permitted; skip them.
  size_t n = list.size();
  while (n > 0 && isa<ast::EmptyStmt>(list[n - 1]))
    n--;
  return n > 0 && isTerminating(list[n - 1], label);
}

bool Checker::isTerminating(const ast::Stmt *s, llvm::StringRef label) const {
  switch (s->kind()) {
  case ast::Node::Kind::ReturnStmt:
    return true;
  case ast::Node::Kind::BranchStmt: {
    auto *b = cast<ast::BranchStmt>(s);
    return b->tok == ast::BranchStmt::Tok::Goto || b->tok == ast::BranchStmt::Tok::Fallthrough;
  }
  case ast::Node::Kind::ExprStmt: {
    // A call of the built-in panic.
    auto *call = dyn_cast<ast::CallExpr>(ast::unparen(cast<ast::ExprStmt>(s)->x));
    if (!call)
      return false;
    auto *id = dyn_cast<ast::Ident>(ast::unparen(call->fun));
    if (!id)
      return false;
    auto it = info_.uses.find(id);
    if (it == info_.uses.end())
      return false;
    auto *b = dyn_cast_or_null<types::Builtin>(it->second);
    return b && b->id == types::BuiltinId::Panic;
  }
  case ast::Node::Kind::BlockStmt:
    return isTerminatingList(cast<ast::BlockStmt>(s)->list, "");
  case ast::Node::Kind::IfStmt: {
    auto *is = cast<ast::IfStmt>(s);
    return is->elseStmt && isTerminating(is->body, "") && isTerminating(is->elseStmt, "");
  }
  case ast::Node::Kind::LabeledStmt: {
    auto *ls = cast<ast::LabeledStmt>(s);
    return isTerminating(ls->stmt, ls->label->name);
  }
  case ast::Node::Kind::SwitchStmt:
  case ast::Node::Kind::TypeSwitchStmt:
  case ast::Node::Kind::SelectStmt: {
    const ast::BlockStmt *body = isa<ast::SwitchStmt>(s)       ? cast<ast::SwitchStmt>(s)->body
                                 : isa<ast::TypeSwitchStmt>(s) ? cast<ast::TypeSwitchStmt>(s)->body
                                                               : cast<ast::SelectStmt>(s)->body;
    bool hasDefault = isa<ast::SelectStmt>(s);
    for (const ast::Stmt *cl : body->list) {
      llvm::ArrayRef<ast::Stmt *> stmts;
      if (auto *cc = dyn_cast<ast::CaseClause>(cl)) {
        stmts = cc->body;
        hasDefault |= cc->isDefault;
      } else if (auto *cc = dyn_cast<ast::CommClause>(cl)) {
        stmts = cc->body;
      }
      if (!isTerminatingList(stmts, "") || hasBreakList(stmts, label, true))
        return false;
    }
    return hasDefault;
  }
  case ast::Node::Kind::ForStmt: {
    auto *fs = cast<ast::ForStmt>(s);
    return !fs->cond && !hasBreak(fs->body, label, true);
  }
  default:
    return false;
  }
}

bool Checker::hasBreakList(llvm::ArrayRef<ast::Stmt *> list, llvm::StringRef label, bool implicit) const {
  for (const ast::Stmt *s : list)
    if (hasBreak(s, label, implicit))
      return true;
  return false;
}

// Whether s contains a break that refers to the enclosing statement:
// an unlabelled one not nested in another breakable statement
// (implicit), or one naming `label`.
bool Checker::hasBreak(const ast::Stmt *s, llvm::StringRef label, bool implicit) const {
  switch (s->kind()) {
  case ast::Node::Kind::BranchStmt: {
    auto *b = cast<ast::BranchStmt>(s);
    if (b->tok != ast::BranchStmt::Tok::Break)
      return false;
    if (!b->label)
      return implicit;
    return !label.empty() && b->label->name == label;
  }
  case ast::Node::Kind::LabeledStmt:
    return hasBreak(cast<ast::LabeledStmt>(s)->stmt, label, implicit);
  case ast::Node::Kind::BlockStmt:
    return hasBreakList(cast<ast::BlockStmt>(s)->list, label, implicit);
  case ast::Node::Kind::IfStmt: {
    auto *is = cast<ast::IfStmt>(s);
    return hasBreak(is->body, label, implicit) || (is->elseStmt && hasBreak(is->elseStmt, label, implicit));
  }
  case ast::Node::Kind::CaseClause:
    return hasBreakList(cast<ast::CaseClause>(s)->body, label, implicit);
  case ast::Node::Kind::CommClause:
    return hasBreakList(cast<ast::CommClause>(s)->body, label, implicit);
  case ast::Node::Kind::SwitchStmt:
    return !label.empty() && hasBreak(cast<ast::SwitchStmt>(s)->body, label, false);
  case ast::Node::Kind::TypeSwitchStmt:
    return !label.empty() && hasBreak(cast<ast::TypeSwitchStmt>(s)->body, label, false);
  case ast::Node::Kind::SelectStmt:
    return !label.empty() && hasBreak(cast<ast::SelectStmt>(s)->body, label, false);
  case ast::Node::Kind::ForStmt:
    return !label.empty() && hasBreak(cast<ast::ForStmt>(s)->body, label, false);
  case ast::Node::Kind::RangeStmt:
    return !label.empty() && hasBreak(cast<ast::RangeStmt>(s)->body, label, false);
  default:
    return false;
  }
}

} // namespace gopp::check
