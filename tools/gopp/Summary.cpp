// Summary.cpp — see Summary.h. Lists the package, its imports and each
// top-level declaration with its line, and counts statements per function.
#include "Summary.h"

#include <fmt/format.h>

namespace gopp::cli {

namespace {

using namespace ast;

// Counts statements, nested ones included.
unsigned countStmts(const Stmt *s);

unsigned countList(llvm::ArrayRef<Stmt *> list) {
  unsigned n = 0;
  for (const Stmt *s : list)
    n += countStmts(s);
  return n;
}

unsigned countStmts(const Stmt *s) {
  if (!s)
    return 0;
  if (auto *b = llvm::dyn_cast<BlockStmt>(s))
    return countList(b->list);
  if (auto *i = llvm::dyn_cast<IfStmt>(s))
    return 1 + countStmts(i->init) + countStmts(i->body) + countStmts(i->elseStmt);
  if (auto *f = llvm::dyn_cast<ForStmt>(s))
    return 1 + countStmts(f->init) + countStmts(f->post) + countStmts(f->body);
  if (auto *r = llvm::dyn_cast<RangeStmt>(s))
    return 1 + countStmts(r->body);
  if (auto *w = llvm::dyn_cast<SwitchStmt>(s))
    return 1 + countStmts(w->init) + countStmts(w->body);
  if (auto *w = llvm::dyn_cast<TypeSwitchStmt>(s))
    return 1 + countStmts(w->init) + countStmts(w->body);
  if (auto *w = llvm::dyn_cast<SelectStmt>(s))
    return 1 + countStmts(w->body);
  if (auto *c = llvm::dyn_cast<CaseClause>(s))
    return countList(c->body);
  if (auto *c = llvm::dyn_cast<CommClause>(s))
    return countList(c->body);
  if (auto *l = llvm::dyn_cast<LabeledStmt>(s))
    return countStmts(l->stmt);
  if (llvm::isa<EmptyStmt>(s))
    return 0;
  return 1;
}

std::string typeKind(const Expr *t) {
  switch (t->kind()) {
  case Node::Kind::StructType: return "struct";
  case Node::Kind::InterfaceType: return "interface";
  case Node::Kind::FuncType: return "func";
  case Node::Kind::MapType: return "map";
  case Node::Kind::ChanType: return "chan";
  case Node::Kind::ArrayType: return llvm::cast<ArrayType>(t)->isSlice() ? "slice" : "array";
  case Node::Kind::StarExpr: return "pointer";
  default: return "named";
  }
}

} // namespace

std::string summarize(const File &file) {
  std::string out = fmt::format("{}: package {}\n", file.path.str(), file.packageName->name.str());
  unsigned funcs = 0, stmts = 0;
  for (const Decl *d : file.decls) {
    if (auto *g = llvm::dyn_cast<GenDecl>(d)) {
      for (const Decl *s : g->specs) {
        if (auto *i = llvm::dyn_cast<ImportSpec>(s)) {
          out += fmt::format("  import {:<28} line {}\n", i->path->value.str(), i->pos().line);
        } else if (auto *t = llvm::dyn_cast<TypeSpec>(s)) {
          std::string generic = t->typeParams ? fmt::format("[{} type params]", t->typeParams->numFields()) : "";
          out += fmt::format("  type   {:<28} line {}\n",
                             t->name->name.str() + generic + " " + (t->isAlias ? "alias" : typeKind(t->type)),
                             t->pos().line);
        } else if (auto *v = llvm::dyn_cast<ValueSpec>(s)) {
          for (const Ident *n : v->names)
            out += fmt::format("  {:<6} {:<28} line {}\n", g->tok == GenDecl::Tok::Const ? "const" : "var",
                               n->name.str(), n->pos().line);
        }
      }
    } else if (auto *f = llvm::dyn_cast<FuncDecl>(d)) {
      ++funcs;
      unsigned n = f->body ? countStmts(f->body) : 0;
      stmts += n;
      std::string name = f->name->name.str();
      if (f->recv && !f->recv->list.empty()) {
        const Expr *r = f->recv->list[0]->type;
        bool ptr = false;
        if (auto *s = llvm::dyn_cast<StarExpr>(r))
          r = s->x, ptr = true;
        if (auto *i = llvm::dyn_cast<IndexExpr>(r))
          r = i->x;
        if (auto *id = llvm::dyn_cast<Ident>(r))
          name = fmt::format("({}{}).{}", ptr ? "*" : "", id->name.str(), name);
      }
      out += fmt::format("  func   {:<28} line {} ({} statements)\n", name, f->pos().line, n);
    }
  }
  out += fmt::format("  {} declarations, {} functions, {} statements\n", file.decls.size(), funcs, stmts);
  return out;
}

} // namespace gopp::cli
