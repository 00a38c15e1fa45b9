// Builder.h — turns ANTLR's parse tree into gopp's AST (internal header).
//
// This is the only place, with Parse.cpp, where ANTLR types meet the AST.
// The builder is split the way the spec is: build_decls.cpp (files and
// declarations), build_types.cpp (types, fields, parameters),
// build_exprs.cpp (expressions), build_stmts.cpp (statements).
//
// The grammar has a second copy of the expression rules for statement
// headers (the *NoLit rules, see GoParser.g4). Their parse trees have the
// same shape, so the expression builders walk children generically and
// serve both copies.
//
// Besides shape, the builder enforces the syntax rules that the grammar
// leaves open, with gc's or go/parser's wording: parameter grouping, the
// left side of :=, methods without type parameters, and the like.
#pragma once

#include "GoParser.h"
#include "antlr4-runtime.h"

#include "frontend/ast/AST.h"
#include "frontend/ast/ASTContext.h"
#include "frontend/diag/Diagnostics.h"
#include "frontend/syntax/CodePointMap.h"

namespace gopp::ast {

using G = grammar::GoParser;

class Builder {
public:
  // `recovering`: the parser reported syntax errors, so the tree may hold
  // contexts that failed (exception set) or error nodes (tokens skipped or
  // made up by recovery); see broken().
  Builder(ASTContext &ctx, const syntax::CodePointMap &map, Diagnostics &diags, bool recovering)
      : ctx_(ctx), map_(map), diags_(diags), recovering_(recovering) {}

  // Whether a context is unusable after error recovery: it failed, or holds
  // an error node. Builders check it first and return a Bad node, so the
  // rest of the file is still built and its errors reported, as gc does.
  bool broken(antlr4::ParserRuleContext *c) const;
  Expr *badExpr(antlr4::ParserRuleContext *c) { return ctx_.make<BadExpr>(c ? pos(c) : Pos{}); }
  Stmt *badStmt(antlr4::ParserRuleContext *c) { return ctx_.make<BadStmt>(c ? pos(c) : Pos{}); }

  File *file(G::SourceFileContext *c);

  // --- positions
  Pos pos(const antlr4::Token *t) const;
  Pos pos(antlr4::tree::TerminalNode *n) const { return pos(n->getSymbol()); }
  Pos pos(antlr4::ParserRuleContext *c) const { return pos(c->getStart()); }
  // A token's source text (ANTLR's getText() re-encodes UTF-32 to UTF-8).
  // A token made up by error recovery has no text: "_".
  std::string_view text(antlr4::tree::TerminalNode *n) const {
    const antlr4::Token *t = n->getSymbol();
    if (t->getStartIndex() == INVALID_INDEX || t->getStopIndex() < t->getStartIndex())
      return "_";
    return map_.text(t->getStartIndex(), t->getStopIndex());
  }
  // The position just past the last character of `c` (for "missing" errors).
  Pos endPos(antlr4::ParserRuleContext *c) const;

  template <class... Args> void error(Pos p, DiagKind kind, const Args &...args) {
    diags_.error(p, kind, args...);
  }

  // --- declarations (build_decls.cpp)
  Decl *topLevelDecl(G::TopLevelDeclContext *c);
  Decl *declaration(G::DeclarationContext *c); // a GenDecl, or BadDecl
  GenDecl *importDecl(G::ImportDeclContext *c);
  ImportSpec *importSpec(G::ImportSpecContext *c);
  GenDecl *constDecl(G::ConstDeclContext *c);
  GenDecl *varDecl(G::VarDeclContext *c);
  GenDecl *typeDecl(G::TypeDeclContext *c);
  TypeSpec *typeSpec(G::TypeSpecContext *c);
  Decl *functionDecl(G::FunctionDeclContext *c); // a FuncDecl, or BadDecl

