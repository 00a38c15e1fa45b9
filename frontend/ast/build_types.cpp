// build_types.cpp — builds types, fields and parameter lists (spec "Types",
// "Function types", "Type parameter declarations").
//
//  - Types in Go's syntax are expressions: a named type is an Ident or a
//    SelectorExpr, an instantiation an IndexExpr, a pointer a StarExpr.
//  - Parameter lists arrive as a flat list of `[name] type` (see the note in
//    GoParser.g4); grouping follows go/parser: if any entry has a name, every
//    entry without one must be a bare identifier, which becomes a name
//    sharing the next entry's type ("a, b int").
//  - `[P C]` after a type name was parsed as an array type whenever it can
//    be one (gc's rule); nothing more is needed here.
#include "frontend/ast/Builder.h"

namespace gopp::ast {

llvm::ArrayRef<Ident *> Builder::identifierList(G::IdentifierListContext *c) {
  llvm::SmallVector<Ident *, 4> names;
  for (auto *id : c->IDENTIFIER())
    names.push_back(ident(id));
  return ctx_.copy<Ident *>(names);
}

Expr *Builder::type(G::Type_Context *c) {
  if (broken(c))
    return badExpr(c);
  if (auto *n = dynamic_cast<G::NamedTypeContext *>(c))
    return typeName(n->typeName(), n->typeArgs());
  if (auto *l = dynamic_cast<G::LiteralType_Context *>(c))
    return typeLit(l->typeLit());
  if (auto *p = dynamic_cast<G::ParenTypeContext *>(c))
    return ctx_.make<ParenExpr>(pos(p), type(p->type_()));
  return ctx_.make<BadExpr>(pos(c));
}

Expr *Builder::typeName(G::TypeNameContext *c, G::TypeArgsContext *args) {
  if (broken(c) || (args && broken(args)))
    return badExpr(c);
  auto ids = c->IDENTIFIER();
  Expr *t = ident(ids[0]);
  if (ids.size() > 1)
    t = ctx_.make<SelectorExpr>(t->pos(), t, ident(ids[1]));
  if (args) {
    llvm::SmallVector<Expr *, 4> list;
    for (auto *a : args->type_())
      list.push_back(type(a));
    t = ctx_.make<IndexExpr>(t->pos(), t, ctx_.copy<Expr *>(list), pos(args->L_BRACKET()),
                             pos(args->R_BRACKET()));
  }
  return t;
}

// The type literals that typeLit and typeOperand share, or null.
Expr *Builder::sharedTypeLit(antlr4::tree::ParseTree *t) {
  if (auto *a = dynamic_cast<G::ArrayTypeContext *>(t))
    return arrayType(a);
  if (auto *s = dynamic_cast<G::SliceTypeContext *>(t))
    return sliceType(s);
  if (auto *s = dynamic_cast<G::StructTypeContext *>(t))
    return structType(s);
  if (auto *f = dynamic_cast<G::FunctionTypeContext *>(t))
    return functionType(f);
  if (auto *i = dynamic_cast<G::InterfaceTypeContext *>(t))
    return interfaceType(i);
  if (auto *m = dynamic_cast<G::MapTypeContext *>(t))
    return mapType(m);
  return nullptr;
}

Expr *Builder::typeLit(G::TypeLitContext *c) {
  if (broken(c))
    return badExpr(c);
  if (Expr *t = sharedTypeLit(c->children[0]))
    return t;
  if (auto *t = c->pointerType())
    return ctx_.make<StarExpr>(pos(t), type(t->type_()));
  return channelType(c->channelType());
}

Expr *Builder::arrayType(G::ArrayTypeContext *c) {
  if (broken(c))
    return badExpr(c);
  Expr *len = c->ELLIPSIS() ? ctx_.make<Ellipsis>(pos(c->ELLIPSIS()), nullptr) : expr(c->expression());
  return ctx_.make<ArrayType>(pos(c), len, type(c->type_()));
}

Expr *Builder::sliceType(G::SliceTypeContext *c) {
  if (broken(c))
    return badExpr(c);
  return ctx_.make<ArrayType>(pos(c), nullptr, type(c->type_()));
}

Expr *Builder::structType(G::StructTypeContext *c) {
  if (broken(c))
    return badExpr(c);
  llvm::SmallVector<Field *, 8> fields;
  for (auto *f : c->fieldDecl()) {
    if (broken(f) || (f->embeddedField() && broken(f->embeddedField())))
      continue;
    BasicLit *tag = f->tag ? stringLit(f->tag) : nullptr;
    if (auto *e = f->embeddedField()) {
      Expr *t = typeName(e->typeName(), e->typeArgs());
      if (e->STAR())
        t = ctx_.make<StarExpr>(pos(e->STAR()), t);
      fields.push_back(ctx_.make<Field>(pos(f), llvm::ArrayRef<Ident *>(), t, tag));
    } else {
      fields.push_back(ctx_.make<Field>(pos(f), identifierList(f->identifierList()), type(f->type_()), tag));
    }
  }
  auto *list = ctx_.make<FieldList>(pos(c->L_BRACE()), ctx_.copy<Field *>(fields), pos(c->R_BRACE()));
  return ctx_.make<StructType>(pos(c), list);
}

Expr *Builder::functionType(G::FunctionTypeContext *c) {
  if (broken(c) || broken(c->signature()))
    return badExpr(c);
  return signature(pos(c), c->signature(), nullptr);
}

FuncType *Builder::signature(Pos p, G::SignatureContext *c, FieldList *typeParams) {
  if (broken(c))
    return ctx_.make<FuncType>(p, typeParams, parameters(nullptr, false), nullptr);
  FieldList *params = parameters(c->parameters(), false);
  FieldList *results = nullptr;
  if (auto *r = c->result())
    results = result(r);
  return ctx_.make<FuncType>(p, typeParams, params, results);
}

FieldList *Builder::result(G::ResultContext *r) {
  if (broken(r))
    return ctx_.make<FieldList>(pos(r), llvm::ArrayRef<Field *>(), pos(r));
  if (r->parameters())
    return parameters(r->parameters(), true);
  Expr *t = r->typeLit() ? typeLit(r->typeLit()) : typeName(r->typeName(), r->typeArgs());
  Field *f = ctx_.make<Field>(t->pos(), llvm::ArrayRef<Ident *>(), t, nullptr);
  return ctx_.make<FieldList>(t->pos(), ctx_.copy<Field *>({f}), Pos{});
}

FieldList *Builder::parameters(G::ParametersContext *c, bool isResult) {
  if (broken(c))
    return ctx_.make<FieldList>(c ? pos(c) : Pos{}, llvm::ArrayRef<Field *>(), c ? pos(c) : Pos{});
  for (auto *d : c->parameterDecl())
    if (broken(d))
      return ctx_.make<FieldList>(pos(c), llvm::ArrayRef<Field *>(), pos(c));
  struct Entry {
    Ident *name; // or null
    Expr *type;
  };
  llvm::SmallVector<Entry, 8> entries;
  size_t named = 0;
  auto decls = c->parameterDecl();
  for (size_t i = 0; i < decls.size(); ++i) {
    auto *d = decls[i];
    Expr *t = type(d->type_());
    if (d->ELLIPSIS()) {
      t = ctx_.make<Ellipsis>(pos(d->ELLIPSIS()), t);
      if (isResult || i + 1 != decls.size())
        error(pos(d->ELLIPSIS()), DiagKind::EllipsisNotFinal);
    }
    Ident *name = d->IDENTIFIER() ? ident(d->IDENTIFIER()) : nullptr;
    if (name)
      ++named;
    entries.push_back({name, t});
  }

  llvm::SmallVector<Field *, 8> fields;
  if (named == 0) {
    for (auto &e : entries)
      fields.push_back(ctx_.make<Field>(e.type->pos(), llvm::ArrayRef<Ident *>(), e.type, nullptr));
  } else {
    // Some named: every unnamed entry must be a lone identifier, a name
    // that takes the type of the next named entry. Like gc, look from right
    // to left and report the leftmost entry that breaks the rule: a type
    // without a name, or a name with no type after it.
    Pos errPos;
    Expr *typ = nullptr;
    for (size_t i = entries.size(); i-- > 0;) {
      auto &e = entries[i];
      if (e.name) {
        typ = e.type;
      } else if (llvm::isa<Ident>(e.type)) {
        if (!typ)
          errPos = e.type->pos();
      } else {
        typ = e.type;
        errPos = e.type->pos();
      }
    }
    if (errPos.isValid())
      error(errPos, DiagKind::MixedNamedUnnamed);
    llvm::SmallVector<Ident *, 4> names;
    for (auto &e : entries) {
      if (!e.name) {
        if (auto *id = llvm::dyn_cast<Ident>(e.type))
          names.push_back(id);
        continue;
      }
      names.push_back(e.name);
      fields.push_back(ctx_.make<Field>(names.front()->pos(), ctx_.copy<Ident *>(names), e.type, nullptr));
      names.clear();
    }
  }
  return ctx_.make<FieldList>(pos(c->L_PAREN()), ctx_.copy<Field *>(fields), pos(c->R_PAREN()));
}

FieldList *Builder::typeParameters(G::TypeParametersContext *c) {
  llvm::SmallVector<Field *, 4> fields;
  if (broken(c))
    return ctx_.make<FieldList>(pos(c), llvm::ArrayRef<Field *>(), pos(c));
  for (auto *d : c->typeParameterDecl()) {
    if (broken(d))
      continue;
    auto names = identifierList(d->identifierList());
    fields.push_back(ctx_.make<Field>(pos(d), names, typeElem(d->typeElem()), nullptr));
  }
  return ctx_.make<FieldList>(pos(c->L_BRACKET()), ctx_.copy<Field *>(fields), pos(c->R_BRACKET()));
}

Expr *Builder::typeElem(G::TypeElemContext *c) {
  if (broken(c))
    return badExpr(c);
  for (auto *t : c->typeTerm())
    if (broken(t))
      return badExpr(c);
  Expr *result = nullptr;
  auto terms = c->typeTerm();
  auto ors = c->OR();
  for (size_t i = 0; i < terms.size(); ++i) {
    Expr *t = type(terms[i]->type_());
    if (auto *tilde = terms[i]->TILDE())
      t = ctx_.make<UnaryExpr>(pos(tilde), Op::Tilde, t);
    result = result ? ctx_.make<BinaryExpr>(pos(ors[i - 1]), Op::Or, result, t) : t;
  }
  return result;
}

Expr *Builder::interfaceType(G::InterfaceTypeContext *c) {
  if (broken(c))
    return badExpr(c);
  llvm::SmallVector<Field *, 8> elems;
  for (auto *e : c->interfaceElem()) {
    if (broken(e) || (e->methodSpec() && broken(e->methodSpec())))
      continue;
    if (auto *m = e->methodSpec()) {
      if (auto *tp = m->typeParameters())
        error(pos(tp), DiagKind::InterfaceMethodTypeParams);
      FieldList *params = parameters(m->parameters(), false);
      FieldList *results = m->result() ? result(m->result()) : nullptr;
      auto *ft = ctx_.make<FuncType>(pos(m->parameters()), nullptr, params, results);
      elems.push_back(ctx_.make<Field>(pos(m), ctx_.copy<Ident *>({ident(m->IDENTIFIER())}), ft, nullptr));
    } else {
      Expr *t = typeElem(e->typeElem());
      elems.push_back(ctx_.make<Field>(pos(e), llvm::ArrayRef<Ident *>(), t, nullptr));
    }
  }
  auto *list = ctx_.make<FieldList>(pos(c->L_BRACE()), ctx_.copy<Field *>(elems), pos(c->R_BRACE()));
  return ctx_.make<InterfaceType>(pos(c), list);
}

Expr *Builder::mapType(G::MapTypeContext *c) {
  if (broken(c))
    return badExpr(c);
  auto ts = c->type_();
  return ctx_.make<MapType>(pos(c), type(ts[0]), type(ts[1]));
}

Expr *Builder::channelType(G::ChannelTypeContext *c) {
  if (broken(c))
    return badExpr(c);
  if (auto *s = dynamic_cast<G::SendChanTypeContext *>(c))
    return ctx_.make<ChanType>(pos(c), ChanType::Dir::Send, type(s->type_()));
  if (auto *r = dynamic_cast<G::RecvChanTypeContext *>(c))
    return ctx_.make<ChanType>(pos(c), ChanType::Dir::Recv, type(r->type_()));
  auto *b = static_cast<G::BidiChanTypeContext *>(c);
  return ctx_.make<ChanType>(pos(c), ChanType::Dir::Both, type(b->type_()));
}

Expr *Builder::typeOperand(G::TypeOperandContext *c) {
  if (broken(c))
    return badExpr(c);
  if (Expr *t = sharedTypeLit(c->children[0]))
    return t;
  auto dir = c->RECEIVE() ? ChanType::Dir::Send : ChanType::Dir::Both;
  return ctx_.make<ChanType>(pos(c), dir, type(c->type_()));
}

} // namespace gopp::ast
