// emit_chan.cpp — go statements, channel sends and select (spec "Go
// statements", "Send statements", "Select statements"); receives are
// expressions (emit_expr, multiValue) and range over a channel is in
// emit_control.
//
// Lowering:
//  - `go f(a, b)` evaluates the function value, receiver and arguments in
//    the calling goroutine, exactly as `defer` does (callLater), and hands
//    a closure making the call to go::sched::spawn; a nil func value of
//    type func() is a fatal error there, as in gc.
//  - `ch <- v` is go::chanSend<T>(ch, v) (expr() has applied the implicit
//    conversion to the element type the checker recorded); when both operands have effects they are evaluated into
//    temporaries first, channel before value, as the spec orders them.
//  - `select` evaluates every case's channel and send value once, in
//    source order, into temporaries; builds a go::SelectCase array (a send
//    points at its value, a receive at a slot of the element type); asks
//    go::selectgo which case proceeds (-1: default) and runs that case's
//    body after binding its receive variables. Case bodies are an if
//    chain, so `break` leaves the select by goto (as for switch) and
//    `continue` reaches the enclosing loop unchanged.
#include "codegen/Emitter.h"

namespace gopp::codegen {

void Emitter::goStmt(const ast::GoStmt *g) {
  auto *c = cast<ast::CallExpr>(ast::unparen(g->call));
  out->line("{{");
  out->indent();
  bool mayRecover = false; // a goroutine's function is not a deferred call
  LaterCall later = callLater(c, &mayRecover);
  if (later.call.empty())
    later.call = "(void)go::recover(false)";
  // The spawn's own line (a function literal before it moved the C++
  // line count on): race reports show it as where the goroutine was made.
  lineDirective(g->pos(), true);
  // gc hands a func value of type func() straight to newproc, which
  // refuses a nil one in the calling goroutine as a fatal error (no
  // deferred calls run). A call with arguments or results is wrapped in a
  // closure first, so a nil function panics in the new goroutine.
  auto *sig = dyn_cast_or_null<Signature>(coreType(typeOf(c->fun)));
  if (!later.funcValue.empty() && sig && sig->params->size() == 0 && sig->results->size() == 0)
    out->line("if ({}.isNil()) go::fatal(go::String(\"go of nil func value\"));", later.funcValue);
  out->line("go::sched::spawn(go::Func<void()>([{}]() mutable {{ {}; }}));", later.captures, later.call);
  out->dedent();
  out->line("}}");
}

void Emitter::sendStmt(const ast::SendStmt *s) {
  const Type *elem = cast<Chan>(coreType(typeOf(s->chan)))->elem;
  std::string et = cppType(elem);
  if (isImpure(s->chan) && isImpure(s->value)) {
    std::string ch = temp("ch");
    out->line("{{");
    out->indent();
    out->line("auto {} = {};", ch, expr(s->chan));
    out->line("go::chanSend<{}>({}, {});", et, ch, expr(s->value));
    out->dedent();
    out->line("}}");
    return;
  }
  out->line("go::chanSend<{}>({}, {});", et, expr(s->chan), expr(s->value));
}

void Emitter::selectStmt(const ast::SelectStmt *s, const std::string &label) {
  BranchTarget t{s, "", "", "", false};
  loopLabels(t, label);
  out->line("{{");
  out->indent();

  // One entry per case that communicates, in source order.
  struct Comm {
    const ast::CommClause *clause = nullptr;
    const ast::Expr *recvLhs[2] = {nullptr, nullptr}; // v, ok of a receive
    bool define = false;
    std::string slot;           // the receive's slot
    const Type *elem = nullptr; // the received element's type
  };
  std::vector<Comm> comms;
  const ast::CommClause *deflt = nullptr;
  std::vector<std::string> cases;
  for (const ast::Stmt *st : s->body->list) {
    auto *cc = cast<ast::CommClause>(st);
    if (!cc->comm) {
      deflt = cc;
      continue;
    }
    Comm cm;
    cm.clause = cc;
    if (auto *send = dyn_cast<ast::SendStmt>(cc->comm)) {
      const Type *elem = cast<Chan>(coreType(typeOf(send->chan)))->elem;
      std::string ch = temp("ch"), v = temp("v");
      out->line("auto {} = {};", ch, expr(send->chan));
      out->line("{} {} = {};", cppType(elem), v, expr(send->value));
      cases.push_back(fmt::format("go::selectSend<{}>({}, &{})", cppType(elem), ch, v));
      comms.push_back(cm);
      continue;
    }
    // A receive: `<-ch`, `v := <-ch`, `v, ok = <-ch`, ...
    const ast::Expr *rx = nullptr;
    if (auto *es = dyn_cast<ast::ExprStmt>(cc->comm)) {
      rx = es->x;
    } else {
      auto *as = cast<ast::AssignStmt>(cc->comm);
      rx = as->rhs[0];
      cm.define = as->tok == ast::AssignStmt::Tok::Define;
      for (size_t i = 0; i < as->lhs.size() && i < 2; i++)
        cm.recvLhs[i] = as->lhs[i];
    }
    auto *u = cast<ast::UnaryExpr>(ast::unparen(rx));
    const Type *elem = cast<Chan>(coreType(typeOf(u->x)))->elem;
    std::string ch = temp("ch");
    cm.slot = temp("r");
    cm.elem = elem;
    out->line("auto {} = {};", ch, expr(u->x));
    out->line("[[maybe_unused]] {} {}{{}};", cppType(elem), cm.slot);
    cases.push_back(fmt::format("go::selectRecv<{}>({}, &{})", cppType(elem), ch, cm.slot));
    comms.push_back(cm);
  }

  std::string chosen = temp("sel"), ok = temp("ok");
  out->line("[[maybe_unused]] bool {} = false;", ok);
  if (cases.empty()) {
    out->line("[[maybe_unused]] int {} = go::selectgo(nullptr, 0, {}, &{});", chosen, deflt ? "true" : "false", ok);
  } else {
    std::string arr = temp("cases");
    out->line("go::SelectCase {}[] = {{", arr);
    out->indent();
    for (auto &c : cases)
      out->line("{},", c);
    out->dedent();
    out->line("}};");
    out->line("[[maybe_unused]] int {} = go::selectgo({}, {}, {}, &{});", chosen, arr, cases.size(),
              deflt ? "true" : "false", ok);
  }

  fn->targets.push_back(t);
  auto isBlank = [](const ast::Expr *e) {
    auto *id = dyn_cast_or_null<ast::Ident>(e ? ast::unparen(e) : nullptr);
    return !e || (id && id->isBlank());
  };
  bool first = true;
  for (size_t i = 0; i < comms.size(); i++) {
    const Comm &cm = comms[i];
    out->line("{}if ({} == {}) {{", first ? "" : "} else ", chosen, i);
    first = false;
    out->indent();
    const std::string vals[2] = {cm.slot, ok};
    for (int k = 0; k < 2; k++) {
      const ast::Expr *lhs = cm.recvLhs[k];
      if (isBlank(lhs))
        continue;
      const Type *from = k == 0 ? cm.elem : nullptr;
      if (from && identical(from, cm.define ? cast<Var>(info->defs.lookup(cast<ast::Ident>(lhs)))->type() : typeOf(lhs)))
        from = nullptr; // nothing to convert
      if (cm.define) {
        auto *var = cast<Var>(info->defs.lookup(cast<ast::Ident>(lhs)));
        declareVar(var, from ? convertValue(vals[k], from, var->type()) : vals[k]);
      } else {
        storeTo(lhs, from ? convertValue(vals[k], from, typeOf(lhs)) : vals[k]);
      }
    }
    stmtList(cm.clause->body);
    out->dedent();
  }
  closeIfChain(first, deflt ? std::function<void()>([&] { stmtList(deflt->body); }) : nullptr);
  endBreakable();
}

} // namespace gopp::codegen
