// escape.h — which local variables whose address is taken may still live
// in their function's frame (a C++ local) instead of the collected heap.
//
// Go's rule (spec: "Variables"): a variable lives as long as a reference
// to it does. gopp gives a variable whose address is taken a heap box
// unless this analysis proves that no pointer into it outlives the call
// of its function: every pointer derived from the address (&v, &v.f,
// &v[i], v[:], the implicit &v of a pointer-method call) is only
// dereferenced, compared, indexed, measured (len, cap, copy, range), or
// passed to a function of the same package whose parameter, by the same
// rules, does not escape. Anything else (storing it anywhere, even in a
// local variable, returning it, converting it, capturing it in a
// closure, passing it to a func value, an interface method, another
// package, go or defer) lets it escape.
//
// Parameter summaries are computed over the package's functions and
// methods together: every pointer or slice parameter starts as not
// escaping and is marked as escaping when one of its uses does not fit the
// rules, until nothing changes (mutual recursion converges because marks
// only go one way). Local pointer and slice variables declared with := or
// var are followed the same way: storing &x in such a variable lets x
// escape only if one of the variable's uses does (flow-insensitively:
// any use, anywhere in the function). A variable whose own address is
// taken, or that a closure refers to, escapes: the analysis does not
// follow pointers to pointers. Named results are not followed (a bare
// return reads them). A store into a followed variable counts as not
// escaping only when the variable belongs to the innermost block of the
// store (then it dies no later than anything the stored value points
// into: a variable of an enclosing block, or of an earlier iteration,
// would outlive an address taken in an inner block or a later
// iteration), never in a loop's header (its variables are copied from
// one iteration to the next), and never in a function with a goto (a
// backward goto re-declares variables as a loop does).
//
// Soundness is what matters: a wrong "does not escape" is a dangling
// pointer. Every construct the walk does not list is treated as a sink.
#pragma once

#include <vector>

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"

#include "frontend/check/Info.h"

namespace gopp::codegen {

class EscapeAnalysis {
public:
  EscapeAnalysis(const check::Info &info, const std::vector<const ast::File *> &files);

  // Whether v, a local variable of one of the package's functions, has its
  // address taken only in ways that cannot outlive the frame. False for a
  // variable the analysis never saw (another package's generic body).
  bool addressStaysLocal(const types::Var *v) const {
    return seen_.contains(v) && !escaping_.contains(v);
  }

private:
  struct Summary {
    std::vector<const types::Var *> params; // by position, the receiver first
    size_t first = 0;                        // 1 for methods: where the arguments start
    bool variadic = false;
  };

  void analyze(const ast::FuncDecl *fd);
  // The walk: each marks what escapes given the current summaries.
  void stmt(const ast::Stmt *s);
  void value(const ast::Expr *e, bool esc);
  void addr(const ast::Expr *e, bool esc);
  void lvalue(const ast::Expr *e);
  void call(const ast::CallExpr *c, bool force);
  bool builtinCall(const ast::CallExpr *c, bool force);
  void args(const ast::CallExpr *c, const Summary *callee);
  void funcLit(const ast::FuncLit *f);
  void escapeVar(const types::Var *p);
  bool storeEscapes(const ast::Expr *lhs) const;
  bool paramEscapes(const Summary *s, size_t i) const;
  const Summary *staticCallee(const ast::Expr *fun) const;

  const check::Info &info_;
  llvm::DenseMap<const ast::FuncDecl *, Summary> summaries_;
  // Pointer and slice variables followed: parameters (with summaries) and
  // locals declared with := or var; and those of them that escape.
  llvm::DenseSet<const types::Var *> tracked_, trackedOut_;
  llvm::DenseSet<const types::Var *> seen_, escaping_; // locals whose address is taken
  bool changed_ = false;
  // The blocks around the statement being walked, innermost last; null
  // for a loop's header, where no store is local.
  std::vector<const types::Scope *> scopes_;
  bool hasGoto_ = false; // the function being walked has a goto
};

} // namespace gopp::codegen
