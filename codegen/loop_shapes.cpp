// loop_shapes.cpp — the loop shapes that poll for preemption less often
// than once per iteration, and the facts about loop counters that let the
// C++ compiler drop bounds checks.
//
// Every loop iteration starts with go::sched::pollLoop() (gopp/sched.h):
// the preemption point that keeps a loop without calls from starving
// other goroutines, as Go's asynchronous preemption does. Except:
// a short counted loop (shortCountedLoop: at most kUnpolledTrips
// iterations of a body with no loop, goto or closure in it) does not
// poll, since the enclosing loop's poll (or the function's entry)
// still comes within a bounded time; and an innermost counted loop
// (chunkedLoop: `v < b; v++` with b and v unchanged by the body; range
// over slices, arrays and integers) runs in chunks of
// go::sched::kLoopChunk iterations, one poll per chunk:
//     while (v < b) {
//       go::sched::pollLoop();
//       T end = go::sched::loopChunkUp<T>(v, b);
//       do { body } while ((v = v + 1) < end);
//     }
// A loop stepping one variable by a constant toward an invariant bound
// (steppedLoop: `i += 3; i < n`, `i--; i >= 0`) polls once per chunk of
// trips computed from the gap. A small loop stepping two ends towards each
// other by one (a tuple post) is versioned (emitVersionedLoop): a copy
// without polls runs when the loop ends within one chunk. All keep the
// time between polls under ~4096 iterations of straight-line code. A poll per iteration cost nbody 21% more
// instructions and kept loops from vectorising; chunks cost a few
// instructions per entry (see the commit for the measurements).
//
// The bounds facts: smallNonNeg_ holds the loop variables known to lie in
// [0, 2^62) through the body being emitted; loopChunk tells the compiler
// 0 <= v < bound (go::sched::assumeIndex) when the counter starts
// non-negative, which it cannot see through the chunk's end.
#include "codegen/Emitter.h"

#include "frontend/ast/Walk.h"

