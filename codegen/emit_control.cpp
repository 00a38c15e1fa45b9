// emit_control.cpp — for, range, switch and type switch statements.
//
// Lowering:
//  - A 3-clause for loop whose init declares one variable and whose post
//    statement is an assignment to a variable becomes a C++ for loop.
//    Otherwise (several variables, tuple posts, or a loop variable that a
//    closure captures and the loop changes) the loop is
//        { init; for (bool gopp_first = true;; gopp_first = false) {
//            if (!gopp_first) { post } if (!cond) break; { body } } }
//    and a captured loop variable is re-allocated at the top of each
//    iteration from the previous iteration's value, before post runs: Go
//    1.22's per-iteration variables. A condition or post statement that
//    needs gc's order of evaluation (order.cpp) takes this form too.
//  - range evaluates its operand once; over slices and arrays it counts
//    to the length taken at the start; over strings it decodes UTF-8 as
//    `for range` does (U+FFFD, width 1, for invalid bytes); over maps it
//    uses go::MapIter (random start, honours deletions); over integers
//    it counts from 0. Iteration variables are declared in the body, one
//    per iteration.
//  - Every loop iteration starts with go::sched::pollLoop() (gopp/sched.h),
//    the preemption point, except in the loop shapes loop_shapes.cpp
//    recognises (short counted loops, chunked, stepped and versioned
//    loops).
//  - switch is an if/else chain over a tag evaluated once, cases tested in
//    source order with the default last. A switch with fallthrough jumps
//    between case labels instead. break inside a switch is a goto to a
//    label after it.
//  - A type switch compares the dynamic type's descriptor (concrete
//    cases) or looks up an itab (interface cases).
#include "codegen/Emitter.h"

