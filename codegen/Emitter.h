// Emitter.h — the state of code generation for one package, shared by the
// emit_*.cpp files (each lowers one part of the spec; see their headers).
//
// Invariants:
//  - The emitter only reads the checker's Info; it never re-derives a
//    type. Every expression's type comes from Info::types, every
//    identifier's object from Info::defs/uses, implicit conversions from
//    Info::conversions.
//  - Output goes to sections assembled in a fixed order (includes, type
//    declarations, type definitions, prototypes and variables, descriptors,
//    function bodies, init, main), so a definition can be requested while
//    a body is being emitted and still land before its first use.
//  - Output is deterministic: the same program gives the same C++ (no
//    pointer-keyed iteration reaches the output).
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"

#include "codegen/Codegen.h"
#include "codegen/Names.h"
#include "codegen/escape.h"
#include "frontend/types/Predicates.h"
#include "frontend/types/Subst.h"

namespace gopp::codegen {

// The #ifdef GOPP_RACE table of the package's Go function names by line
// (emit_race.cpp), or "".
std::string raceFuncTable(const Input &in, const std::string &pkgPath);
// `cpp` with each #line directive repeated before every following line of
// code up to the next directive (Input::directiveEveryLine).
std::string restateLineDirectives(const std::string &cpp);
// The absolute path of p's file, as #line directives name it (Go's
// tracebacks and race reports print absolute paths).
std::string sourcePath(const Input &in, Pos p);

using namespace gopp::types;
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;
using llvm::isa_and_nonnull;

// Whether v is a function's local variable or parameter (not a field, not
// package-level).
inline bool isLocalVar(const Var *v) {
  return v && !v->isField && v->pkg() && v->parent() != v->pkg()->scope.get();
}

// A construct code generation cannot translate yet: reported as an error
// at its position rather than emitted wrongly.
struct Unsupported {
  Pos pos;
  std::string what;
};

// Indented lines of C++.
class Out {
public:
  template <class... A> void line(fmt::format_string<A...> f, A &&...args) {
    text_.append(size_t(indent_) * 2, ' ');
    text_ += fmt::format(f, std::forward<A>(args)...);
    text_ += '\n';
  }
  void raw(const std::string &s) { text_ += s; }
  void indent() { indent_++; }
  void dedent() { indent_--; }
  std::string &text() { return text_; }
  int depth() const { return indent_; }
  void setDepth(int d) { indent_ = d; }

private:
  std::string text_;
  int indent_ = 0;
};

// Where `break` and `continue` go inside the innermost statements.
struct BranchTarget {
  const ast::Stmt *stmt;    // the for, switch, select
  std::string label;        // Go label, or ""
  std::string breakLabel;   // C++ label to goto for break ("" : use break)
  std::string continueLabel; // C++ label for continue ("" : use continue)
  bool isLoop;
  bool plainBreak = false;    // a C++ break leaves it (a C++ loop)
  bool plainContinue = false; // a C++ continue continues it
  bool breakUsed = false, continueUsed = false;
};

// What the emitter knows about the function being emitted.
struct FuncState {
  const Signature *sig = nullptr;
  std::vector<std::string> resultNames; // C++ names of the result variables
  bool hasDefer = false;
  bool callsRecover = false;
  std::vector<BranchTarget> targets;
  int temp = 0;
  std::string returnType;
  int returnMarker = -1;
};

class Emitter {
public:
  explicit Emitter(const Input &in);
  bool run(std::string &out, std::string &error);
  // Library mode (emit_library.cpp): the header with the package's C++ API
  // and the source that implements it.
  bool runLibrary(Library &out, std::string &error);

  // The translation's sections (emit_decls.cpp), assembled by run and
  // runLibrary.
  bool emitChecked(std::string &error); // emitPackage, Unsupported as an error
  std::string warningPragmas() const;
  std::string packageIncludes() const;
  std::string declarations(); // types, prototypes, extern variables
  std::string definitions();  // descriptors, variables, bodies, init
  std::string varDefs_;       // library mode: package variables' definitions

