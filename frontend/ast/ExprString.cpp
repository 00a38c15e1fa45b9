// ExprString.cpp — expressions and simple statements as Go source, for
// diagnostics ("non-name a.b on left side of :=", "cannot use x := 0 as
// value"). Composite literal and function bodies are shortened to {…}, as
// gc shortens them.
#include <fmt/format.h>

#include "frontend/ast/Dump.h"

namespace gopp::ast {

namespace {

void writeExpr(std::string &out, const Expr *x);

void writeList(std::string &out, llvm::ArrayRef<Expr *> xs) {
  for (size_t i = 0; i < xs.size(); ++i) {
    if (i)
      out += ", ";
    writeExpr(out, xs[i]);
  }
}

void writeFields(std::string &out, const FieldList *fl, const char *sep) {
  if (!fl)
    return;
  for (size_t i = 0; i < fl->list.size(); ++i) {
    const Field *f = fl->list[i];
    if (i)
      out += sep;
    for (size_t k = 0; k < f->names.size(); ++k)
      out += (k ? ", " : "") + f->names[k]->name.str();
    if (!f->names.empty())
      out += " ";
    writeExpr(out, f->type);
  }
}

void writeSignature(std::string &out, const FuncType *t) {
  out += "(";
  writeFields(out, t->params, ", ");
  out += ")";
  if (t->results && !t->results->list.empty()) {
    bool paren = t->results->list.size() > 1 || !t->results->list[0]->names.empty();
    out += paren ? " (" : " ";
    writeFields(out, t->results, ", ");
    if (paren)
      out += ")";
  }
}

void writeExpr(std::string &out, const Expr *x) {
  switch (x->kind()) {
  case Node::Kind::BadExpr: out += "BadExpr"; return;
  case Node::Kind::Ident: out += llvm::cast<Ident>(x)->name.str(); return;
  case Node::Kind::BasicLit: out += llvm::cast<BasicLit>(x)->value.str(); return;
  case Node::Kind::CompositeLit: {
    auto *c = llvm::cast<CompositeLit>(x);
    if (c->type)
      writeExpr(out, c->type);
    out += c->elts.empty() ? "{}" : "{…}"; // as gc's syntax printer shortens
    return;
  }
  case Node::Kind::FuncLit:
    out += "func";
    writeSignature(out, llvm::cast<FuncLit>(x)->type);
    out += llvm::cast<FuncLit>(x)->body->list.empty() ? " {}" : " {…}";
    return;
  case Node::Kind::ParenExpr:
    out += "(";
    writeExpr(out, llvm::cast<ParenExpr>(x)->x);
    out += ")";
    return;
  case Node::Kind::SelectorExpr: {
    auto *s = llvm::cast<SelectorExpr>(x);
    writeExpr(out, s->x);
    out += "." + s->sel->name.str();
    return;
  }
  case Node::Kind::IndexExpr: {
    auto *i = llvm::cast<IndexExpr>(x);
    writeExpr(out, i->x);
    out += "[";
    writeList(out, i->indices);
    out += "]";
    return;
  }
  case Node::Kind::SliceExpr: {
    auto *s = llvm::cast<SliceExpr>(x);
    writeExpr(out, s->x);
    out += "[";
    if (s->lo)
      writeExpr(out, s->lo);
    out += ":";
    if (s->hi)
      writeExpr(out, s->hi);
    if (s->slice3) {
      out += ":";
      if (s->max)
        writeExpr(out, s->max);
    }
    out += "]";
    return;
  }
  case Node::Kind::TypeAssertExpr: {
    auto *t = llvm::cast<TypeAssertExpr>(x);
    writeExpr(out, t->x);
    out += ".(";
    if (t->type)
      writeExpr(out, t->type);
    else
      out += "type";
    out += ")";
    return;
  }
  case Node::Kind::CallExpr: {
    auto *c = llvm::cast<CallExpr>(x);
    writeExpr(out, c->fun);
    out += "(";
    writeList(out, c->args);
    out += c->hasEllipsis ? "...)" : ")";
    return;
  }
  case Node::Kind::StarExpr:
    out += "*";
    writeExpr(out, llvm::cast<StarExpr>(x)->x);
    return;
  case Node::Kind::UnaryExpr: {
    auto *u = llvm::cast<UnaryExpr>(x);
    out += std::string(spelling(u->op));
    writeExpr(out, u->x);
    return;
  }
  case Node::Kind::BinaryExpr: {
    auto *b = llvm::cast<BinaryExpr>(x);
    writeExpr(out, b->x);
    out += " " + std::string(spelling(b->op)) + " ";
    writeExpr(out, b->y);
    return;
  }
  case Node::Kind::KeyValueExpr: {
    auto *kv = llvm::cast<KeyValueExpr>(x);
    writeExpr(out, kv->key);
    out += ": ";
    writeExpr(out, kv->value);
    return;
  }
  case Node::Kind::Ellipsis:
    out += "...";
    if (auto *e = llvm::cast<Ellipsis>(x)->elt)
      writeExpr(out, e);
    return;
  case Node::Kind::ArrayType: {
    auto *a = llvm::cast<ArrayType>(x);
    out += "[";
    if (a->len)
      writeExpr(out, a->len);
    out += "]";
    writeExpr(out, a->elt);
    return;
  }
  case Node::Kind::StructType:
    out += "struct{";
    writeFields(out, llvm::cast<StructType>(x)->fields, "; ");
    out += "}";
    return;
  case Node::Kind::FuncType:
    out += "func";
    writeSignature(out, llvm::cast<FuncType>(x));
    return;
  case Node::Kind::InterfaceType:
    out += "interface{";
    writeFields(out, llvm::cast<InterfaceType>(x)->methods, "; ");
    out += "}";
    return;
  case Node::Kind::MapType: {
    auto *m = llvm::cast<MapType>(x);
    out += "map[";
    writeExpr(out, m->key);
    out += "]";
    writeExpr(out, m->value);
    return;
  }
  case Node::Kind::ChanType: {
    auto *c = llvm::cast<ChanType>(x);
    out += c->dir == ChanType::Dir::Both ? "chan " : c->dir == ChanType::Dir::Send ? "chan<- " : "<-chan ";
    writeExpr(out, c->value);
    return;
  }
  // Not expressions: a Node that is not an Expr never reaches here.
#define EXPR(Name)
#define NODE(Name) case Node::Kind::Name:
#include "frontend/ast/Nodes.def"
    out += "?";
    return;
  }
}

} // namespace

std::string exprString(const Expr *x) {
  std::string out;
  writeExpr(out, x);
  return out;
}

std::string stmtString(const Stmt *s) {
  auto list = [](llvm::ArrayRef<Expr *> xs) {
    std::string out;
    writeList(out, xs);
    return out;
  };
  if (auto *e = llvm::dyn_cast<ExprStmt>(s))
    return exprString(e->x);
  if (auto *a = llvm::dyn_cast<AssignStmt>(s)) {
    std::string op = a->tok == AssignStmt::Tok::Define   ? ":="
                     : a->tok == AssignStmt::Tok::Assign ? "="
                                                         : std::string(spelling(a->op)) + "=";
    return list(a->lhs) + " " + op + " " + list(a->rhs);
  }
  if (auto *i = llvm::dyn_cast<IncDecStmt>(s))
    return exprString(i->x) + std::string(spelling(i->op));
  if (auto *c = llvm::dyn_cast<SendStmt>(s))
    return exprString(c->chan) + " <- " + exprString(c->value);
  return std::string(s->kindName());
}

} // namespace gopp::ast
