// build_decls.cpp — builds files and declarations (spec "Declarations and
// scope", "Packages").
//
//  - A file is its package clause, its import declarations, then the other
//    top-level declarations; File::decls keeps all of them in source order.
//  - const specs record their index (iota) in the enclosing declaration.
//  - func declarations carry their type parameters in their FuncType; a
//    method with type parameters is reported as gc reports it.
#include "frontend/ast/Builder.h"

#include "frontend/syntax/Literals.h"

namespace gopp::ast {

Pos Builder::pos(const antlr4::Token *t) const {
  if (t->getStartIndex() == INVALID_INDEX) {
    // EOF, or a token made up by error recovery: its line, and a column
    // counted in code points (close enough for a follow-on error).
    if (t->getType() == antlr4::Token::EOF || t->getLine() == 0)
      return map_.file().posOf(static_cast<uint32_t>(map_.file().text().size()));
    return Pos{map_.file().id(), static_cast<uint32_t>(t->getLine()),
               static_cast<uint32_t>(t->getCharPositionInLine() + 1)};
  }
  return map_.pos(t->getStartIndex());
}

bool Builder::broken(antlr4::ParserRuleContext *c) const {
  if (!c)
    return true;
  if (!recovering_)
    return false;
  if (c->exception)
    return true;
  for (auto *child : c->children)
    if (dynamic_cast<antlr4::tree::ErrorNode *>(child))
      return true;
  return false;
}

Pos Builder::endPos(antlr4::ParserRuleContext *c) const {
  const antlr4::Token *t = c->getStop();
  if (!t)
    return pos(c->getStart());
  return map_.pos(t->getStopIndex() + 1);
}

Ident *Builder::ident(antlr4::tree::TerminalNode *n) {
  return ctx_.make<Ident>(pos(n), ctx_.intern(text(n)));
}

File *Builder::file(G::SourceFileContext *c) {
  // Declarations are built one by one; the tokens recovery skipped between
  // them are error nodes of this context, which the accessors leave out.
  Ident *name = ident(c->packageClause()->IDENTIFIER());
  llvm::SmallVector<GenDecl *, 8> imports;
  llvm::SmallVector<Decl *, 32> decls;
  for (auto *d : c->importDecl()) {
    if (broken(d)) {
      decls.push_back(ctx_.make<BadDecl>(pos(d)));
      continue;
    }
    GenDecl *g = importDecl(d);
    imports.push_back(g);
    decls.push_back(g);
  }
  for (auto *d : c->topLevelDecl())
    decls.push_back(topLevelDecl(d));
  return ctx_.make<File>(pos(c->packageClause()), name, ctx_.copy<GenDecl *>(imports),
                         ctx_.copy<Decl *>(decls), ctx_.intern(map_.file().path()));
}

Decl *Builder::topLevelDecl(G::TopLevelDeclContext *c) {
  if (broken(c))
    return ctx_.make<BadDecl>(pos(c));
  if (auto *d = c->declaration())
    return declaration(d);
  return functionDecl(c->functionDecl());
}

Decl *Builder::declaration(G::DeclarationContext *c) {
  if (broken(c))
    return ctx_.make<BadDecl>(pos(c));
  if (auto *d = c->constDecl())
    return constDecl(d);
  if (auto *d = c->typeDecl())
    return typeDecl(d);
  return varDecl(c->varDecl());
}

GenDecl *Builder::importDecl(G::ImportDeclContext *c) {
  llvm::SmallVector<Decl *, 8> specs;
  for (auto *s : c->importSpec())
    if (!broken(s))
      specs.push_back(importSpec(s));
  return ctx_.make<GenDecl>(pos(c), GenDecl::Tok::Import, c->L_PAREN() != nullptr,
                            ctx_.copy<Decl *>(specs));
}

ImportSpec *Builder::importSpec(G::ImportSpecContext *c) {
  Ident *name = nullptr;
  if (c->DOT())
    name = ctx_.make<Ident>(pos(c->DOT()), ".");
  else if (c->IDENTIFIER())
    name = ident(c->IDENTIFIER());
  if (!c->string_()) {
    auto *lit = c->NUMBER() ? c->NUMBER() : c->RUNE();
    error(pos(lit), DiagKind::SyntaxError, "import path must be a string");
    return ctx_.make<ImportSpec>(pos(c), name, ctx_.make<BasicLit>(pos(lit), BasicLit::LitKind::String, "\"\""));
  }
  BasicLit *path = stringLit(c->string_());
  // spec: "Implementation restriction: ... import paths [must be] non-empty
  // strings using only characters belonging to Unicode's L, M, N, P, and S
  // general categories (the Graphic characters without spaces) and may also
  // exclude the characters !"#$%&'()*,:;<=>?[\]^`{|} and U+FFFD."
  std::string value = syntax::decodeString(path->value.str());
  bool ok = !value.empty();
  for (unsigned char ch : value)
    if (ch < 0x21 || ch == 0x7F || std::string_view("!\"#$%&'()*,:;<=>?[\\]^`{|}").find(ch) != std::string_view::npos)
      ok = false;
  if (value.find("\xEF\xBF\xBD") != std::string::npos)
    ok = false;
  if (value.empty())
    error(path->pos(), DiagKind::InvalidImportPath, " (empty string)");
  else if (!ok)
    error(path->pos(), DiagKind::InvalidImportPath, ": " + path->value.str());
  return ctx_.make<ImportSpec>(pos(c), name, path);
}

GenDecl *Builder::constDecl(G::ConstDeclContext *c) {
  llvm::SmallVector<Decl *, 8> specs;
  unsigned iota = 0;
  for (auto *s : c->constSpec()) {
    if (broken(s)) {
      ++iota;
      continue;
    }
    Expr *t = s->type_() ? type(s->type_()) : nullptr;
    llvm::ArrayRef<Expr *> values;
    if (s->expressionList())
      values = exprList(s->expressionList());
    // A spec without values that cannot repeat the previous one ("missing
    // init expr for B") is the type checker's error in gc, not the parser's.
    auto names = identifierList(s->identifierList());
    specs.push_back(ctx_.make<ValueSpec>(pos(s), names, t, values, iota));
    ++iota;
  }
  return ctx_.make<GenDecl>(pos(c), GenDecl::Tok::Const, c->L_PAREN() != nullptr,
                            ctx_.copy<Decl *>(specs));
}

GenDecl *Builder::varDecl(G::VarDeclContext *c) {
  llvm::SmallVector<Decl *, 8> specs;
  for (auto *s : c->varSpec()) {
    if (broken(s))
      continue;
    Expr *t = s->type_() ? type(s->type_()) : nullptr;
    llvm::ArrayRef<Expr *> values;
    if (s->expressionList())
      values = exprList(s->expressionList());
    specs.push_back(ctx_.make<ValueSpec>(pos(s), identifierList(s->identifierList()), t, values, 0));
  }
  return ctx_.make<GenDecl>(pos(c), GenDecl::Tok::Var, c->L_PAREN() != nullptr,
                            ctx_.copy<Decl *>(specs));
}

GenDecl *Builder::typeDecl(G::TypeDeclContext *c) {
  llvm::SmallVector<Decl *, 8> specs;
  for (auto *s : c->typeSpec())
    if (!broken(s))
      specs.push_back(typeSpec(s));
  return ctx_.make<GenDecl>(pos(c), GenDecl::Tok::Type, c->L_PAREN() != nullptr,
                            ctx_.copy<Decl *>(specs));
}

TypeSpec *Builder::typeSpec(G::TypeSpecContext *c) {
  FieldList *tparams = c->typeParameters() ? typeParameters(c->typeParameters()) : nullptr;
  Expr *t = type(c->type_());
  // `type T [P[x]]E` parses as an array type, but gc reads a name followed
  // by "[" at the start of the brackets as a type parameter with a
  // constraint (an index expression is never a constant array length), and
  // then finds the parameter unnamed.
  if (auto *a = llvm::dyn_cast<ArrayType>(t); a && !tparams && a->len)
    if (auto *ix = llvm::dyn_cast<IndexExpr>(a->len); ix && llvm::isa<Ident>(ix->x))
      error(ix->pos(), DiagKind::SyntaxError, "type parameters must be named");
  return ctx_.make<TypeSpec>(pos(c), ident(c->IDENTIFIER()), tparams, c->ASSIGN() != nullptr, t);
}

Decl *Builder::functionDecl(G::FunctionDeclContext *c) {
  if (broken(c) || broken(c->signature()))
    return ctx_.make<BadDecl>(pos(c));
  FieldList *recv = c->receiver ? parameters(c->receiver, false) : nullptr;
  FieldList *tparams = nullptr;
  if (auto *tp = c->typeParameters()) {
    tparams = typeParameters(tp);
    if (recv)
      error(pos(tp), DiagKind::MethodTypeParams);
  }
  FuncType *sig = signature(pos(c), c->signature(), tparams);
  BlockStmt *body = c->block() ? block(c->block()) : nullptr;
  return ctx_.make<FuncDecl>(pos(c), recv, ident(c->IDENTIFIER()), sig, body);
}

} // namespace gopp::ast
