// escape.cpp — the walk of escape.h. Three modes of visiting an
// expression, after the three ways a pointer can be used:
//  - value(e, esc): e is evaluated and its value goes where esc says
//    (esc: somewhere that may outlive the frame);
//  - addr(e, esc): the address of the location e is taken (&e, the
//    implicit &e of a pointer-method call, e[:] of an array);
//  - lvalue(e): the location e is assigned.
// A followed (tracked) variable whose value reaches an escaping position
// escapes; a local variable whose address does is boxed by the emitter.
#include "codegen/escape.h"

#include "frontend/ast/Walk.h"
#include "frontend/types/Predicates.h"

namespace gopp::codegen {

using namespace gopp::types;
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;

namespace {

// The values the analysis follows into callees: pointers and slices.
bool tracksType(const Type *t) {
  const Type *u = t ? under(t) : nullptr;
  return u && (isa<Pointer>(u) || isa<Slice>(u));
}

// The underlying type of e's type; for a type parameter its core type
// when it has one (a[:] of `a A` with A ~[4]int takes a's address).
const Type *underOf(const check::Info &info, const ast::Expr *e) {
  const Type *t = info.typeOf(e);
  if (t && isa<TypeParam>(t))
    if (const Type *core = coreType(t))
      return core;
  return t ? under(t) : nullptr;
}

} // namespace

EscapeAnalysis::EscapeAnalysis(const check::Info &info, const std::vector<const ast::File *> &files)
    : info_(info) {
  std::vector<const ast::FuncDecl *> decls;
  for (const ast::File *f : files)
    for (const ast::Decl *d : f->decls) {
      auto *fd = dyn_cast<ast::FuncDecl>(d);
      if (!fd || !fd->body)
        continue;
      auto *fn = dyn_cast_or_null<Func>(info.defs.lookup(fd->name));
      if (!fn || !fn->signature())
        continue;
      Summary s;
      s.variadic = fn->signature()->variadic;
      auto add = [&](const ast::FieldList *fl) {
        if (!fl)
          return;
        for (const ast::Field *field : fl->list) {
          if (field->names.empty()) {
            s.params.push_back(nullptr); // unnamed: never used
            continue;
          }
          for (const ast::Ident *id : field->names) {
            auto *v = dyn_cast_or_null<Var>(info.defs.lookup(id));
            s.params.push_back(id->isBlank() ? nullptr : v);
            if (v && !id->isBlank() && tracksType(v->type()))
              tracked_.insert(v);
          }
        }
      };
      add(fd->recv);
      s.first = s.params.size();
      add(fd->type->params);
      summaries_[fd] = std::move(s);
      decls.push_back(fd);
    }
  // Local pointer and slice variables declared in the bodies.
  for (const ast::FuncDecl *fd : decls)
    ast::walk(fd->body, [&](const ast::Node *n) {
      auto declare = [&](const ast::Expr *e) {
        auto *id = dyn_cast<ast::Ident>(e);
        auto *v = id ? dyn_cast_or_null<Var>(info.defs.lookup(id)) : nullptr;
        if (v && tracksType(v->type()))
          tracked_.insert(v);
      };
      if (auto *a = dyn_cast<ast::AssignStmt>(n); a && a->tok == ast::AssignStmt::Tok::Define)
        for (const ast::Expr *l : a->lhs)
          declare(l);
      else if (auto *vs = dyn_cast<ast::ValueSpec>(n))
        for (const ast::Ident *id : vs->names)
          declare(id);
    });
  llvm::DenseSet<const ast::FuncDecl *> withGoto;
  for (const ast::FuncDecl *fd : decls)
    ast::walk(fd->body, [&](const ast::Node *n) {
      if (auto *b = dyn_cast<ast::BranchStmt>(n); b && b->tok == ast::BranchStmt::Tok::Goto)
        withGoto.insert(fd);
    });
  // Marks only ever go from "stays" to "escapes", so this ends; the last
  // round walks every body under the final marks.
  do {
    changed_ = false;
    for (const ast::FuncDecl *fd : decls) {
      hasGoto_ = withGoto.contains(fd);
      stmt(fd->body);
    }
  } while (changed_);
}

void EscapeAnalysis::escapeVar(const Var *p) {
  if (trackedOut_.insert(p).second)
    changed_ = true;
}

// Whether a value stored by assignment to lhs may outlive the frame: not
// for `_`, nor for a followed variable that does not escape itself.
bool EscapeAnalysis::storeEscapes(const ast::Expr *lhs) const {
  auto *id = dyn_cast<ast::Ident>(ast::unparen(lhs));
  if (!id)
    return true;
  if (id->isBlank())
    return false;
  auto *v = dyn_cast_or_null<Var>(info_.objectOf(id));
  if (!v || !tracked_.contains(v) || trackedOut_.contains(v))
    return true;
  return hasGoto_ || scopes_.empty() || !scopes_.back() || v->parent() != scopes_.back();
}

bool EscapeAnalysis::paramEscapes(const Summary *s, size_t i) const {
  if (!s || i >= s->params.size())
    return true;
  const Var *p = s->params[i];
  if (!p)
    return false; // unnamed or blank: the callee cannot use it
  return !tracked_.contains(p) || trackedOut_.contains(p);
}

// The summary of the function or method a call's fun names statically:
// a function of this package (or an instance of one), or a method of one
// of its types called on a concrete receiver without promotion.
const EscapeAnalysis::Summary *EscapeAnalysis::staticCallee(const ast::Expr *fun) const {
  fun = ast::unparen(fun);
  if (auto *ix = dyn_cast<ast::IndexExpr>(fun)) // f[int](...)
    fun = ast::unparen(ix->x);
  const Func *f = nullptr;
  if (auto *id = dyn_cast<ast::Ident>(fun)) {
    f = dyn_cast_or_null<Func>(info_.objectOf(id));
  } else if (auto *se = dyn_cast<ast::SelectorExpr>(fun)) {
    auto it = info_.selections.find(se);
    if (it == info_.selections.end() || it->second.kind != check::SelectionKind::MethodVal ||
        it->second.index.size() != 1)
      return nullptr;
    const Type *xt = underOf(info_, se->x);
    if (!xt || isa<Interface>(xt) || isa<TypeParam>(xt))
      return nullptr;
    f = dyn_cast<Func>(it->second.obj);
  }
  if (!f)
    return nullptr;
  if (!f->decl && f->origin)
    f = f->origin;
  auto it = summaries_.find(f->decl);
  return it == summaries_.end() ? nullptr : &it->second;
}

// ---------------------------------------------------------------- statements

void EscapeAnalysis::stmt(const ast::Stmt *s) {
  if (!s)
    return;
  // The statement's own block, if it opens one (a loop's header scope is
  // recorded as null: see storeEscapes).
  struct Block {
    std::vector<const Scope *> &stack;
    bool pushed = false;
    ~Block() {
      if (pushed)
        stack.pop_back();
    }
  } block{scopes_};
  if (auto it = info_.scopes.find(s); it != info_.scopes.end()) {
    bool header = isa<ast::ForStmt>(s) || isa<ast::RangeStmt>(s);
    scopes_.push_back(header ? nullptr : it->second);
    block.pushed = true;
  }
  if (auto *e = dyn_cast<ast::ExprStmt>(s)) {
    value(e->x, false);
  } else if (auto *a = dyn_cast<ast::AssignStmt>(s)) {
    if (a->tok == ast::AssignStmt::Tok::OpAssign) { // arithmetic or string: no pointers
      lvalue(a->lhs[0]);
      value(a->rhs[0], false);
      return;
    }
    for (const ast::Expr *l : a->lhs)
      if (a->tok != ast::AssignStmt::Tok::Define || !isa<ast::Ident>(l))
        lvalue(l);
    bool pairwise = a->lhs.size() == a->rhs.size();
    for (size_t i = 0; i < a->rhs.size(); i++)
      value(a->rhs[i], !pairwise || storeEscapes(a->lhs[i]));
  } else if (auto *i = dyn_cast<ast::IncDecStmt>(s)) {
    lvalue(i->x);
  } else if (auto *snd = dyn_cast<ast::SendStmt>(s)) {
    value(snd->chan, false);
    value(snd->value, true);
  } else if (isa<ast::GoStmt>(s) || isa<ast::DeferStmt>(s)) {
    // The call runs later, maybe after the frame is gone: all escapes.
    auto *g = dyn_cast<ast::GoStmt>(s);
    const ast::Expr *later = g ? g->call : cast<ast::DeferStmt>(s)->call;
    if (auto *c = dyn_cast<ast::CallExpr>(ast::unparen(later)))
      call(c, true);
    else
      value(later, true);
  } else if (auto *r = dyn_cast<ast::ReturnStmt>(s)) {
    for (const ast::Expr *x : r->results)
      value(x, true);
  } else if (auto *b = dyn_cast<ast::BlockStmt>(s)) {
    for (const ast::Stmt *x : b->list)
      stmt(x);
  } else if (auto *l = dyn_cast<ast::LabeledStmt>(s)) {
    stmt(l->stmt);
  } else if (auto *is = dyn_cast<ast::IfStmt>(s)) {
    stmt(is->init);
    value(is->cond, false);
    stmt(is->body);
    stmt(is->elseStmt);
  } else if (auto *f = dyn_cast<ast::ForStmt>(s)) {
    stmt(f->init);
    if (f->cond)
      value(f->cond, false);
    stmt(f->post);
    stmt(f->body);
  } else if (auto *rs = dyn_cast<ast::RangeStmt>(s)) {
    if (rs->tok != ast::AssignStmt::Tok::Define) {
      if (rs->key)
        lvalue(rs->key);
      if (rs->value)
        lvalue(rs->value);
    }
    value(rs->x, false); // ranging reads the operand, it keeps nothing
    stmt(rs->body);
  } else if (auto *sw = dyn_cast<ast::SwitchStmt>(s)) {
    stmt(sw->init);
    if (sw->tag)
      value(sw->tag, false);
    stmt(sw->body);
  } else if (auto *ts = dyn_cast<ast::TypeSwitchStmt>(s)) {
    stmt(ts->init);
    if (auto *as = dyn_cast<ast::AssignStmt>(ts->assign))
      for (const ast::Expr *r : as->rhs)
        value(r, true);
    else
      stmt(ts->assign);
    for (const ast::Stmt *c : ts->body->list)
      for (const ast::Stmt *x : cast<ast::CaseClause>(c)->body)
        stmt(x);
  } else if (auto *cc = dyn_cast<ast::CaseClause>(s)) {
    for (const ast::Expr *x : cc->list)
      value(x, false); // compared with the tag
    for (const ast::Stmt *x : cc->body)
      stmt(x);
  } else if (auto *sel = dyn_cast<ast::SelectStmt>(s)) {
    stmt(sel->body);
  } else if (auto *cm = dyn_cast<ast::CommClause>(s)) {
    stmt(cm->comm);
    for (const ast::Stmt *x : cm->body)
      stmt(x);
  } else if (auto *ds = dyn_cast<ast::DeclStmt>(s)) {
    if (ds->decl->tok == ast::GenDecl::Tok::Var)
      for (const ast::Decl *spec : ds->decl->specs) {
        auto *vs = cast<ast::ValueSpec>(spec);
        bool pairwise = vs->names.size() == vs->values.size();
        for (size_t i = 0; i < vs->values.size(); i++)
          value(vs->values[i], !pairwise || storeEscapes(vs->names[i]));
      }
  } else if (isa<ast::BranchStmt>(s) || isa<ast::EmptyStmt>(s)) {
    // nothing evaluated
  } else {
    // Anything else: every operand escapes.
    ast::forEachChild(s, [&](const ast::Node *n) {
      if (auto *x = dyn_cast<ast::Expr>(n))
        value(x, true);
      else if (auto *st = dyn_cast<ast::Stmt>(n))
        stmt(st);
    });
  }
}

// ------------------------------------------------------------- expressions

void EscapeAnalysis::value(const ast::Expr *e, bool esc) {
  if (!e)
    return;
  e = ast::unparen(e);
  auto tv = info_.types.find(e);
  if (tv != info_.types.end() &&
      (tv->second.mode == check::Mode::Constant || tv->second.mode == check::Mode::TypeExpr))
    return;
  if (auto *id = dyn_cast<ast::Ident>(e)) {
    if (auto *v = dyn_cast_or_null<Var>(info_.objectOf(id)); v && esc && tracked_.contains(v))
      escapeVar(v);
  } else if (isa<ast::BasicLit>(e)) {
  } else if (auto *fl = dyn_cast<ast::FuncLit>(e)) {
    funcLit(fl);
  } else if (auto *cl = dyn_cast<ast::CompositeLit>(e)) {
    // Elements are stored in the new value, which may go anywhere.
    for (const ast::Expr *x : cl->elts) {
      if (auto *kv = dyn_cast<ast::KeyValueExpr>(x)) {
        value(kv->key, true);
        value(kv->value, true);
      } else {
        value(x, true);
      }
    }
  } else if (auto *se = dyn_cast<ast::SelectorExpr>(e)) {
    auto it = info_.selections.find(se);
    if (it == info_.selections.end())
      return; // a qualified identifier
    const check::Selection &sel = it->second;
    if (sel.kind == check::SelectionKind::FieldVal) {
      value(se->x, false); // a field is read; x itself goes nowhere
    } else if (sel.kind == check::SelectionKind::MethodVal) {
      // A method value binds its receiver for as long as the value lives.
      auto *m = dyn_cast<Func>(sel.obj);
      const Type *xt = underOf(info_, se->x);
      if (m && m->hasPtrRecv && xt && !isa<Pointer>(xt) && !isa<Interface>(xt))
        addr(se->x, true);
      else
        value(se->x, true);
    }
  } else if (auto *ix = dyn_cast<ast::IndexExpr>(e)) {
    const Type *xt = underOf(info_, ix->x);
    if (!xt || isa<Signature>(xt))
      return; // an instantiation f[T]
    value(ix->x, false);
    for (const ast::Expr *i : ix->indices)
      value(i, isa<Map>(xt)); // a map key may be a pointer
  } else if (auto *sl = dyn_cast<ast::SliceExpr>(e)) {
    const Type *xt = underOf(info_, sl->x);
    if (xt && isa<Array>(xt))
      addr(sl->x, esc);
    else
      value(sl->x, esc); // the result shares x's array
    value(sl->lo, false);
    value(sl->hi, false);
    value(sl->max, false);
  } else if (auto *ta = dyn_cast<ast::TypeAssertExpr>(e)) {
    value(ta->x, true);
  } else if (auto *c = dyn_cast<ast::CallExpr>(e)) {
    call(c, false);
  } else if (auto *st = dyn_cast<ast::StarExpr>(e)) {
    value(st->x, false);
  } else if (auto *u = dyn_cast<ast::UnaryExpr>(e)) {
    if (u->op == ast::Op::And)
      addr(u->x, esc);
    else
      value(u->x, false); // arithmetic, !, a receive
  } else if (auto *b = dyn_cast<ast::BinaryExpr>(e)) {
    value(b->x, false); // comparisons and arithmetic keep nothing
    value(b->y, false);
  } else {
    ast::forEachChild(e, [&](const ast::Node *n) {
      if (auto *x = dyn_cast<ast::Expr>(n))
        value(x, true);
    });
  }
}

void EscapeAnalysis::addr(const ast::Expr *e, bool esc) {
  e = ast::unparen(e);
  if (auto *id = dyn_cast<ast::Ident>(e)) {
    auto *v = dyn_cast_or_null<Var>(info_.objectOf(id));
    if (!v || v->isField || !v->pkg() || v->parent() == v->pkg()->scope.get())
      return; // a package variable lives forever
    if (tracked_.contains(v))
      escapeVar(v); // the analysis does not follow pointers to pointers
    seen_.insert(v);
    if (esc)
      escaping_.insert(v);
  } else if (auto *se = dyn_cast<ast::SelectorExpr>(e)) {
    auto it = info_.selections.find(se);
    if (it == info_.selections.end())
      return; // a qualified package variable
    const Type *xt = underOf(info_, se->x);
    if (xt && isa<Pointer>(xt))
      value(se->x, esc); // inside *x
    else if (it->second.indirect)
      value(se->x, false); // inside what an embedded pointer of x points to
    else
      addr(se->x, esc); // inside x
  } else if (auto *ix = dyn_cast<ast::IndexExpr>(e)) {
    const Type *xt = underOf(info_, ix->x);
    if (xt && isa<Array>(xt))
      addr(ix->x, esc);
    else
      value(ix->x, esc || (xt && isa<Map>(xt)));
    for (const ast::Expr *i : ix->indices)
      value(i, false);
  } else if (auto *st = dyn_cast<ast::StarExpr>(e)) {
    value(st->x, esc);
  } else {
    value(e, true); // &T{...}: a new heap value
  }
}

void EscapeAnalysis::lvalue(const ast::Expr *e) {
  e = ast::unparen(e);
  if (isa<ast::Ident>(e))
    return;
  if (auto *se = dyn_cast<ast::SelectorExpr>(e)) {
    auto it = info_.selections.find(se);
    if (it == info_.selections.end())
      return;
    const Type *xt = underOf(info_, se->x);
    if ((xt && isa<Pointer>(xt)) || it->second.indirect)
      value(se->x, false);
    else
      lvalue(se->x);
  } else if (auto *ix = dyn_cast<ast::IndexExpr>(e)) {
    const Type *xt = underOf(info_, ix->x);
    if (xt && isa<Array>(xt))
      lvalue(ix->x);
    else
      value(ix->x, false);
    for (const ast::Expr *i : ix->indices)
      value(i, xt && isa<Map>(xt)); // a map keeps its keys
  } else if (auto *st = dyn_cast<ast::StarExpr>(e)) {
    value(st->x, false);
  } else {
    value(e, true);
  }
}

// ------------------------------------------------------------------ calls

void EscapeAnalysis::call(const ast::CallExpr *c, bool force) {
  auto ft = info_.types.find(c->fun);
  if (ft != info_.types.end() && ft->second.mode == check::Mode::TypeExpr) {
    for (const ast::Expr *a : c->args) // a conversion: the result is the operand
      value(a, true);
    return;
  }
  if (builtinCall(c, force))
    return;
  const Summary *callee = force ? nullptr : staticCallee(c->fun);
  if (auto *se = dyn_cast<ast::SelectorExpr>(ast::unparen(c->fun))) {
    auto it = info_.selections.find(se);
    if (it != info_.selections.end() && it->second.kind == check::SelectionKind::MethodVal) {
      auto *m = dyn_cast<Func>(it->second.obj);
      const Type *xt = underOf(info_, se->x);
      bool recvEsc = paramEscapes(callee, 0);
      if (!xt || isa<Interface>(xt) || isa<TypeParam>(xt))
        value(se->x, true);
      else if (m && m->hasPtrRecv)
        isa<Pointer>(xt) ? value(se->x, recvEsc) : addr(se->x, recvEsc); // x or &x
      else // a copy of x (or of *x) is the receiver; a slice's copy shares x's array
        value(se->x, force || (!isa<Pointer>(xt) && recvEsc));
      args(c, callee);
      return;
    }
  }
  value(c->fun, true); // func values, other packages' functions
  args(c, callee);
}

void EscapeAnalysis::args(const ast::CallExpr *c, const Summary *callee) {
  size_t first = callee ? callee->first : 0;
  size_t declared = callee ? callee->params.size() - first : 0;
  for (size_t i = 0; i < c->args.size(); i++) {
    bool esc = true;
    if (callee) {
      bool spread = c->args.size() == 1 && declared > 1; // f(g()) with g multi-valued
      bool packed = callee->variadic && i + 1 >= declared && !c->hasEllipsis; // into a new slice
      esc = spread || packed || paramEscapes(callee, first + i);
    }
    value(c->args[i], esc);
  }
}

// Built-in calls: true when c is one (and its operands were visited).
bool EscapeAnalysis::builtinCall(const ast::CallExpr *c, bool force) {
  const ast::Expr *fun = ast::unparen(c->fun);
  const ast::Ident *id = dyn_cast<ast::Ident>(fun);
  if (auto *se = dyn_cast<ast::SelectorExpr>(fun)) // unsafe.Slice, ...
    id = se->sel;
  auto *b = id ? dyn_cast_or_null<Builtin>(info_.objectOf(id)) : nullptr;
  if (!b)
    return false;
  bool keeps = true;
  switch (b->id) {
  case BuiltinId::Len: case BuiltinId::Cap: case BuiltinId::Copy: case BuiltinId::Print:
  case BuiltinId::Println: case BuiltinId::Clear: case BuiltinId::Close: case BuiltinId::Min:
  case BuiltinId::Max: case BuiltinId::Real: case BuiltinId::Imag: case BuiltinId::Complex:
  case BuiltinId::Sizeof: case BuiltinId::Alignof: case BuiltinId::Offsetof:
    keeps = false;
    break;
  case BuiltinId::Delete:
    value(c->args[0], force);
    for (size_t i = 1; i < c->args.size(); i++)
      value(c->args[i], true);
    return true;
  default: // append, panic, new, make, the unsafe conversions
    break;
  }
  for (const ast::Expr *a : c->args)
    value(a, keeps || force);
  return true;
}

// A closure's body runs who knows when: the enclosing function's tracked
// parameters it names escape. Its own locals follow the usual rules; the
// enclosing function's locals it captures are the emitter's business
// (captured variables whose address is taken stay boxed).
void EscapeAnalysis::funcLit(const ast::FuncLit *f) {
  ast::walk(f->body, [&](const ast::Node *n) {
    if (auto *id = dyn_cast<ast::Ident>(n))
      if (auto *v = dyn_cast_or_null<Var>(info_.objectOf(id)); v && tracked_.contains(v))
        escapeVar(v);
  });
  stmt(f->body);
}

} // namespace gopp::codegen