  // emit_library.cpp
  std::string apiNamespace() const;
  std::string memberDecls(const TypeName *tn);
  std::string apiSpelling(std::string cppType) const;
  std::string paramDecls(const Signature *sig, const std::vector<std::string> &names, bool api);
  void emitApi(Out &decls, Out &defs, Out &memberDefs);

  // ---------------------------------------------------------- emit_types
  std::string cppType(const Type *t);
  std::string cppResultType(const Signature *sig);
  std::string cppFuncType(const Signature *sig); // go::Func<...>
  std::string zeroValue(const Type *t);
  void emitTypeDecls();
  std::string namedTypeName(const Named *n);
  std::string anonStructName(const Struct *s);
  std::string structDefinition(const std::string &name, const Struct *s, bool isComparable,
                               const TypeName *tn = nullptr);
  void defineDeps(const Type *t);
  void defineNamed(const TypeName *tn);
  bool provided(const Object *o, const std::string &base);
  void requireProvided(const Object *o, const std::string &base);
  bool selfReferential(const Named *n);
  std::string wrappedDefinition(const std::string &name, const Named *n);
  void defineWrapped(const std::string &name, const Named *n);
  bool isPointerShaped(const Type *t);

  // ---------------------------------------------------- emit_descriptors
  // "&gotypes::T_..." for t's descriptor, emitting it if needed.
  std::string typeDesc(const Type *t);
  std::string typeKey(const Type *t); // canonical identity string
  std::string goTypeName(const Type *t, bool inTypeArg = false); // %T spelling
  void emitDescriptor(const Type *t, const std::string &name);
  std::string methodThunk(const Type *recvType, const Func *m, const std::vector<int> &path, bool indirect);
  struct MethodEntry {
    std::string name;
    const Func *m;
    std::vector<int> path;
    bool indirect;
  };
  std::vector<MethodEntry> methodSet(const Type *t);
  std::vector<const Func *> ifaceMethods(const Type *t);
  const Type *methodType(const Func *m, const Type *t = nullptr, const std::vector<int> &path = {});
  const Type *holderType(const Type *t, const std::vector<int> &path);
  std::string methodNameFor(const Func *m, const Type *holder);
  bool typeAvailable(const Type *t, int depth = 0);
  bool methodProvided(const Func *m);
  llvm::DenseMap<const Type *, bool> available_;

  // --------------------------------------------------------- emit_decls
  void emitPackage();
  void emitFuncDecl(const ast::FuncDecl *fd);
  // Emits the body to `out`; returns the C++ parameter list.
  std::string emitFuncBody(const Signature *sig, const ast::FieldList *recv, const ast::FuncType *ftype,
                           const ast::BlockStmt *body, bool isClosure, const Type *recvType = nullptr);
  std::string funcName(const Func *f);      // qualified C++ name
  std::string methodName(const Func *m);    // T_M, qualified
  std::string prototype(const Func *f, bool withNames, const ast::FuncDecl *fd);
  std::string varName(const Var *v);         // C++ spelling of a variable use
  bool hasOwnDefer(const ast::Node *body) const;
  bool inlineHint(const ast::FuncDecl *fd) const;
  bool endsWithoutReturn(const ast::BlockStmt *body) const;
  std::string returnResults();
  std::string unusedMarker(const Var *v);
  std::string returnLabelMarker();
  std::string finishBody(std::string text);
  std::vector<const Var *> markers_;
  std::vector<bool> returnUsed_;
  llvm::DenseSet<const Var *> reads_;
  int writing_ = 0; // > 0: variable names being written, not read
  std::string globalName(const Object *o);   // qualified package-level name

