// Dump.cpp — prints the AST: `gopp parse -dump-ast` and Node::dump().
//
// One line per node, indented by depth: the node kind, its position, and
// its scalar fields; children follow, each labelled with its field name.
// The format is stable (golden tests compare it) and reads like go/ast's
// ast.Print, shortened.
#include "frontend/ast/Dump.h"

#include <fmt/format.h>

namespace gopp::ast {

std::string_view spelling(Op op) {
  switch (op) {
#define OP(Name, Spelling)                                                     \
  case Op::Name:                                                               \
    return Spelling;
#include "frontend/ast/Operators.def"
  }
  return "?";
}

std::string_view Node::kindName() const {
  switch (kind()) {
#define NODE(Name)                                                             \
  case Kind::Name:                                                             \
    return #Name;
#include "frontend/ast/Nodes.def"
  }
  return "?";
}

unsigned FieldList::numFields() const {
  unsigned n = 0;
  for (Field *f : list)
    n += f->names.empty() ? 1 : static_cast<unsigned>(f->names.size());
  return n;
}

namespace {

class Dumper {
public:
  explicit Dumper(std::string &out) : out_(out) {}

  void node(const Node *n, std::string_view label, int depth) {
    indent(depth);
    if (!label.empty())
      out_ += fmt::format("{}: ", label);
    if (!n) {
      out_ += "nil\n";
      return;
    }
    out_ += fmt::format("{} {}:{}", n->kindName(), n->pos().line, n->pos().col);
    children(n, depth + 1);
  }

private:
  void indent(int depth) { out_.append(static_cast<size_t>(depth) * 2, ' '); }
  void line(std::string s) { out_ += " " + s + "\n"; }

  template <class T> void list(llvm::ArrayRef<T *> xs, std::string_view label, int depth) {
    for (size_t i = 0; i < xs.size(); ++i)
      node(xs[i], fmt::format("{}[{}]", label, i), depth);
  }

