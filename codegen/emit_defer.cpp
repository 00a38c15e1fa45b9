// emit_defer.cpp — defer statements (spec "Defer statements") and the
// deferred call's recover rights.
//
// Lowering:
//  - `defer f(a, b)` evaluates the function value, the receiver and the
//    arguments now, into temporaries, and pushes a closure that makes the
//    call later onto the frame's go::DeferStack (declared by
//    emitFuncBody when the function has a defer statement).
//  - A method call's receiver is evaluated at the statement, as the
//    method value x.M is: copied for a value method (*p for a pointer p,
//    through embedded pointers too), the address &x of an addressable
//    variable for a pointer method.
//  - The runtime arms the recover flag only for deferred calls that may
//    call recover directly: function literals and declared functions
//    whose bodies call recover(), and calls through func or interface
//    values (unknown, so armed).
#include "codegen/Emitter.h"

namespace gopp::codegen {

// Evaluates what `defer c` and `go c` evaluate at the statement (the
// function value, the receiver, the arguments) into temporaries declared
// in the current block, and returns the call that uses them, with the
// lambda capture list naming them. *mayRecover: whether the callee may
// call recover() directly (see the top of this file). A builtin recover
// as the call itself yields an empty call text.
Emitter::LaterCall Emitter::callLater(const ast::CallExpr *c, bool *mayRecover) {
  const ast::Expr *fun = ast::unparen(c->fun);
  *mayRecover = true;
  std::vector<std::string> caps;
  std::string funcValue;
  // Each operand is evaluated whole, in turn, as a statement of its own
  // (its order points first, order.cpp): value() emits it after them.
  auto capture = [&](const ast::Expr *e, const std::function<std::string()> &value) -> std::string {
    if (auto *t = tv(e); t && t->mode == check::Mode::Constant)
      return "";
    OrderOperand ops[] = {{e, true, false}};
    std::string name = temp("d");
    inOrder(ops, [&] { out->line("auto {} = {};", name, value()); });
    caps.push_back(name);
    overrides_[e] = name;
    return name;
  };
  const check::TypeAndValue *ft = tv(c->fun);
  bool builtin = ft && ft->mode == check::Mode::Builtin;
  if (!builtin) {
    if (auto *s = dyn_cast<ast::SelectorExpr>(fun); s && info->selections.count(s) &&
                                                   info->selections.find(s)->second.kind ==
                                                       check::SelectionKind::MethodVal) {
      // The method value is evaluated here: the receiver after the
      // embedded fields, copied for a value method (through any pointer
      // on the way, which must not be nil), addressed for a pointer
      // method; an interface must not be nil.
      const check::Selection &chosen = info->selections.find(s)->second;
      check::Selection sel = constraintMethod(typeOf(s->x), chosen, s, true).value_or(chosen);
      auto *m = cast<Func>(sel.obj);
      bool ifaceMethod = m->signature()->recv && isa<Interface>(under(m->signature()->recv->type()));
      std::string recv = methodReceiver(s, sel), name = temp("d");
      out->line("auto {} = {};", name, ifaceMethod ? "go::nonNil(" + recv + ")" : recv);
      caps.push_back(name);
      overrides_[s] = name;
      *mayRecover = ifaceMethod || !m->decl || !m->decl->body || usesRecover(m->decl->body);
    } else if (auto *fl = dyn_cast<ast::FuncLit>(fun)) {
      capture(c->fun, [&] { return expr(c->fun); });
      *mayRecover = usesRecover(fl->body);
    } else {
      const Func *f = nullptr;
      if (auto *id = dyn_cast<ast::Ident>(fun))
        f = dyn_cast_or_null<Func>(info->objectOf(id));
      else if (auto *s = dyn_cast<ast::SelectorExpr>(fun))
        f = dyn_cast_or_null<Func>(info->objectOf(s->sel));
      if (f)
        *mayRecover = f->decl && f->decl->body && usesRecover(f->decl->body);
      else
        funcValue = capture(c->fun, [&] { return expr(c->fun); });
    }
  } else {
    *mayRecover = false;
    auto *b = cast<Builtin>(info->objectOf(dyn_cast<ast::Ident>(fun) ? cast<ast::Ident>(fun) : cast<ast::SelectorExpr>(fun)->sel));
    if (b->id == BuiltinId::Recover)
      return {}; // recover is the call itself: the go or defer statement emits it
  }
  for (const ast::Expr *a : c->args)
    capture(a, [&] { return expr(a); });
  LaterCall later;
  later.call = expr(c);
  later.funcValue = funcValue;
  for (const ast::Expr *a : c->args)
    overrides_.erase(a);
  overrides_.erase(c->fun);
  overrides_.erase(fun);
  for (auto &n : caps)
    later.captures += (later.captures.empty() ? "" : ", ") + n;
  return later;
}

void Emitter::deferStmt(const ast::DeferStmt *d) {
  auto *c = cast<ast::CallExpr>(ast::unparen(d->call));
  out->line("{{");
  out->indent();
  bool mayRecover = false;
  LaterCall later = callLater(c, &mayRecover);
  if (later.call.empty()) {
    // `defer recover()` recovers as a recover() of this function would,
    // when it runs at this function's normal return (gc: recover1.go's
    // test5 and test6); run by a panic raised here it is a no-op (test7).
    // The entry is armed exactly when it runs for a panic.
    out->line("gopp_defers.push(go::Func<void()>([gopp_canRecover] {{ go::deferredRecover(gopp_canRecover); }}), true);");
  } else
    out->line("gopp_defers.push(go::Func<void()>([{}]() mutable {{ {}; }}), {});", later.captures, later.call,
              mayRecover ? "true" : "false");
  out->dedent();
  out->line("}}");
}

} // namespace gopp::codegen
