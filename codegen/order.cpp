// order.cpp — gc's order of evaluation within one statement.
//
// The spec fixes the order of calls, method calls, receives and the
// logical operators of a statement, and leaves open when its other
// operands are read. gc decides (cmd/compile/internal/walk/order.go):
// before a statement runs, every call of it, however deeply nested, is
// moved into a temporary, depth first and left to right, and so are
// ("order points" here):
//  - receives; the builtins len, cap, make, new, copy, append, complex,
//    real, imag and recover; conversions of a string to []byte or []rune;
//    slice expressions; type assertions to types that are not
//    pointer-shaped;
//  - a map literal, built entry by entry, each entry in its own order;
//  - a value boxed into an interface through its address (not a 2-, 4-
//    or 8-byte scalar, a string or a slice), when it is a local variable
//    or not addressable (a package variable, a field or an element is
//    boxed in place, later);
//  - the key of a map index whose map compares keys by address (not a
//    string, nor a 4- or 8-byte memory key), on the same condition.
// `&&` and `||` make theirs only when their right side is reached. The
// statement then runs with the temporaries in place, reading every other
// operand (variables, index expressions, fields, dereferences) after all
// of them:
//
//     g(x+f(), h())     becomes    c0 := f(); c1 := h(); g(x+c0, c1)
//     s[f()] = x                   c0 := f(); s[c0] = x
//     y := a && p()                b0 := a; if b0 { b0 = p() }; y := b0
//
// gopp does the same (orderStatement) for simple statements (stmt),
// if conditions, switch tags and cases, range expressions and loop
// conditions, recording each
// temporary in overrides_ so that expr() emits it in place of its
// operand. Only statements whose result could depend on it are
// rewritten (needsOrder): those where a call or receive could change
// memory that an operand (or an order point that does not call) reads,
// or with two calls that C++ would leave unordered. A switch case's
// value is ordered inside a lambda (orderedExpr). Elsewhere (select
// cases) the list- and operator-level ordering of emit_stmt.cpp
// (callsFirst) applies. The operands of go and defer are
// not ordered this way: gc evaluates them one at a time, each whole
// (emit_defer.cpp's callLater does the same).
#include "codegen/Emitter.h"
#include "frontend/ast/Walk.h"
#include "frontend/types/Sizes.h"

