// Walk.cpp — the children of each kind of node.
#include "frontend/ast/Walk.h"

namespace gopp::ast {

using llvm::cast;

void forEachChild(const Node *n, llvm::function_ref<void(const Node *)> f) {
  auto one = [&](const Node *c) {
    if (c)
      f(c);
  };
  auto all = [&](auto list) {
    for (const Node *c : list)
      one(c);
  };
  switch (n->kind()) {
  case Node::Kind::BadExpr:
  case Node::Kind::Ident:
  case Node::Kind::BasicLit:
  case Node::Kind::BadStmt:
  case Node::Kind::EmptyStmt:
  case Node::Kind::BadDecl:
    return;
  case Node::Kind::CompositeLit:
    one(cast<CompositeLit>(n)->type);
    all(cast<CompositeLit>(n)->elts);
    return;
  case Node::Kind::FuncLit:
    one(cast<FuncLit>(n)->type);
    one(cast<FuncLit>(n)->body);
    return;
  case Node::Kind::ParenExpr:
    one(cast<ParenExpr>(n)->x);
    return;
  case Node::Kind::SelectorExpr:
    one(cast<SelectorExpr>(n)->x);
    one(cast<SelectorExpr>(n)->sel);
    return;
  case Node::Kind::IndexExpr:
    one(cast<IndexExpr>(n)->x);
    all(cast<IndexExpr>(n)->indices);
    return;
  case Node::Kind::SliceExpr: {
    auto *s = cast<SliceExpr>(n);
    one(s->x);
    one(s->lo);
    one(s->hi);
    one(s->max);
    return;
  }
  case Node::Kind::TypeAssertExpr:
    one(cast<TypeAssertExpr>(n)->x);
    one(cast<TypeAssertExpr>(n)->type);
    return;
  case Node::Kind::CallExpr:
    one(cast<CallExpr>(n)->fun);
    all(cast<CallExpr>(n)->args);
    return;
  case Node::Kind::StarExpr:
    one(cast<StarExpr>(n)->x);
    return;
  case Node::Kind::UnaryExpr:
    one(cast<UnaryExpr>(n)->x);
    return;
  case Node::Kind::BinaryExpr:
    one(cast<BinaryExpr>(n)->x);
    one(cast<BinaryExpr>(n)->y);
    return;
  case Node::Kind::KeyValueExpr:
    one(cast<KeyValueExpr>(n)->key);
    one(cast<KeyValueExpr>(n)->value);
    return;
  case Node::Kind::Ellipsis:
    one(cast<Ellipsis>(n)->elt);
    return;
  case Node::Kind::ArrayType:
    one(cast<ArrayType>(n)->len);
    one(cast<ArrayType>(n)->elt);
    return;
  case Node::Kind::StructType:
    one(cast<StructType>(n)->fields);
    return;
  case Node::Kind::FuncType:
    one(cast<FuncType>(n)->typeParams);
    one(cast<FuncType>(n)->params);
    one(cast<FuncType>(n)->results);
    return;
  case Node::Kind::InterfaceType:
    one(cast<InterfaceType>(n)->methods);
    return;
  case Node::Kind::MapType:
    one(cast<MapType>(n)->key);
    one(cast<MapType>(n)->value);
    return;
  case Node::Kind::ChanType:
    one(cast<ChanType>(n)->value);
    return;
  case Node::Kind::DeclStmt:
    one(cast<DeclStmt>(n)->decl);
    return;
  case Node::Kind::LabeledStmt:
    one(cast<LabeledStmt>(n)->label);
    one(cast<LabeledStmt>(n)->stmt);
    return;
  case Node::Kind::ExprStmt:
    one(cast<ExprStmt>(n)->x);
    return;
  case Node::Kind::SendStmt:
    one(cast<SendStmt>(n)->chan);
    one(cast<SendStmt>(n)->value);
    return;
  case Node::Kind::IncDecStmt:
    one(cast<IncDecStmt>(n)->x);
    return;
  case Node::Kind::AssignStmt:
    all(cast<AssignStmt>(n)->lhs);
    all(cast<AssignStmt>(n)->rhs);
    return;
  case Node::Kind::GoStmt:
    one(cast<GoStmt>(n)->call);
    return;
  case Node::Kind::DeferStmt:
    one(cast<DeferStmt>(n)->call);
    return;
  case Node::Kind::ReturnStmt:
    all(cast<ReturnStmt>(n)->results);
    return;
  case Node::Kind::BranchStmt:
    one(cast<BranchStmt>(n)->label);
    return;
  case Node::Kind::BlockStmt:
    all(cast<BlockStmt>(n)->list);
    return;
  case Node::Kind::IfStmt: {
    auto *s = cast<IfStmt>(n);
    one(s->init);
    one(s->cond);
    one(s->body);
    one(s->elseStmt);
    return;
  }
  case Node::Kind::CaseClause:
    all(cast<CaseClause>(n)->list);
    all(cast<CaseClause>(n)->body);
    return;
  case Node::Kind::SwitchStmt:
    one(cast<SwitchStmt>(n)->init);
    one(cast<SwitchStmt>(n)->tag);
    one(cast<SwitchStmt>(n)->body);
    return;
  case Node::Kind::TypeSwitchStmt:
    one(cast<TypeSwitchStmt>(n)->init);
    one(cast<TypeSwitchStmt>(n)->assign);
    one(cast<TypeSwitchStmt>(n)->body);
    return;
  case Node::Kind::CommClause:
    one(cast<CommClause>(n)->comm);
    all(cast<CommClause>(n)->body);
    return;
  case Node::Kind::SelectStmt:
    one(cast<SelectStmt>(n)->body);
    return;
  case Node::Kind::ForStmt: {
    auto *s = cast<ForStmt>(n);
    one(s->init);
    one(s->cond);
    one(s->post);
    one(s->body);
    return;
  }
  case Node::Kind::RangeStmt: {
    auto *s = cast<RangeStmt>(n);
    one(s->key);
    one(s->value);
    one(s->x);
    one(s->body);
    return;
  }
  case Node::Kind::ImportSpec:
    one(cast<ImportSpec>(n)->name);
    one(cast<ImportSpec>(n)->path);
    return;
  case Node::Kind::ValueSpec:
    all(cast<ValueSpec>(n)->names);
    one(cast<ValueSpec>(n)->type);
    all(cast<ValueSpec>(n)->values);
    return;
  case Node::Kind::TypeSpec:
    one(cast<TypeSpec>(n)->name);
    one(cast<TypeSpec>(n)->typeParams);
    one(cast<TypeSpec>(n)->type);
    return;
  case Node::Kind::GenDecl:
    all(cast<GenDecl>(n)->specs);
    return;
  case Node::Kind::FuncDecl: {
    auto *d = cast<FuncDecl>(n);
    one(d->recv);
    one(d->name);
    one(d->type);
    one(d->body);
    return;
  }
  case Node::Kind::Field:
    all(cast<Field>(n)->names);
    one(cast<Field>(n)->type);
    one(cast<Field>(n)->tag);
    return;
  case Node::Kind::FieldList:
    all(cast<FieldList>(n)->list);
    return;
  case Node::Kind::File:
    one(cast<File>(n)->packageName);
    all(cast<File>(n)->decls);
    return;
  }
}

void walk(const Node *n, llvm::function_ref<void(const Node *)> f) {
  f(n);
  forEachChild(n, [&](const Node *c) { walk(c, f); });
}

} // namespace gopp::ast
