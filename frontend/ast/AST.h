// AST.h — gopp's abstract syntax tree for Go source files.
//
// One small class per node, each with its Go syntax in a comment. The tree
// is what frontend/ast/build_*.cpp makes from ANTLR's parse tree; nothing
// past the builder sees an ANTLR type.
//
// Invariants:
//  - Nodes live in an ASTContext arena (llvm::BumpPtrAllocator) and are never
//    freed one by one; child lists are ArrayRefs into the same arena. Nodes
//    therefore hold no members with destructors that matter.
//  - Every node has a Pos: the file, line and column (1-based; columns count
//    bytes, as gc does) of its first token, or of its operator for binary
//    expressions, as go/ast reports it.
//  - A null pointer in an optional field means "absent"; the comment on each
//    field says which are optional. BadExpr/BadStmt/BadDecl stand where a
//    syntax error was reported, so later phases never see a null that means
//    "broken".
//  - RTTI is LLVM-style: isa<>, cast<>, dyn_cast<> via static classof().
#pragma once

#include <cstdint>
#include <string_view>

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Casting.h"

#include "frontend/source/Pos.h"

namespace gopp::ast {

enum class Op : uint8_t {
#define OP(Name, Spelling) Name,
#include "frontend/ast/Operators.def"
};
std::string_view spelling(Op op);
inline bool isComparison(Op op) {
  return op == Op::Eql || op == Op::Neq || op == Op::Lss || op == Op::Leq || op == Op::Gtr || op == Op::Geq;
}
inline bool isShift(Op op) { return op == Op::Shl || op == Op::Shr; }

class Node {
public:
  enum class Kind : uint8_t {
#define NODE(Name) Name,
#include "frontend/ast/Nodes.def"
  };

  Kind kind() const { return kind_; }
  Pos pos() const { return pos_; }
  std::string_view kindName() const;

  // Prints the subtree, indented, to stderr (for use from a debugger).
  void dump() const;

protected:
  Node(Kind k, Pos p) : kind_(k), pos_(p) {}

private:
  Kind kind_;
  Pos pos_;
};

#define GOPP_NODE_RANGE(Base, First, Last)                                     \
  static bool classof(const Node *n) {                                         \
    return n->kind() >= Kind::First && n->kind() <= Kind::Last;                \
  }

#define GOPP_NODE_KIND(Name)                                                   \
  static bool classof(const Node *n) { return n->kind() == Kind::Name; }

class Expr : public Node {
public:
  GOPP_NODE_RANGE(Expr, BadExpr, ChanType)
protected:
  using Node::Node;
};

class Stmt : public Node {
public:
  GOPP_NODE_RANGE(Stmt, BadStmt, RangeStmt)
protected:
  using Node::Node;
};

class Decl : public Node {
public:
  GOPP_NODE_RANGE(Decl, BadDecl, FuncDecl)
protected:
  using Node::Node;
};

// ---------------------------------------------------------------- fields

class FieldList;
class BlockStmt;
class BasicLit;

// A parameter, result, struct field, or interface element.
//   Names Type Tag        (struct field; Names empty: embedded field)
//   Names Type            (parameter; Names empty: unnamed)
//   Name FuncType         (interface method: one name, Type is a FuncType)
//   Type                  (interface type element: a type, ~T, or a union)
class Field : public Node {
public:
  llvm::ArrayRef<class Ident *> names; // may be empty
  Expr *type;                          // never null
  BasicLit *tag;                       // struct tag, or null

  Field(Pos p, llvm::ArrayRef<Ident *> names, Expr *type, BasicLit *tag)
      : Node(Kind::Field, p), names(names), type(type), tag(tag) {}
  GOPP_NODE_KIND(Field)
};

// A list of Fields enclosed in (), [] or {}; Pos is the opening bracket.
class FieldList : public Node {
public:
  llvm::ArrayRef<Field *> list;
  Pos closing;