  // ----------------------------------------------------------- emit_expr
  std::string expr(const ast::Expr *e);                 // value, with recorded conversion
  std::string rawExpr(const ast::Expr *e);              // value in its own type
  std::string convertValue(const std::string &v, const Type *from, const Type *to);
  std::string constValue(const constant::Value &v, const Type *t);
  std::string lvalue(const ast::Expr *e);
  std::string binary(const ast::BinaryExpr *b);
  std::string unary(const ast::UnaryExpr *u);
  std::string selector(const ast::SelectorExpr *s);
  std::string fieldPath(std::string base, const Type *t, const std::vector<int> &path, size_t n, bool addrOK, bool baseNeverNil = false);
  std::string index(const ast::IndexExpr *e);
  static std::string subscript(const std::string &i);
  std::string sliceExpr(const ast::SliceExpr *e);
  std::string sliceBase(const ast::SliceExpr *e, const Type *xt);
  std::string sliceExprWith(const ast::SliceExpr *e, const Type *xt, const std::string &x, const std::string &lo,
                            const std::string &hi, const std::string &max, const std::string &three);
  std::string compositeLit(const ast::CompositeLit *c, const Type *t);
  std::string typeAssert(const ast::TypeAssertExpr *t);
  std::string compare(ast::Op op, const ast::Expr *x, const ast::Expr *y);
  std::string arith(ast::Op op, const std::string &x, const std::string &y, const Type *t);
  const Type *typeOf(const ast::Expr *e);
  std::string funcValue(const Func *f);
  std::string instanceValue(const Func *f, const check::Instance &inst);
  std::string paren(const ast::Expr *e);
  int64_t typeSize(const Type *t);
  std::string methodExpr(const ast::SelectorExpr *s, const check::Selection &sel);
  const check::TypeAndValue *tv(const ast::Expr *e) const;
  bool isImpure(const ast::Expr *e) const;
  bool hasCall(const ast::Expr *e, bool builtinsCount) const;
  int operandOrder(const ast::Expr *x, const ast::Expr *y) const;
  bool isNilExpr(const ast::Expr *e) const;

  // ----------------------------------------------------------- emit_call
  std::string call(const ast::CallExpr *c);
  std::string builtinTupleCall(const ast::CallExpr *c, BuiltinId id);
  std::string printCall(BuiltinId id, size_t n, const std::function<std::string(size_t)> &value,
                        const std::function<const Type *(size_t)> &type);
  std::string builtinCall(const ast::CallExpr *c, BuiltinId id);
  std::string builtinBody(const ast::CallExpr *c, BuiltinId id);
  std::string conversion(const ast::CallExpr *c, const Type *to);
  std::vector<std::string> argList(const ast::CallExpr *c, const Signature *sig);
  std::string orderedCall(const std::string &callee, std::vector<std::string> args, const std::vector<bool> &impure);
  const Type *universeAny();
  std::string pendingTuple_; // f(g()): g's tuple, for orderedCall
  std::string pendingOrder_; // argList's calls hoisted before the other arguments, for orderedCall
  size_t pendingTupleArgs_ = 0; // how many of argList's arguments read it
  std::string methodCall(const ast::CallExpr *c, const ast::SelectorExpr *s, const check::Selection &sel);
  std::string methodReceiver(const ast::SelectorExpr *s, const check::Selection &sel);
  std::string methodValue(const ast::SelectorExpr *s, const check::Selection &sel);
  std::string icallFnType(const Signature *sig, size_t first);
  std::optional<check::Selection> constraintMethod(const Type *xt, const check::Selection &sel, const ast::Node *at,
                                                   bool addressable);
  std::string receiverArg(const ast::Expr *x, const check::Selection &sel, const Func *m);
  int ifaceMethodIndex(const Type *iface, llvm::StringRef name);