namespace gopp::codegen {

namespace {
int labelCounter = 0;
}

std::string Emitter::loopLabels(BranchTarget &t, const std::string &label) {
  int n = labelCounter++;
  t.label = label;
  t.breakLabel = fmt::format("gopp_break{}", n);
  t.continueLabel = fmt::format("gopp_continue{}", n);
  return t.breakLabel;
}


// Closes an if chain of cases (`first`: no case was emitted), with the
// default clause's code, if any, as its final else.
void Emitter::closeIfChain(bool first, const std::function<void()> &deflt) {
  if (deflt) {
    if (first)
      out->line("{{");
    else
      out->line("}} else {{");
    out->indent();
    deflt();
    out->dedent();
  }
  if (!first || deflt)
    out->line("}}");
}

// Ends a switch or select: pops its branch target, places its break
// label if a break jumped to it, and closes the block it opened.
void Emitter::endBreakable() {
  BranchTarget done = fn->targets.back();
  fn->targets.pop_back();
  if (done.breakUsed)
    out->line("{}:;", done.breakLabel);
  out->dedent();
  out->line("}}");
}

void Emitter::closeLoop() {
  if (!pendingBreak_.empty())
    out->line("{}:;", pendingBreak_);
  pendingBreak_.clear();
}

// The post statement as a C++ expression, when it is one.
std::string Emitter::postExpr(const ast::Stmt *post) {
  if (!post)
    return "";
  if (auto *i = dyn_cast<ast::IncDecStmt>(post); i && isa<ast::Ident>(ast::unparen(i->x))) {
    const Type *t = typeOf(i->x);
    std::string x = lvalue(i->x);
    std::string one = constValue(constant::Value::makeInt64(1), t);
    return fmt::format("{} = {}", x, arith(i->op == ast::Op::Inc ? ast::Op::Add : ast::Op::Sub, x, one, t));
  }
  if (auto *a = dyn_cast<ast::AssignStmt>(post);
      a && a->lhs.size() == 1 && a->rhs.size() == 1 && isa<ast::Ident>(ast::unparen(a->lhs[0])) &&
      !cast<ast::Ident>(ast::unparen(a->lhs[0]))->isBlank()) {
    std::string x = lvalue(a->lhs[0]);
    if (a->tok == ast::AssignStmt::Tok::Assign)
      return fmt::format("{} = {}", x, expr(a->rhs[0]));
    if (a->tok == ast::AssignStmt::Tok::OpAssign)
      return fmt::format("{} = {}", x, opValue(a->op, x, paren(a->rhs[0]), typeOf(a->lhs[0]), a->rhs[0]));
  }
  return "\x01"; // not an expression
}

void Emitter::forStmt(const ast::ForStmt *f, const std::string &label) {
  BranchTarget t{f, "", "", "", true};
  loopLabels(t, label);
  t.plainBreak = t.plainContinue = true;
  // Variables the init declares, and whether any is boxed.
  std::vector<const Var *> loopVars;
  if (auto *a = dyn_cast_or_null<ast::AssignStmt>(f->init); a && a->tok == ast::AssignStmt::Tok::Define)
    for (const ast::Expr *l : a->lhs)
      if (auto *id = dyn_cast<ast::Ident>(l))
        if (auto *v = dyn_cast_or_null<Var>(info->defs.lookup(id)))
          loopVars.push_back(v);
  bool anyBoxed = false;
  for (const Var *v : loopVars)
    anyBoxed |= isBoxed(v);
  out->line("{{");
  out->indent();
  // An init that declares nothing (`i = 0`) runs before the loop as it
  // is; one declared variable that is not boxed is declared there too.
  // Several variables, or boxed ones, need the general form.
  auto *initAssign = dyn_cast_or_null<ast::AssignStmt>(f->init);
  bool declares = initAssign && initAssign->tok == ast::AssignStmt::Tok::Define;
  bool simpleInit = !f->init || !declares || (loopVars.size() == 1 && !anyBoxed && initAssign->rhs.size() == 1);
  std::string post = postExpr(f->post);
  // A condition or post statement that needs gc's order (order.cpp) takes
  // the general form, where each is evaluated as a statement of its own.
  OrderOperand condOp[] = {{f->cond, true, false}};
  std::vector<OrderOperand> postOps = f->post ? statementOperands(f->post) : std::vector<OrderOperand>{};
  bool ordered = (f->cond && needsOrder(condOp)) || (!postOps.empty() && needsOrder(postOps));
  if (simpleInit && post != "\x01" && !anyBoxed && !ordered) {
    if (f->init)
      stmt(f->init);
    std::string cond = f->cond ? expr(f->cond) : "";
    if (auto c = shortCountedLoop(f) ? std::nullopt : chunkedLoop(f)) {
      // Counting up from a non-negative start, v stays in [start, bound).
      auto *vid = cast<ast::Ident>(ast::unparen(c->var));
      const Var *v = cast<Var>(info->objectOf(vid));
      bool startsNonNeg = false;
      if (initAssign && initAssign->lhs.size() == 1 && initAssign->rhs.size() == 1 && c->up)
        if (auto *lid = dyn_cast<ast::Ident>(ast::unparen(initAssign->lhs[0])))
          startsNonNeg = info->objectOf(lid) == v && nonNeg(initAssign->rhs[0]);
      bool small = startsNonNeg && smallNonNeg(cast<ast::BinaryExpr>(ast::unparen(f->cond))->y);
      if (small)
        smallNonNeg_.insert(v);
      out->line("while ({}) {{", cond);
      out->indent();
      loopChunk(cppType(typeOf(c->var)), expr(c->var), c->bound, c->up, c->inclusive, post, f->body, t, nullptr,
                startsNonNeg);
      out->dedent();
      out->line("}}");
      smallNonNeg_.erase(v);
    } else if (auto sl = shortCountedLoop(f) ? std::nullopt : steppedLoop(f)) {
      emitSteppedLoop(f, cond, *sl, t);
    } else {
      out->line("for (; {}; {}) {{", cond, post);
      out->indent();
      loopBody(f->body, t, nullptr, !shortCountedLoop(f));
      out->dedent();
      out->line("}}");
    }
  } else if (auto sl = anyBoxed || ordered ? std::nullopt : versionedLoop(f)) {
    if (f->init)
      stmt(f->init);
    emitVersionedLoop(f, *sl, t);
  } else {
    // General form; boxed loop variables are held through pointers that
    // each iteration re-points at a fresh copy.
    std::vector<std::pair<const Var *, std::string>> boxes;
    if (f->init) {
      auto *a = dyn_cast<ast::AssignStmt>(f->init);
      if (a && a->tok == ast::AssignStmt::Tok::Define && anyBoxed) {
        std::vector<std::string> vals;
        for (const ast::Expr *r : a->rhs) {
          std::string tv = temp();
          out->line("auto {} = {};", tv, expr(r));
          vals.push_back(tv);
        }
        if (a->rhs.size() == 1 && a->lhs.size() > 1)
          unsupported(f->pos(), "a multi-value loop initialiser with captured variables");
        for (size_t i = 0; i < a->lhs.size(); i++) {
          auto *v = dyn_cast_or_null<Var>(info->defs.lookup(cast<ast::Ident>(a->lhs[i])));
          if (!v)
            continue;
          if (isBoxed(v)) {
            std::string p = temp("p");
            out->line("{} *{} = go::newObject<{}>({});", cppType(v->type()), p, cppType(v->type()), vals[i]);
            boxes.push_back({v, p});
          } else {
            declareVar(v, vals[i]);
          }
        }
      } else {
        stmt(f->init);
      }
    }
    if (f->post || !boxes.empty())
      out->line("for (bool gopp_first = true;; gopp_first = false) {{");
    else
      out->line("for (;;) {{");
    out->indent();
    for (auto &[v, p] : boxes) {
      std::string ct = cppType(v->type());
      out->line("if (!gopp_first) {} = go::newObject<{}>(*{});", p, ct, p);
      out->line("{} &{} = *{};", ct, varName(v), p);
    }
    if (f->post) {
      out->line("if (!gopp_first) {{");
      out->indent();
      stmt(f->post);
      out->dedent();
      out->line("}}");
    }
    if (f->cond)
      inOrder(condOp, [&] { out->line("if (!({})) break;", expr(f->cond)); });
    loopBody(f->body, t, nullptr);
    out->dedent();
    out->line("}}");
  }
  closeLoop();
  out->dedent();
  out->line("}}");
}

void Emitter::rangeStmt(const ast::RangeStmt *r, const std::string &label) {
  BranchTarget t{r, "", "", "", true};
  loopLabels(t, label);
  t.plainBreak = t.plainContinue = true;
  const Type *xt = under(typeOf(r->x));
  bool define = r->tok == ast::AssignStmt::Tok::Define;
  auto present = [](const ast::Expr *e) {
    auto *id = dyn_cast_or_null<ast::Ident>(e ? ast::unparen(e) : nullptr);
    return e && !(id && id->isBlank());
  };
  bool hasKey = present(r->key), hasValue = present(r->value);
  // Binds the iteration variables (declared per iteration, or assigned).
  auto bind = [&](const ast::Expr *e, const std::string &v) {
    if (!present(e))
      return;
    if (define) {
      auto *var = cast<Var>(info->defs.lookup(cast<ast::Ident>(e)));
      declareVar(var, v);
    } else {
      storeTo(e, v);
    }
  };
  // Binds both; assigned, it is one assignment (`for i, x[i] = range`
  // indexes x with the old i): the places' operands first, then the stores.
  auto bindBoth = [&](const std::string &k, const std::string &v) {
    if (define || !hasKey || !hasValue) {
      bind(r->key, k);
      bind(r->value, v);
      return;
    }
    out->line("{{");
    out->indent();
    parallelStore({r->key, r->value}, {k, v});
    out->dedent();
    out->line("}}");
  };
  out->line("{{");
  out->indent();
  // The range expression, evaluated once, in gc's order (order.cpp).
  OrderOperand xop[] = {{r->x, true, false}};
  std::vector<const ast::Expr *> hoisted = orderStatement(xop);
  if (auto *b = dyn_cast<Basic>(xt); b && (b->info() & IsInteger)) {
    std::string n = temp("n"), i = temp("i");
    std::string ct = cppType(typeOf(r->x));
    if (isUntyped(typeOf(r->x)))
      ct = "int64_t";
    if (hasKey)
      ct = cppType(typeOf(r->key));
    out->line("{} {} = {};", ct, n, expr(r->x));
    countedRange(ct, i, n, "++" + i, r->body, t, [&] { bind(r->key, i); });
  } else if (auto *b = dyn_cast<Basic>(xt); b && (b->info() & IsString)) {
    std::string s = temp("s"), i = temp("i"), w = temp("w"), rn = temp("r");
    out->line("go::String {} = {};", s, expr(r->x));
    out->line("int64_t {} = 0;", w);
    countedRange("int64_t", i, s + ".n", i + " += " + w, r->body, t, [&] {
      std::string d = temp("d");
      out->line("go::DecodedRune {} = go::decodeRune({}.p + {}, {}.n - {});", d, s, i, s, i);
      out->line("{} = {}.w;", w, d);
      out->line("{}int32_t {} = {}.r;", hasValue ? "" : "[[maybe_unused]] ", rn, d);
      bindBoth(i, rn);
    });
  } else if (auto *m = dyn_cast<Map>(xt)) {
    std::string it = temp("it"), k = temp("k"), v = temp("v");
    out->line("go::MapIter<{}, {}> {}({});", cppType(m->key), cppType(m->elem), it, expr(r->x));
    out->line("{} {}{{}};", cppType(m->key), k);
    out->line("[[maybe_unused]] {} {}{{}};", cppType(m->elem), v);
    out->line("while ({}.next(&{}, {})) {{", it, k, hasValue ? "&" + v : std::string("nullptr"));
    out->indent();
    loopBody(r->body, t, [&] { bindBoth(k, v); });
  } else if (auto *ch = dyn_cast<Chan>(coreType(typeOf(r->x)))) {
    // Receives until the channel is closed and drained.
    std::string c = temp("ch"), v = temp("v");
    out->line("auto {} = {};", c, expr(r->x));
    out->line("for (;;) {{");
    out->indent();
    out->line("{} {}{{}};", cppType(ch->elem), v);
    out->line("if (!go::chanRecv2<{}>({}, &{}))", cppType(ch->elem), c, v);
    out->line("  break;");
    loopBody(r->body, t, [&] { bind(r->key, v); });
  } else {
    // Slices, arrays and pointers to arrays.
    std::string x = temp("x"), i = temp("i"), n = temp("n");
    const Type *elem = nullptr;
    std::string len, at;
    if (auto *s = dyn_cast<Slice>(xt)) {
      elem = s->elem;
      out->line("[[maybe_unused]] auto {} = {};", x, expr(r->x));
      len = x + ".len()";
      at = x + ".p[" + i + "]";
    } else if (auto *a = dyn_cast<Array>(xt)) {
      elem = a->elem;
      if (hasValue)
        out->line("auto {} = {};", x, expr(r->x)); // the array is copied
      else if (isImpure(r->x))
        out->line("(void)({});", expr(r->x));
      len = std::to_string(a->len);
      at = x + ".a[" + i + "]";
    } else if (auto *p = dyn_cast<Pointer>(xt); p && isa<Array>(under(p->elem))) {
      auto *a = cast<Array>(under(p->elem));
      elem = a->elem;
      out->line("[[maybe_unused]] auto {} = {};", x, expr(r->x));
      if (hasValue)
        out->line("go::nilcheck({});", x);
      len = std::to_string(a->len);
      at = x + "->a[" + i + "]";
    } else {
      unsupported(r->pos(), "range over this type (channels and functions come later)");
    }
    (void)elem;
    out->line("int64_t {} = {};", n, len);
    const Var *key = define && hasKey ? dyn_cast_or_null<Var>(info->defs.lookup(cast<ast::Ident>(r->key))) : nullptr;
    if (key && rangeKeySmall(key, xt, elem, r->body))
      smallNonNeg_.insert(key);
    countedRange("int64_t", i, n, "++" + i, r->body, t, [&] { bindBoth(i, at); });
    smallNonNeg_.erase(key);
  }
  for (const ast::Expr *h : hoisted)
    overrides_.erase(h);
  out->dedent();
  out->line("}}");
  closeLoop();
  out->dedent();
  out->line("}}");
}

// ---------------------------------------------------------------- switch

void Emitter::switchStmt(const ast::SwitchStmt *s, const std::string &label) {
  BranchTarget t{s, "", "", "", false};
  loopLabels(t, label);
  out->line("{{");
  out->indent();
  if (s->init)
    stmt(s->init);
  std::string tag;
  const Type *tagT = nullptr;
  if (s->tag) {
    tag = temp("tag");
    tagT = typeOf(s->tag);
    // A case of interface type makes the checker record the tag's
    // conversion to that interface; the tag keeps its own type here and
    // is boxed only in the comparisons with such cases (condOf).
    auto conv = info->conversions.find(s->tag);
    bool boxedForCase = conv != info->conversions.end() && isa<Interface>(under(conv->second)) &&
                        !isa<Interface>(under(tagT));
    OrderOperand ops[] = {{s->tag, true, false}};
    inOrder(ops, [&] {
      out->line("{} {} = {};", cppType(tagT), tag, boxedForCase ? rawExpr(s->tag) : expr(s->tag));
    });
  }
  std::vector<const ast::CaseClause *> clauses;
  for (const ast::Stmt *st : s->body->list)
    clauses.push_back(cast<ast::CaseClause>(st));
  auto condOf = [&](const ast::CaseClause *c) {
    std::string cond;
    for (const ast::Expr *e : c->list) {
      std::string one;
      // A case value that needs gc's order evaluates it in a lambda.
      std::string ordered = isNilExpr(e) ? "" : orderedExpr(e);
      auto value = [&] { return ordered.empty() ? paren(e) : ordered; };
      if (!s->tag && isa<Interface>(under(typeOf(e))))
        one = value() + " == go::box(&go::boolType, true)"; // switch { case i: } compares true with i
      else if (!s->tag)
        one = ordered.empty() ? expr(e) : ordered;
      else if (isNilExpr(e))
        one = isa<Slice>(under(tagT)) || isa<Interface>(under(tagT)) || isa<Signature>(under(tagT))
                  ? tag + ".isNil()"
                  : tag + " == nullptr";
      else if (isa<Interface>(under(typeOf(e))) && !isa<Interface>(under(tagT)))
        one = convertValue(tag, tagT, typeOf(e)) + " == " + value();
      else
        one = tag + " == " + value();
      cond += (cond.empty() ? "" : " || ") + (c->list.size() > 1 ? "(" + one + ")" : one);
    }
    return cond;
  };
  bool fallthrough = false;
  for (const ast::CaseClause *c : clauses)
    if (!c->body.empty())
      if (auto *b = dyn_cast<ast::BranchStmt>(c->body.back()); b && b->tok == ast::BranchStmt::Tok::Fallthrough)
        fallthrough = true;
  fn->targets.push_back(t);
  const ast::CaseClause *deflt = nullptr;
  for (const ast::CaseClause *c : clauses)
    if (c->isDefault)
      deflt = c;
  if (!fallthrough) {
    bool first = true;
    for (const ast::CaseClause *c : clauses) {
      if (c->isDefault)
        continue;
      out->line("{}if ({}) {{", first ? "" : "} else ", condOf(c));
      first = false;
      out->indent();
      stmtList(c->body);
      out->dedent();
    }
    closeIfChain(first, deflt ? std::function<void()>([&] { stmtList(deflt->body); }) : nullptr);
  } else {
    int n = labelCounter++;
    std::vector<std::string> labels;
    for (size_t i = 0; i < clauses.size(); i++)
      labels.push_back(fmt::format("gopp_case{}_{}", n, i));
    for (size_t i = 0; i < clauses.size(); i++)
      if (!clauses[i]->isDefault)
        out->line("if ({}) goto {};", condOf(clauses[i]), labels[i]);
    std::string end = fn->targets.back().breakLabel;
    fn->targets.back().breakUsed = true;
    for (size_t i = 0; i < clauses.size(); i++)
      if (clauses[i]->isDefault)
        out->line("goto {};", labels[i]);
    out->line("goto {};", end);
    for (size_t i = 0; i < clauses.size(); i++) {
      out->line("{}:", labels[i]);
      std::string saved = fallthroughLabel_;
      fallthroughLabel_ = i + 1 < clauses.size() ? labels[i + 1] : end;
      out->line("{{");
      out->indent();
      stmtList(clauses[i]->body);
      out->dedent();
      out->line("}}");
      fallthroughLabel_ = saved;
      bool endsFall = !clauses[i]->body.empty() && isa<ast::BranchStmt>(clauses[i]->body.back()) &&
                      cast<ast::BranchStmt>(clauses[i]->body.back())->tok == ast::BranchStmt::Tok::Fallthrough;
      if (!endsFall)
        out->line("goto {};", end);
    }
  }
  endBreakable();
}

void Emitter::typeSwitchStmt(const ast::TypeSwitchStmt *s, const std::string &label) {
  BranchTarget t{s, "", "", "", false};
  loopLabels(t, label);
  out->line("{{");
  out->indent();
  if (s->init)
    stmt(s->init);
  const ast::Expr *guard = nullptr;
  if (auto *a = dyn_cast<ast::AssignStmt>(s->assign))
    guard = a->rhs[0];
  else
    guard = cast<ast::ExprStmt>(s->assign)->x;
  auto *ta = cast<ast::TypeAssertExpr>(ast::unparen(guard));
  std::string x = temp("x");
  const Type *xt = typeOf(ta->x);
  OrderOperand ops[] = {{ta->x, true, false}}; // the guard's operand, in gc's order (order.cpp)
  inOrder(ops, [&] { out->line("go::Iface {} = {};", x, expr(ta->x)); });
  fn->targets.push_back(t);
  bool first = true;
  const ast::CaseClause *deflt = nullptr;
  auto bindVar = [&](const ast::CaseClause *c) {
    auto it = info->implicits.find(c);
    if (it == info->implicits.end())
      return;
    auto *v = cast<Var>(it->second);
    const Type *vt = sub(v->type()); // case T in an instance: T's argument
    std::string val;
    if (c->list.size() == 1 && !isUntypedNil(typeOf(c->list[0])) && !isa<Interface>(under(vt)))
      val = fmt::format("go::unboxData<{}>({}.data)", cppType(vt), x);
    else if (isa<Interface>(under(vt)) && !types::identical(vt, xt))
      val = fmt::format("go::convertIface({}, {})", x, ifaceMethods(vt).empty() ? "&go::anyType" : typeDesc(vt));
    else
      val = x;
    std::string name = varName(v);
    if (isBoxed(v))
      out->line("[[maybe_unused]] {} &{} = *go::newObject<{}>({});", cppType(vt), name, cppType(vt), val);
    else
      out->line("[[maybe_unused]] {} {} = {};", cppType(vt), name, val);
  };
  for (const ast::Stmt *st : s->body->list) {
    auto *c = cast<ast::CaseClause>(st);
    if (c->isDefault) {
      deflt = c;
      continue;
    }
    std::string cond;
    for (const ast::Expr *e : c->list) {
      const Type *ct = typeOf(e);
      std::string one;
      if (isUntypedNil(ct))
        one = x + ".tab == nullptr";
      else if (isa<Interface>(under(ct)))
        one = ifaceMethods(ct).empty()
                  ? x + ".tab != nullptr"
                  : fmt::format("({0}.tab && go::findItab({0}.type(), {1}) != nullptr)", x, typeDesc(ct));
      else
        one = fmt::format("{}.type() == {}", x, typeDesc(ct));
      cond += (cond.empty() ? "" : " || ") + one;
    }
    out->line("{}if ({}) {{", first ? "" : "} else ", cond);
    first = false;
    out->indent();
    bindVar(c);
    stmtList(c->body);
    out->dedent();
  }
  closeIfChain(first, deflt ? std::function<void()>([&] {
    bindVar(deflt);
    stmtList(deflt->body);
  })
                             : nullptr);
  endBreakable();
}

} // namespace gopp::codegen
