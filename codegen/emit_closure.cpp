// emit_closure.cpp — function literals and the variables they capture.
//
// Lowering:
//  - A function literal becomes a C++ lambda wrapped in go::Func. Go
//    closures capture variables, not values: a local variable that a
//    closure captures and that anything assigns after its declaration
//    (or whose address is taken, explicitly or by a pointer-method call or
//    by slicing an array) is "boxed": it lives on the collected heap and
//    the C++ name is a reference to it (`T &x = *go::newObject<T>(...)`),
//    so the enclosing function and every closure share it. Lambdas capture
//    boxed variables by reference to the heap object (`[&x = x]`), which
//    stays valid after the enclosing function returns.
//  - A captured variable that is never changed after its declaration is
//    captured by copy, which is indistinguishable in Go and costs no
//    allocation (as Go's escape analysis does for such variables).
//  - A variable whose address is taken is boxed even when no closure
//    captures it, when the pointer may outlive the frame; one whose
//    pointers provably die with the frame (escape.h: only dereferenced,
//    or passed to this package's functions that keep nothing) stays a
//    C++ local, as Go's escape analysis keeps it on the stack.
//  - A variable larger than kMaxStackVar bytes is boxed too: goroutine
//    stacks are fixed (256 KiB) and the prologue's overflow check sees
//    only frames within the 32 KiB red zone, where Go's stacks grow (a
//    [100000]int local in a goroutine was a SIGSEGV).
#include "codegen/Emitter.h"

#include "frontend/ast/Walk.h"
#include "frontend/types/Sizes.h"