  // ----------------------------------------------------------- emit_stmt
  void stmt(const ast::Stmt *s);
  void plainStmt(const ast::Stmt *s);
  void block(const ast::BlockStmt *b);
  void stmtList(llvm::ArrayRef<ast::Stmt *> list);
  void assign(const ast::AssignStmt *a);
  void define(const ast::AssignStmt *a);
  void declareVar(const Var *v, const std::string &init);
  void forStmt(const ast::ForStmt *f, const std::string &label);
  void rangeStmt(const ast::RangeStmt *r, const std::string &label);
  void switchStmt(const ast::SwitchStmt *s, const std::string &label);
  void typeSwitchStmt(const ast::TypeSwitchStmt *s, const std::string &label);
  void returnStmt(const ast::ReturnStmt *r);
  void branchStmt(const ast::BranchStmt *b);
  void incDec(const ast::IncDecStmt *s);
  void opAssign(const ast::AssignStmt *a);
  void storeTo(const ast::Expr *lhs, const std::string &value);
  struct Place;
  Place place(const ast::Expr *lhs, bool hoist, const llvm::DenseSet<const Var *> &assigned = {});
  llvm::DenseSet<const Var *> assignedVars(llvm::ArrayRef<const ast::Expr *> lhs);
  std::vector<size_t> callsFirst(llvm::ArrayRef<ast::Expr *> list) const;
  bool readsMutable(const ast::Expr *e) const;
  std::vector<std::string> valuesInGcOrder(llvm::ArrayRef<ast::Expr *> rhs);
  std::string valuesCallsFirst(llvm::ArrayRef<ast::Expr *> list, const std::function<std::string(size_t)> &value,
                               std::vector<std::string> &vals);
  void parallelStore(llvm::ArrayRef<const ast::Expr *> lhs, llvm::ArrayRef<std::string> vals);
  void placeOperands(const ast::Expr *lhs, const llvm::DenseSet<const Var *> &assigned,
                     std::vector<const ast::Expr *> &hoisted);
  void storePlace(const Place &p, const std::string &value);
  std::vector<std::string> multiValue(const ast::Expr *rhs, const std::vector<const Type *> &targets);
  std::string opValue(ast::Op op, const std::string &x, const std::string &y, const Type *t, const ast::Expr *ye);
  std::string fallthroughLabel_;
  std::string loopLabels(BranchTarget &t, const std::string &label);
  void loopBody(const ast::BlockStmt *body, BranchTarget target, const std::function<void()> &prologue,
                bool poll = true);
  bool shortCountedLoop(const ast::ForStmt *f);
  // A counted loop run in chunks (loop_shapes.cpp): the loop variable as
  // the condition names it, its bound (exclusive, or the last value), the
  // direction.
  struct ChunkedLoop {
    const ast::Expr *var;
    std::string bound;
    bool up;
    bool inclusive; // bound is the last value, not one past it
  };
  std::optional<ChunkedLoop> chunkedLoop(const ast::ForStmt *f);
  // A loop whose condition compares its variable with a bound, the post
  // statement closing the gap by a constant each iteration
  // (loop_shapes.cpp).
  struct SteppedLoop {
    const ast::Expr *lo, *hi; // the loop runs while lo < hi (or <=)
    int64_t gap;              // by how much hi - lo shrinks per iteration
    bool inclusive;
    bool tuple;  // the post steps several variables
    bool noWrap; // no variable can wrap around before the condition fails
  };
  std::optional<SteppedLoop> steppedLoop(const ast::ForStmt *f);
  void emitSteppedLoop(const ast::ForStmt *f, const std::string &cond, const SteppedLoop &s, BranchTarget target);
  std::optional<SteppedLoop> versionedLoop(const ast::ForStmt *f);
  void emitVersionedLoop(const ast::ForStmt *f, const SteppedLoop &s, BranchTarget target);
  void loopChunk(const std::string &ct, const std::string &v, const std::string &bound, bool up, bool inclusive,
                 const std::string &next, const ast::BlockStmt *body, BranchTarget target,
                 const std::function<void()> &prologue, bool startsNonNeg = false);
  // Loop variables known to hold a value in [0, 2^62) through the body
  // being emitted (loop_shapes.cpp smallNonNeg), and the tests on them.
  llvm::DenseSet<const Var *> smallNonNeg_;
  bool smallNonNeg(const ast::Expr *e);
  bool nonNeg(const ast::Expr *e);
  bool rangeKeySmall(const Var *key, const Type *operand, const Type *elem, const ast::BlockStmt *body);
  void countedRange(const std::string &ct, const std::string &i, const std::string &n, const std::string &next,
                    const ast::BlockStmt *body, BranchTarget target, const std::function<void()> &prologue);
  bool loopInvariant(const ast::Expr *e, const llvm::DenseSet<const Var *> &assigned);
  void closeLoop();
  std::string postExpr(const ast::Stmt *post);
  std::string pendingBreak_;
  llvm::DenseMap<const ast::Expr *, std::string> overrides_; // operands already evaluated (defer, go, order.cpp)
  std::set<std::string> gotoLabels_; // labels some goto names, in the current function
  void lineDirective(Pos p, bool force = false);
  std::string temp(const char *stem = "t");