namespace gopp::codegen {

namespace {
bool hasPointers(const Type *t) {
  t = under(t);
  if (auto *b = dyn_cast<Basic>(t))
    return b->basicKind() == BasicKind::String || b->basicKind() == BasicKind::UnsafePointer;
  if (auto *a = dyn_cast<Array>(t))
    return a->len > 0 && hasPointers(a->elem);
  if (auto *st = dyn_cast<Struct>(t)) {
    for (const Var *f : st->fields)
      if (hasPointers(f->type()))
        return true;
    return false;
  }
  return true;
}

// The one component a struct of one field or an array of one element
// holds, recursively (gc's Type.SoleComponent).
const Type *soleComponent(const Type *t) {
  if (auto *st = dyn_cast<Struct>(under(t)))
    return st->fields.size() == 1 ? soleComponent(st->fields[0]->type()) : nullptr;
  if (auto *a = dyn_cast<Array>(under(t)))
    return a->len == 1 ? soleComponent(a->elem) : nullptr;
  return t;
}

// Whether an interface holds a t itself, not a pointer to a copy (gc's
// IsDirectIface): pointer-shaped types, and structs and arrays of one.
bool directIface(const Type *t) {
  t = under(t);
  if (auto *b = dyn_cast_or_null<Basic>(t))
    return b->basicKind() == BasicKind::UnsafePointer;
  if (auto *st = dyn_cast_or_null<Struct>(t))
    return st->fields.size() == 1 && directIface(st->fields[0]->type());
  if (auto *a = dyn_cast_or_null<Array>(t))
    return a->len == 1 && directIface(a->elem);
  return isa_and_nonnull<Pointer>(t) || isa_and_nonnull<Map>(t) || isa_and_nonnull<Chan>(t) ||
         isa_and_nonnull<Signature>(t);
}

// Whether gc boxes a value of type t into an interface through its
// address (walk's dataWordFuncName: not a 2-, 4- or 8-byte scalar, a
// string or a slice).
bool boxedByAddress(const Type *t) {
  if (!t || !hasFixedLayout(t) || isa<Interface>(under(t)))
    return false;
  int64_t size = gcSizeof(t), align = gcAlignof(t);
  if ((size == 2 && align == 2) || (size == 4 && align == 4 && !hasPointers(t)) ||
      (size == 8 && align == 8 && !hasPointers(t)))
    return false;
  if (const Type *c = soleComponent(t)) {
    auto *b = dyn_cast<Basic>(under(c));
    if ((b && b->basicKind() == BasicKind::String) || isa<Slice>(under(c)))
      return false;
  }
  return true;
}

// Whether a map of type m looks keys up by their address (gc's mapfast:
// anything but a string key, or a 4- or 8-byte key aligned as its size
// and compared as memory, with elements of at most 128 bytes).
bool slowMapKey(const Map *m) {
  if (!hasFixedLayout(m->key) || !hasFixedLayout(m->elem) || gcSizeof(m->elem) > 128)
    return true;
  std::function<bool(const Type *)> memory = [&](const Type *t) {
    t = under(t);
    if (auto *b = dyn_cast<Basic>(t))
      return !(b->info() & (IsFloat | IsComplex | IsString));
    if (auto *a = dyn_cast<Array>(t))
      return memory(a->elem);
    if (auto *st = dyn_cast<Struct>(t)) {
      for (const Var *f : st->fields)
        if (f->name() == "_" || !memory(f->type()))
          return false;
      return true;
    }
    return !isa<Interface>(t);
  };
  auto *b = dyn_cast<Basic>(under(m->key));
  if (b && b->basicKind() == BasicKind::String)
    return false;
  int64_t size = gcSizeof(m->key);
  return !((size == 4 || size == 8) && gcAlignof(m->key) == size && memory(m->key));
}

// Whether t is written with a type parameter (gc asserts to such a type
// through the instance's dictionary, in place).
bool mentionsTypeParam(const Type *t) {
  if (!t)
    return false;
  switch (t->kind()) {
  case TypeKind::TypeParam:
    return true;
  case TypeKind::Pointer:
    return mentionsTypeParam(cast<Pointer>(t)->elem);
  case TypeKind::Slice:
    return mentionsTypeParam(cast<Slice>(t)->elem);
  case TypeKind::Array:
    return mentionsTypeParam(cast<Array>(t)->elem);
  case TypeKind::Chan:
    return mentionsTypeParam(cast<Chan>(t)->elem);
  case TypeKind::Map:
    return mentionsTypeParam(cast<Map>(t)->key) || mentionsTypeParam(cast<Map>(t)->elem);
  case TypeKind::Struct:
    for (const Var *f : cast<Struct>(t)->fields)
      if (mentionsTypeParam(f->type()))
        return true;
    return false;
  case TypeKind::Named:
    for (const Type *a : cast<Named>(t)->typeArgs)
      if (mentionsTypeParam(a))
        return true;
    return false;
  default:
    return false;
  }
}

bool isLogical(const ast::Expr *e) {
  auto *b = dyn_cast<ast::BinaryExpr>(e);
  return b && (b->op == ast::Op::LogAnd || b->op == ast::Op::LogOr);
}

bool isEquality(const ast::BinaryExpr *b) { return b->op == ast::Op::Eql || b->op == ast::Op::Neq; }
} // namespace

// e's type, with the type arguments of the instance being emitted.
const Type *Emitter::orderType(const ast::Expr *e) {
  const Type *t = info->typeOf(e);
  return t && !subst_.empty() ? sub(t) : t;
}

bool Emitter::isConstant(const ast::Expr *e) const {
  const check::TypeAndValue *t = tv(ast::unparen(e));
  return t && (t->mode == check::Mode::Constant || t->mode == check::Mode::TypeExpr);
}

// Whether gc can take e's address in place, where a run-time routine
// needs it: a package variable, or an element or field of memory
// (order.go's isaddrokay). A local variable's value is copied instead.
bool Emitter::addressInPlace(const ast::Expr *e) {
  e = ast::unparen(e);
  if (auto *id = dyn_cast<ast::Ident>(e)) {
    auto *v = dyn_cast_or_null<Var>(info->objectOf(id));
    return v && !isLocalVar(v);
  }
  auto addressable = [&](const ast::Expr *x) {
    x = ast::unparen(x);
    if (auto *id = dyn_cast<ast::Ident>(x))
      return isa_and_nonnull<Var>(info->objectOf(id));
    return addressInPlace(x) || isOrderPoint(x); // a point's temporary is addressable
  };
  if (auto *ix = dyn_cast<ast::IndexExpr>(e)) {
    const Type *xt = under(orderType(ix->x));
    return isa_and_nonnull<Slice>(xt) || isa_and_nonnull<Pointer>(xt) ||
           (isa_and_nonnull<Array>(xt) && addressable(ix->x));
  }
  if (auto *sel = dyn_cast<ast::SelectorExpr>(e)) {
    auto it = info->selections.find(sel);
    if (it == info->selections.end())
      return isa_and_nonnull<Var>(info->objectOf(sel->sel));
    return it->second.kind == check::SelectionKind::FieldVal &&
           (it->second.indirect || isa_and_nonnull<Pointer>(under(orderType(sel->x))) || addressable(sel->x));
  }
  return isa<ast::StarExpr>(e);
}

// Whether the key of map index ix is copied into a temporary at its place
// in the order, for its address (order.go's mapKeyTemp).
bool Emitter::isMapKeyPoint(const ast::IndexExpr *ix) {
  auto *m = dyn_cast_or_null<Map>(under(orderType(ix->x)));
  return m && !ix->indices.empty() && mapKeyCopied(m, ix->indices[0]);
}

// Whether key k of a map of type m is copied at its place: for its
// address on the slow path (unless gc can address it in place), or, on
// the fast path, a struct or array key into a temporary of the word type
// the lookup loads (order.go's mapKeyTemp).
bool Emitter::mapKeyCopied(const Map *m, const ast::Expr *k) {
  if (isConstant(k))
    return false;
  if (slowMapKey(m))
    return info->conversions.count(ast::unparen(k)) || !addressInPlace(k);
  return isa<Struct>(under(m->key)) || isa<Array>(under(m->key));
}

// Whether a map index is evaluated whole at its place: its key converts a
// []byte to a string, whose bytes the lookup then reads in place
// (order.go's mapKeyReplaceStrConv).
bool Emitter::mapIndexInPlace(const ast::IndexExpr *ix) {
  if (!isa_and_nonnull<Map>(under(orderType(ix->x))) || ix->indices.empty())
    return false;
  std::function<bool(const ast::Expr *)> bytesToString = [&](const ast::Expr *k) {
    k = ast::unparen(k);
    if (auto *cl = dyn_cast<ast::CompositeLit>(k)) {
      for (const ast::Expr *e : cl->elts) {
        auto *kv = dyn_cast<ast::KeyValueExpr>(e);
        if (bytesToString(kv ? kv->value : e))
          return true;
      }
      return false;
    }
    auto *c = dyn_cast<ast::CallExpr>(k);
    const check::TypeAndValue *ft = c ? tv(c->fun) : nullptr;
    if (!ft || ft->mode != check::Mode::TypeExpr || c->args.size() != 1)
      return false;
    auto *to = dyn_cast_or_null<Basic>(under(orderType(c)));
    return to && (to->info() & IsString) && isa_and_nonnull<Slice>(under(orderType(c->args[0])));
  };
  return bytesToString(ix->indices[0]);
}

// Whether gc's order pass evaluates e into a temporary at its place in
// the order (an order point), when e is an operand used as `use` says.
bool Emitter::isOrderPoint(const ast::Expr *e, OrderUse use) {
  const ast::Expr *outer = e; // a conversion may be recorded on the parentheses
  e = ast::unparen(e);
  const check::TypeAndValue *t = tv(e);
  if (!t || !t->type || isa<Tuple>(t->type)) // f(g()) with a multi-value g: part of f's call
    return false;
  if (t->mode == check::Mode::Constant)
    return false;
  const Type *type = orderType(e);
  if (isLogical(e))
    return true;
  // A value boxed into an interface through its address, unless gc can
  // take that address in place; not when it is compared with an
  // interface, which gc does without boxing.
  auto conv = info->conversions.find(outer);
  if (conv == info->conversions.end())
    conv = info->conversions.find(e);
  if (conv != info->conversions.end() && use != OrderUse::Compared) {
    const Type *to = !subst_.empty() ? sub(conv->second) : conv->second;
    if (isa<Interface>(under(to)) && !isa<TypeParam>(to) && boxedByAddress(type) && !addressInPlace(e))
      return true;
  }
  if (auto *u = dyn_cast<ast::UnaryExpr>(e))
    return u->op == ast::Op::Arrow;
  if (isa<ast::SliceExpr>(e))
    return true;
  if (isa<ast::CompositeLit>(e)) // a map literal is built entry by entry, each in its own order
    return isa_and_nonnull<Map>(under(type));
  if (auto *ix = dyn_cast<ast::IndexExpr>(e))
    return mapIndexInPlace(ix);
  if (auto *ta = dyn_cast<ast::TypeAssertExpr>(e))
    return !directIface(type) && !mentionsTypeParam(tv(ta->type) ? tv(ta->type)->type : nullptr);
  auto *c = dyn_cast<ast::CallExpr>(e);
  if (!c)
    return false;
  const check::TypeAndValue *ft = tv(c->fun);
  if (ft && ft->mode == check::Mode::TypeExpr) {
    // A conversion of a string to []byte or []rune, or of a value to an
    // interface through its address.
    const Type *from = c->args.size() == 1 ? orderType(c->args[0]) : nullptr;
    if (!from)
      return false;
    if (isa_and_nonnull<Interface>(under(type)) && !isa<TypeParam>(type))
      return boxedByAddress(from) && !addressInPlace(c->args[0]);
    auto *fb = dyn_cast<Basic>(under(from));
    return fb && (fb->info() & IsString) && isa_and_nonnull<Slice>(under(type));
  }
  if (ft && ft->mode == check::Mode::Builtin) {
    const ast::Ident *id = dyn_cast<ast::Ident>(ast::unparen(c->fun));
    auto *b = id ? dyn_cast_or_null<Builtin>(info->objectOf(id)) : nullptr;
    if (!b)
      return false;
    switch (b->id) {
    case BuiltinId::Append: case BuiltinId::Cap: case BuiltinId::Complex: case BuiltinId::Copy:
    case BuiltinId::Imag: case BuiltinId::Len: case BuiltinId::Make: case BuiltinId::Max:
    case BuiltinId::Min: case BuiltinId::New: case BuiltinId::Real: case BuiltinId::Recover:
      return true;
    default:
      return false;
    }
  }
  return true;
}

// What ordering a statement's operands would take.
struct Emitter::OrderScan {
  int points = 0;        // order points among the operands (not inside a call's)
  int calls = 0;         // those that call or receive: their effects need ordering
  bool rootCall = false; // a value assigned whole is a call
  bool reads = false;    // an operand or a point without calls reads memory a call could change
  bool forced = false;   // an operand evaluated on its own (a call's, an && side's) needs it
  // Calls need ordering when something reads what they could change,
  // when C++ would leave two of them unordered, or when a point without
  // calls (which may panic: x.(T), s[:n]) would otherwise run after them.
  // A call assigned whole must also follow the places' points.
  bool needs(int placePoints) const {
    return forced || calls >= 2 || (calls > 0 && (reads || points > calls)) ||
           (rootCall && placePoints > 0 && reads);
  }
};

// Scans e, an operand of the statement (the root: its whole expression,
// which runs last either way).
void Emitter::scanOrder(const ast::Expr *e, bool root, OrderScan &s, OrderUse use) {
  const ast::Expr *outer = e; // with its parentheses, for isOrderPoint
  e = ast::unparen(e);
  if (overrides_.count(e) || isa<ast::FuncLit>(e) || isConstant(e))
    return;
  bool point = isOrderPoint(outer, use), calls = point && hasCall(e, false);
  if (isLogical(e)) {
    // x && y: x before y in C++ too; each side is ordered on its own.
    auto *b = cast<ast::BinaryExpr>(e);
    OrderScan x, y;
    scanOrder(b->x, false, x);
    scanOrder(b->y, false, y);
    s.forced |= x.needs(0) || y.needs(0);
    if (root)
      s.rootCall |= calls;
    else
      s.points++, s.calls += calls;
    if (!calls)
      s.reads |= x.reads || y.reads;
    return;
  }
  if (calls && !root) {
    // Its operands are evaluated with it, ordered among themselves.
    OrderScan inner;
    scanOperands(e, inner);
    s.forced |= inner.needs(0);
    s.points++;
    s.calls++;
    return;
  }
  if (root)
    s.rootCall |= calls;
  else if (point)
    s.points++;
  if (auto *cl = dyn_cast<ast::CompositeLit>(e); cl && isa_and_nonnull<Map>(under(orderType(cl)))) {
    // Built entry by entry (compositeLit orders each): what they read
    // is read at the literal's place.
    OrderScan entries;
    for (const ast::Expr *el : cl->elts)
      scanOrder(el, false, entries);
    s.reads |= entries.reads;
    return;
  }
  // The reads from memory a call could change.
  if (auto *id = dyn_cast<ast::Ident>(e)) {
    auto *v = dyn_cast_or_null<Var>(info->objectOf(id));
    s.reads |= v && !v->isField && (!isLocalVar(v) || isAliased(v));
  } else if (isa<ast::StarExpr>(e)) {
    s.reads = true;
  } else if (auto *ix = dyn_cast<ast::IndexExpr>(e)) {
    const Type *xt = under(orderType(ix->x));
    s.reads |= isa_and_nonnull<Slice>(xt) || isa_and_nonnull<Map>(xt) || isa_and_nonnull<Pointer>(xt);
  } else if (auto *sel = dyn_cast<ast::SelectorExpr>(e)) {
    auto it = info->selections.find(sel);
    if (it == info->selections.end()) { // pkg.Name
      s.reads |= isa_and_nonnull<Var>(info->objectOf(sel->sel));
      return;
    }
    // A field through a pointer, or a value method's receiver through one.
    bool field = it->second.kind == check::SelectionKind::FieldVal;
    s.reads |= it->second.indirect || (field && isa_and_nonnull<Pointer>(under(orderType(sel->x))));
  }
  scanOperands(e, s);
}

// The operands of e, in the order they are evaluated: operand(x, use)
// for each, then copied(x) after an operand gc copies into a temporary
// once evaluated (a map key for its address, a compared struct).
void Emitter::forOperands(const ast::Expr *e, const std::function<void(const ast::Expr *, OrderUse)> &operand,
                          const std::function<void(const ast::Expr *)> &copied) {
  e = ast::unparen(e);
  if (auto *cl = dyn_cast<ast::CompositeLit>(e); cl && isa_and_nonnull<Map>(under(orderType(cl))))
    return; // built entry by entry (compositeLit orders each)
  if (auto *kv = dyn_cast<ast::KeyValueExpr>(e)) {
    auto *id = dyn_cast<ast::Ident>(kv->key);
    auto *field = id ? dyn_cast_or_null<Var>(info->objectOf(id)) : nullptr;
    if (!id || (field && !field->isField)) // not a struct literal's field name
      operand(kv->key, OrderUse::Value);
    return operand(kv->value, OrderUse::Value);
  }
  if (auto *sel = dyn_cast<ast::SelectorExpr>(e))
    return operand(sel->x, OrderUse::Value);
  if (auto *ix = dyn_cast<ast::IndexExpr>(e); ix && isMapKeyPoint(ix)) {
    operand(ix->x, OrderUse::Value);
    operand(ix->indices[0], OrderUse::Value);
    return copied(ix->indices[0]);
  }
  if (auto *b = dyn_cast<ast::BinaryExpr>(e); b && isEquality(b)) {
    operand(b->x, OrderUse::Compared);
    operand(b->y, OrderUse::Compared);
    // Structs and arrays are compared through their addresses: an
    // operand gc cannot address in place is copied once both are
    // evaluated.
    const Type *t = under(orderType(b->x));
    if (isa_and_nonnull<Struct>(t) || isa_and_nonnull<Array>(t))
      for (const ast::Expr *x : {b->x, b->y})
        if (!isConstant(x) && !addressInPlace(x))
          copied(x);
    return;
  }
  ast::forEachChild(e, [&](const ast::Node *n) {
    if (auto *x = dyn_cast<ast::Expr>(n))
      operand(x, OrderUse::Value);
  });
}

// The operands a place evaluates: those of its index expressions and
// pointer indirections (the place itself is not read).
void Emitter::forPlaceOperands(const ast::Expr *e, const std::function<void(const ast::Expr *)> &operand,
                               const std::function<void(const ast::Expr *)> &keyCopied) {
  e = ast::unparen(e);
  if (isa<ast::Ident>(e))
    return;
  if (auto *sel = dyn_cast<ast::SelectorExpr>(e)) {
    auto it = info->selections.find(sel);
    if (it == info->selections.end())
      return;
    // Through an embedded pointer, the pointers on the path are read; x
    // itself is read when it is a pointer.
    if (it->second.indirect)
      return operand(e);
    if (isa_and_nonnull<Pointer>(under(orderType(sel->x))))
      return operand(sel->x);
    return forPlaceOperands(sel->x, operand, keyCopied);
  }
  if (auto *ix = dyn_cast<ast::IndexExpr>(e)) {
    if (isa_and_nonnull<Array>(under(orderType(ix->x))))
      forPlaceOperands(ix->x, operand, keyCopied);
    else
      operand(ix->x);
    operand(ix->indices[0]);
    if (isMapKeyPoint(ix))
      keyCopied(ix->indices[0]);
    return;
  }
  if (auto *st = dyn_cast<ast::StarExpr>(e))
    return operand(st->x);
  operand(e);
}

void Emitter::scanOperands(const ast::Expr *e, OrderScan &s) {
  forOperands(
      e, [&](const ast::Expr *x, OrderUse use) { scanOrder(x, false, s, use); },
      [&](const ast::Expr *k) { s.points += !isOrderPoint(k); });
}

void Emitter::scanPlace(const ast::Expr *e, OrderScan &s) {
  forPlaceOperands(
      e, [&](const ast::Expr *x) { scanOrder(x, false, s); },
      [&](const ast::Expr *k) { s.points += !isOrderPoint(k); });
}

// Whether a statement with these operands needs gc's order spelled out
// (OrderScan::needs).
bool Emitter::needsOrder(llvm::ArrayRef<OrderOperand> operands) {
  OrderScan s;
  int placePoints = 0;
  for (const OrderOperand &o : operands) {
    if (o.place) {
      int before = s.points;
      scanPlace(o.expr, s);
      placePoints += s.points - before;
    } else {
      scanOrder(o.expr, o.root, s);
    }
  }
  return s.needs(placePoints);
}

// Evaluates e's order points into temporaries, in gc's order (see the top
// of the file), appending each operand replaced to `hoisted`.
void Emitter::hoistPoints(const ast::Expr *e, bool root, std::vector<const ast::Expr *> &hoisted, OrderUse use) {
  const ast::Expr *outer = e; // with its parentheses, for isOrderPoint
  e = ast::unparen(e);
  if (overrides_.count(e) || isa<ast::FuncLit>(e) || isConstant(e))
    return;
  if (isLogical(e)) {
    auto *b = cast<ast::BinaryExpr>(e);
    OrderScan right;
    scanOrder(b->y, false, right);
    if (right.points > 0) {
      // x && y: y's points are evaluated only when x is true.
      hoistPoints(b->x, false, hoisted);
      std::string t = temp("b");
      out->line("bool {} = {};", t, expr(b->x));
      out->line("if ({}{}) {{", b->op == ast::Op::LogAnd ? "" : "!", t);
      out->indent();
      std::vector<const ast::Expr *> inner;
      hoistPoints(b->y, false, inner);
      out->line("{} = {};", t, expr(b->y));
      for (const ast::Expr *h : inner)
        overrides_.erase(h);
      out->dedent();
      out->line("}}");
      auto c = info->conversions.find(e);
      overrides_[e] = c == info->conversions.end() ? t : convertValue(t, typeOf(e), c->second);
      hoisted.push_back(e);
      return;
    }
  }
  hoistOperands(e, hoisted);
  if (!root && isOrderPoint(outer, use))
    hoistValue(e, hoisted);
}

// Evaluates the order points among e's operands, in order.
void Emitter::hoistOperands(const ast::Expr *e, std::vector<const ast::Expr *> &hoisted) {
  forOperands(
      e, [&](const ast::Expr *x, OrderUse use) { hoistPoints(x, false, hoisted, use); },
      [&](const ast::Expr *k) { hoistValue(k, hoisted); });
}

// Evaluates e into a temporary now (unless it is one already).
void Emitter::hoistValue(const ast::Expr *e, std::vector<const ast::Expr *> &hoisted) {
  e = ast::unparen(e);
  if (overrides_.count(e))
    return;
  std::string t = temp("c");
  out->line("auto {} = {};", t, expr(e));
  overrides_[e] = t;
  hoisted.push_back(e);
}

// Evaluates the order points among a place's operands, in order.
void Emitter::hoistPlace(const ast::Expr *e, std::vector<const ast::Expr *> &hoisted) {
  forPlaceOperands(
      e, [&](const ast::Expr *x) { hoistPoints(x, false, hoisted); },
      [&](const ast::Expr *k) { hoistValue(k, hoisted); });
}

// Emits a statement's order points ahead of it when it needs them
// (needsOrder) and returns the operands replaced, for dropping from
// overrides_ once the statement is emitted; empty when it needs none.
std::vector<const ast::Expr *> Emitter::orderStatement(llvm::ArrayRef<OrderOperand> operands) {
  if (!needsOrder(operands))
    return {};
  return hoistStatement(operands);
}

// Emits what inOrder's emit() writes, its operands' order points first
// when it needs them, then forgets their temporaries.
void Emitter::inOrder(llvm::ArrayRef<OrderOperand> operands, const std::function<void()> &emit) {
  std::vector<const ast::Expr *> hoisted = orderStatement(operands);
  emit();
  for (const ast::Expr *h : hoisted)
    overrides_.erase(h);
}

// Emits the order points of a statement known to need them.
std::vector<const ast::Expr *> Emitter::hoistStatement(llvm::ArrayRef<OrderOperand> operands) {
  std::vector<const ast::Expr *> hoisted;
  for (const OrderOperand &o : operands) {
    if (o.place)
      hoistPlace(o.expr, hoisted);
    else
      hoistPoints(o.expr, o.root, hoisted);
  }
  return hoisted;
}

// e's value with its order points evaluated first, inside an immediately
// invoked lambda when it needs them: for an operand evaluated where no
// statement can precede it (a switch case, tested only when the cases
// before it did not match).
std::string Emitter::orderedExpr(const ast::Expr *e) {
  OrderOperand op[] = {{e, true, false}};
  if (!needsOrder(op))
    return "";
  Out *saved = out;
  Out body;
  body.setDepth(saved->depth() + 1);
  out = &body;
  std::vector<const ast::Expr *> hoisted = hoistStatement(op);
  std::string value = expr(e);
  for (const ast::Expr *h : hoisted)
    overrides_.erase(h);
  out = saved;
  return fmt::format("[&] {{\n{}{}return {}; }}()", body.text(), std::string(size_t(saved->depth() + 1) * 2, ' '),
                     value);
}

// The operands of a simple statement, in the order gc evaluates them:
// places left to right, then values. Empty for the statements ordered
// elsewhere.
std::vector<Emitter::OrderOperand> Emitter::statementOperands(const ast::Stmt *s) {
  std::vector<OrderOperand> ops;
  auto values = [&](llvm::ArrayRef<ast::Expr *> list, size_t targets) {
    // A single value assigned (or returned) whole is the root; in a list,
    // or op-assigned, every value is an operand.
    for (const ast::Expr *v : list)
      ops.push_back({v, list.size() == 1 && targets != 0, false});
  };
  switch (s->kind()) {
  case ast::Node::Kind::ExprStmt:
    ops.push_back({cast<ast::ExprStmt>(s)->x, true, false});
    break;
  case ast::Node::Kind::SendStmt:
    ops.push_back({cast<ast::SendStmt>(s)->chan, false, false});
    ops.push_back({cast<ast::SendStmt>(s)->value, false, false});
    break;
  case ast::Node::Kind::IncDecStmt:
    ops.push_back({cast<ast::IncDecStmt>(s)->x, false, true});
    break;
  case ast::Node::Kind::ReturnStmt:
    values(cast<ast::ReturnStmt>(s)->results, 1);
    break;
  case ast::Node::Kind::AssignStmt: {
    auto *a = cast<ast::AssignStmt>(s);
    if (a->tok != ast::AssignStmt::Tok::Define)
      for (const ast::Expr *l : a->lhs)
        ops.push_back({l, false, true});
    if (a->tok == ast::AssignStmt::Tok::OpAssign) {
      ops.push_back({a->lhs[0], false, false}); // x op= y reads x
      ops.push_back({a->rhs[0], false, false});
    } else {
      values(a->rhs, 1);
    }
    break;
  }
  case ast::Node::Kind::DeclStmt: {
    // gc declares each variable by an assignment of its own: only a
    // single value is one statement's operand.
    auto *g = cast<ast::DeclStmt>(s)->decl;
    if (g->tok == ast::GenDecl::Tok::Var && g->specs.size() == 1)
      if (auto *vs = cast<ast::ValueSpec>(g->specs[0]); vs->values.size() == 1)
        ops.push_back({vs->values[0], true, false});
    break;
  }
  default:
    break;
  }
  return ops;
}

} // namespace gopp::codegen