namespace gopp::codegen {

namespace {
// Whether a value of type t is an array (or, in a generic body, of a type
// parameter whose core type is one): indexing or slicing it addresses
// the variable itself.
bool isArrayValue(const Type *t) {
  if (t && isa<TypeParam>(t))
    t = coreType(t);
  return t && isa<Array>(under(t));
}

// The root variable of an lvalue-ish expression: x in x, x.f, x[i] (for
// arrays), (x).
const ast::Ident *rootIdent(const check::Info &inf, const ast::Expr *e) {
  for (;;) {
    e = ast::unparen(e);
    if (auto *id = dyn_cast<ast::Ident>(e))
      return id;
    if (auto *s = dyn_cast<ast::SelectorExpr>(e)) {
      auto it = inf.selections.find(s);
      if (it == inf.selections.end())
        return nullptr;
      // Through a pointer the variable itself is not changed.
      const Type *xt = inf.typeOf(s->x);
      if (!xt || isa<Pointer>(under(xt)) || it->second.indirect)
        return nullptr;
      e = s->x;
      continue;
    }
    if (auto *ix = dyn_cast<ast::IndexExpr>(e)) {
      if (!isArrayValue(inf.typeOf(ix->x)))
        return nullptr;
      e = ix->x;
      continue;
    }
    return nullptr;
  }
}
} // namespace

void Emitter::analyzeCaptures(const ast::Node *root) {
  // Which function (FuncDecl or FuncLit) declares each local variable,
  // which variables are referenced from another function, which are
  // changed after their declaration, and which have their address taken.
  llvm::DenseMap<const Var *, const ast::Node *> owner;
  llvm::DenseSet<const Var *> captured, changed, addressed;
  // Pointer variables initialised with &x or new(T), which are never nil.
  llvm::DenseSet<const Var *> pointers;
  auto neverNil = [&](const ast::Expr *e) {
    e = ast::unparen(e);
    if (auto *u = dyn_cast<ast::UnaryExpr>(e))
      return u->op == ast::Op::And;
    if (auto *c = dyn_cast<ast::CallExpr>(e))
      if (auto *id = dyn_cast<ast::Ident>(ast::unparen(c->fun)))
        if (auto *b = dyn_cast_or_null<Builtin>(info->objectOf(id)))
          return b->id == BuiltinId::New;
    return false;
  };
  std::vector<const ast::Node *> funcs{root};

  auto varOf = [&](const ast::Expr *e) -> const Var * {
    auto *id = dyn_cast_or_null<ast::Ident>(e ? ast::unparen(e) : nullptr);
    if (!id)
      return nullptr;
    auto *v = dyn_cast_or_null<Var>(info->objectOf(id));
    if (!v || v->isField || !v->parent() || v->parent() == pkg->scope.get())
      return nullptr;
    return v;
  };
  auto markChanged = [&](const ast::Expr *e) {
    if (auto *id = rootIdent(*info, e))
      if (auto *v = varOf(id))
        changed.insert(v);
  };

  std::function<void(const ast::Node *)> visit = [&](const ast::Node *n) {
    if (auto *id = dyn_cast<ast::Ident>(n)) {
      auto d = info->defs.find(id);
      if (d != info->defs.end()) {
        if (auto *v = dyn_cast_or_null<Var>(d->second); v && !v->isField)
          owner[v] = funcs.back();
        return;
      }
      auto u = info->uses.find(id);
      if (u != info->uses.end())
        if (auto *v = dyn_cast_or_null<Var>(u->second)) {
          auto o = owner.find(v);
          if (o != owner.end() && o->second != funcs.back())
            captured.insert(v);
        }
      return;
    }
    if (auto *fl = dyn_cast<ast::FuncLit>(n)) {
      funcs.push_back(fl);
      ast::forEachChild(n, visit);
      funcs.pop_back();
      return;
    }
    if (auto *ft = dyn_cast<ast::FuncType>(n); ft && ft->results) {
      // Named results are assigned by every return statement.
      for (const ast::Field *f : ft->results->list)
        for (const ast::Ident *id : f->names)
          if (auto *v = dyn_cast_or_null<Var>(info->defs.lookup(id)))
            changed.insert(v);
    }
    if (auto *a = dyn_cast<ast::AssignStmt>(n)) {
      for (size_t i = 0; i < a->lhs.size(); i++) {
        const ast::Expr *l = a->lhs[i];
        if (a->tok != ast::AssignStmt::Tok::Define || !info->defs.count(dyn_cast<ast::Ident>(l)))
          markChanged(l);
        else if (a->rhs.size() == a->lhs.size() && neverNil(a->rhs[i]))
          if (auto *v = varOf(l))
            pointers.insert(v);
      }
    } else if (auto *vs = dyn_cast<ast::ValueSpec>(n)) {
      if (vs->values.size() == vs->names.size())
        for (size_t i = 0; i < vs->names.size(); i++)
          if (neverNil(vs->values[i]))
            if (auto *v = varOf(vs->names[i]))
              pointers.insert(v);
    } else if (auto *r = dyn_cast<ast::RangeStmt>(n)) {
      if (r->tok == ast::AssignStmt::Tok::Assign) {
        if (r->key)
          markChanged(r->key);
        if (r->value)
          markChanged(r->value);
      }
      // A range loop variable is per iteration (Go 1.22): each iteration's
      // variable is assigned once, so it needs no box unless changed.
    } else if (auto *f = dyn_cast<ast::ForStmt>(n)) {
      // A 3-clause loop's variables are copied into each iteration and
      // then advanced by the post statement: changed.
      if (f->init)
        if (auto *a = dyn_cast<ast::AssignStmt>(f->init))
          for (const ast::Expr *l : a->lhs)
            if (auto *v = varOf(l))
              if (f->post)
                changed.insert(v);
    } else if (auto *i = dyn_cast<ast::IncDecStmt>(n)) {
      markChanged(i->x);
    } else if (auto *u = dyn_cast<ast::UnaryExpr>(n); u && u->op == ast::Op::And) {
      if (auto *id = rootIdent(*info, u->x))
        if (auto *v = varOf(id))
          addressed.insert(v);
    } else if (auto *s = dyn_cast<ast::SliceExpr>(n)) {
      if (isArrayValue(info->typeOf(s->x)))
        if (auto *id = rootIdent(*info, s->x))
          if (auto *v = varOf(id))
            addressed.insert(v);
    } else if (auto *se = dyn_cast<ast::SelectorExpr>(n)) {
      // x.M() or x.M with a pointer receiver on an addressable x takes &x.
      auto it = info->selections.find(se);
      if (it != info->selections.end() && it->second.kind == check::SelectionKind::MethodVal) {
        auto *m = dyn_cast<Func>(it->second.obj);
        const Type *xt = info->typeOf(se->x);
        if (m && m->hasPtrRecv && xt && !isa<Pointer>(under(xt)) && !isa<Interface>(under(xt)))
          if (auto *id = rootIdent(*info, se->x))
            if (auto *v = varOf(id))
              addressed.insert(v);
      }
    }
    ast::forEachChild(n, visit);
  };
  visit(root);
  constexpr int64_t kMaxStackVar = 8 << 10;
  for (auto &[v, fn] : owner)
    if (hasFixedLayout(v->type()) && gcSizeof(v->type()) > kMaxStackVar)
      boxed_.insert(v);
  for (const Var *v : addressed) {
    addressed_.insert(v);
    // Unless every pointer to it dies with the frame (escape.h), and no
    // closure shares it.
    if (!escape_ || !escape_->addressStaysLocal(v) || captured.contains(v))
      boxed_.insert(v);
  }
  for (const Var *v : captured)
    if (changed.contains(v))
      boxed_.insert(v);
  for (const Var *v : captured)
    captured_.insert(v);
  for (const Var *v : pointers)
    if (!changed.contains(v) && !addressed.contains(v))
      nonNil_.insert(v);
}

// Whether e names a pointer variable that is never nil (analyzeCaptures):
// going through it needs no nil check, as Go's compiler proves for
// p := &s[i] (nbody: see the commit).
bool Emitter::neverNilVar(const ast::Expr *e) const {
  auto *id = dyn_cast<ast::Ident>(ast::unparen(e));
  auto *v = id ? dyn_cast_or_null<Var>(info->objectOf(id)) : nullptr;
  return v && nonNil_.contains(v);
}

bool Emitter::usesRecover(const ast::Node *body) const {
  bool found = false;
  std::function<void(const ast::Node *)> visit = [&](const ast::Node *n) {
    if (found || isa<ast::FuncLit>(n))
      return;
    if (auto *c = dyn_cast<ast::CallExpr>(n))
      if (auto *id = dyn_cast<ast::Ident>(ast::unparen(c->fun)))
        if (auto *b = dyn_cast_or_null<Builtin>(info->objectOf(id)); b && b->id == BuiltinId::Recover)
          found = true;
    ast::forEachChild(n, visit);
  };
  ast::forEachChild(body, visit);
  return found;
}

std::string Emitter::funcLit(const ast::FuncLit *f) {
  auto *sig = cast<Signature>(typeOf(f));
  // Captures: every variable of an enclosing function used inside.
  std::set<std::string> byRef, byCopy;
  ast::walk(f->body, [&](const ast::Node *n) {
    auto *id = dyn_cast<ast::Ident>(n);
    if (!id)
      return;
    auto u = info->uses.find(id);
    if (u == info->uses.end())
      return;
    auto *v = dyn_cast_or_null<Var>(u->second);
    if (!v || !captured_.contains(v) || !declaredOutside(v, f))
      return;
    (isBoxed(v) ? byRef : byCopy).insert(varName(v));
  });
  std::string caps;
  for (const std::string &n : byRef)
    caps += (caps.empty() ? "" : ", ") + fmt::format("&{0} = {0}", n);
  for (const std::string &n : byCopy)
    caps += (caps.empty() ? "" : ", ") + n;
  // The body, emitted into its own buffer at the current indentation.
  Out *saved = out;
  Out body;
  body.setDepth(out->depth() + 1);
  out = &body;
  FuncState *savedFn = fn;
  FuncState state;
  fn = &state;
  closureDepth_++;
  std::string params = emitFuncBody(sig, nullptr, f->type, f->body, true);
  closureDepth_--;
  fn = savedFn;
  out = saved;
  lastLine_ = -1; // the body's directives moved the line count: restate it next time
  std::string text = body.text();
  while (!text.empty() && text.back() == '\n')
    text.pop_back();
  std::string indent(size_t(out->depth()) * 2, ' ');
  return fmt::format("{}([{}]({}) mutable -> {} {{\n{}\n{}}})", cppFuncType(sig), caps, params, cppResultType(sig),
                     text, indent);
}

bool Emitter::declaredOutside(const Var *v, const ast::FuncLit *f) const {
  Pos p = v->pos();
  Pos b = f->pos(), e = f->body->rbrace;
  bool inside = p.file == b.file && !(p < b) && (p < e);
  return !inside;
}

} // namespace gopp::codegen