  FieldList(Pos p, llvm::ArrayRef<Field *> list, Pos closing)
      : Node(Kind::FieldList, p), list(list), closing(closing) {}
  GOPP_NODE_KIND(FieldList)
  // Number of entities: names, or 1 per unnamed field.
  unsigned numFields() const;
};

// ----------------------------------------------------------- expressions

// Stands where an expression had a syntax error.
class BadExpr : public Expr {
public:
  explicit BadExpr(Pos p) : Expr(Kind::BadExpr, p) {}
  GOPP_NODE_KIND(BadExpr)
};

// x
class Ident : public Expr {
public:
  llvm::StringRef name;
  Ident(Pos p, llvm::StringRef name) : Expr(Kind::Ident, p), name(name) {}
  GOPP_NODE_KIND(Ident)
  bool isBlank() const { return name == "_"; }
};

// 42, 0x1p-2, 1.5i, 'a', "s", `raw`. `value` is the source text, already
// checked by syntax/Literals; decode strings and runes with Literals too.
class BasicLit : public Expr {
public:
  enum class LitKind : uint8_t { Int, Float, Imag, Rune, String };
  LitKind litKind;
  llvm::StringRef value;
  BasicLit(Pos p, LitKind k, llvm::StringRef v)
      : Expr(Kind::BasicLit, p), litKind(k), value(v) {}
  GOPP_NODE_KIND(BasicLit)
};

// Type{Elts}; Type is null for an elided type inside another literal.
class CompositeLit : public Expr {
public:
  Expr *type; // or null
  llvm::ArrayRef<Expr *> elts; // KeyValueExpr for keyed elements
  Pos lbrace, rbrace;
  CompositeLit(Pos p, Expr *type, llvm::ArrayRef<Expr *> elts, Pos lbrace, Pos rbrace)
      : Expr(Kind::CompositeLit, p), type(type), elts(elts), lbrace(lbrace), rbrace(rbrace) {}
  GOPP_NODE_KIND(CompositeLit)
};

// func(params) results { body }
class FuncLit : public Expr {
public:
  class FuncType *type;
  BlockStmt *body;
  FuncLit(Pos p, FuncType *type, BlockStmt *body)
      : Expr(Kind::FuncLit, p), type(type), body(body) {}
  GOPP_NODE_KIND(FuncLit)
};

// (X)
class ParenExpr : public Expr {
public:
  Expr *x;
  ParenExpr(Pos p, Expr *x) : Expr(Kind::ParenExpr, p), x(x) {}
  GOPP_NODE_KIND(ParenExpr)
};

// X.Sel
class SelectorExpr : public Expr {
public:
  Expr *x;
  Ident *sel;
  SelectorExpr(Pos p, Expr *x, Ident *sel) : Expr(Kind::SelectorExpr, p), x(x), sel(sel) {}
  GOPP_NODE_KIND(SelectorExpr)
};

// X[Index] or, for instantiations, X[T1, T2, ...]
class IndexExpr : public Expr {
public:
  Expr *x;
  llvm::ArrayRef<Expr *> indices; // at least one
  Pos lbrack, rbrack;
  IndexExpr(Pos p, Expr *x, llvm::ArrayRef<Expr *> indices, Pos lbrack, Pos rbrack)
      : Expr(Kind::IndexExpr, p), x(x), indices(indices), lbrack(lbrack), rbrack(rbrack) {}
  GOPP_NODE_KIND(IndexExpr)
};

// X[Lo:Hi] or X[Lo:Hi:Max]; Lo, Hi, Max are optional (null) where the
// syntax allows; slice3 is true for the 3-index form.
class SliceExpr : public Expr {
public:
  Expr *x;
  Expr *lo, *hi, *max;
  bool slice3;
  Pos lbrack, rbrack;
  SliceExpr(Pos p, Expr *x, Expr *lo, Expr *hi, Expr *max, bool slice3, Pos lbrack, Pos rbrack)
      : Expr(Kind::SliceExpr, p), x(x), lo(lo), hi(hi), max(max), slice3(slice3),
        lbrack(lbrack), rbrack(rbrack) {}
  GOPP_NODE_KIND(SliceExpr)
};

// X.(Type); Type is null for X.(type) in a type switch guard.
class TypeAssertExpr : public Expr {
public:
  Expr *x;
  Expr *type; // null: .(type)
  TypeAssertExpr(Pos p, Expr *x, Expr *type) : Expr(Kind::TypeAssertExpr, p), x(x), type(type) {}
  GOPP_NODE_KIND(TypeAssertExpr)
};

// Fun(Args) or Fun(Args...); also conversions T(x).
class CallExpr : public Expr {
public:
  Expr *fun;
  llvm::ArrayRef<Expr *> args;
  bool hasEllipsis;
  Pos lparen, rparen;
  CallExpr(Pos p, Expr *fun, llvm::ArrayRef<Expr *> args, bool ellipsis, Pos lparen, Pos rparen)
      : Expr(Kind::CallExpr, p), fun(fun), args(args), hasEllipsis(ellipsis), lparen(lparen),
        rparen(rparen) {}
  GOPP_NODE_KIND(CallExpr)
};

// *X: a pointer type or an indirection.
class StarExpr : public Expr {
public:
  Expr *x;
  StarExpr(Pos p, Expr *x) : Expr(Kind::StarExpr, p), x(x) {}
  GOPP_NODE_KIND(StarExpr)
};

// Op X, for + - ! ^ & <- and ~ (in constraints).
class UnaryExpr : public Expr {
public:
  Op op;
  Expr *x;
  UnaryExpr(Pos p, Op op, Expr *x) : Expr(Kind::UnaryExpr, p), op(op), x(x) {}
  GOPP_NODE_KIND(UnaryExpr)
};

// X Op Y; Pos is the operator's. Also unions A | B in constraints.
class BinaryExpr : public Expr {
public:
  Op op;
  Expr *x, *y;
  BinaryExpr(Pos p, Op op, Expr *x, Expr *y) : Expr(Kind::BinaryExpr, p), op(op), x(x), y(y) {}
  GOPP_NODE_KIND(BinaryExpr)
};

// Key: Value, in composite literals; its position is the colon's (as in
// gc's syntax tree).
class KeyValueExpr : public Expr {
public:
  Expr *key, *value;
  KeyValueExpr(Pos p, Expr *key, Expr *value) : Expr(Kind::KeyValueExpr, p), key(key), value(value) {}
  GOPP_NODE_KIND(KeyValueExpr)
};

// ...Elt in a variadic parameter, or [...] as an array length (Elt null).
class Ellipsis : public Expr {
public:
  Expr *elt; // or null
  Ellipsis(Pos p, Expr *elt) : Expr(Kind::Ellipsis, p), elt(elt) {}
  GOPP_NODE_KIND(Ellipsis)
};

// [Len]Elt, [...]Elt (Len is an Ellipsis), or []Elt (Len null: a slice).
class ArrayType : public Expr {
public:
  Expr *len; // null for slices
  Expr *elt;
  ArrayType(Pos p, Expr *len, Expr *elt) : Expr(Kind::ArrayType, p), len(len), elt(elt) {}
  GOPP_NODE_KIND(ArrayType)
  bool isSlice() const { return len == nullptr; }
};

// struct { Fields }
class StructType : public Expr {
public:
  FieldList *fields;
  StructType(Pos p, FieldList *fields) : Expr(Kind::StructType, p), fields(fields) {}
  GOPP_NODE_KIND(StructType)
};

// func[TypeParams](Params) Results. TypeParams is only set for the
// signature of a generic FuncDecl; Results may be null.
class FuncType : public Expr {
public:
  FieldList *typeParams; // or null
  FieldList *params;
  FieldList *results; // or null
  FuncType(Pos p, FieldList *typeParams, FieldList *params, FieldList *results)
      : Expr(Kind::FuncType, p), typeParams(typeParams), params(params), results(results) {}
  GOPP_NODE_KIND(FuncType)
};

// interface { Methods and type elements }
class InterfaceType : public Expr {
public:
  FieldList *methods;
  InterfaceType(Pos p, FieldList *methods) : Expr(Kind::InterfaceType, p), methods(methods) {}
  GOPP_NODE_KIND(InterfaceType)
};

// map[Key]Value
class MapType : public Expr {
public:
  Expr *key, *value;
  MapType(Pos p, Expr *key, Expr *value) : Expr(Kind::MapType, p), key(key), value(value) {}
  GOPP_NODE_KIND(MapType)
};

// chan T, chan<- T, <-chan T
class ChanType : public Expr {
public:
  enum class Dir : uint8_t { Both, Send, Recv };
  Dir dir;
  Expr *value;
  ChanType(Pos p, Dir dir, Expr *value) : Expr(Kind::ChanType, p), dir(dir), value(value) {}
  GOPP_NODE_KIND(ChanType)
};

// ------------------------------------------------------------ statements

class BadStmt : public Stmt {
public:
  explicit BadStmt(Pos p) : Stmt(Kind::BadStmt, p) {}
  GOPP_NODE_KIND(BadStmt)
};

// const/type/var declaration inside a function.
class DeclStmt : public Stmt {
public:
  class GenDecl *decl;
  DeclStmt(Pos p, GenDecl *decl) : Stmt(Kind::DeclStmt, p), decl(decl) {}
  GOPP_NODE_KIND(DeclStmt)
};

// An explicit ";" or an empty statement before "}".
class EmptyStmt : public Stmt {
public:
  explicit EmptyStmt(Pos p) : Stmt(Kind::EmptyStmt, p) {}
  GOPP_NODE_KIND(EmptyStmt)
};

// Label: Stmt
class LabeledStmt : public Stmt {
public:
  Ident *label;
  Stmt *stmt; // EmptyStmt when the label stands before "}"
  LabeledStmt(Pos p, Ident *label, Stmt *stmt) : Stmt(Kind::LabeledStmt, p), label(label), stmt(stmt) {}
  GOPP_NODE_KIND(LabeledStmt)
};

// X
class ExprStmt : public Stmt {
public:
  Expr *x;
  ExprStmt(Pos p, Expr *x) : Stmt(Kind::ExprStmt, p), x(x) {}
  GOPP_NODE_KIND(ExprStmt)
};

// Chan <- Value
class SendStmt : public Stmt {
public:
  Expr *chan, *value;
  SendStmt(Pos p, Expr *chan, Expr *value) : Stmt(Kind::SendStmt, p), chan(chan), value(value) {}
  GOPP_NODE_KIND(SendStmt)
};

// X++ or X--
class IncDecStmt : public Stmt {
public:
  Expr *x;
  Op op; // Inc or Dec
  IncDecStmt(Pos p, Expr *x, Op op) : Stmt(Kind::IncDecStmt, p), x(x), op(op) {}
  GOPP_NODE_KIND(IncDecStmt)
};

// Lhs = Rhs, Lhs := Rhs, or Lhs op= Rhs.
class AssignStmt : public Stmt {
public:
  enum class Tok : uint8_t { Assign, Define, OpAssign };
  llvm::ArrayRef<Expr *> lhs, rhs;
  Tok tok;
  Op op; // for OpAssign only
  Pos tokPos;
  AssignStmt(Pos p, llvm::ArrayRef<Expr *> lhs, Tok tok, Op op, Pos tokPos, llvm::ArrayRef<Expr *> rhs)
      : Stmt(Kind::AssignStmt, p), lhs(lhs), rhs(rhs), tok(tok), op(op), tokPos(tokPos) {}
  GOPP_NODE_KIND(AssignStmt)
};

// go Call
class GoStmt : public Stmt {
public:
  Expr *call;
  GoStmt(Pos p, Expr *call) : Stmt(Kind::GoStmt, p), call(call) {}
  GOPP_NODE_KIND(GoStmt)
};

// defer Call
class DeferStmt : public Stmt {
public:
  Expr *call;
  DeferStmt(Pos p, Expr *call) : Stmt(Kind::DeferStmt, p), call(call) {}
  GOPP_NODE_KIND(DeferStmt)
};

// return Results
class ReturnStmt : public Stmt {
public:
  llvm::ArrayRef<Expr *> results;
  ReturnStmt(Pos p, llvm::ArrayRef<Expr *> results) : Stmt(Kind::ReturnStmt, p), results(results) {}
  GOPP_NODE_KIND(ReturnStmt)
};

// break [Label], continue [Label], goto Label, fallthrough
class BranchStmt : public Stmt {
public:
  enum class Tok : uint8_t { Break, Continue, Goto, Fallthrough };
  Tok tok;
  Ident *label; // or null
  BranchStmt(Pos p, Tok tok, Ident *label) : Stmt(Kind::BranchStmt, p), tok(tok), label(label) {}
  GOPP_NODE_KIND(BranchStmt)
};

// { List }
class BlockStmt : public Stmt {
public:
  llvm::ArrayRef<Stmt *> list;
  Pos rbrace;
  BlockStmt(Pos p, llvm::ArrayRef<Stmt *> list, Pos rbrace)
      : Stmt(Kind::BlockStmt, p), list(list), rbrace(rbrace) {}
  GOPP_NODE_KIND(BlockStmt)
};

// if Init; Cond Body else Else
class IfStmt : public Stmt {
public:
  Stmt *init; // or null
  Expr *cond;
  BlockStmt *body;
  Stmt *elseStmt; // IfStmt, BlockStmt, or null
  IfStmt(Pos p, Stmt *init, Expr *cond, BlockStmt *body, Stmt *elseStmt)
      : Stmt(Kind::IfStmt, p), init(init), cond(cond), body(body), elseStmt(elseStmt) {}
  GOPP_NODE_KIND(IfStmt)
};

// case List: Body   (List empty: default). In a type switch the list
// holds types (nil is the Ident "nil").
class CaseClause : public Stmt {
public:
  llvm::ArrayRef<Expr *> list;
  bool isDefault;
  Pos colon;
  llvm::ArrayRef<Stmt *> body;
  CaseClause(Pos p, llvm::ArrayRef<Expr *> list, bool isDefault, Pos colon, llvm::ArrayRef<Stmt *> body)
      : Stmt(Kind::CaseClause, p), list(list), isDefault(isDefault), colon(colon), body(body) {}
  GOPP_NODE_KIND(CaseClause)
};

// switch Init; Tag { Clauses }
class SwitchStmt : public Stmt {
public:
  Stmt *init; // or null
  Expr *tag;  // or null
  BlockStmt *body; // list of CaseClause
  SwitchStmt(Pos p, Stmt *init, Expr *tag, BlockStmt *body)
      : Stmt(Kind::SwitchStmt, p), init(init), tag(tag), body(body) {}
  GOPP_NODE_KIND(SwitchStmt)
};

// switch Init; Assign { Clauses }, where Assign is `x := y.(type)` (an
// AssignStmt) or `y.(type)` (an ExprStmt).
class TypeSwitchStmt : public Stmt {
public:
  Stmt *init; // or null
  Stmt *assign;
  BlockStmt *body; // list of CaseClause
  TypeSwitchStmt(Pos p, Stmt *init, Stmt *assign, BlockStmt *body)
      : Stmt(Kind::TypeSwitchStmt, p), init(init), assign(assign), body(body) {}
  GOPP_NODE_KIND(TypeSwitchStmt)
};

// case Comm: Body   (Comm null: default). Comm is a SendStmt, an ExprStmt
// with a receive, or an AssignStmt whose right side is a receive.
class CommClause : public Stmt {
public:
  Stmt *comm; // or null
  Pos colon;
  llvm::ArrayRef<Stmt *> body;
  CommClause(Pos p, Stmt *comm, Pos colon, llvm::ArrayRef<Stmt *> body)
      : Stmt(Kind::CommClause, p), comm(comm), colon(colon), body(body) {}
  GOPP_NODE_KIND(CommClause)
};

// select { Clauses }
class SelectStmt : public Stmt {
public:
  BlockStmt *body; // list of CommClause
  SelectStmt(Pos p, BlockStmt *body) : Stmt(Kind::SelectStmt, p), body(body) {}
  GOPP_NODE_KIND(SelectStmt)
};

// for Init; Cond; Post { Body }   (each part optional)
class ForStmt : public Stmt {
public:
  Stmt *init; // or null
  Expr *cond; // or null
  Stmt *post; // or null
  BlockStmt *body;
  ForStmt(Pos p, Stmt *init, Expr *cond, Stmt *post, BlockStmt *body)
      : Stmt(Kind::ForStmt, p), init(init), cond(cond), post(post), body(body) {}
  GOPP_NODE_KIND(ForStmt)
};

// for Key, Value := range X { Body }   (Key, Value optional; Tok is
// Assign or Define when a Key is present)
class RangeStmt : public Stmt {
public:
  Expr *key, *value; // or null
  AssignStmt::Tok tok;
  Expr *x;
  BlockStmt *body;
  Expr *extra = nullptr; // a third iteration variable: an error the checker reports
  RangeStmt(Pos p, Expr *key, Expr *value, AssignStmt::Tok tok, Expr *x, BlockStmt *body)
      : Stmt(Kind::RangeStmt, p), key(key), value(value), tok(tok), x(x), body(body) {}
  GOPP_NODE_KIND(RangeStmt)
};

// ---------------------------------------------------------- declarations

// Stands where a declaration had a syntax error.
class BadDecl : public Decl {
public:
  explicit BadDecl(Pos p) : Decl(Kind::BadDecl, p) {}
  GOPP_NODE_KIND(BadDecl)
};

// Name "path"; Name is null, an Ident, or the Ident "." or "_".
class ImportSpec : public Decl {
public:
  Ident *name; // or null
  BasicLit *path;
  ImportSpec(Pos p, Ident *name, BasicLit *path) : Decl(Kind::ImportSpec, p), name(name), path(path) {}
  GOPP_NODE_KIND(ImportSpec)
};

// Names Type = Values   (const or var spec; Type and Values optional).
// `iota` is the index of the spec within its const declaration.
class ValueSpec : public Decl {
public:
  llvm::ArrayRef<Ident *> names;
  Expr *type; // or null
  llvm::ArrayRef<Expr *> values;
  unsigned iota;
  ValueSpec(Pos p, llvm::ArrayRef<Ident *> names, Expr *type, llvm::ArrayRef<Expr *> values, unsigned iota)
      : Decl(Kind::ValueSpec, p), names(names), type(type), values(values), iota(iota) {}
  GOPP_NODE_KIND(ValueSpec)
};

// Name[TypeParams] Type, or Name[TypeParams] = Type (an alias).
class TypeSpec : public Decl {
public:
  Ident *name;
  FieldList *typeParams; // or null
  bool isAlias;
  Expr *type;
  TypeSpec(Pos p, Ident *name, FieldList *typeParams, bool isAlias, Expr *type)
      : Decl(Kind::TypeSpec, p), name(name), typeParams(typeParams), isAlias(isAlias), type(type) {}
  GOPP_NODE_KIND(TypeSpec)
};

// import/const/type/var, with or without parentheses.
class GenDecl : public Decl {
public:
  enum class Tok : uint8_t { Import, Const, Type, Var };
  Tok tok;
  bool grouped; // written with ( )
  llvm::ArrayRef<Decl *> specs;
  GenDecl(Pos p, Tok tok, bool grouped, llvm::ArrayRef<Decl *> specs)
      : Decl(Kind::GenDecl, p), tok(tok), grouped(grouped), specs(specs) {}
  GOPP_NODE_KIND(GenDecl)
};

// func (Recv) Name[TypeParams](Params) Results { Body }
class FuncDecl : public Decl {
public:
  FieldList *recv; // or null
  Ident *name;
  FuncType *type;   // holds the type parameters
  BlockStmt *body;  // or null (implemented elsewhere)
  FuncDecl(Pos p, FieldList *recv, Ident *name, FuncType *type, BlockStmt *body)
      : Decl(Kind::FuncDecl, p), recv(recv), name(name), type(type), body(body) {}
  GOPP_NODE_KIND(FuncDecl)
};

// ------------------------------------------------------------------ file

class File : public Node {
public:
  Ident *packageName;
  llvm::ArrayRef<GenDecl *> imports; // the leading import declarations
  llvm::ArrayRef<Decl *> decls;      // every top-level declaration, imports too
  llvm::StringRef path;
  llvm::ArrayRef<llvm::StringRef> linknames; // local names of //go:linkname directives
  File(Pos p, Ident *packageName, llvm::ArrayRef<GenDecl *> imports, llvm::ArrayRef<Decl *> decls,
       llvm::StringRef path)
      : Node(Kind::File, p), packageName(packageName), imports(imports), decls(decls), path(path) {}
  GOPP_NODE_KIND(File)
};

#undef GOPP_NODE_RANGE
#undef GOPP_NODE_KIND

// x without the parentheses around it.
inline const Expr *unparen(const Expr *x) {
  while (auto *p = llvm::dyn_cast<ParenExpr>(x))
    x = p->x;
  return x;
}

// Where e starts in the source: its leftmost token, which is where gc
// (types2's atPos) reports an error about the expression. A binary
// expression's own position is its operator's; a key-value pair's is its
// colon, where gc reports errors about the pair (syntax.StartPos stops
// there too).
inline Pos startPos(const Expr *e) {
  for (;;) {
    if (auto *b = llvm::dyn_cast<BinaryExpr>(e))
      e = b->x;
    else if (auto *c = llvm::dyn_cast<CallExpr>(e))
      e = c->fun;
    else if (auto *i = llvm::dyn_cast<IndexExpr>(e))
      e = i->x;
    else if (auto *s = llvm::dyn_cast<SliceExpr>(e))
      e = s->x;
    else if (auto *s = llvm::dyn_cast<SelectorExpr>(e))
      e = s->x;
    else if (auto *t = llvm::dyn_cast<TypeAssertExpr>(e))
      e = t->x;
    else
      return e->pos();
  }
}

} // namespace gopp::ast