namespace gopp::codegen {

namespace {
constexpr int64_t kUnpolledTrips = 4096;

std::optional<int64_t> constInt(const check::Info *info, const ast::Expr *e) {
  auto it = info->types.find(e);
  if (it == info->types.end() || it->second.mode != check::Mode::Constant)
    return std::nullopt;
  return it->second.value.toInt().int64Val();
}

// The values of an integer type, or nothing for other types.
std::optional<std::pair<__int128, __int128>> intRange(const Type *t) {
  auto *basic = dyn_cast<Basic>(under(t));
  if (!basic)
    return std::nullopt;
  switch (basic->basicKind()) {
  case BasicKind::Int8: return std::pair<__int128, __int128>{INT8_MIN, INT8_MAX};
  case BasicKind::Int16: return std::pair<__int128, __int128>{INT16_MIN, INT16_MAX};
  case BasicKind::Int32: return std::pair<__int128, __int128>{INT32_MIN, INT32_MAX};
  case BasicKind::Int: case BasicKind::Int64: return std::pair<__int128, __int128>{INT64_MIN, INT64_MAX};
  case BasicKind::Uint8: return std::pair<__int128, __int128>{0, UINT8_MAX};
  case BasicKind::Uint16: return std::pair<__int128, __int128>{0, UINT16_MAX};
  case BasicKind::Uint32: return std::pair<__int128, __int128>{0, UINT32_MAX};
  case BasicKind::Uint: case BasicKind::Uint64: case BasicKind::Uintptr: return std::pair<__int128, __int128>{0, UINT64_MAX};
  default: return std::nullopt;
  }
}

// The variables that `n` may assign: on the left of an assignment (not
// declared there), incremented, assigned by a range clause, or addressed.
llvm::DenseSet<const Var *> assignedIn(const check::Info *info, const ast::Node *n) {
  llvm::DenseSet<const Var *> vars;
  auto mark = [&](const ast::Expr *e) {
    if (auto *id = dyn_cast_or_null<ast::Ident>(e ? ast::unparen(e) : nullptr))
      if (auto *v = dyn_cast_or_null<Var>(info->objectOf(id)))
        vars.insert(v);
  };
  ast::walk(n, [&](const ast::Node *c) {
    if (auto *a = dyn_cast<ast::AssignStmt>(c)) {
      for (const ast::Expr *l : a->lhs)
        if (a->tok != ast::AssignStmt::Tok::Define || !info->defs.count(dyn_cast<ast::Ident>(l)))
          mark(l);
    } else if (auto *r = dyn_cast<ast::RangeStmt>(c); r && r->tok == ast::AssignStmt::Tok::Assign) {
      mark(r->key);
      mark(r->value);
    } else if (auto *i = dyn_cast<ast::IncDecStmt>(c)) {
      mark(i->x);
    } else if (auto *u = dyn_cast<ast::UnaryExpr>(c); u && u->op == ast::Op::And) {
      mark(u->x);
    }
  });
  return vars;
}

// Whether a loop body may be emitted twice (emitVersionedLoop): small,
// and holding nothing whose emission must be unique in a function
// (function literals, labels) or that is better kept single (defer, go,
// select, loops).
bool versionable(const ast::BlockStmt *body) {
  constexpr int kMaxNodes = 160; // a body of about a dozen simple statements
  int nodes = 0;
  bool ok = true;
  ast::walk(body, [&](const ast::Node *c) {
    nodes++;
    if (isa<ast::FuncLit>(c) || isa<ast::LabeledStmt>(c) || isa<ast::DeferStmt>(c) || isa<ast::GoStmt>(c) ||
        isa<ast::SelectStmt>(c) || isa<ast::ForStmt>(c) || isa<ast::RangeStmt>(c))
      ok = false;
  });
  return ok && nodes <= kMaxNodes;
}

// Whether n holds a goto.
bool hasGoto(const ast::Node *n) {
  bool found = false;
  ast::walk(n, [&](const ast::Node *c) {
    if (auto *b = dyn_cast<ast::BranchStmt>(c); b && b->tok == ast::BranchStmt::Tok::Goto)
      found = true;
  });
  return found;
}

// Whether n holds a loop (not counting function literals'). Only innermost
// loops run in chunks: for a loop around loops a poll per iteration costs
// next to nothing, and the chunk's nesting can cost much more (fannkuch's
// outer permutation loop chunked: 140.7M -> 166.9M instructions, g++ 12).
bool holdsLoop(const ast::Node *n) {
  bool found = false;
  std::function<void(const ast::Node *)> visit = [&](const ast::Node *c) {
    if (found || isa<ast::FuncLit>(c))
      return;
    if (isa<ast::ForStmt>(c) || isa<ast::RangeStmt>(c)) {
      found = true;
      return;
    }
    ast::forEachChild(c, visit);
  };
  ast::forEachChild(n, visit);
  return found;
}
} // namespace

// Whether a value of type t takes memory: a slice of them cannot hold more
// than the address space does (a []struct{} can have any length).
namespace {
bool takesMemory(const Type *t) {
  t = under(t);
  if (auto *s = dyn_cast<Struct>(t)) {
    for (const Var *f : s->fields)
      if (takesMemory(f->type()))
        return true;
    return false;
  }
  if (auto *a = dyn_cast<Array>(t))
    return a->len > 0 && takesMemory(a->elem);
  return !isa<TypeParam>(t);
}
} // namespace

// Whether e lies in [0, 2^62) wherever the loop body being emitted
// evaluates it: such constants; len and cap of strings, arrays, and slices
// of elements that take memory; and the variables in smallNonNeg_ (a
// counted loop's variable that starts at a non-negative value and stays
// below such a bound, a range loop's index). Two of them add without
// overflow, hence nonNeg: `for j := i + 1; j < len(s); j++` starts at
// a non-negative j.
bool Emitter::smallNonNeg(const ast::Expr *e) {
  e = ast::unparen(e);
  if (auto c = constInt(info, e))
    return *c >= 0 && *c < (int64_t(1) << 62);
  if (auto *id = dyn_cast<ast::Ident>(e)) {
    auto *v = dyn_cast_or_null<Var>(info->objectOf(id));
    return v && smallNonNeg_.contains(v);
  }
  auto *c = dyn_cast<ast::CallExpr>(e);
  auto *fid = c && c->args.size() == 1 ? dyn_cast<ast::Ident>(ast::unparen(c->fun)) : nullptr;
  auto *bi = fid ? dyn_cast_or_null<Builtin>(info->objectOf(fid)) : nullptr;
  if (!bi || (bi->id != BuiltinId::Len && bi->id != BuiltinId::Cap))
    return false;
  const Type *at = under(typeOf(c->args[0]));
  if (auto *p = dyn_cast<Pointer>(at))
    at = under(p->elem);
  if (auto *b = dyn_cast<Basic>(at))
    return b->info() & IsString;
  if (auto *a = dyn_cast<Array>(at))
    return a->len < (int64_t(1) << 62);
  auto *sl = dyn_cast<Slice>(at);
  return sl && takesMemory(sl->elem);
}

bool Emitter::nonNeg(const ast::Expr *e) {
  if (smallNonNeg(e))
    return true;
  auto *b = dyn_cast<ast::BinaryExpr>(ast::unparen(e));
  auto range = intRange(typeOf(e));
  return b && b->op == ast::Op::Add && range && range->second >= INT64_MAX && smallNonNeg(b->x) &&
         smallNonNeg(b->y);
}

// Whether f is `for v := C0; v < C1 (or <=); v++ (or v += C>0) { body }`
// with at most kUnpolledTrips iterations, where body holds no loop, goto,
// label or function literal and never assigns v or takes its address:
// then its trip count is fixed when it starts.
bool Emitter::shortCountedLoop(const ast::ForStmt *f) {
  auto *init = dyn_cast_or_null<ast::AssignStmt>(f->init);
  if (!init || init->tok != ast::AssignStmt::Tok::Define || init->lhs.size() != 1 || init->rhs.size() != 1)
    return false;
  auto *id = dyn_cast<ast::Ident>(init->lhs[0]);
  const Var *v = id ? dyn_cast_or_null<Var>(info->defs.lookup(id)) : nullptr;
  if (!v)
    return false;
  auto isV = [&](const ast::Expr *e) {
    auto *i = dyn_cast<ast::Ident>(ast::unparen(e));
    return i && info->objectOf(i) == v;
  };
  auto *cond = dyn_cast_or_null<ast::BinaryExpr>(f->cond ? ast::unparen(f->cond) : nullptr);
  if (!cond || !isV(cond->x) || (cond->op != ast::Op::Lss && cond->op != ast::Op::Leq))
    return false;
  std::optional<int64_t> from = constInt(info, init->rhs[0]), to = constInt(info, cond->y), step;
  if (auto *inc = dyn_cast_or_null<ast::IncDecStmt>(f->post); inc && inc->op == ast::Op::Inc && isV(inc->x))
    step = 1;
  else if (auto *a = dyn_cast_or_null<ast::AssignStmt>(f->post); a && a->tok == ast::AssignStmt::Tok::OpAssign &&
                                                               a->op == ast::Op::Add && a->lhs.size() == 1 &&
                                                               isV(a->lhs[0]))
    step = constInt(info, a->rhs[0]);
  if (!from || !to || !step || *step <= 0 || *to < *from)
    return false;
  // No wrap-around: the last value v takes, below to + step, must fit v's
  // type (`for v := uint8(0); v <= 255; v++` never ends).
  auto range = intRange(v->type());
  if (!range)
    return false;
  __int128 max = range->second;
  __int128 span = __int128(*to) - *from + (cond->op == ast::Op::Leq ? 1 : 0);
  if (__int128(*to) + *step > max || span > __int128(kUnpolledTrips) * *step)
    return false;
  bool ok = true;
  ast::walk(f->body, [&](const ast::Node *n) {
    if (isa<ast::ForStmt>(n) || isa<ast::RangeStmt>(n) || isa<ast::LabeledStmt>(n) || isa<ast::FuncLit>(n))
      ok = false;
    else if (auto *b = dyn_cast<ast::BranchStmt>(n); b && b->tok == ast::BranchStmt::Tok::Goto)
      ok = false;
    else if (auto *a = dyn_cast<ast::AssignStmt>(n)) {
      for (const ast::Expr *l : a->lhs)
        ok = ok && !isV(l);
    } else if (auto *i = dyn_cast<ast::IncDecStmt>(n))
      ok = ok && !isV(i->x);
    else if (auto *u = dyn_cast<ast::UnaryExpr>(n); u && u->op == ast::Op::And)
      ok = ok && !isV(u->x);
  });
  return ok;
}

// Whether e has the same value at every test of a loop condition, when
// the loop assigns only the variables in `assigned`: constants, local
// variables that nothing else can change (not boxed: no closure changes
// them and nobody holds their address) and the loop does not assign,
// len and cap of those (not of maps or channels), integer conversions
// and + - * of such values (which cannot panic).
bool Emitter::loopInvariant(const ast::Expr *e, const llvm::DenseSet<const Var *> &assigned) {
  e = ast::unparen(e);
  if (overrides_.count(e))
    return true; // a temporary
  if (auto *t = tv(e); t && t->mode == check::Mode::Constant)
    return true;
  if (auto *id = dyn_cast<ast::Ident>(e)) {
    auto *v = dyn_cast_or_null<Var>(info->objectOf(id));
    return isLocalVar(v) && !isAliased(v) && !assigned.contains(v);
  }
  if (auto *b = dyn_cast<ast::BinaryExpr>(e))
    return (b->op == ast::Op::Add || b->op == ast::Op::Sub || b->op == ast::Op::Mul) &&
           intRange(typeOf(e)) && loopInvariant(b->x, assigned) && loopInvariant(b->y, assigned);
  if (auto *u = dyn_cast<ast::UnaryExpr>(e))
    return (u->op == ast::Op::Sub || u->op == ast::Op::Add) && loopInvariant(u->x, assigned);
  if (auto *c = dyn_cast<ast::CallExpr>(e); c && c->args.size() == 1 && !c->hasEllipsis) {
    auto *ft = tv(c->fun);
    if (ft && ft->mode == check::Mode::TypeExpr)
      return intRange(typeOf(e)) && intRange(typeOf(c->args[0])) && loopInvariant(c->args[0], assigned);
    auto *id = dyn_cast<ast::Ident>(ast::unparen(c->fun));
    auto *bi = id ? dyn_cast_or_null<Builtin>(info->objectOf(id)) : nullptr;
    if (!bi || (bi->id != BuiltinId::Len && bi->id != BuiltinId::Cap))
      return false;
    const Type *at = under(typeOf(c->args[0]));
    return (isa<Slice>(at) || isa<Array>(at) || isa<Pointer>(at) || isa<Basic>(at)) &&
           isa<ast::Ident>(ast::unparen(c->args[0])) && loopInvariant(c->args[0], assigned);
  }
  return false;
}

// Whether f is a counted loop, `for ...; v < b; v++ {...}` (or v <= b,
// or v-- with v > b or v >= b), where v is an integer variable that only
// the post statement changes and b a value the loop cannot change
// (loopInvariant). A constant inclusive bound is made exclusive unless it
// is the end of v's type (`for v := uint(9); v >= 0; v--` never ends).
// Such a loop runs in chunks of go::sched::kLoopChunk iterations with a
// poll before each: the same bound on the time between polls as a short
// counted loop, at a poll per chunk instead of per iteration.
std::optional<Emitter::ChunkedLoop> Emitter::chunkedLoop(const ast::ForStmt *f) {
  auto *cond = dyn_cast_or_null<ast::BinaryExpr>(f->cond ? ast::unparen(f->cond) : nullptr);
  if (!cond)
    return std::nullopt;
  auto *vid = dyn_cast<ast::Ident>(ast::unparen(cond->x));
  auto *v = vid ? dyn_cast_or_null<Var>(info->objectOf(vid)) : nullptr;
  if (!isLocalVar(v) || isAliased(v))
    return std::nullopt;
  auto range = intRange(v->type());
  if (!range)
    return std::nullopt;
  auto isV = [&](const ast::Expr *e) {
    auto *i = dyn_cast<ast::Ident>(ast::unparen(e));
    return i && info->objectOf(i) == v;
  };
  std::optional<bool> up;
  if (auto *inc = dyn_cast_or_null<ast::IncDecStmt>(f->post); inc && isV(inc->x))
    up = inc->op == ast::Op::Inc;
  else if (auto *a = dyn_cast_or_null<ast::AssignStmt>(f->post);
           a && a->tok == ast::AssignStmt::Tok::OpAssign && a->lhs.size() == 1 && isV(a->lhs[0]) &&
           (a->op == ast::Op::Add || a->op == ast::Op::Sub) && constInt(info, a->rhs[0]) == 1)
    up = a->op == ast::Op::Add;
  if (!up)
    return std::nullopt;
  bool strict = cond->op == (*up ? ast::Op::Lss : ast::Op::Gtr);
  bool inclusive = cond->op == (*up ? ast::Op::Leq : ast::Op::Geq);
  if (!strict && !inclusive)
    return std::nullopt;
  llvm::DenseSet<const Var *> assigned = assignedIn(info, f->body);
  if (assigned.contains(v) || !loopInvariant(cond->y, assigned))
    return std::nullopt;
  if (hasGoto(f->body) || holdsLoop(f->body))
    return std::nullopt;
  if (strict)
    return ChunkedLoop{cond->x, expr(cond->y), *up, false};
  // v <= C is v < C+1 unless C is the type's largest value; other
  // inclusive bounds count to the chunk's last value (loopChunk).
  auto c = constInt(info, cond->y);
  if (!c || __int128(*c) == (*up ? range->second : range->first))
    return ChunkedLoop{cond->x, expr(cond->y), *up, true};
  return ChunkedLoop{cond->x, constValue(constant::Value::makeInt64(*c + (*up ? 1 : -1)), v->type()), *up, false};
}

// Whether f is an innermost loop `for ...; x OP y; v += C {...}` (OP one
// of < <= > >=; or v -= C, v++, v--, or a tuple `v, w = v + C, w - D`)
// where the stepped variables are local integers, x and y are stepped
// variables or values the loop cannot change, the body assigns none of
// them, and the gap between x and y (y - x for < and <=, x - y for > and
// >=) shrinks by at least one per iteration. Then, each time the
// condition holds, the number of iterations before it can first fail is
// known: a single stepped variable runs them as a chunk with one poll
// (emitSteppedLoop; chunkedLoop covers step one with an invariant bound
// more cheaply); a tuple post, whose two-ended loops are mostly short,
// runs them without polls when they fit one chunk (emitVersionedLoop).
std::optional<Emitter::SteppedLoop> Emitter::steppedLoop(const ast::ForStmt *f) {
  auto *cond = dyn_cast_or_null<ast::BinaryExpr>(f->cond ? ast::unparen(f->cond) : nullptr);
  if (!cond || !f->post || holdsLoop(f->body) || !intRange(typeOf(cond->x)))
    return std::nullopt;
  bool less = cond->op == ast::Op::Lss || cond->op == ast::Op::Leq;
  if (!less && cond->op != ast::Op::Gtr && cond->op != ast::Op::Geq)
    return std::nullopt;
  auto localVar = [&](const ast::Expr *e) -> const Var * {
    auto *id = dyn_cast<ast::Ident>(ast::unparen(e));
    auto *v = id ? dyn_cast_or_null<Var>(info->objectOf(id)) : nullptr;
    return isLocalVar(v) && !isAliased(v) && intRange(v->type()) ? v : nullptr;
  };
  // The post statement: each stepped variable and the constant it adds
  // each iteration (bounded, so the gap's arithmetic cannot overflow).
  llvm::DenseMap<const Var *, int64_t> steps;
  auto add = [&](const Var *v, std::optional<int64_t> step, bool negate) {
    if (!v || !step || *step < -(int64_t(1) << 32) || *step > (int64_t(1) << 32) || steps.count(v))
      return false;
    steps[v] = negate ? -*step : *step;
    return true;
  };
  bool tuple = false;
  if (auto *inc = dyn_cast<ast::IncDecStmt>(f->post)) {
    if (!add(localVar(inc->x), inc->op == ast::Op::Inc ? 1 : -1, false))
      return std::nullopt;
  } else if (auto *a = dyn_cast<ast::AssignStmt>(f->post);
             a && a->tok == ast::AssignStmt::Tok::OpAssign && (a->op == ast::Op::Add || a->op == ast::Op::Sub)) {
    if (!add(localVar(a->lhs[0]), constInt(info, a->rhs[0]), a->op == ast::Op::Sub))
      return std::nullopt;
  } else if (a && a->tok == ast::AssignStmt::Tok::Assign && a->lhs.size() > 1 && a->lhs.size() == a->rhs.size()) {
    tuple = true;
    for (size_t k = 0; k < a->lhs.size(); k++) {
      const Var *v = localVar(a->lhs[k]);
      auto *b = dyn_cast<ast::BinaryExpr>(ast::unparen(a->rhs[k]));
      if (!v || !b || (b->op != ast::Op::Add && b->op != ast::Op::Sub) || localVar(b->x) != v ||
          !add(v, constInt(info, b->y), b->op == ast::Op::Sub))
        return std::nullopt;
    }
  } else {
    return std::nullopt;
  }
  llvm::DenseSet<const Var *> assigned = assignedIn(info, f->body);
  for (auto &[v, step] : steps)
    if (assigned.contains(v))
      return std::nullopt;
  for (auto &[v, step] : steps)
    assigned.insert(v);
  // Each side: a stepped variable, or a value the loop cannot change.
  auto sideStep = [&](const ast::Expr *e) -> std::optional<int64_t> {
    if (const Var *v = localVar(e); v && steps.count(v))
      return steps.lookup(v);
    if (loopInvariant(e, assigned))
      return 0;
    return std::nullopt;
  };
  auto sx = sideStep(cond->x), sy = sideStep(cond->y);
  if (!sx || !sy)
    return std::nullopt;
  // The low end only rises or the high end only falls, towards the other:
  // a loop stepping away (`i < n; i -= 2`) runs until v wraps around.
  int64_t lowStep = less ? *sx : *sy, highStep = less ? *sy : *sx;
  int64_t gap = lowStep - highStep;
  if (lowStep < 0 || highStep > 0 || gap < 1)
    return std::nullopt;
  if (hasGoto(f->body))
    return std::nullopt;
  bool inclusive = cond->op == ast::Op::Leq || cond->op == ast::Op::Geq;
  // Under a strict condition, steps of one cannot step past the other
  // end, so no variable wraps around.
  bool noWrap = !inclusive && lowStep <= 1 && highStep >= -1;
  return SteppedLoop{less ? cond->x : cond->y, less ? cond->y : cond->x, gap, inclusive, tuple, noWrap};
}

// A stepped loop (after its init; the post is an expression):
//     while (cond) {
//       go::sched::pollLoop();
//       uint64_t n = go::sched::loopChunkTrips<T>(lo, hi, gap, inclusive);
//       do { body; continue_label:; post; } while (--n != 0);
//     }
// The chunk runs only iterations whose condition holds (the gap stays
// positive for n of them, so v cannot wrap around before the last), so
// the loop does what Go's does, polling once per
// chunk of at most kLoopChunk iterations instead of once per iteration.
// A break leaves both loops (a goto); a continue goes to the post.
void Emitter::emitSteppedLoop(const ast::ForStmt *f, const std::string &cond, const SteppedLoop &sl,
                              BranchTarget target) {
  out->line("while ({}) {{", cond);
  out->indent();
  out->line("go::sched::pollLoop();");
  std::string n = temp("n");
  out->line("uint64_t {} = go::sched::loopChunkTrips<{}>({}, {}, {}, {});", n, cppType(typeOf(sl.lo)), expr(sl.lo),
            expr(sl.hi), sl.gap, sl.inclusive ? "true" : "false");
  out->line("do {{");
  out->indent();
  target.plainBreak = false;
  target.plainContinue = false;
  loopBody(f->body, std::move(target), nullptr, false);
  stmt(f->post);
  out->dedent();
  out->line("}} while (--{} != 0);", n);
  out->dedent();
  out->line("}}");
}

// A stepped loop with a tuple post and steps of one (after its init):
// two-ended loops such as `for i, j := 0, n-1; i < j; i, j = i+1, j-1`
// mostly run a few iterations per entry, where a chunk's set-up costs
// more than the polls it saves. The loop is versioned instead:
//     if (cond) {
//       if (go::sched::fitsOneChunk<T>(lo, hi, gap)) {
//         do { body; continue_label:; post; } while (cond);
//       } else {
//         do { go::sched::pollLoop(); body; continue_label2:; post; } while (cond);
//       }
//     }
// The first version runs at most kLoopChunk iterations, as a chunk does,
// without a poll; the second is the plain loop. fannkuch's flip loop (2.6
// iterations per entry): 1,619.5M -> 1,510.5M instructions (callgrind,
// n=10; Go 1,380.0M), 11 instructions an iteration against Go's 12, and
// 1.97 s -> 1.88 s (two workers, n=11, median of 6; the unpolled loop
// 1.86 s). The body is emitted twice, so only small bodies qualify
// (versionable). A break leaves the version's do-while; a continue goes
// to the post.
std::optional<Emitter::SteppedLoop> Emitter::versionedLoop(const ast::ForStmt *f) {
  auto sl = steppedLoop(f);
  if (!sl || !sl->tuple || !sl->noWrap || !versionable(f->body))
    return std::nullopt;
  return sl;
}

void Emitter::emitVersionedLoop(const ast::ForStmt *f, const SteppedLoop &sl, BranchTarget target) {
  std::string cond = expr(f->cond);
  out->line("if ({}) {{", cond);
  out->indent();
  out->line("if (go::sched::fitsOneChunk<{}>({}, {}, {})) {{", cppType(typeOf(sl.lo)), expr(sl.lo), expr(sl.hi),
            sl.gap);
  target.plainBreak = true;
  target.plainContinue = false;
  bool breakUsed = false;
  for (bool polled : {false, true}) {
    out->indent();
    out->line("do {{");
    out->indent();
    BranchTarget t = target;
    if (polled)
      t.continueLabel += "_polled";
    loopBody(f->body, t, nullptr, polled);
    breakUsed |= !pendingBreak_.empty();
    stmt(f->post);
    out->dedent();
    out->line("}} while ({});", cond);
    out->dedent();
    if (polled)
      out->line("}}");
    else
      out->line("}} else {{");
  }
  pendingBreak_ = breakUsed ? target.breakLabel : "";
  out->dedent();
  out->line("}}");
}

// Emits `body` inside the loop: the poll (unless `poll` is false: a short
// counted loop), the block, then the continue label if something jumped
// to it.
void Emitter::loopBody(const ast::BlockStmt *body, BranchTarget target, const std::function<void()> &prologue,
                       bool poll) {
  fn->targets.push_back(std::move(target));
  if (poll)
    out->line("go::sched::pollLoop();");
  if (prologue)
    prologue();
  block(body);
  BranchTarget t = fn->targets.back();
  fn->targets.pop_back();
  if (t.continueUsed)
    out->line("{}:;", t.continueLabel);
  pendingBreak_ = t.breakUsed ? t.breakLabel : "";
}

// A chunk of a chunked loop: the loop variable's C++ name and type, the
// bound, the direction, and `next`, the statement that advances it. The
// outer loop has tested the condition, so the chunk runs at least once:
//     go::sched::pollLoop();
//     T end = go::sched::loopChunkUp<T>(v, bound);
//     do { body } while ((next) < end);
// With an inclusive bound the chunk ends on its last value instead, since
// the value past it may not exist (v <= b with b the type's largest value
// never ends in Go; v wraps around, and so it does here, a chunk at a
// time):
//     T last = go::sched::loopChunkLastUp<T>(v, bound);
//     do { body } while (v != last && ((next), true));
//     next;
// A break must leave the outer loop too, so it is a goto; a continue goes
// to the do-while's test, which advances the variable.
void Emitter::loopChunk(const std::string &ct, const std::string &v, const std::string &bound, bool up,
                        bool inclusive, const std::string &next, const ast::BlockStmt *body, BranchTarget target,
                        const std::function<void()> &prologue, bool startsNonNeg) {
  std::string end = temp(inclusive ? "last" : "end");
  out->line("go::sched::pollLoop();");
  out->line("{} {} = go::sched::loopChunk{}{}<{}>({}, {});", ct, end, inclusive ? "Last" : "", up ? "Up" : "Down", ct, v,
            bound);
  out->line("do {{");
  out->indent();
  // 0 <= v < bound here; said for the compiler, which does not see it
  // through the chunk's end (nbody's bs[j]: 161.1M -> 157.5M instructions).
  if (startsNonNeg && up && !inclusive)
    out->line("go::sched::assumeIndex({}, {});", v, bound);
  target.plainBreak = false;
  loopBody(body, std::move(target), prologue, false);
  out->dedent();
  if (inclusive) {
    out->line("}} while ({} != {} && (({}), true));", v, end, next);
    out->line("{};", next);
  } else {
    out->line("}} while (({}) {} {});", next, up ? "<" : ">", end);
  }
}

// A range loop's counter i (C++ type ct) from 0 up to n, advanced by the
// statement next (++i; i += w for a string, whose prologue decodes each
// rune's width w). An innermost loop runs in chunks (see loopChunk), one
// poll each (a loop that compares a string's runes ran 3.76G instructions
// with a poll per rune, 3.55G in chunks; 2.97G with no polls at all).
// Opens the (outer) loop, which the caller closes.
void Emitter::countedRange(const std::string &ct, const std::string &i, const std::string &n, const std::string &next,
                           const ast::BlockStmt *body, BranchTarget target, const std::function<void()> &prologue) {
  if (holdsLoop(body)) {
    out->line("for ({0} {1} = 0; {1} < {2}; {3}) {{", ct, i, n, next);
    out->indent();
    loopBody(body, std::move(target), prologue);
    return;
  }
  out->line("for ({0} {1} = 0; {1} < {2};) {{", ct, i, n);
  out->indent();
  loopChunk(ct, i, n, true, false, next, body, std::move(target), prologue, true);
}

// Whether a range loop's key stays in [0, 2^62) through the body: the
// body does not assign it, and the operand is an array, a string or a
// slice of elements that take memory (0 <= key < len < 2^62).
bool Emitter::rangeKeySmall(const Var *key, const Type *operand, const Type *elem, const ast::BlockStmt *body) {
  return (!isa<Slice>(operand) || takesMemory(elem)) && !assignedIn(info, body).contains(key);
}

} // namespace gopp::codegen
