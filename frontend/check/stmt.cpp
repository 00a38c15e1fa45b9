// stmt.cpp — statements (spec "Statements") and function bodies.
//
// Each function body is checked in its own scope; at its end, local
// variables that were declared and never used are reported (gc's
// "declared and not used"), then labels (labels.cpp) and the terminating
// statement rule ("missing return", return.cpp).
#include "frontend/check/Checker.h"

namespace gopp::check {

void Checker::funcBody(DeclInfo *decl, const std::string &name, const Signature *sig, const ast::BlockStmt *body,
                       Scope *scope) {
  (void)name;
  Env saved = env_;
  env_ = Env{};
  env_.decl = decl;
  env_.scope = scope;
  env_.sig = sig;
  // A function literal in a constant declaration still sees iota.
  env_.hasIota = saved.hasIota;
  env_.iota = saved.iota;
  bool outer = funcVars_.empty();
  auto savedVars = std::move(funcVars_);
  funcVars_.clear();
  // The body's statements share the scope of the parameters (spec: their
  // scope is the function body).
  info_.scopes[body] = scope;
  stmtList(0, body->list);
  labels(body);
  if (sig->results && sig->results->size() > 0 && !isTerminatingList(body->list, ""))
    errorf(body->rbrace, "missing return");
  usage(nullptr);
  funcVars_ = std::move(savedVars);
  (void)outer;
  env_ = saved;
}

void Checker::usage(Scope *) {
  std::vector<Var *> unused;
  for (Var *v : funcVars_)
    if (!v->used && v->name() != "_")
      unused.push_back(v);
  std::sort(unused.begin(), unused.end(), [](Var *a, Var *b) { return a->pos() < b->pos(); });
  for (Var *v : unused)
    report(v->pos(), fmt::format("declared and not used: {}", v->name().str()), DiagKind::UnusedVariable);
  funcVars_.clear();
}

void Checker::openScope(const ast::Node *node) { env_.scope = newScope(env_.scope, node, false); }
void Checker::closeScope() { env_.scope = env_.scope->parent(); }

void Checker::stmtList(unsigned ctxt, llvm::ArrayRef<ast::Stmt *> list) {
  bool ok = ctxt & FallthroughOk;
  unsigned inner = ctxt & ~(FallthroughOk | FinalSwitchCase);
  // Trailing empty statements do not count for fallthrough.
  size_t n = list.size();
  while (n > 0 && isa<ast::EmptyStmt>(list[n - 1]))
    n--;
  for (size_t i = 0; i < list.size(); i++) {
    unsigned c = inner;
    if (ok && i + 1 == n)
      c |= FallthroughOk;
    else if ((ctxt & FinalSwitchCase) && i + 1 == n)
      c |= FinalSwitchCase;
    stmt(c, list[i]);
  }
}

void Checker::simpleStmt(const ast::Stmt *s) {
  if (s)
    stmt(0, s);
}

namespace {
const char *suspendedMsg(Checker::ExprKind k) {
  switch (k) {
  case Checker::ExprKind::Conversion:
    return "requires function call, not conversion";
  case Checker::ExprKind::Expression:
    return "discards result of";
  default:
    return nullptr;
  }
}
} // namespace

void Checker::stmt(unsigned ctxt, const ast::Stmt *s) {
  unsigned inner = ctxt & ~(FallthroughOk | FinalSwitchCase | InTypeSwitch);
  switch (s->kind()) {
  case ast::Node::Kind::BadStmt:
  case ast::Node::Kind::EmptyStmt:
    return;
  case ast::Node::Kind::DeclStmt:
    declStmt(cast<ast::DeclStmt>(s)->decl);
    return;
  case ast::Node::Kind::LabeledStmt:
    stmt(ctxt, cast<ast::LabeledStmt>(s)->stmt);
    return;
  case ast::Node::Kind::ExprStmt: {
    Operand x;
    ExprKind kind = rawExpr(x, cast<ast::ExprStmt>(s)->x, nullptr, false);
    const char *msg = nullptr;
    switch (x.mode) {
    case Mode::Invalid:
      return;
    case Mode::Builtin:
      msg = "must be called";
      break;
    case Mode::TypeExpr:
      msg = "is not an expression";
      break;
    default:
      if (kind == ExprKind::Statement)
        return;
      msg = "is not used";
    }
    errorf(x.expr->pos(), "{} {}", str(x), msg);
    return;
  }
  case ast::Node::Kind::SendStmt: {
    auto *ss = cast<ast::SendStmt>(s);
    Operand ch, val;
    expr(ch, ss->chan);
    expr(val, ss->value);
    if (ch.invalid() || val.invalid())
      return;
    const Type *u = coreType(ch.type);
    auto *c = dyn_cast_or_null<Chan>(u);
    if (!c) {
      if (!u && isTypeParam(ch.type))
        errorf(s->pos(), "invalid operation: cannot send to {}: no core type", str(ch));
      else
        errorf(s->pos(), "invalid operation: cannot send to non-channel {}", str(ch));
      return;
    }
    if (c->dir == ChanDir::Recv) {
      errorf(s->pos(), "invalid operation: cannot send to receive-only channel {}", str(ch));
      return;
    }
    assignment(val, c->elem, "send");
    return;
  }
  case ast::Node::Kind::IncDecStmt: {
    auto *ids = cast<ast::IncDecStmt>(s);
    Operand x;
    expr(x, ids->x);
    if (x.invalid())
      return;
    if (!isNumeric(x.type)) {
      const char *op = ids->op == ast::Op::Inc ? "++" : "--";
      errorf(ids->x->pos(), "invalid operation: {}{} (non-numeric type {})", str(ids->x), op, str(x.type));
      return;
    }
    Operand one;
    one.mode = Mode::Constant;
    one.type = typ(BasicKind::UntypedInt);
    one.val = constant::Value::makeInt64(1);
    one.expr = ids->x;
    assignVar(ids->x, x);
    return;
  }
  case ast::Node::Kind::AssignStmt: {
    auto *as = cast<ast::AssignStmt>(s);
    switch (as->tok) {
    case ast::AssignStmt::Tok::Define:
      shortVarDecl(as);
      return;
    case ast::AssignStmt::Tok::Assign:
      if (as->lhs.empty() || as->rhs.empty())
        return;
      assignVars(as->lhs, as->rhs);
      return;
    case ast::AssignStmt::Tok::OpAssign: {
      if (as->lhs.size() != 1 || as->rhs.size() != 1) {
        errorf(as->pos(), "assignment operation {}= requires single-valued expressions", ast::spelling(as->op));
        return;
      }
      Operand x;
      // Reuses binary() with the lhs and rhs as operands.
      binary(x, nullptr, as->lhs[0], as->rhs[0], as->op, as->tokPos);
      if (x.invalid())
        return;
      x.expr = as->lhs[0];
      assignVar(as->lhs[0], x);
      return;
    }
    }
    return;
  }
  case ast::Node::Kind::GoStmt:
  case ast::Node::Kind::DeferStmt: {
    bool isGo = isa<ast::GoStmt>(s);
    const ast::Expr *call = isGo ? cast<ast::GoStmt>(s)->call : cast<ast::DeferStmt>(s)->call;
    Operand x;
    ExprKind kind = rawExpr(x, call, nullptr, false);
    if (x.invalid())
      return;
    if (const char *msg = suspendedMsg(kind))
      errorf(x.expr->pos(), "{} {} {}", isGo ? "go" : "defer", msg, str(x));
    return;
  }
  case ast::Node::Kind::ReturnStmt:
    returnStmt(cast<ast::ReturnStmt>(s));
    return;
  case ast::Node::Kind::BranchStmt: {
    // Branches are checked by labels.cpp, as gc's syntax package does.
    return;
  }
  case ast::Node::Kind::BlockStmt:
    openScope(s);
    stmtList(inner, cast<ast::BlockStmt>(s)->list);
    closeScope();
    return;
  case ast::Node::Kind::IfStmt: {
    auto *is = cast<ast::IfStmt>(s);
    openScope(s);
    simpleStmt(is->init);
    Operand x;
    expr(x, is->cond);
    if (!x.invalid() && !isBoolean(x.type))
      errorf(is->cond->pos(), "non-boolean condition in if statement");
    stmt(inner, is->body);
    if (is->elseStmt)
      stmt(inner, is->elseStmt);
    closeScope();
    return;
  }
  case ast::Node::Kind::SwitchStmt:
    switchStmt(inner | BreakOk, cast<ast::SwitchStmt>(s));
    return;
  case ast::Node::Kind::TypeSwitchStmt:
    typeSwitchStmt(inner | BreakOk | InTypeSwitch, cast<ast::TypeSwitchStmt>(s));
    return;
  case ast::Node::Kind::SelectStmt:
    selectStmt(inner | BreakOk, cast<ast::SelectStmt>(s));
    return;
  case ast::Node::Kind::ForStmt:
    forStmt(inner | BreakOk | ContinueOk, cast<ast::ForStmt>(s));
    return;
  case ast::Node::Kind::RangeStmt:
    rangeStmt(inner | BreakOk | ContinueOk, cast<ast::RangeStmt>(s));
    return;
  case ast::Node::Kind::CaseClause:
  case ast::Node::Kind::CommClause:
    errorf(s->pos(), "invalid statement");
    return;
  default:
    return;
  }
}

void Checker::returnStmt(const ast::ReturnStmt *s) {
  const Signature *sig = env_.sig;
  const Tuple *res = sig ? sig->results : nullptr;
  size_t n = res ? res->size() : 0;
  if (s->results.empty()) {
    if (n > 0 && !res->vars[0]->name().empty()) {
      // A naked return: named results must not be shadowed.
      for (Var *v : res->vars) {
        Object *alt = env_.scope->lookupParent(v->name(), s->pos());
        if (alt && alt != v) {
          errorf(s->pos(), "result parameter {} not in scope at return", v->name().str());
        }
      }
      return;
    }
    if (n > 0) {
      std::vector<Var *> lhs(res->vars.begin(), res->vars.end());
      initVars(lhs, s->results, s);
    }
    return;
  }
  if (n == 0) {
    std::vector<const Type *> have;
    for (const ast::Expr *e : s->results) {
      Operand x;
      expr(x, e);
      if (x.invalid())
        return;
      have.push_back(x.type);
    }
    errorf(s->results[0]->pos(), "too many return values\n\thave {}\n\twant ()", typesSummary(have, false));
    return;
  }
  std::vector<Var *> lhs;
  for (Var *v : res->vars) {
    // Results are assigned to copies so that naming does not mark use.
    auto *copy = ctx_.make<Var>(pkg_, v->pos(), v->name(), v->type());
    lhs.push_back(copy);
  }
  initVars(lhs, s->results, s);
}

void Checker::caseValues(Operand &x, llvm::ArrayRef<ast::Expr *> values,
                         std::vector<std::pair<Operand, Pos>> &seen) {
  for (const ast::Expr *e : values) {
    Operand v;
    expr(v, e);
    if (x.invalid() || v.invalid())
      continue;
    convertUntyped(v, x.type);
    if (v.invalid())
      continue;
    Operand res = v;
    Operand xc = x;
    comparison(res, xc, ast::Op::Eql, true, e->pos());
    if (res.invalid())
      continue;
    if (v.mode != Mode::Constant || v.val.kind() == constant::Kind::Bool)
      continue; // gc looks for duplicates among numbers and strings only
    for (auto &[other, pos] : seen) {
      if (other.val.kind() == v.val.kind() && identical(other.type, v.type) &&
          constant::Value::compare(other.val, ast::Op::Eql, v.val)) {
        errorf(e->pos(), "duplicate case {} in expression switch", str(v));
        break;
      }
    }
    seen.emplace_back(v, e->pos());
  }
}

void Checker::switchStmt(unsigned ctxt, const ast::SwitchStmt *s) {
  openScope(s);
  simpleStmt(s->init);
  Operand x;
  if (s->tag) {
    expr(x, s->tag);
    assignment(x, nullptr, "switch expression");
    if (!x.invalid() && !comparable(x.type) && !hasNil(x.type)) {
      errorf(x.expr->pos(), "cannot switch on {} ({} is not comparable)", str(x), str(x.type));
      x.setInvalid();
    }
  } else {
    // A missing switch expression is the boolean value true.
    x.mode = Mode::Constant;
    x.type = typ(BasicKind::Bool);
    x.val = constant::Value::makeBool(true);
    Pos p = s->body->list.empty() ? s->body->rbrace : s->body->list[0]->pos();
    x.expr = ctx_.make<ast::Ident>(p, "true");
  }
  std::vector<std::pair<Operand, Pos>> seen;
  const ast::CaseClause *firstDefault = nullptr;
  size_t n = s->body->list.size();
  for (size_t i = 0; i < n; i++) {
    auto *cc = dyn_cast<ast::CaseClause>(s->body->list[i]);
    if (!cc)
      continue;
    if (cc->isDefault) {
      if (firstDefault)
        errorf(cc->pos(), "multiple defaults in switch");
      else
        firstDefault = cc;
    }
    caseValues(x, cc->list, seen);
    openScope(cc);
    unsigned inner = ctxt;
    if (i + 1 < n)
      inner |= FallthroughOk;
    else
      inner |= FinalSwitchCase;
    stmtList(inner, cc->body);
    closeScope();
  }
  closeScope();
}

void Checker::typeSwitchStmt(unsigned ctxt, const ast::TypeSwitchStmt *s) {
  openScope(s);
  simpleStmt(s->init);
  const ast::Ident *lhs = nullptr;
  const ast::Expr *guard = nullptr;
  if (auto *as = dyn_cast<ast::AssignStmt>(s->assign)) {
    if (!as->lhs.empty())
      lhs = dyn_cast<ast::Ident>(as->lhs[0]);
    if (!as->rhs.empty())
      guard = as->rhs[0];
  } else if (auto *es = dyn_cast<ast::ExprStmt>(s->assign)) {
    guard = es->x;
  }
  auto *ta = guard ? dyn_cast<ast::TypeAssertExpr>(ast::unparen(guard)) : nullptr;
  if (!ta) {
    closeScope();
    return;
  }
  if (lhs && lhs->name == "_") {
    errorf(lhs->pos(), "no new variable on left side of :=");
    lhs = nullptr;
  }
  Operand x;
  expr(x, ta->x);
  if (x.invalid()) {
    closeScope();
    return;
  }
  if (isTypeParam(x.type)) {
    errorf(x.expr->pos(), "cannot use type switch on type parameter value {}", str(x));
    closeScope();
    return;
  }
  auto *iface = dyn_cast_or_null<Interface>(under(x.type));
  if (!iface) {
    errorf(x.expr->pos(), "{} is not an interface", str(x));
    closeScope();
    return;
  }
  recordType(ta, Mode::Value, x.type); // the guard x.(type): x's type
  std::vector<Var *> lhsVars;
  std::vector<std::pair<const Type *, Pos>> seen;
  bool seenNil = false;
  const ast::CaseClause *firstDefault = nullptr;
  for (const ast::Stmt *st : s->body->list) {
    auto *cc = dyn_cast<ast::CaseClause>(st);
    if (!cc)
      continue;
    if (cc->isDefault) {
      if (firstDefault)
        errorf(cc->pos(), "multiple defaults in switch");
      else
        firstDefault = cc;
    }
    const Type *T = nullptr;
    for (const ast::Expr *e : cc->list) {
      // nil is a valid case.
      if (auto *id = dyn_cast<ast::Ident>(ast::unparen(e)); id && id->name == "nil") {
        Object *obj = env_.scope->lookupParent("nil", id->pos());
        if (isa_and_nonnull<Nil>(obj)) {
          recordUse(id, obj);
          recordType(e, Mode::Value, typ(BasicKind::UntypedNil));
          if (seenNil)
            errorf(e->pos(), "multiple nil cases in type switch (first at {})", "");
          seenNil = true;
          T = nullptr;
          continue;
        }
      }
      const Type *t = varType(e);
      T = t;
      if (isInvalid(t))
        continue;
      bool dup = false;
      for (auto &[other, pos] : seen)
        if (identical(other, t)) {
          errorf(e->pos(), "duplicate case {} in type switch", str(t));
          dup = true;
          break;
        }
      if (!dup)
        seen.emplace_back(t, e->pos());
      Operand y = x;
      typeAssertion(e, y, t, true);
    }
    openScope(cc);
    if (lhs) {
      const Type *vt = (cc->list.size() != 1 || !T) ? x.type : T;
      auto *v = ctx_.make<Var>(pkg_, lhs->pos(), lhs->name, vt);
      env_.scope->insert(v);
      info_.implicits[cc] = v;
      lhsVars.push_back(v);
    }
    stmtList(ctxt, cc->body);
    closeScope();
  }
  if (lhs) {
    bool used = false;
    for (Var *v : lhsVars) {
      used |= v->used;
      v->used = true;
    }
    if (!used)
      report(lhs->pos(), fmt::format("declared and not used: {}", lhs->name.str()), DiagKind::UnusedVariable);
    auto *v = ctx_.make<Var>(pkg_, lhs->pos(), lhs->name, x.type);
    recordDef(lhs, v);
  }
  closeScope();
}

void Checker::selectStmt(unsigned ctxt, const ast::SelectStmt *s) {
  for (const ast::Stmt *st : s->body->list) {
    auto *cc = dyn_cast<ast::CommClause>(st);
    if (!cc)
      continue;
    bool valid = false;
    const ast::Stmt *comm = cc->comm;
    if (!comm) {
      valid = true;
    } else if (isa<ast::SendStmt>(comm)) {
      valid = true;
    } else if (auto *as = dyn_cast<ast::AssignStmt>(comm)) {
      if (as->rhs.size() == 1)
        if (auto *u = dyn_cast<ast::UnaryExpr>(ast::unparen(as->rhs[0])); u && u->op == ast::Op::Arrow)
          valid = true;
    } else if (auto *es = dyn_cast<ast::ExprStmt>(comm)) {
      if (auto *u = dyn_cast<ast::UnaryExpr>(ast::unparen(es->x)); u && u->op == ast::Op::Arrow)
        valid = true;
    }
    if (!valid) {
      errorf(comm->pos(), "select case must be send or receive (possibly with assignment)");
      continue;
    }
    openScope(cc);
    if (comm)
      stmt(0, comm);
    stmtList(ctxt, cc->body);
    closeScope();
  }
}

void Checker::forStmt(unsigned ctxt, const ast::ForStmt *s) {
  openScope(s);
  simpleStmt(s->init);
  if (s->cond) {
    Operand x;
    expr(x, s->cond);
    if (!x.invalid() && !isBoolean(x.type))
      errorf(s->cond->pos(), "non-boolean condition in for statement");
  }
  simpleStmt(s->post);
  if (auto *as = dyn_cast_or_null<ast::AssignStmt>(s->post); as && as->tok == ast::AssignStmt::Tok::Define)
    errorf(s->post->pos(), "cannot declare in post statement of for loop");
  stmt(ctxt, s->body);
  closeScope();
}

// The iteration values of a range over x (spec "For statements with
// range clause"), Go 1.23's rules: integers and functions included.
bool Checker::rangeKeyVal(Operand &x, const Type *&key, const Type *&val, std::string &cause) {
  key = val = nullptr;
  const Type *u = coreType(x.type);
  if (!u) {
    cause = str(x.type) + " has no core type";
    return false;
  }
  if (auto *c = dyn_cast<Chan>(u)) {
    if (c->dir == ChanDir::Send) {
      cause = "receive from send-only channel";
      return false;
    }
    key = c->elem;
    return true;
  }
  if (auto *b = dyn_cast<Basic>(u)) {
    if (b->info() & IsString) {
      key = typ(BasicKind::Int);
      val = universe_.runeType();
      return true;
    }
    if (b->info() & IsInteger) {
      if (isUntyped(x.type))
        convertUntyped(x, typ(BasicKind::Int));
      key = x.type;
      return !x.invalid();
    }
    return false;
  }
  if (auto *a = dyn_cast<Array>(u)) {
    key = typ(BasicKind::Int);
    val = a->elem;
    return true;
  }
  if (auto *sl = dyn_cast<Slice>(u)) {
    key = typ(BasicKind::Int);
    val = sl->elem;
    return true;
  }
  if (auto *p = dyn_cast<Pointer>(u)) {
    if (auto *pa = dyn_cast_or_null<Array>(under(p->elem))) {
      key = typ(BasicKind::Int);
      val = pa->elem;
      return true;
    }
    return false;
  }
  if (auto *m = dyn_cast<Map>(u)) {
    key = m->key;
    val = m->elem;
    return true;
  }
  if (auto *sig = dyn_cast<Signature>(u)) {
    const char *prefix = "func must be func(yield func(...) bool): ";
    if (sig->params->size() != 1) {
      cause = std::string(prefix) + "wrong argument count";
      return false;
    }
    if (sig->results->size() != 0) {
      cause = std::string(prefix) + "unexpected results";
      return false;
    }
    auto *cb = dyn_cast_or_null<Signature>(coreType(sig->params->at(0)));
    if (!cb) {
      cause = std::string(prefix) + "argument is not func";
      return false;
    }
    if (cb->params->size() > 2) {
      cause = std::string(prefix) + "yield func has too many parameters";
      return false;
    }
    if (cb->results->size() != 1 || !identical(cb->results->at(0), typ(BasicKind::Bool))) {
      if (cb->results->size() == 1 && isBoolean(cb->results->at(0)))
        cause = std::string(prefix) + "yield func returns user-defined boolean, not bool";
      else
        cause = std::string(prefix) + "yield func does not return bool";
      return false;
    }
    if (cb->params->size() >= 1)
      key = cb->params->at(0);
    if (cb->params->size() >= 2)
      val = cb->params->at(1);
    return true;
  }
  return false;
}

void Checker::rangeStmt(unsigned ctxt, const ast::RangeStmt *s) {
  Operand x;
  expr(x, s->x);
  const Type *key = nullptr, *val = nullptr;
  if (!x.invalid()) {
    std::string cause;
    Operand orig = x;
    bool ok = rangeKeyVal(x, key, val, cause);
    if (!ok && !cause.empty())
      errorf(x.expr->pos(), "cannot range over {}: {}", str(orig), cause);
    else if (!ok)
      errorf(x.expr->pos(), "cannot range over {}", str(orig));
    else if (s->value && !val)
      errorf(s->value->pos(), "range over {} permits only one iteration variable", str(orig));
    else if (s->key && !key)
      errorf(s->key->pos(), "range over {} permits no iteration variables", str(orig));
    else if (s->extra)
      errorf(ast::startPos(s->extra), "range clause permits at most two iteration variables");
    if (!ok)
      key = val = nullptr;
  }
  openScope(s);
  const ast::Expr *lhs[2] = {s->key, s->value};
  const Type *rhs[2] = {key, val};
  if (s->tok == ast::AssignStmt::Tok::Define && s->key) {
    std::vector<Var *> vars;
    for (int i = 0; i < 2; i++) {
      if (!lhs[i])
        continue;
      Var *obj;
      if (auto *id = dyn_cast<ast::Ident>(lhs[i])) {
        obj = ctx_.make<Var>(pkg_, id->pos(), id->name, nullptr);
        recordDef(id, obj);
        if (id->name != "_")
          vars.push_back(obj);
      } else {
        errorf(lhs[i]->pos(), "cannot declare {}", str(lhs[i]));
        obj = ctx_.make<Var>(pkg_, lhs[i]->pos(), "_", nullptr);
      }
      if (rhs[i]) {
        Operand y;
        y.mode = Mode::Value;
        y.expr = lhs[i];
        y.type = rhs[i];
        initVar(obj, y, "range clause");
      } else {
        obj->setType(invalidType());
        obj->used = true;
      }
    }
    if (vars.empty()) {
      errorf(s->pos(), "no new variables on left side of :=");
    }
    for (Var *v : vars) {
      env_.scope->insert(v);
      funcVars_.push_back(v);
    }
  } else if (s->key) {
    for (int i = 0; i < 2; i++) {
      if (!lhs[i] || !rhs[i])
        continue;
      Operand y;
      y.mode = Mode::Value;
      y.expr = lhs[i];
      y.type = rhs[i];
      assignVar(lhs[i], y, "range clause");
    }
  }
  stmt(ctxt, s->body);
  closeScope();
}

} // namespace gopp::check
