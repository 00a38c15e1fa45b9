// build_exprs.cpp — builds expressions (spec "Expressions").
//
//  - Each function here serves both the full expression rules and their
//    *NoLit copies used in statement headers: the trees have the same shape,
//    so they are walked by children, not by generated accessors.
//  - Binary expressions are left-deep; they are built with a loop down the
//    left spine, so a long chain (`a + b + c + …`) needs no deep recursion.
//  - `<-chan T` in an expression parses as a receive from `chan T`; as in
//    go/parser, a receive applied to a channel type becomes a receive-only
//    channel type (re-associating `<-chan chan T` as `<-chan (chan T)`).
#include "frontend/ast/Builder.h"

#include "GoLexer.h"
#include "frontend/syntax/Literals.h"

namespace gopp::ast {

using grammar::GoLexer;

namespace {

Op binaryOp(antlr4::tree::ParseTree *t) {
  auto *tok = dynamic_cast<antlr4::tree::TerminalNode *>(t);
  size_t type = tok ? tok->getSymbol()->getType()
                    : static_cast<antlr4::ParserRuleContext *>(t)->getStart()->getType();
  switch (type) {
  case GoLexer::STAR: return Op::Mul;
  case GoLexer::DIV: return Op::Quo;
  case GoLexer::MOD: return Op::Rem;
  case GoLexer::LSHIFT: return Op::Shl;
  case GoLexer::RSHIFT: return Op::Shr;
  case GoLexer::AMPERSAND: return Op::And;
  case GoLexer::BIT_CLEAR: return Op::AndNot;
  case GoLexer::PLUS: return Op::Add;
  case GoLexer::MINUS: return Op::Sub;
  case GoLexer::OR: return Op::Or;
  case GoLexer::CARET: return Op::Xor;
  case GoLexer::EQUALS: return Op::Eql;
  case GoLexer::NOT_EQUALS: return Op::Neq;
  case GoLexer::LESS: return Op::Lss;
  case GoLexer::LESS_OR_EQUALS: return Op::Leq;
  case GoLexer::GREATER: return Op::Gtr;
  case GoLexer::GREATER_OR_EQUALS: return Op::Geq;
  case GoLexer::LOGICAL_AND: return Op::LogAnd;
  default: return Op::LogOr;
  }
}

Op unaryOp(size_t type) {
  switch (type) {
  case GoLexer::PLUS: return Op::Add;
  case GoLexer::MINUS: return Op::Sub;
  case GoLexer::EXCLAMATION: return Op::Not;
  case GoLexer::CARET: return Op::Xor;
  case GoLexer::AMPERSAND: return Op::And;
  case GoLexer::TILDE: return Op::Tilde;
  default: return Op::Arrow;
  }
}

antlr4::ParserRuleContext *rule(antlr4::tree::ParseTree *t) {
  return dynamic_cast<antlr4::ParserRuleContext *>(t);
}

} // namespace

llvm::ArrayRef<Expr *> Builder::exprList(antlr4::ParserRuleContext *c) {
  if (broken(c))
    return ctx_.copy<Expr *>({badExpr(c)});
  llvm::SmallVector<Expr *, 4> list;
  for (auto *child : c->children)
    if (auto *r = rule(child))
      list.push_back(expr(r));
  return ctx_.copy<Expr *>(list);
}

Expr *Builder::expr(antlr4::ParserRuleContext *c) {
  // Walk down the left spine of binary expressions, then build upwards.
  llvm::SmallVector<antlr4::ParserRuleContext *, 16> spine;
  if (broken(c))
    return badExpr(c);
  while (c->children.size() == 3) {
    spine.push_back(c);
    c = rule(c->children[0]);
    if (broken(c))
      return badExpr(c);
  }
  Expr *x = c->children.size() == 2 ? unaryExpr(c) : primaryExpr(rule(c->children[0]));
  for (auto it = spine.rbegin(); it != spine.rend(); ++it) {
    auto *b = *it;
    Expr *y = expr(rule(b->children[2]));
    antlr4::tree::ParseTree *opNode = b->children[1];
    Pos opPos = dynamic_cast<antlr4::tree::TerminalNode *>(opNode)
                    ? pos(static_cast<antlr4::tree::TerminalNode *>(opNode))
                    : pos(rule(opNode));
    x = ctx_.make<BinaryExpr>(opPos, binaryOp(opNode), x, y);
  }
  return x;
}

// unaryOp expression
Expr *Builder::unaryExpr(antlr4::ParserRuleContext *c) {
  if (broken(c))
    return badExpr(c);
  const antlr4::Token *opTok = rule(c->children[0])->getStart();
  Pos p = pos(opTok);
  Expr *x = expr(rule(c->children[1]));
  switch (opTok->getType()) {
  case GoLexer::STAR:
    return ctx_.make<StarExpr>(p, x);
  case GoLexer::RECEIVE:
    if (auto *ch = llvm::dyn_cast<ChanType>(x); ch && ch->dir == ChanType::Dir::Both)
      return ctx_.make<ChanType>(p, ChanType::Dir::Recv, ch->value); // <-chan T
    return ctx_.make<UnaryExpr>(p, Op::Arrow, x);
  default:
    return ctx_.make<UnaryExpr>(p, unaryOp(opTok->getType()), x);
  }
}

namespace {

// spec (Composite literals): "The LiteralType's core type T must be a struct,
// array, slice, or map type"; syntactically (gc's isLiteralType) a type
// name, a qualified or instantiated one, or such a type literal.
bool isLiteralType(const Expr *x) {
  switch (x->kind()) {
  case Node::Kind::Ident:
  case Node::Kind::ArrayType:
  case Node::Kind::StructType:
  case Node::Kind::MapType:
    return true;
  case Node::Kind::SelectorExpr:
    return llvm::isa<Ident>(llvm::cast<SelectorExpr>(x)->x);
  case Node::Kind::IndexExpr: {
    const Expr *base = llvm::cast<IndexExpr>(x)->x;
    return llvm::isa<Ident>(base) ||
           (llvm::isa<SelectorExpr>(base) && llvm::isa<Ident>(llvm::cast<SelectorExpr>(base)->x));
  }
  default:
    return false;
  }
}

} // namespace

Expr *Builder::primaryExpr(antlr4::ParserRuleContext *c) {
  if (broken(c))
    return badExpr(c);
  auto &ch = c->children;
  bool isLiteralTypePosition = literalTypeNext_;
  literalTypeNext_ = false;
  // typeOperand literalValue (the header form of a composite literal)
  if (ch.size() == 2 && dynamic_cast<G::TypeOperandContext *>(ch[0])) {
    Expr *type = typeOperand(static_cast<G::TypeOperandContext *>(ch[0]));
    return compositeLit(type->pos(), type, static_cast<G::LiteralValueContext *>(ch[1]));
  }
  // The operand alternatives start with a token or a type literal; the
  // postfix ones with a primary expression.
  if (!dynamic_cast<G::PrimaryExprContext *>(ch[0]) && !dynamic_cast<G::PrimaryExprNoLitContext *>(ch[0])) {
    // `([...]T){}` is reported as a parenthesized type, not as [...]: let
    // the flag reach the expression inside the parentheses.
    literalTypeNext_ = isLiteralTypePosition && isToken(ch[0], GoLexer::L_PAREN);
    Expr *x = operand(c);
    literalTypeNext_ = false;
    // go/parser: `[...]T` must be the type of a composite literal here.
    if (auto *a = llvm::dyn_cast<ArrayType>(x); a && a->len && llvm::isa<Ellipsis>(a->len) && !isLiteralTypePosition)
      error(a->len->pos(), DiagKind::SyntaxError, "invalid use of [...] array (outside a composite literal)");
    return x;
  }

  literalTypeNext_ = dynamic_cast<G::LiteralValueContext *>(ch[1]) != nullptr;
  Expr *x = primaryExpr(rule(ch[0]));
  if (auto *args = dynamic_cast<G::ArgumentsContext *>(ch[1])) {
    if (broken(args))
      return badExpr(args);
    llvm::ArrayRef<Expr *> list;
    if (auto *l = args->expressionList())
      list = exprList(l);
    return ctx_.make<CallExpr>(x->pos(), x, list, args->ELLIPSIS() != nullptr, pos(args->L_PAREN()),
                               pos(args->R_PAREN()));
  }
  if (auto *idx = dynamic_cast<G::IndexContext *>(ch[1]))
    return indexOrSlice(x, idx);
  if (auto *v = dynamic_cast<G::LiteralValueContext *>(ch[1])) {
    if (broken(v))
      return badExpr(v);
    if (auto *p = llvm::dyn_cast<ParenExpr>(x); p && isLiteralType(unparen(p)))
      error(pos(v->L_BRACE()), DiagKind::SyntaxError, "cannot parenthesize type in composite literal");
    else if (!isLiteralType(x))
      error(pos(v->L_BRACE()), DiagKind::SyntaxError, "unexpected {");
    return compositeLit(x->pos(), x, v);
  }
  // DOT ...
  if (isToken(ch[2], GoLexer::IDENTIFIER))
    return ctx_.make<SelectorExpr>(x->pos(), x, ident(static_cast<antlr4::tree::TerminalNode *>(ch[2])));
  if (isToken(ch[3], GoLexer::TYPE)) {
    if (c != typeSwitchGuard_)
      error(x->pos(), DiagKind::SyntaxError, "use of .(type) outside type switch");
    return ctx_.make<TypeAssertExpr>(x->pos(), x, nullptr);
  }
  return ctx_.make<TypeAssertExpr>(x->pos(), x, type(static_cast<G::Type_Context *>(ch[3])));
}

Expr *Builder::indexOrSlice(Expr *x, G::IndexContext *c) {
  if (broken(c))
    return badExpr(c);
  // Expressions fill the slots that colons separate: x[lo:hi:max].
  auto &ch = c->children;
  Pos lbrack = pos(c->L_BRACKET()), rbrack = pos(c->R_BRACKET());
  llvm::SmallVector<Expr *, 4> indices;
  Expr *slots[3] = {nullptr, nullptr, nullptr};
  llvm::SmallVector<Pos, 2> colons;
  for (size_t i = 1; i + 1 < ch.size(); ++i) {
    if (isToken(ch[i], GoLexer::COLON)) {
      colons.push_back(pos(static_cast<antlr4::tree::TerminalNode *>(ch[i])));
      continue;
    }
    if (auto *r = rule(ch[i])) {
      Expr *e = expr(r);
      indices.push_back(e);
      slots[colons.size()] = e;
    }
  }
  if (colons.empty())
    return ctx_.make<IndexExpr>(x->pos(), x, ctx_.copy<Expr *>(indices), lbrack, rbrack);
  bool slice3 = colons.size() == 2;
  // spec: "in a full slice expression ... only the first index may be omitted"
  // (gc reports both, without the "syntax error: " prefix.)
  if (slice3 && !slots[1])
    error(colons[0], DiagKind::SliceIndexRequired, "middle");
  if (slice3 && !slots[2])
    error(colons[1], DiagKind::SliceIndexRequired, "final");
  return ctx_.make<SliceExpr>(x->pos(), x, slots[0], slots[1], slots[2], slice3, lbrack, rbrack);
}

Expr *Builder::operand(antlr4::ParserRuleContext *c) {
  // literal | name | ( expression ) | func literal | type literal
  auto &ch = c->children;
  if (auto *t = dynamic_cast<G::TypeOperandContext *>(ch[0]))
    return typeOperand(t);
  auto *tok = static_cast<antlr4::tree::TerminalNode *>(ch[0]);
  switch (tok->getSymbol()->getType()) {
  case GoLexer::IDENTIFIER:
    return ident(tok);
  case GoLexer::L_PAREN:
    return ctx_.make<ParenExpr>(pos(tok), expr(rule(ch[1])));
  case GoLexer::FUNC: {
    FuncType *t = signature(pos(tok), static_cast<G::SignatureContext *>(ch[1]), nullptr);
    return ctx_.make<FuncLit>(pos(tok), t, block(static_cast<G::BlockContext *>(ch[2])));
  }
  default:
    return literal(tok);
  }
}

Expr *Builder::literal(antlr4::tree::TerminalNode *tok) {
  Pos p = pos(tok);
  if (tok->getSymbol()->getStartIndex() == INVALID_INDEX)
    return ctx_.make<BadExpr>(p); // made up by error recovery
  std::string_view text = this->text(tok);
  switch (tok->getSymbol()->getType()) {
  case GoLexer::RUNE:
    return ctx_.make<BasicLit>(p, BasicLit::LitKind::Rune, ctx_.intern(text));
  case GoLexer::NUMBER: {
    BasicLit::LitKind kind = BasicLit::LitKind::Int;
    switch (syntax::numberKind(text)) {
    case syntax::NumberKind::Int: kind = BasicLit::LitKind::Int; break;
    case syntax::NumberKind::Float: kind = BasicLit::LitKind::Float; break;
    case syntax::NumberKind::Imag: kind = BasicLit::LitKind::Imag; break;
    }
    return ctx_.make<BasicLit>(p, kind, ctx_.intern(text));
  }
  default:
    return ctx_.make<BasicLit>(p, BasicLit::LitKind::String, ctx_.intern(text));
  }
}

BasicLit *Builder::stringLit(G::String_Context *c) {
  if (broken(c) || c->children.empty() || !dynamic_cast<antlr4::tree::TerminalNode *>(c->children[0]))
    return ctx_.make<BasicLit>(c ? pos(c) : Pos{}, BasicLit::LitKind::String, "\"\"");
  auto *tok = static_cast<antlr4::tree::TerminalNode *>(c->children[0]);
  return ctx_.make<BasicLit>(pos(c), BasicLit::LitKind::String, ctx_.intern(text(tok)));
}

Expr *Builder::compositeLit(Pos p, Expr *type, G::LiteralValueContext *v) {
  if (broken(v))
    return ctx_.make<BadExpr>(p);
  llvm::SmallVector<Expr *, 8> elts;
  auto element = [&](G::ElementContext *e) -> Expr * {
    if (broken(e))
      return badExpr(e);
    if (auto *x = e->expression())
      return expr(x);
    return compositeLit(pos(e), nullptr, e->literalValue());
  };
  for (auto *k : v->keyedElement()) {
    if (broken(k))
      continue;
    auto parts = k->element();
    Expr *first = element(parts[0]);
    if (parts.size() == 2)
      elts.push_back(ctx_.make<KeyValueExpr>(pos(k->COLON()), first, element(parts[1])));
    else
      elts.push_back(first);
  }
  return ctx_.make<CompositeLit>(p, type, ctx_.copy<Expr *>(elts), pos(v->L_BRACE()), pos(v->R_BRACE()));
}

} // namespace gopp::ast
