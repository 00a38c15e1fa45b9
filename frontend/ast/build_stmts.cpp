// build_stmts.cpp — builds statements (spec "Statements").
//
//  - Empty statements are dropped, except after a label (`L: }`), where the
//    label needs a statement to stand on.
//  - Header statements (`if`/`for`/`switch`) come from the *NoLit rules and
//    build the same nodes as their full forms.
//  - Rules the grammar leaves open are checked here with go/parser's or gc's
//    wording: the left side of `:=`, `go`/`defer` of something that is not a
//    call, the number of expressions on the left of `range` and in `select`
//    cases.
#include "frontend/ast/Builder.h"

#include "GoLexer.h"
#include "frontend/ast/Dump.h"

namespace gopp::ast {

using grammar::GoLexer;

namespace {

antlr4::ParserRuleContext *rule(antlr4::tree::ParseTree *t) {
  return dynamic_cast<antlr4::ParserRuleContext *>(t);
}

Op assignOpOf(G::AssignOpContext *c) {
  switch (c->getStart()->getType()) {
  case GoLexer::PLUS_ASSIGN: return Op::Add;
  case GoLexer::MINUS_ASSIGN: return Op::Sub;
  case GoLexer::OR_ASSIGN: return Op::Or;
  case GoLexer::CARET_ASSIGN: return Op::Xor;
  case GoLexer::STAR_ASSIGN: return Op::Mul;
  case GoLexer::DIV_ASSIGN: return Op::Quo;
  case GoLexer::MOD_ASSIGN: return Op::Rem;
  case GoLexer::LSHIFT_ASSIGN: return Op::Shl;
  case GoLexer::RSHIFT_ASSIGN: return Op::Shr;
  case GoLexer::AMPERSAND_ASSIGN: return Op::And;
  case GoLexer::BIT_CLEAR_ASSIGN: return Op::AndNot;
  default: return Op::Add; // plain '=' (tok says so)
  }
}

} // namespace

BlockStmt *Builder::block(G::BlockContext *c) {
  // A block is built even after recovery inside it: its statements are.
  if (!c || c->exception || !c->statementList())
    return ctx_.make<BlockStmt>(c ? pos(c) : Pos{}, llvm::ArrayRef<Stmt *>(), c ? pos(c) : Pos{});
  Pos rbrace = c->R_BRACE() ? pos(c->R_BRACE()) : endPos(c);
  return ctx_.make<BlockStmt>(pos(c), statementList(c->statementList()), rbrace);
}

llvm::ArrayRef<Stmt *> Builder::statementList(G::StatementListContext *c) {
  llvm::SmallVector<Stmt *, 16> list;
  for (auto *s : c->statement())
    if (Stmt *st = statement(s))
      list.push_back(st);
  return ctx_.copy<Stmt *>(list);
}

Stmt *Builder::assign(Pos p, llvm::ArrayRef<Expr *> lhs, AssignStmt::Tok tok, Op op, Pos tokPos,
                      llvm::ArrayRef<Expr *> rhs) {
  // A non-name on the left of := is the type checker's error in gc
  // ("non-name a.b on left side of :="), reported with the package's others.
  return ctx_.make<AssignStmt>(p, lhs, tok, op, tokPos, rhs);
}

// The operand of go or defer; gc: "expression in go must be function call"
// (not said again for an expression that already failed to parse).
Expr *Builder::callOperand(G::ExpressionContext *c, const char *keyword) {
  Expr *call = expr(c);
  const Expr *x = unparen(call);
  if (!llvm::isa<CallExpr>(x) && !llvm::isa<BadExpr>(x))
    error(call->pos(), DiagKind::NotACall, keyword);
  return call;
}

Stmt *Builder::statement(G::StatementContext *c) {
  if (broken(c) || c->children.empty())
    return badStmt(c);
  // Each kind of statement is one child context; all but blocks (which keep
  // their good statements) are dropped whole if recovery broke them.
  auto *inner = dynamic_cast<antlr4::ParserRuleContext *>(c->children[0]);
  if (!inner || (!dynamic_cast<G::BlockContext *>(inner) && broken(inner)))
    return badStmt(c);
  if (auto *d = c->declaration()) {
    if (auto *g = llvm::dyn_cast<GenDecl>(declaration(d)))
      return ctx_.make<DeclStmt>(pos(d), g);
    return badStmt(d);
  }
  if (auto *l = c->labeledStmt()) {
    Ident *label = ident(l->IDENTIFIER());
    Stmt *s = l->statement() ? statement(l->statement()) : nullptr;
    if (!s)
      s = ctx_.make<EmptyStmt>(l->statement() ? pos(l->statement()) : endPos(l));
    return ctx_.make<LabeledStmt>(pos(l), label, s);
  }
  if (auto *s = c->simpleStmt())
    return simpleStmt(s);
  if (auto *g = c->goStmt())
    return ctx_.make<GoStmt>(pos(g), callOperand(g->expression(), "go"));
  if (auto *d = c->deferStmt()) {
    return ctx_.make<DeferStmt>(pos(d), callOperand(d->expression(), "defer"));
  }
  if (auto *r = c->returnStmt()) {
    llvm::ArrayRef<Expr *> results;
    if (r->expressionList())
      results = exprList(r->expressionList());
    return ctx_.make<ReturnStmt>(pos(r), results);
  }
  if (auto *b = c->breakStmt())
    return ctx_.make<BranchStmt>(pos(b), BranchStmt::Tok::Break, b->IDENTIFIER() ? ident(b->IDENTIFIER()) : nullptr);
  if (auto *b = c->continueStmt())
    return ctx_.make<BranchStmt>(pos(b), BranchStmt::Tok::Continue,
                                 b->IDENTIFIER() ? ident(b->IDENTIFIER()) : nullptr);
  if (auto *g = c->gotoStmt())
    return ctx_.make<BranchStmt>(pos(g), BranchStmt::Tok::Goto, ident(g->IDENTIFIER()));
  if (auto *f = c->fallthroughStmt())
    return ctx_.make<BranchStmt>(pos(f), BranchStmt::Tok::Fallthrough, nullptr);
  if (auto *b = c->block())
    return block(b);
  if (auto *i = c->ifStmt())
    return ifStmt(i);
  if (auto *s = c->switchStmt())
    return switchStmt(s);
  if (auto *s = c->selectStmt())
    return selectStmt(s);
  if (auto *f = c->forStmt())
    return forStmt(f);
  return ctx_.make<BadStmt>(pos(c));
}

Stmt *Builder::simpleStmt(antlr4::ParserRuleContext *c) {
  // expressionList [ (assignOp | ":=") expressionList | "<-" expression | "++" | "--" ]
  if (broken(c))
    return badStmt(c);
  auto &ch = c->children;
  llvm::ArrayRef<Expr *> lhs = exprList(rule(ch[0]));
  Pos p = lhs.front()->pos();
  if (ch.size() == 1) {
    if (lhs.size() > 1)
      error(lhs[0]->pos(), DiagKind::SyntaxError, "expected 1 expression");
    return ctx_.make<ExprStmt>(p, lhs[0]);
  }
  if (auto *op = dynamic_cast<G::AssignOpContext *>(ch[1])) {
    bool plain = op->ASSIGN() != nullptr;
    return assign(p, lhs, plain ? AssignStmt::Tok::Assign : AssignStmt::Tok::OpAssign, assignOpOf(op), pos(op),
                  exprList(rule(ch[2])));
  }
  auto *tok = static_cast<antlr4::tree::TerminalNode *>(ch[1]);
  size_t type = tok->getSymbol()->getType();
  if (type == GoLexer::DEFINE)
    return assign(p, lhs, AssignStmt::Tok::Define, Op::Add, pos(tok), exprList(rule(ch[2])));
  if (lhs.size() > 1)
    error(lhs[0]->pos(), DiagKind::SyntaxError, "expected 1 expression");
  if (type == GoLexer::RECEIVE)
    return ctx_.make<SendStmt>(p, lhs[0], expr(rule(ch[2])));
  return ctx_.make<IncDecStmt>(p, lhs[0], type == GoLexer::PLUS_PLUS ? Op::Inc : Op::Dec);
}

namespace {

// The primary expression `y.(type)` at the top of a header simple
// statement `[x :=] y.(type)`, if it is one.
antlr4::ParserRuleContext *typeSwitchGuardOf(G::SimpleStmtNoLitContext *s) {
  if (!s || s->exception)
    return nullptr;
  auto lists = s->expressionListNoLit();
  if (lists.empty())
    return nullptr;
  auto *list = lists.back(); // the right side of :=, or the lone expression
  if (lists.size() == 2 && !s->DEFINE())
    return nullptr;
  // TypeSwitchGuard = [ identifier ":=" ] PrimaryExpr "." "(" "type" ")" .
  if (lists.size() == 2 && (lists[0]->expressionNoLit().size() != 1 ||
                            !dynamic_cast<G::PrimaryExpressionNoLitContext *>(lists[0]->expressionNoLit(0)) ||
                            lists[0]->getStart()->getType() != GoLexer::IDENTIFIER ||
                            lists[0]->getStart() != lists[0]->getStop()))
    return nullptr;
  if (list->expressionNoLit().size() != 1)
    return nullptr;
  auto *e = dynamic_cast<G::PrimaryExpressionNoLitContext *>(list->expressionNoLit(0));
  if (!e)
    return nullptr;
  auto *guard = e->primaryExprNoLit();
  return dynamic_cast<G::TypeSwitchGuardNoLitContext *>(guard) ? guard : nullptr;
}

} // namespace

// A statement where a header needs an expression: gc says "cannot use
// x := 0 as value" at the statement's operator.
Expr *Builder::headerValue(Stmt *s) {
  if (auto *e = llvm::dyn_cast<ExprStmt>(s))
    return e->x;
  Pos at = s->pos();
  if (auto *a = llvm::dyn_cast<AssignStmt>(s))
    at = a->tokPos;
  error(at, DiagKind::SyntaxError, "cannot use " + stmtString(s) + " as value");
  return ctx_.make<BadExpr>(s->pos());
}

Stmt *Builder::ifStmt(G::IfStmtContext *c) {
  if (broken(c) || c->block().empty() || c->block()[0]->exception)
    return badStmt(c);
  // `if x {`: the one statement is the condition; `if init; cond {`.
  bool hasSemi = c->SEMI() != nullptr;
  Stmt *init = hasSemi && c->init ? simpleStmt(c->init) : nullptr;
  G::SimpleStmtNoLitContext *condCtx = hasSemi ? c->cond : c->init;
  headerValue_ = true; // `if x := 0 {` is "cannot use ... as value", not a non-name error
  Stmt *condStmt = condCtx ? simpleStmt(condCtx) : nullptr;
  headerValue_ = false;
  Expr *cond = nullptr;
  if (condStmt) {
    cond = headerValue(condStmt);
  } else if (!hasSemi) { // `if {`
    error(pos(c->block()[0]), DiagKind::SyntaxError, "missing condition in if statement");
  } else if (c->SEMI()->getSymbol()->getText() == "newline") { // `if x⏎{`
    error(pos(c->SEMI()), DiagKind::SyntaxError, "unexpected newline, expected { after if clause");
  } else { // `if x; {`
    error(pos(c->SEMI()), DiagKind::SyntaxError, "missing condition in if statement");
  }
  if (!cond)
    cond = ctx_.make<BadExpr>(pos(c));
  auto blocks = c->block();
  BlockStmt *body = block(blocks[0]);
  Stmt *elseStmt = nullptr;
  if (c->ifStmt())
    elseStmt = ifStmt(c->ifStmt());
  else if (blocks.size() > 1)
    elseStmt = block(blocks[1]);
  return ctx_.make<IfStmt>(pos(c), init, cond, body, elseStmt);
}

Stmt *Builder::switchStmt(G::SwitchStmtContext *c) {
  if (broken(c))
    return badStmt(c);
  // `switch x {`: the one statement is the tag; `switch init; tag {`.
  G::SimpleStmtNoLitContext *tagCtx = c->SEMI() ? c->tag : c->init;
  Stmt *init = c->SEMI() && c->init ? simpleStmt(c->init) : nullptr;
  antlr4::ParserRuleContext *guard = typeSwitchGuardOf(tagCtx);
  typeSwitchGuard_ = guard;
  headerValue_ = !guard;
  Stmt *tagStmt = tagCtx ? simpleStmt(tagCtx) : nullptr;
  headerValue_ = false;
  typeSwitchGuard_ = nullptr;

  llvm::SmallVector<Stmt *, 8> clauses;
  for (auto *cc : c->caseClause()) {
    if (broken(cc))
      continue;
    llvm::ArrayRef<Expr *> list;
    if (cc->expressionList())
      list = exprList(cc->expressionList());
    Pos colon = pos(cc->COLON());
    clauses.push_back(ctx_.make<CaseClause>(pos(cc), list, cc->DEFAULT() != nullptr, colon,
                                            statementList(cc->statementList())));
  }
  auto *body = ctx_.make<BlockStmt>(pos(c->L_BRACE()), ctx_.copy<Stmt *>(clauses), pos(c->R_BRACE()));
  if (guard)
    return ctx_.make<TypeSwitchStmt>(pos(c), init, tagStmt, body);
  Expr *tag = tagStmt ? headerValue(tagStmt) : nullptr;
  return ctx_.make<SwitchStmt>(pos(c), init, tag, body);
}

Stmt *Builder::selectStmt(G::SelectStmtContext *c) {
  if (broken(c))
    return badStmt(c);
  llvm::SmallVector<Stmt *, 8> clauses;
  for (auto *cc : c->commClause()) {
    if (broken(cc))
      continue;
    Stmt *comm = cc->simpleStmt() ? simpleStmt(cc->simpleStmt()) : nullptr;
    if (auto *a = llvm::dyn_cast_or_null<AssignStmt>(comm)) {
      if (a->tok == AssignStmt::Tok::OpAssign || a->rhs.size() != 1)
        error(a->pos(), DiagKind::SyntaxError, "select case must be receive, send or assign recv");
      else if (a->lhs.size() > 2)
        error(a->lhs[0]->pos(), DiagKind::SyntaxError, "expected 1 or 2 expressions");
    } else if (comm && !llvm::isa<ExprStmt>(comm) && !llvm::isa<SendStmt>(comm)) {
      error(comm->pos(), DiagKind::SyntaxError, "select case must be receive, send or assign recv");
    }
    Pos colon = pos(cc->COLON());
    clauses.push_back(ctx_.make<CommClause>(pos(cc), comm, colon, statementList(cc->statementList())));
  }
  auto *body = ctx_.make<BlockStmt>(pos(c->L_BRACE()), ctx_.copy<Stmt *>(clauses), pos(c->R_BRACE()));
  return ctx_.make<SelectStmt>(pos(c), body);
}

Stmt *Builder::forStmt(G::ForStmtContext *c) {
  // A body that failed to open means the header ended in a syntax error:
  // say nothing more about this statement (gc does not either).
  if (broken(c) || (c->forHeader() && broken(c->forHeader())) || c->block()->exception)
    return badStmt(c);
  BlockStmt *body = block(c->block());
  G::ForHeaderContext *h = c->forHeader();
  if (!h)
    return ctx_.make<ForStmt>(pos(c), nullptr, nullptr, nullptr, body);
  if (auto *r = dynamic_cast<G::RangeNoVarsContext *>(h))
    return ctx_.make<RangeStmt>(pos(c), nullptr, nullptr, AssignStmt::Tok::Assign, expr(r->expressionNoLit()),
                                body);
  if (auto *r = dynamic_cast<G::RangeWithVarsContext *>(h)) {
    auto lhs = exprList(r->expressionListNoLit());
    auto tok = r->DEFINE() ? AssignStmt::Tok::Define : AssignStmt::Tok::Assign;
    auto *rs = ctx_.make<RangeStmt>(pos(c), lhs[0], lhs.size() > 1 ? lhs[1] : nullptr, tok,
                                    expr(r->expressionNoLit()), body);
    // More than two variables parse (as in gc); the checker reports the
    // third once it knows the range expression is valid.
    if (lhs.size() > 2)
      rs->extra = lhs[2];
    return rs;
  }
  G::SimpleStmtNoLitContext *initCtx = nullptr, *postCtx = nullptr;
  G::ExpressionNoLitContext *condCtx = nullptr;
  bool clause = true;
  if (auto *f = dynamic_cast<G::ForClauseNoInitContext *>(h)) {
    condCtx = f->cond, postCtx = f->post;
  } else {
    auto *g = static_cast<G::ForClauseOrCondContext *>(h);
    initCtx = g->init, condCtx = g->cond, postCtx = g->post;
    clause = !g->SEMI().empty();
  }
  headerValue_ = !clause;
  Stmt *init = initCtx ? simpleStmt(initCtx) : nullptr;
  headerValue_ = false;
  if (!clause) // `for cond {`: as in an if, a statement is "cannot use ... as value"
    return ctx_.make<ForStmt>(pos(c), nullptr, headerValue(init), nullptr, body);
  Expr *cond = condCtx ? expr(condCtx) : nullptr;
  Stmt *post = postCtx ? simpleStmt(postCtx) : nullptr;
  if (auto *a = llvm::dyn_cast_or_null<AssignStmt>(post); a && a->tok == AssignStmt::Tok::Define)
    error(a->pos(), DiagKind::SyntaxError, "cannot declare in post statement of for loop");
  return ctx_.make<ForStmt>(pos(c), init, cond, post, body);
}

} // namespace gopp::ast