  // ---------------------------------------------------------------- order
  // An operand of a statement for gc's order (order.cpp): the root is the
  // statement's whole value; a place is assigned, its operands read.
  struct OrderOperand {
    const ast::Expr *expr;
    bool root;
    bool place;
  };
  struct OrderScan;
  // How an operand is used, for what gc copies at its place.
  enum class OrderUse { Value, Compared }; // Compared: an operand of == or !=
  const Type *orderType(const ast::Expr *e);
  bool isConstant(const ast::Expr *e) const;
  bool isOrderPoint(const ast::Expr *e, OrderUse use = OrderUse::Value);
  bool addressInPlace(const ast::Expr *e);
  bool isMapKeyPoint(const ast::IndexExpr *ix);
  bool mapKeyCopied(const Map *m, const ast::Expr *k);
  bool mapIndexInPlace(const ast::IndexExpr *ix);
  void scanOrder(const ast::Expr *e, bool root, OrderScan &s, OrderUse use = OrderUse::Value);
  void forOperands(const ast::Expr *e, const std::function<void(const ast::Expr *, OrderUse)> &operand,
                   const std::function<void(const ast::Expr *)> &copied);
  void forPlaceOperands(const ast::Expr *e, const std::function<void(const ast::Expr *)> &operand,
                        const std::function<void(const ast::Expr *)> &keyCopied);
  void scanOperands(const ast::Expr *e, OrderScan &s);
  void scanPlace(const ast::Expr *e, OrderScan &s);
  bool needsOrder(llvm::ArrayRef<OrderOperand> operands);
  void hoistPoints(const ast::Expr *e, bool root, std::vector<const ast::Expr *> &hoisted,
                   OrderUse use = OrderUse::Value);
  void hoistOperands(const ast::Expr *e, std::vector<const ast::Expr *> &hoisted);
  void hoistValue(const ast::Expr *e, std::vector<const ast::Expr *> &hoisted);
  void hoistPlace(const ast::Expr *e, std::vector<const ast::Expr *> &hoisted);
  std::vector<const ast::Expr *> orderStatement(llvm::ArrayRef<OrderOperand> operands);
  std::vector<const ast::Expr *> hoistStatement(llvm::ArrayRef<OrderOperand> operands);
  void inOrder(llvm::ArrayRef<OrderOperand> operands, const std::function<void()> &emit);
  std::string orderedExpr(const ast::Expr *e);
  std::vector<OrderOperand> statementOperands(const ast::Stmt *s);

  // -------------------------------------------------------- emit_closure
  void analyzeCaptures(const ast::Node *body);
  std::string funcLit(const ast::FuncLit *f);
  bool isBoxed(const Var *v) const { return boxed_.contains(v); }
  // Whether something other than an assignment to v can change it: a
  // closure (boxed) or a pointer to it (address taken, boxed or not).
  bool isAliased(const Var *v) const { return boxed_.contains(v) || addressed_.contains(v); }
  bool neverNilVar(const ast::Expr *e) const;
  bool usesRecover(const ast::Node *body) const;
  bool declaredOutside(const Var *v, const ast::FuncLit *f) const;