  // --- types (build_types.cpp)
  Expr *type(G::Type_Context *c);
  Expr *typeName(G::TypeNameContext *c, G::TypeArgsContext *args);
  Expr *typeLit(G::TypeLitContext *c);
  Expr *sharedTypeLit(antlr4::tree::ParseTree *t);
  Expr *arrayType(G::ArrayTypeContext *c);
  Expr *sliceType(G::SliceTypeContext *c);
  Expr *structType(G::StructTypeContext *c);
  Expr *functionType(G::FunctionTypeContext *c);
  Expr *interfaceType(G::InterfaceTypeContext *c);
  Expr *mapType(G::MapTypeContext *c);
  Expr *channelType(G::ChannelTypeContext *c);
  Expr *typeOperand(G::TypeOperandContext *c);
  FuncType *signature(Pos p, G::SignatureContext *c, FieldList *typeParams);
  FieldList *parameters(G::ParametersContext *c, bool isResult);
  FieldList *result(G::ResultContext *c);
  FieldList *typeParameters(G::TypeParametersContext *c);
  Expr *typeElem(G::TypeElemContext *c);
  llvm::ArrayRef<Ident *> identifierList(G::IdentifierListContext *c);

  // --- expressions (build_exprs.cpp); these accept both the full rules
  // and their *NoLit copies.
  Expr *expr(antlr4::ParserRuleContext *c);
  Expr *unaryExpr(antlr4::ParserRuleContext *c); // unaryOp expression
  Expr *primaryExpr(antlr4::ParserRuleContext *c);
  Expr *operand(antlr4::ParserRuleContext *c); // the operand alternatives of primaryExpr
  Expr *literal(antlr4::tree::TerminalNode *tok);
  BasicLit *stringLit(G::String_Context *c);
  Expr *compositeLit(Pos p, Expr *type, G::LiteralValueContext *v);
  Expr *indexOrSlice(Expr *x, G::IndexContext *c);
  llvm::ArrayRef<Expr *> exprList(antlr4::ParserRuleContext *c); // ExpressionList(NoLit)
  Ident *ident(antlr4::tree::TerminalNode *n);

  // --- statements (build_stmts.cpp)
  BlockStmt *block(G::BlockContext *c);
  llvm::ArrayRef<Stmt *> statementList(G::StatementListContext *c);
  Stmt *statement(G::StatementContext *c);
  Expr *callOperand(G::ExpressionContext *c, const char *keyword);
  // SimpleStmtContext or SimpleStmtNoLitContext.
  Stmt *simpleStmt(antlr4::ParserRuleContext *c);
  Stmt *ifStmt(G::IfStmtContext *c);
  Stmt *switchStmt(G::SwitchStmtContext *c);
  Stmt *selectStmt(G::SelectStmtContext *c);
  Stmt *forStmt(G::ForStmtContext *c);
  Expr *headerValue(Stmt *s);
  Stmt *assign(Pos p, llvm::ArrayRef<Expr *> lhs, AssignStmt::Tok tok, Op op, Pos tokPos,
               llvm::ArrayRef<Expr *> rhs);

  ASTContext &ctx() { return ctx_; }

private:
  ASTContext &ctx_;
  const syntax::CodePointMap &map_;
  Diagnostics &diags_;
  bool recovering_;
  // The one `x.(type)` currently allowed: a type switch's guard.
  antlr4::ParserRuleContext *typeSwitchGuard_ = nullptr;
  // Set while building an if condition or switch tag, where a statement
  // is reported as "cannot use ... as value" rather than piecemeal.
  bool headerValue_ = false;
  // Set while building the primary expression before a literal value `{…}`.
  bool literalTypeNext_ = false;
};

// Whether a node of the generated tree is a token of the given type.
inline bool isToken(antlr4::tree::ParseTree *t, size_t type) {
  auto *n = dynamic_cast<antlr4::tree::TerminalNode *>(t);
  return n && n->getSymbol()->getType() == type;
}

} // namespace gopp::ast
