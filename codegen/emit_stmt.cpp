// emit_stmt.cpp — statements (spec "Statements").
//
// Lowering:
//  - Blocks, if, expression statements and simple assignments map to the
//    C++ statements of the same shape.
//  - Assignments follow Go's two phases: the index and pointer operands on
//    the left and every value on the right are evaluated first, left to
//    right, into temporaries when there are several; then the places are
//    indexed (bounds and nil checks) and assigned left to right (so
//    `a, b = b, a` swaps, and `s[i] = f()` calls f before s[i] panics).
//    m[k] = v is go::mapSet.
//  - A variable that escapes (see emit_closure.cpp) is declared as a
//    reference to a fresh heap object; each loop iteration declares its
//    own, which gives Go 1.22's per-iteration loop variables.
//  - Labelled break and continue, break out of a switch, and continue in
//    loops whose post statement is not a C++ expression become gotos to
//    labels placed just outside the block they leave.
#include "codegen/Emitter.h"

namespace gopp::codegen {

void Emitter::block(const ast::BlockStmt *b) {
  out->line("{{");
  out->indent();
  stmtList(b->list);
  out->dedent();
  out->line("}}");
}

void Emitter::stmtList(llvm::ArrayRef<ast::Stmt *> list) {
  for (const ast::Stmt *s : list)
    stmt(s);
}

void Emitter::declareVar(const Var *v, const std::string &init) {
  std::string t = cppType(v->type());
  writing_++;
  std::string name = varName(v);
  writing_--;
  std::string mark = unusedMarker(v);
  if (isBoxed(v) && init == zeroValue(v->type())) // zeroed by the allocator, no temporary
    out->line("{}{} &{} = *go::newObject<{}>();", mark, t, name, t);
  else if (isBoxed(v))
    out->line("{}{} &{} = *go::newObject<{}>({});", mark, t, name, t, init);
  else
    out->line("{}{} {} = {};", mark, t, name, init);
}

// A statement, its order points first when it needs them (order.cpp):
// in a block of their own, except for declarations, whose variables stay
// in scope (Go lets no goto jump over a declaration, so none jumps over
// the temporaries either).
void Emitter::stmt(const ast::Stmt *s) {
  lineDirective(s->pos());
  std::vector<OrderOperand> ops = statementOperands(s);
  if (ops.empty() || !needsOrder(ops))
    return plainStmt(s);
  auto *a = dyn_cast<ast::AssignStmt>(s);
  bool scoped = !isa<ast::DeclStmt>(s) && !(a && a->tok == ast::AssignStmt::Tok::Define);
  if (scoped) {
    out->line("{{");
    out->indent();
  }
  std::vector<const ast::Expr *> hoisted = hoistStatement(ops);
  plainStmt(s);
  for (const ast::Expr *h : hoisted)
    overrides_.erase(h);
  if (scoped) {
    out->dedent();
    out->line("}}");
  }
}

void Emitter::plainStmt(const ast::Stmt *s) {
  switch (s->kind()) {
  case ast::Node::Kind::EmptyStmt:
    return;
  case ast::Node::Kind::BlockStmt:
    return block(cast<ast::BlockStmt>(s));
  case ast::Node::Kind::ExprStmt: {
    std::string e = expr(cast<ast::ExprStmt>(s)->x);
    out->line("{};", e);
    return;
  }
  case ast::Node::Kind::DeclStmt: {
    auto *g = cast<ast::DeclStmt>(s)->decl;
    if (g->tok != ast::GenDecl::Tok::Var)
      return; // constants are inlined; types were hoisted
    for (const ast::Decl *d : g->specs) {
      auto *vs = cast<ast::ValueSpec>(d);
      if (vs->values.size() == 1 && vs->names.size() > 1) {
        // var a, b = f() / m[k] / x.(T)
        std::vector<const Type *> targets;
        for (const ast::Ident *id : vs->names) {
          auto *v = dyn_cast_or_null<Var>(info->defs.lookup(id));
          targets.push_back(v && !id->isBlank() ? v->type() : nullptr);
        }
        std::vector<std::string> vals = multiValue(vs->values[0], targets);
        for (size_t i = 0; i < vs->names.size(); i++) {
          auto *v = dyn_cast_or_null<Var>(info->defs.lookup(vs->names[i]));
          if (v && !vs->names[i]->isBlank())
            declareVar(v, vals[i]);
        }
        continue;
      }
      std::vector<std::string> vals;
      for (size_t i = 0; i < vs->names.size(); i++) {
        auto *v = dyn_cast_or_null<Var>(info->defs.lookup(vs->names[i]));
        std::string init = i < vs->values.size() ? expr(vs->values[i]) : (v ? zeroValue(v->type()) : "");
        if (!v || vs->names[i]->isBlank()) {
          if (i < vs->values.size())
            out->line("(void)({});", init);
          continue;
        }
        declareVar(v, init);
      }
    }
    return;
  }
  case ast::Node::Kind::AssignStmt: {
    auto *a = cast<ast::AssignStmt>(s);
    if (a->tok == ast::AssignStmt::Tok::OpAssign)
      return opAssign(a);
    if (a->tok == ast::AssignStmt::Tok::Define)
      return define(a);
    return assign(a);
  }
  case ast::Node::Kind::IncDecStmt:
    return incDec(cast<ast::IncDecStmt>(s));
  case ast::Node::Kind::IfStmt: {
    auto *i = cast<ast::IfStmt>(s);
    OrderOperand cond[] = {{i->cond, true, false}};
    bool ordered = needsOrder(cond);
    bool scoped = i->init != nullptr || ordered;
    if (scoped) {
      out->line("{{");
      out->indent();
    }
    if (i->init)
      stmt(i->init);
    std::vector<const ast::Expr *> hoisted = ordered ? hoistStatement(cond) : std::vector<const ast::Expr *>{};
    out->line("if ({}) {{", expr(i->cond));
    for (const ast::Expr *h : hoisted)
      overrides_.erase(h);
    out->indent();
    stmtList(i->body->list);
    out->dedent();
    if (i->elseStmt) {
      out->line("}} else {{");
      out->indent();
      if (auto *eb = dyn_cast<ast::BlockStmt>(i->elseStmt))
        stmtList(eb->list);
      else
        stmt(i->elseStmt);
      out->dedent();
    }
    out->line("}}");
    if (scoped) {
      out->dedent();
      out->line("}}");
    }
    return;
  }
  case ast::Node::Kind::ForStmt:
    return forStmt(cast<ast::ForStmt>(s), "");
  case ast::Node::Kind::RangeStmt:
    return rangeStmt(cast<ast::RangeStmt>(s), "");
  case ast::Node::Kind::SwitchStmt:
    return switchStmt(cast<ast::SwitchStmt>(s), "");
  case ast::Node::Kind::TypeSwitchStmt:
    return typeSwitchStmt(cast<ast::TypeSwitchStmt>(s), "");
  case ast::Node::Kind::LabeledStmt: {
    auto *l = cast<ast::LabeledStmt>(s);
    std::string label = l->label->name.str();
    if (gotoLabels_.count(label))
      out->line("{}:;", cppName("L_" + label));
    switch (l->stmt->kind()) {
    case ast::Node::Kind::ForStmt:
      return forStmt(cast<ast::ForStmt>(l->stmt), label);
    case ast::Node::Kind::RangeStmt:
      return rangeStmt(cast<ast::RangeStmt>(l->stmt), label);
    case ast::Node::Kind::SwitchStmt:
      return switchStmt(cast<ast::SwitchStmt>(l->stmt), label);
    case ast::Node::Kind::TypeSwitchStmt:
      return typeSwitchStmt(cast<ast::TypeSwitchStmt>(l->stmt), label);
    case ast::Node::Kind::SelectStmt:
      return selectStmt(cast<ast::SelectStmt>(l->stmt), label);
    default:
      return stmt(l->stmt);
    }
  }
  case ast::Node::Kind::BranchStmt:
    return branchStmt(cast<ast::BranchStmt>(s));
  case ast::Node::Kind::ReturnStmt:
    return returnStmt(cast<ast::ReturnStmt>(s));
  case ast::Node::Kind::DeferStmt:
    return deferStmt(cast<ast::DeferStmt>(s));
  case ast::Node::Kind::GoStmt:
    return goStmt(cast<ast::GoStmt>(s));
  case ast::Node::Kind::SelectStmt:
    return selectStmt(cast<ast::SelectStmt>(s), "");
  case ast::Node::Kind::SendStmt:
    return sendStmt(cast<ast::SendStmt>(s));
  default:
    unsupported(s->pos(), std::string("statement ") + std::string(s->kindName()));
  }
}

// ------------------------------------------------------------ assignment

namespace {
bool isBlankIdent(const ast::Expr *e) {
  auto *id = dyn_cast<ast::Ident>(ast::unparen(e));
  return id && id->isBlank();
}
} // namespace

// Phase one of an assignment to lhs: the place, as a C++ lvalue or a map
// slot, with its operands evaluated now when `hoist` is set (placeOperands;
// `assigned` holds the variables the statement assigns as a whole). The
// lvalue's text then indexes and dereferences those values at the store.
struct Emitter::Place {
  enum Kind { Blank, Lvalue, MapSlot } kind;
  std::string text; // the lvalue, or the map
  std::string key;  // MapSlot
  std::string mapArgs; // MapSlot: "K, V"
  const Type *type = nullptr;
};

Emitter::Place Emitter::place(const ast::Expr *lhs, bool hoist, const llvm::DenseSet<const Var *> &assigned) {
  Place p;
  if (isBlankIdent(lhs)) {
    p.kind = Place::Blank;
    return p;
  }
  p.type = typeOf(lhs);
  const ast::Expr *e = ast::unparen(lhs);
  std::vector<const ast::Expr *> hoisted;
  if (hoist)
    placeOperands(e, assigned, hoisted);
  if (auto *ix = dyn_cast<ast::IndexExpr>(e); ix && isa<Map>(under(typeOf(ix->x)))) {
    p.kind = Place::MapSlot;
    auto *mt = cast<Map>(under(typeOf(ix->x)));
    p.mapArgs = cppType(mt->key) + ", " + cppType(mt->elem);
    p.text = expr(ix->x);
    p.key = expr(ix->indices[0]);
  } else {
    p.kind = Place::Lvalue;
    writing_++; // the target's variable is written (a field or element of it)
    p.text = lvalue(lhs);
    writing_--;
  }
  for (const ast::Expr *h : hoisted)
    overrides_.erase(h);
  return p;
}

// Evaluates into temporaries, in order, the operands of the index
// expressions and pointer indirections in the place lhs names (the spec's
// phase one of an assignment), recording them in overrides_ (and in
// `hoisted`, for the caller to drop) so that lvalue() reads the temporaries.
// The indexing and the indirection, with their panics, stay in the lvalue
// and happen at the store, as in Go: `s[i], x = 0, f()` calls f before
// s[i] panics, and `p.x, y = 1, 2` with p nil assigns nothing.
//
// An operand that nothing in the statement can change is used in place
// (loopInvariant: constants, unboxed locals the statement does not assign
// as a whole, so `i, s[i] = ...` indexes with the old i, and panic-free
// arithmetic, len and cap of those). This keeps `s[i], s[j] = s[j], s[i]` free of
// temporaries.
//
// A field reached through an embedded pointer keeps the old form: the
// whole place is bound to a reference now, dereferencing in phase one.
void Emitter::placeOperands(const ast::Expr *lhs, const llvm::DenseSet<const Var *> &assigned,
                            std::vector<const ast::Expr *> &hoisted) {
  auto hoist = [&](const ast::Expr *op, bool place) {
    std::string t = temp("l");
    if (place) // lvalue() reads overrides_ too
      out->line("auto &{} = {};", t, lvalue(op));
    else
      out->line("auto {} = {};", t, expr(op));
    overrides_[op] = t;
    hoisted.push_back(op);
  };
  auto value = [&](const ast::Expr *op) {
    if (!loopInvariant(op, assigned)) // same value now and at the store
      hoist(op, false);
  };
  std::function<void(const ast::Expr *)> place = [&](const ast::Expr *e) {
    e = ast::unparen(e);
    if (isa<ast::Ident>(e))
      return; // a variable is a place, not a value
    if (auto *s = dyn_cast<ast::SelectorExpr>(e)) {
      auto it = info->selections.find(s);
      if (it == info->selections.end())
        return; // pkg.Var
      const Type *t = typeOf(s->x);
      const std::vector<int> &path = it->second.index;
      bool viaEmbeddedPointer = false;
      for (size_t i = 0; i + 1 < path.size(); i++) {
        const Type *st = under(t);
        if (auto *p = dyn_cast<Pointer>(st))
          st = under(p->elem);
        t = cast<Struct>(st)->fields[size_t(path[i])]->type();
        viaEmbeddedPointer = viaEmbeddedPointer || isa<Pointer>(under(t));
      }
      if (it->second.kind != check::SelectionKind::FieldVal || viaEmbeddedPointer)
        return hoist(e, true);
      if (isa<Pointer>(under(typeOf(s->x))))
        return value(s->x);
      return place(s->x);
    }
    if (auto *ix = dyn_cast<ast::IndexExpr>(e)) {
      const Type *xt = under(typeOf(ix->x));
      if (isa<Array>(xt))
        place(ix->x);
      else if (isa<Slice>(xt) || isa<Map>(xt) || isa<Pointer>(xt))
        value(ix->x);
      else
        return hoist(e, true);
      return value(ix->indices[0]);
    }
    if (auto *st = dyn_cast<ast::StarExpr>(e))
      return value(st->x);
    hoist(e, true);
  };
  place(lhs);
}

void Emitter::storePlace(const Place &p, const std::string &value) {
  switch (p.kind) {
  case Place::Blank:
    out->line("(void)({});", value);
    return;
  case Place::MapSlot:
    out->line("go::mapSet<{}>({}, {}, {});", p.mapArgs, p.text, p.key, value);
    return;
  case Place::Lvalue:
    // x = x is Go; C++ compilers warn about it.
    out->line("{} = {};", p.text, value == p.text ? "go::id(" + value + ")" : value);
    return;
  }
}

void Emitter::storeTo(const ast::Expr *lhs, const std::string &value) { storePlace(place(lhs, false), value); }

// The values of a multi-value right side (a call, m[k], x.(T)) as temps.
std::vector<std::string> Emitter::multiValue(const ast::Expr *rhs, const std::vector<const Type *> &targets) {
  const ast::Expr *e = ast::unparen(rhs);
  std::vector<std::string> vals;
  // The untyped bool ok of a comma-ok form, assigned to an interface
  // (var v, ok any = m[k]) is boxed; to any bool type it is a bool.
  auto okValue = [&](const std::string &ok) {
    bool boxed = targets.size() > 1 && targets[1] && isa<Interface>(under(sub(targets[1])));
    return boxed ? fmt::format("go::box(&go::boolType, {})", ok) : ok;
  };
  if (auto *ix = dyn_cast<ast::IndexExpr>(e)) {
    auto *m = cast<Map>(under(typeOf(ix->x)));
    std::string v = temp("v"), ok = temp("ok");
    out->line("[[maybe_unused]] {} {}{{}};", cppType(m->elem), v);
    out->line("[[maybe_unused]] bool {} = go::mapLookup({}, {}, &{});", ok, expr(ix->x), expr(ix->indices[0]), v);
    vals = {v, okValue(ok)};
    std::vector<const Type *> from{m->elem, nullptr};
    for (size_t i = 0; i < vals.size() && i < targets.size(); i++)
      if (targets[i] && from[i])
        vals[i] = convertValue(vals[i], from[i], targets[i]);
    return vals;
  }
  if (auto *ta = dyn_cast<ast::TypeAssertExpr>(e)) {
    const Type *to = sub(tv(ta->type)->type);
    std::string v = temp("v"), ok = temp("ok");
    if (isa<Interface>(under(to))) {
      out->line("[[maybe_unused]] go::Iface {};", v);
      out->line("[[maybe_unused]] bool {} = go::assertIfaceOK({}, {}, &{});", ok, expr(ta->x), typeDesc(to), v);
    } else {
      out->line("[[maybe_unused]] {} {}{{}};", cppType(to), v);
      out->line("[[maybe_unused]] bool {} = go::assertTypeOK<{}>({}, {}, &{});", ok, cppType(to), expr(ta->x),
                typeDesc(to), v);
    }
    vals = {v, okValue(ok)};
    if (!targets.empty() && targets[0])
      vals[0] = convertValue(v, to, targets[0]);
    return vals;
  }
  if (auto *u = dyn_cast<ast::UnaryExpr>(e); u && u->op == ast::Op::Arrow) {
    // v, ok := <-ch
    const Type *elem = cast<Chan>(coreType(typeOf(u->x)))->elem;
    std::string v = temp("v"), ok = temp("ok");
    out->line("[[maybe_unused]] {} {}{{}};", cppType(elem), v);
    out->line("[[maybe_unused]] bool {} = go::chanRecv2<{}>({}, &{});", ok, cppType(elem), expr(u->x), v);
    vals = {v, okValue(ok)};
    if (!targets.empty() && targets[0])
      vals[0] = convertValue(v, elem, targets[0]);
    return vals;
  }
  auto *tu = dyn_cast<Tuple>(typeOf(rhs));
  if (!tu)
    unsupported(rhs->pos(), "multi-value assignment of this form");
  std::string t = temp();
  out->line("[[maybe_unused]] auto {} = {};", t, rawExpr(rhs));
  for (size_t i = 0; i < tu->size(); i++) {
    std::string v = fmt::format("std::get<{}>({})", i, t);
    if (i < targets.size() && targets[i])
      v = convertValue(v, tu->at(i), targets[i]);
    vals.push_back(v);
  }
  return vals;
}

void Emitter::assign(const ast::AssignStmt *a) {
  if (a->lhs.size() == 1 && a->rhs.size() == 1) {
    bool hoist = isImpure(a->lhs[0]) && isImpure(a->rhs[0]);
    if (hoist) {
      out->line("{{");
      out->indent();
    }
    Place p = place(a->lhs[0], hoist);
    std::string v = expr(a->rhs[0]);
    // `*p = *q` of arrays that overlap (pointers from converted slices of
    // one array) assigns q's old elements: copied first, as C++'s
    // aggregate copy is a memcpy.
    if (isa<ast::StarExpr>(ast::unparen(a->rhs[0])) && isa<Array>(under(typeOf(a->rhs[0]))))
      v = "go::id(" + v + ")";
    storePlace(p, v);
    if (hoist) {
      out->dedent();
      out->line("}}");
    }
    return;
  }
  out->line("{{");
  out->indent();
  llvm::DenseSet<const Var *> assigned = assignedVars(a->lhs);
  std::vector<Place> places;
  std::vector<std::string> vals;
  // a, s[i] = f(): gc calls f after the places' own calls but before it
  // reads their other operands (order.go's as2func); a comma-ok form
  // reads its operand after them.
  bool callFirst = a->rhs.size() == 1 && isa<ast::CallExpr>(ast::unparen(a->rhs[0]));
  auto multi = [&] {
    std::vector<const Type *> targets;
    for (const ast::Expr *l : a->lhs)
      targets.push_back(isBlankIdent(l) ? nullptr : typeOf(l));
    vals = multiValue(a->rhs[0], targets);
  };
  std::vector<const ast::Expr *> placePoints;
  if (callFirst) { // the calls in the places first, then f
    for (const ast::Expr *l : a->lhs)
      hoistPlace(l, placePoints);
    multi();
  }
  for (const ast::Expr *l : a->lhs)
    places.push_back(place(l, true, assigned));
  for (const ast::Expr *h : placePoints)
    overrides_.erase(h);
  if (a->rhs.size() > 1)
    vals = valuesInGcOrder(a->rhs);
  else if (!callFirst)
    multi();
  for (size_t i = 0; i < places.size(); i++)
    storePlace(places[i], vals[i]);
  out->dedent();
  out->line("}}");
}

// The values of a list of expressions (an assignment's right side) as
// temporaries, evaluated as gc evaluates them (see callsFirst).
std::vector<std::string> Emitter::valuesInGcOrder(llvm::ArrayRef<ast::Expr *> rhs) {
  std::vector<std::string> vals(rhs.size());
  std::vector<size_t> order = callsFirst(rhs);
  for (size_t i : order) {
    std::string t = temp();
    out->line("auto {} = {};", t, expr(rhs[i]));
    vals[i] = t;
  }
  return vals;
}

// The order in which gc evaluates a list of operands (arguments, the
// right side of an assignment). gc's order pass moves every call (and
// receive) of a statement into a temporary first, left to right, and
// evaluates the other operands afterwards: in `fmt.Println(x, f())`, x
// is read after f ran, so a change f makes to x shows. The spec leaves
// this order open; gopp follows gc. Lists where no plain read precedes a
// call keep their textual order.
std::vector<size_t> Emitter::callsFirst(llvm::ArrayRef<ast::Expr *> list) const {
  std::vector<size_t> order;
  bool plainBefore = false, reorder = false;
  for (const ast::Expr *e : list) {
    if (hasCall(e, true))
      reorder = reorder || plainBefore;
    else
      plainBefore = plainBefore || readsMutable(e);
  }
  for (size_t pass = 0; pass < 2; pass++)
    for (size_t i = 0; i < list.size(); i++)
      if (!reorder ? pass == 0 : (pass == 0) == hasCall(list[i], true))
        order.push_back(i);
  return order;
}

// Whether evaluating e (which makes no call) reads something a call could
// change: not a constant, a function literal or the address of a variable.
bool Emitter::readsMutable(const ast::Expr *e) const {
  e = ast::unparen(e);
  if (overrides_.count(e))
    return false; // a temporary
  if (auto *t = tv(e); t && (t->mode == check::Mode::Constant || t->mode == check::Mode::TypeExpr))
    return false;
  if (isa<ast::FuncLit>(e) || isNilExpr(e))
    return false;
  if (auto *u = dyn_cast<ast::UnaryExpr>(e); u && u->op == ast::Op::And && isa<ast::Ident>(ast::unparen(u->x)))
    return false;
  // A local variable that no closure changes and no pointer reaches (it
  // is not boxed) can change only by assignment, which no call makes.
  if (auto *id = dyn_cast<ast::Ident>(e))
    if (auto *v = dyn_cast_or_null<Var>(info->objectOf(id)); v && isLocalVar(v) && !isAliased(v))
      return false;
  return true;
}

// The values of list's operands (value(i) emits operand i), in callsFirst
// order: when that differs from the textual order, the calls' values are
// temporaries that the returned definitions (to emit first) compute; the
// other operands stay in place, to be evaluated after them.
std::string Emitter::valuesCallsFirst(llvm::ArrayRef<ast::Expr *> list,
                                      const std::function<std::string(size_t)> &value,
                                      std::vector<std::string> &vals) {
  vals.assign(list.size(), "");
  std::vector<size_t> order = callsFirst(list);
  bool reordered = false;
  for (size_t k = 0; k < order.size(); k++) {
    vals[order[k]] = value(order[k]);
    reordered = reordered || order[k] != k;
  }
  // Also in textual order when a call precedes a plain read that the call
  // could change: C++ leaves the order of a call's arguments open (g++
  // goes right to left), so the calls need temporaries either way.
  // So do two calls (len and the like included, which g++ would also
  // evaluate right to left).
  int calls = 0;
  bool reads = false;
  for (const ast::Expr *e : list) {
    if (hasCall(e, true))
      calls++;
    else if (readsMutable(e))
      reads = true;
  }
  bool temps = reordered || (calls > 0 && reads) || calls >= 2;
  std::string pre;
  for (size_t k = 0; temps && k < order.size() && hasCall(list[order[k]], true); k++) {
    std::string t = temp("c");
    pre += fmt::format("auto {} = {}; ", t, vals[order[k]]);
    vals[order[k]] = t;
  }
  return pre;
}

// The variables an assignment to lhs assigns as a whole.
llvm::DenseSet<const Var *> Emitter::assignedVars(llvm::ArrayRef<const ast::Expr *> lhs) {
  llvm::DenseSet<const Var *> assigned;
  for (const ast::Expr *l : lhs)
    if (auto *id = dyn_cast<ast::Ident>(ast::unparen(l)))
      if (auto *v = dyn_cast_or_null<Var>(info->objectOf(id)))
        assigned.insert(v);
  return assigned;
}

// Assigns values already evaluated (temporaries, or reads nothing in lhs
// changes) to the places lhs names as one assignment: the places'
// operands first (phase one), then the stores left to right.
void Emitter::parallelStore(llvm::ArrayRef<const ast::Expr *> lhs, llvm::ArrayRef<std::string> vals) {
  llvm::DenseSet<const Var *> assigned = assignedVars(lhs);
  std::vector<Place> places;
  for (const ast::Expr *l : lhs)
    places.push_back(place(l, true, assigned));
  for (size_t i = 0; i < places.size(); i++)
    storePlace(places[i], vals[i]);
}

void Emitter::define(const ast::AssignStmt *a) {
  // New variables are declared; redeclared ones are assigned.
  auto isNew = [&](const ast::Expr *l) -> const Var * {
    auto *id = dyn_cast<ast::Ident>(l);
    if (!id || id->isBlank())
      return nullptr;
    auto it = info->defs.find(id);
    return it == info->defs.end() ? nullptr : dyn_cast_or_null<Var>(it->second);
  };
  if (a->lhs.size() == 1 && a->rhs.size() == 1) {
    if (const Var *v = isNew(a->lhs[0]))
      declareVar(v, expr(a->rhs[0]));
    else
      storeTo(a->lhs[0], expr(a->rhs[0]));
    return;
  }
  std::vector<std::string> vals;
  if (a->rhs.size() == 1) {
    std::vector<const Type *> targets;
    for (const ast::Expr *l : a->lhs)
      targets.push_back(isBlankIdent(l) ? nullptr : typeOf(l));
    vals = multiValue(a->rhs[0], targets);
  } else {
    vals = valuesInGcOrder(a->rhs);
  }
  for (size_t i = 0; i < a->lhs.size(); i++) {
    if (const Var *v = isNew(a->lhs[i]))
      declareVar(v, vals[i]);
    else
      storeTo(a->lhs[i], vals[i]);
  }
}

void Emitter::opAssign(const ast::AssignStmt *a) {
  const ast::Expr *l = ast::unparen(a->lhs[0]);
  const Type *t = typeOf(l);
  std::string y = paren(a->rhs[0]);
  if (auto *ix = dyn_cast<ast::IndexExpr>(l); ix && isa<Map>(under(typeOf(ix->x)))) {
    out->line("{{");
    out->indent();
    Place p = place(l, true);
    std::string v = temp("v");
    out->line("auto {} = {};", v, y);
    storePlace(p, arith(a->op, fmt::format("go::mapGet<{}>({}, {})", p.mapArgs, p.text, p.key), v, t));
    out->dedent();
    out->line("}}");
    return;
  }
  if (isa<ast::Ident>(l)) {
    std::string x = lvalue(l);
    out->line("{} = {};", x, opValue(a->op, x, y, t, a->rhs[0]));
    return;
  }
  // s[i] op= f(): f is called before s[i] is indexed (both phases of an
  // assignment, as above).
  out->line("{{");
  out->indent();
  std::string target;
  if (isImpure(a->rhs[0])) {
    target = place(l, true).text;
    std::string v = temp("v");
    out->line("auto {} = {};", v, y);
    y = v;
  } else {
    target = lvalue(l);
  }
  std::string r = temp("l");
  out->line("auto &{} = {};", r, target);
  out->line("{} = {};", r, opValue(a->op, r, y, t, a->rhs[0]));
  out->dedent();
  out->line("}}");
}

// x op y for an assignment operation (constant shift counts fold).
std::string Emitter::opValue(ast::Op op, const std::string &x, const std::string &y, const Type *t,
                             const ast::Expr *ye) {
  if (ast::isShift(op))
    if (auto *c = tv(ye); c && c->mode == check::Mode::Constant) {
      auto n = c->value.toInt().int64Val();
      if (n && *n >= 0 && *n < typeSize(t) * 8 && op == ast::Op::Shr)
        return fmt::format("{}({} >> {})", cppType(t), x, *n);
    }
  return arith(op, x, y, t);
}

void Emitter::incDec(const ast::IncDecStmt *s) {
  const Type *t = typeOf(s->x);
  ast::Op op = s->op == ast::Op::Inc ? ast::Op::Add : ast::Op::Sub;
  std::string one = constValue(constant::Value::makeInt64(1), t);
  const ast::Expr *l = ast::unparen(s->x);
  if (auto *ix = dyn_cast<ast::IndexExpr>(l); ix && isa<Map>(under(typeOf(ix->x)))) {
    out->line("{{");
    out->indent();
    Place p = place(l, true);
    storePlace(p, arith(op, fmt::format("go::mapGet<{}>({}, {})", p.mapArgs, p.text, p.key), one, t));
    out->dedent();
    out->line("}}");
    return;
  }
  std::string x = lvalue(s->x);
  if (isa<ast::Ident>(l)) {
    out->line("{} = {};", x, arith(op, x, one, t));
    return;
  }
  std::string r = temp("l");
  out->line("{{ auto &{} = {}; {} = {}; }}", r, x, r, arith(op, r, one, t));
}

// ---------------------------------------------------------------- return

void Emitter::returnStmt(const ast::ReturnStmt *r) {
  const Tuple *res = fn->sig->results;
  std::vector<std::string> vals;
  if (r->results.size() == 1 && res->size() > 1) {
    std::vector<const Type *> targets(res->vars.size());
    for (size_t i = 0; i < res->size(); i++)
      targets[i] = res->at(i);
    vals = multiValue(r->results[0], targets);
  } else {
    // Calls first, as gc (callsFirst): their temporaries are defined here.
    std::string pre = valuesCallsFirst(r->results, [&](size_t i) { return expr(r->results[i]); }, vals);
    if (!pre.empty())
      out->line("{}", pre.substr(0, pre.size() - 1));
  }
  bool ordered = false;
  int impure = 0;
  for (const ast::Expr *e : r->results)
    impure += isImpure(e);
  ordered = impure >= 2;
  if (fn->hasDefer || (r->results.empty() && !fn->resultNames.empty())) {
    // Named results (or results kept for deferred calls): set, then leave.
    if (!vals.empty()) {
      if (vals.size() > 1) {
        std::vector<std::string> tmps;
        for (auto &v : vals) {
          std::string t = temp();
          out->line("auto {} = {};", t, v);
          tmps.push_back(t);
        }
        vals = tmps;
      }
      for (size_t i = 0; i < vals.size(); i++)
        out->line("{} = {};", fn->resultNames[i], vals[i]);
    }
    if (fn->hasDefer) {
      returnUsed_[size_t(fn->returnMarker)] = true;
      out->line("goto gopp_return;");
    }
    else
      out->line("{}", returnResults());
    return;
  }
  if (vals.empty()) {
    out->line("return;");
    return;
  }
  if (vals.size() == 1) {
    out->line("return {};", vals[0]);
    return;
  }
  if (ordered) {
    std::string list;
    for (auto &v : vals) {
      std::string t = temp();
      out->line("auto {} = {};", t, v);
      list += (list.empty() ? "" : ", ") + t;
    }
    out->line("return {{{}}};", list);
    return;
  }
  std::string list;
  for (auto &v : vals)
    list += (list.empty() ? "" : ", ") + v;
  out->line("return {{{}}};", list);
}

// ----------------------------------------------------------------- branches

void Emitter::branchStmt(const ast::BranchStmt *b) {
  using Tok = ast::BranchStmt::Tok;
  if (b->tok == Tok::Goto) {
    out->line("goto {};", cppName("L_" + b->label->name.str()));
    return;
  }
  if (b->tok == Tok::Fallthrough) {
    out->line("goto {};", fallthroughLabel_);
    return;
  }
  // The target: the labelled statement, or the innermost loop (continue)
  // or loop/switch/select (break).
  BranchTarget *t = nullptr;
  for (auto it = fn->targets.rbegin(); it != fn->targets.rend(); ++it) {
    if (b->label ? it->label == b->label->name.str() : (b->tok == Tok::Continue ? it->isLoop : true)) {
      t = &*it;
      break;
    }
  }
  if (!t)
    unsupported(b->pos(), "branch target not found");
  bool innermost = t == &fn->targets.back();
  if (b->tok == Tok::Break) {
    if (innermost && t->isLoop && t->plainBreak) {
      out->line("break;");
      return;
    }
    t->breakUsed = true;
    out->line("goto {};", t->breakLabel);
    return;
  }
  // continue: a plain C++ continue works only from the loop's own body
  // (not from inside a switch, which is emitted as ifs, so that is fine
  // too) when the loop has no separate post step.
  bool crossesLoop = false;
  for (auto it = fn->targets.rbegin(); &*it != t; ++it)
    crossesLoop |= it->isLoop;
  if (!crossesLoop && t->plainContinue) {
    out->line("continue;");
    return;
  }
  t->continueUsed = true;
  out->line("goto {};", t->continueLabel);
}

} // namespace gopp::codegen