  // ---------------------------------------------------------- emit_defer
  struct LaterCall {
    std::string captures; // the lambda's capture list
    std::string call;     // the call, using the captured temporaries
    std::string funcValue; // the temporary holding a called func value (may be nil), or empty
  };
  LaterCall callLater(const ast::CallExpr *c, bool *mayRecover);
  void goStmt(const ast::GoStmt *g);
  void sendStmt(const ast::SendStmt *s);
  void selectStmt(const ast::SelectStmt *s, const std::string &label);
  void endBreakable();
  void closeIfChain(bool first, const std::function<void()> &deflt);
  void deferStmt(const ast::DeferStmt *d);
  std::string deferredClosure(const ast::CallExpr *c, bool &mayRecover);

  // ------------------------------------------------------- emit_generics
  const Type *sub(const Type *t);
  std::string instanceSuffix(llvm::ArrayRef<const Type *> args);
  std::string requestFuncInstance(const Func *f, llvm::ArrayRef<const Type *> targs);
  std::string requestMethodInstance(const Func *m, const Named *recv);
  std::string typeInstanceName(const Named *n);
  void drainInstances();
  struct PendingInstance {
    const Func *func = nullptr;
    std::vector<const Type *> args;
    std::string name;
    const Signature *sig = nullptr;
    bool isMethod = false;
    const Type *recvType = nullptr;
    const check::Info *info = nullptr; // of the function's package
  };
  void forwardToTemplate(const PendingInstance &p);
  const check::Info *infoFor(const Package *p);
  std::string requestForeignFunc(const Func *f);
  std::vector<PendingInstance> pending_;
  std::map<std::string, std::string> instanceNames_;
  SubstMap subst_;

  [[noreturn]] void unsupported(Pos p, std::string what);

  const Input &in;
  const check::Info *info; // of the package whose code is being emitted
  const Package *pkg;
  std::string ns; // this package's namespace

  Out typesOut, protoOut, descDeclOut, descOut, bodyOut, initOut;
  Out *out = &bodyOut;
  FuncState *fn = nullptr;

  llvm::DenseSet<const Var *> boxed_, captured_, nonNil_, addressed_;
  std::optional<EscapeAnalysis> escape_; // the package's functions (escape.h)
  mutable llvm::DenseMap<const ast::FuncDecl *, bool> inlineHints_; // inlineHint's answers
  std::map<std::string, std::string> descNames_;     // typeKey -> C++ name
  std::map<std::string, std::string> anonStructs_;   // typeKey -> C++ name
  llvm::DenseMap<const TypeName *, std::string> localTypes_;
  // gc's number of each type declared in a function (1, 2, ... in source
  // order over the package), which %T shows inside type arguments.
  llvm::DenseMap<const TypeName *, int> localTypeGen_;
  std::set<const TypeName *> typesDone_, typesActive_;
  std::set<const TypeName *> typesWrapped_; // self-referential non-struct types (selfReferential)
  // While a self-referential pointer or map type is declared, unnamed
  // structs it names are only forward-declared (they may hold the type by
  // value); defineNamed defines them once the type is complete.
  bool anonForwardOnly_ = false;
  std::vector<const Struct *> anonPending_;
  llvm::DenseMap<const Var *, std::string> localNames_; // renamed locals
  int lastLine_ = -1;
  Pos stmtPos_; // the statement being emitted (for refusals without a node)
  std::string lastFile_;
  int closureDepth_ = 0;
  bool qualify_ = false; // spell this package's names in full (outside its namespace)
  std::set<std::string> usedNames_, packageNames_;
};

} // namespace gopp::codegen