  void children(const Node *n, int d) {
    switch (n->kind()) {
    case Node::Kind::BadExpr:
    case Node::Kind::BadStmt:
    case Node::Kind::BadDecl:
    case Node::Kind::EmptyStmt:
      out_ += "\n";
      return;
    case Node::Kind::Ident:
      line(std::string(llvm::cast<Ident>(n)->name));
      return;
    case Node::Kind::BasicLit:
      line(std::string(llvm::cast<BasicLit>(n)->value));
      return;
    case Node::Kind::CompositeLit: {
      auto *x = llvm::cast<CompositeLit>(n);
      out_ += "\n";
      node(x->type, "Type", d);
      list(x->elts, "Elts", d);
      return;
    }
    case Node::Kind::FuncLit: {
      auto *x = llvm::cast<FuncLit>(n);
      out_ += "\n";
      node(x->type, "Type", d);
      node(x->body, "Body", d);
      return;
    }
    case Node::Kind::ParenExpr:
      out_ += "\n";
      node(llvm::cast<ParenExpr>(n)->x, "X", d);
      return;
    case Node::Kind::SelectorExpr: {
      auto *x = llvm::cast<SelectorExpr>(n);
      line(fmt::format(".{}", std::string(x->sel->name)));
      node(x->x, "X", d);
      return;
    }
    case Node::Kind::IndexExpr: {
      auto *x = llvm::cast<IndexExpr>(n);
      out_ += "\n";
      node(x->x, "X", d);
      list(x->indices, "Indices", d);
      return;
    }
    case Node::Kind::SliceExpr: {
      auto *x = llvm::cast<SliceExpr>(n);
      line(x->slice3 ? "3-index" : "2-index");
      node(x->x, "X", d);
      node(x->lo, "Lo", d);
      node(x->hi, "Hi", d);
      if (x->slice3)
        node(x->max, "Max", d);
      return;
    }
    case Node::Kind::TypeAssertExpr: {
      auto *x = llvm::cast<TypeAssertExpr>(n);
      out_ += x->type ? "\n" : " .(type)\n";
      node(x->x, "X", d);
      if (x->type)
        node(x->type, "Type", d);
      return;
    }
    case Node::Kind::CallExpr: {
      auto *x = llvm::cast<CallExpr>(n);
      out_ += x->hasEllipsis ? " ...\n" : "\n";
      node(x->fun, "Fun", d);
      list(x->args, "Args", d);
      return;
    }
    case Node::Kind::StarExpr:
      out_ += "\n";
      node(llvm::cast<StarExpr>(n)->x, "X", d);
      return;
    case Node::Kind::UnaryExpr: {
      auto *x = llvm::cast<UnaryExpr>(n);
      line(std::string(spelling(x->op)));
      node(x->x, "X", d);
      return;
    }
    case Node::Kind::BinaryExpr: {
      auto *x = llvm::cast<BinaryExpr>(n);
      line(std::string(spelling(x->op)));
      node(x->x, "X", d);
      node(x->y, "Y", d);
      return;
    }
    case Node::Kind::KeyValueExpr: {
      auto *x = llvm::cast<KeyValueExpr>(n);
      out_ += "\n";
      node(x->key, "Key", d);
      node(x->value, "Value", d);
      return;
    }
    case Node::Kind::Ellipsis:
      out_ += "\n";
      if (auto *e = llvm::cast<Ellipsis>(n)->elt)
        node(e, "Elt", d);
      return;
    case Node::Kind::ArrayType: {
      auto *x = llvm::cast<ArrayType>(n);
      out_ += x->isSlice() ? " slice\n" : "\n";
      if (x->len)
        node(x->len, "Len", d);
      node(x->elt, "Elt", d);
      return;
    }
    case Node::Kind::StructType:
      out_ += "\n";
      node(llvm::cast<StructType>(n)->fields, "Fields", d);
      return;
    case Node::Kind::FuncType: {
      auto *x = llvm::cast<FuncType>(n);
      out_ += "\n";
      if (x->typeParams)
        node(x->typeParams, "TypeParams", d);
      node(x->params, "Params", d);
      if (x->results)
        node(x->results, "Results", d);
      return;
    }
    case Node::Kind::InterfaceType:
      out_ += "\n";
      node(llvm::cast<InterfaceType>(n)->methods, "Methods", d);
      return;
    case Node::Kind::MapType: {
      auto *x = llvm::cast<MapType>(n);
      out_ += "\n";
      node(x->key, "Key", d);
      node(x->value, "Value", d);
      return;
    }
    case Node::Kind::ChanType: {
      auto *x = llvm::cast<ChanType>(n);
      line(x->dir == ChanType::Dir::Both ? "chan" : x->dir == ChanType::Dir::Send ? "chan<-" : "<-chan");
      node(x->value, "Value", d);
      return;
    }
    case Node::Kind::DeclStmt:
      out_ += "\n";
      node(llvm::cast<DeclStmt>(n)->decl, "Decl", d);
      return;
    case Node::Kind::LabeledStmt: {
      auto *x = llvm::cast<LabeledStmt>(n);
      line(std::string(x->label->name));
      node(x->stmt, "Stmt", d);
      return;
    }
    case Node::Kind::ExprStmt:
      out_ += "\n";
      node(llvm::cast<ExprStmt>(n)->x, "X", d);
      return;
    case Node::Kind::SendStmt: {
      auto *x = llvm::cast<SendStmt>(n);
      out_ += "\n";
      node(x->chan, "Chan", d);
      node(x->value, "Value", d);
      return;
    }
    case Node::Kind::IncDecStmt: {
      auto *x = llvm::cast<IncDecStmt>(n);
      line(std::string(spelling(x->op)));
      node(x->x, "X", d);
      return;
    }
    case Node::Kind::AssignStmt: {
      auto *x = llvm::cast<AssignStmt>(n);
      line(x->tok == AssignStmt::Tok::Assign   ? "="
           : x->tok == AssignStmt::Tok::Define ? ":="
                                               : std::string(spelling(x->op)) + "=");
      list(x->lhs, "Lhs", d);
      list(x->rhs, "Rhs", d);
      return;
    }
    case Node::Kind::GoStmt:
      out_ += "\n";
      node(llvm::cast<GoStmt>(n)->call, "Call", d);
      return;
    case Node::Kind::DeferStmt:
      out_ += "\n";
      node(llvm::cast<DeferStmt>(n)->call, "Call", d);
      return;
    case Node::Kind::ReturnStmt:
      out_ += "\n";
      list(llvm::cast<ReturnStmt>(n)->results, "Results", d);
      return;
    case Node::Kind::BranchStmt: {
      auto *x = llvm::cast<BranchStmt>(n);
      static const char *names[] = {"break", "continue", "goto", "fallthrough"};
      line(names[static_cast<int>(x->tok)]);
      if (x->label)
        node(x->label, "Label", d);
      return;
    }
    case Node::Kind::BlockStmt:
      out_ += "\n";
      list(llvm::cast<BlockStmt>(n)->list, "List", d);
      return;
    case Node::Kind::IfStmt: {
      auto *x = llvm::cast<IfStmt>(n);
      out_ += "\n";
      if (x->init)
        node(x->init, "Init", d);
      node(x->cond, "Cond", d);
      node(x->body, "Body", d);
      if (x->elseStmt)
        node(x->elseStmt, "Else", d);
      return;
    }
    case Node::Kind::CaseClause: {
      auto *x = llvm::cast<CaseClause>(n);
      out_ += x->isDefault ? " default\n" : "\n";
      list(x->list, "List", d);
      list(x->body, "Body", d);
      return;
    }
    case Node::Kind::SwitchStmt: {
      auto *x = llvm::cast<SwitchStmt>(n);
      out_ += "\n";
      if (x->init)
        node(x->init, "Init", d);
      if (x->tag)
        node(x->tag, "Tag", d);
      node(x->body, "Body", d);
      return;
    }
    case Node::Kind::TypeSwitchStmt: {
      auto *x = llvm::cast<TypeSwitchStmt>(n);
      out_ += "\n";
      if (x->init)
        node(x->init, "Init", d);
      node(x->assign, "Assign", d);
      node(x->body, "Body", d);
      return;
    }
    case Node::Kind::CommClause: {
      auto *x = llvm::cast<CommClause>(n);
      out_ += x->comm ? "\n" : " default\n";
      if (x->comm)
        node(x->comm, "Comm", d);
      list(x->body, "Body", d);
      return;
    }
    case Node::Kind::SelectStmt:
      out_ += "\n";
      node(llvm::cast<SelectStmt>(n)->body, "Body", d);
      return;
    case Node::Kind::ForStmt: {
      auto *x = llvm::cast<ForStmt>(n);
      out_ += "\n";
      if (x->init)
        node(x->init, "Init", d);
      if (x->cond)
        node(x->cond, "Cond", d);
      if (x->post)
        node(x->post, "Post", d);
      node(x->body, "Body", d);
      return;
    }
    case Node::Kind::RangeStmt: {
      auto *x = llvm::cast<RangeStmt>(n);
      line(x->tok == AssignStmt::Tok::Define ? ":=" : "=");
      if (x->key)
        node(x->key, "Key", d);
      if (x->value)
        node(x->value, "Value", d);
      node(x->x, "X", d);
      node(x->body, "Body", d);
      return;
    }
    case Node::Kind::ImportSpec: {
      auto *x = llvm::cast<ImportSpec>(n);
      out_ += "\n";
      if (x->name)
        node(x->name, "Name", d);
      node(x->path, "Path", d);
      return;
    }
    case Node::Kind::ValueSpec: {
      auto *x = llvm::cast<ValueSpec>(n);
      line(fmt::format("iota={}", x->iota));
      list(x->names, "Names", d);
      if (x->type)
        node(x->type, "Type", d);
      list(x->values, "Values", d);
      return;
    }
    case Node::Kind::TypeSpec: {
      auto *x = llvm::cast<TypeSpec>(n);
      out_ += x->isAlias ? " alias\n" : "\n";
      node(x->name, "Name", d);
      if (x->typeParams)
        node(x->typeParams, "TypeParams", d);
      node(x->type, "Type", d);
      return;
    }
    case Node::Kind::GenDecl: {
      auto *x = llvm::cast<GenDecl>(n);
      static const char *names[] = {"import", "const", "type", "var"};
      line(names[static_cast<int>(x->tok)]);
      list(x->specs, "Specs", d);
      return;
    }
    case Node::Kind::FuncDecl: {
      auto *x = llvm::cast<FuncDecl>(n);
      out_ += "\n";
      if (x->recv)
        node(x->recv, "Recv", d);
      node(x->name, "Name", d);
      node(x->type, "Type", d);
      if (x->body)
        node(x->body, "Body", d);
      return;
    }
    case Node::Kind::Field: {
      auto *x = llvm::cast<Field>(n);
      out_ += "\n";
      list(x->names, "Names", d);
      node(x->type, "Type", d);
      if (x->tag)
        node(x->tag, "Tag", d);
      return;
    }
    case Node::Kind::FieldList:
      out_ += "\n";
      list(llvm::cast<FieldList>(n)->list, "List", d);
      return;
    case Node::Kind::File: {
      auto *x = llvm::cast<File>(n);
      line(std::string(x->path));
      node(x->packageName, "Package", d);
      list(x->decls, "Decls", d);
      return;
    }
    }
  }

  std::string &out_;
};

} // namespace

std::string dumpToString(const Node *n) {
  std::string out;
  Dumper(out).node(n, "", 0);
  return out;
}

void Node::dump() const { fmt::print(stderr, "{}", dumpToString(this)); }

} // namespace gopp::ast
