// Checker.h — the type checker: resolves every identifier, computes the
// type and value of every expression, and reports gc's errors (spec
// "Declarations and scope" through "Program initialization").
//
// The design follows go/types and cmd/compile's types2 (the checker gc
// itself uses), so that gopp reports what gc reports:
//  - collectObjects (resolver.cpp) creates an object for every
//    package-level declaration, in any order, and records its DeclInfo.
//  - objDecl (decl.cpp) checks one object on demand; package-level objects
//    are checked when first used or in source order, whichever comes
//    first. Cycles are found by colouring objects grey while they are
//    being checked (an "invalid recursive type" or "initialization cycle").
//  - Function bodies are queued and checked after all package-level
//    declarations (so a body sees every package-level type complete).
//  - expressions (expr.cpp, operators.cpp, untyped.cpp, call.cpp, builtins.cpp, conversions.cpp,
//    index.cpp, literals.cpp), statements (stmt.cpp, labels.cpp,
//    return.cpp), types (typexpr.cpp, interface.cpp), assignment
//    (assign.cpp), generics (infer.cpp, instantiate.cpp) and package
//    initialization order (initorder.cpp) each live in their own file.
//
// Errors go to Diagnostics as they are found; an operand that failed
// becomes Mode::Invalid and is never reported on again, so one mistake
// gives one message.
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"

#include "frontend/ast/AST.h"
#include "frontend/check/Info.h"
#include "frontend/check/Operand.h"
#include "frontend/diag/Diagnostics.h"
#include "frontend/types/Lookup.h"
#include "frontend/types/Object.h"
#include "frontend/types/Predicates.h"
#include "frontend/types/Subst.h"
#include "frontend/types/TypeSet.h"
#include "frontend/types/TypeString.h"
#include "frontend/types/Universe.h"

namespace gopp::check {

// Every part of the checker speaks of types and casts them.
using namespace types;
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;
using llvm::isa_and_nonnull;

// Finds and checks imported packages (Importer.cpp).
class Importer {
public:
  virtual ~Importer() = default;
  // The package at `path`, checked; null and `error` set if it cannot be
  // loaded (the message follows gc: "package foo is not in std").
  virtual types::Package *import(const std::string &path, std::string &error) = 0;
};

// What the checker knows of a package-level declaration.
struct DeclInfo {
  types::Scope *fileScope = nullptr;
  const ast::ValueSpec *vspec = nullptr; // const and var
  const ast::TypeSpec *tspec = nullptr;
  const ast::FuncDecl *fdecl = nullptr;
  std::vector<types::Var *> lhs; // var a, b = f(): all of them
  const ast::Expr *typeExpr = nullptr;
  const ast::Expr *init = nullptr;
  unsigned iota = 0;
  bool inherited = false; // a const spec that repeats the previous one's
  llvm::SmallPtrSet<types::Object *, 8> deps; // package-level objects used
};

class Checker {
public:
  Checker(types::TypeContext &ctx, const types::Universe &universe, Importer &importer, Diagnostics &diags,
          types::Package *pkg, Info &info);

  // Checks the files of one package; returns false if errors were reported.
  bool checkFiles(llvm::ArrayRef<ast::File *> files);

  // ---- errors --------------------------------------------------------
  template <class... Args> void errorf(Pos pos, const char *format, const Args &...args) {
    report(pos, fmt::format(fmt::runtime(format), args...));
  }
  void report(Pos pos, std::string message, DiagKind kind = DiagKind::TypeError);
  Pos errpos_; // when valid, where every error is reported (inherited constants)
  std::string str(const types::Type *t) const { return types::typeString(t, pkg_); }
  std::string str(const Operand &x) const { return x.describe(pkg_); }
  std::string str(const ast::Expr *e) const;
  // "file:line:col" of a position, as messages cite other positions.
  std::string posString(Pos p) const;
  std::string typesSummary(const std::vector<const types::Type *> &list, bool variadic) const;

  // ---- shared state (used by every part) ------------------------------
  types::TypeContext &ctx_;
  const types::Universe &universe_;
  Importer &importer_;
  Diagnostics &diags_;
  types::Package *pkg_;
  Info &info_;

  // The environment of the code being checked.
  struct Env {
    DeclInfo *decl = nullptr;        // package-level declaration being checked
    types::Scope *scope = nullptr;   // innermost scope
    const types::Signature *sig = nullptr; // enclosing function
    bool hasIota = false;
    constant::Value iota;
    bool inTypeSwitchGuard = false;
    Pos pos; // position of the declaration being checked (for scoping)
  };
  Env env_;

  const types::Type *invalidType() const { return universe_.invalid(); }
  const types::Basic *typ(types::BasicKind k) const { return universe_.basic(k); }

  // ---- resolver.cpp ---------------------------------------------------
  void collectObjects(llvm::ArrayRef<ast::File *> files);
  void collectImport(const ast::ImportSpec *is, types::Scope *fileScope);
  void collectValueSpec(const ast::GenDecl *gd, const ast::ValueSpec *vs, const ast::ValueSpec *&last,
                        types::Scope *fileScope);
  void collectFunc(const ast::FuncDecl *fd, types::Scope *fileScope, const ast::File *file);
  void arity(const ast::ValueSpec *vs, const ast::ValueSpec *src, bool inherited);
  void declarePkgObj(const ast::Ident *id, types::Object *obj, DeclInfo *d);
  bool declare(types::Scope *scope, const ast::Ident *id, types::Object *obj, Pos scopePos);
  void recordDef(const ast::Ident *id, types::Object *obj) { info_.defs[id] = obj; }
  void recordUse(const ast::Ident *id, types::Object *obj) { info_.uses[id] = obj; }
  void unusedImports();
  types::Scope *newScope(types::Scope *parent, const ast::Node *node, bool isFunc = false);

  std::map<types::Object *, DeclInfo *> objMap_;
  std::vector<types::Object *> objList_; // in source order
  std::vector<std::unique_ptr<DeclInfo>> declInfos_;
  // Methods by receiver base type name, collected before types resolve.
  std::map<std::string, std::vector<types::Func *>> methods_;
  std::vector<types::PkgName *> imports_;
  llvm::DenseMap<const types::Object *, types::PkgName *> dotImported_;
  bool externBodies_ = false; // bodyless functions are allowed (stdlib/ declarations)
  llvm::DenseSet<const types::PkgName *> usedPkgNames_;
  std::vector<types::Scope *> fileScopes_;

  // ---- decl.cpp -------------------------------------------------------
  void packageObjects();
  void objDecl(types::Object *obj);
  void constDecl(types::Const *obj, const ast::Expr *typ, const ast::Expr *init, bool inherited);
  void constDeclInner(types::Const *obj, const ast::Expr *typ, const ast::Expr *init);
  void varDecl(types::Var *obj, llvm::ArrayRef<types::Var *> lhs, const ast::Expr *typ, const ast::Expr *init);
  void typeDecl(types::TypeName *obj, const ast::TypeSpec *spec);
  void funcDecl(types::Func *obj, DeclInfo *d);
  void collectMethods(types::TypeName *obj);
  void setUnderlying(const types::Named *n, const types::Type *u);
  bool reachesLiteral(const types::TypeName *tn) const;
  void reportNamedCycle(const types::TypeName *start, const types::TypeName *at);
  llvm::DenseMap<const types::Named *, std::vector<const types::Named *>> pendingUnder_;
  std::set<const types::Object *> reportedCycles_;
  void declStmt(const ast::GenDecl *d);
  bool cycleCheck(types::Object *obj);
  void reportCycle(const std::vector<types::Object *> &cycle);
  std::vector<types::Object *> objPath_; // objects being checked (grey)

  struct FuncBody {
    DeclInfo *decl;
    std::string name;
    const types::Signature *sig;
    const ast::BlockStmt *body;
    types::Scope *scope;
  };
  std::vector<FuncBody> funcBodies_;
  void processDelayed();
  std::vector<std::function<void()>> delayed_;
  void later(std::function<void()> f) { delayed_.push_back(std::move(f)); }

  // ---- typexpr.cpp ----------------------------------------------------
  const types::Type *typExpr(const ast::Expr *e, const types::Named *def = nullptr);
  const types::Type *varType(const ast::Expr *e); // no constraint interfaces
  const types::Type *definedType(const ast::Expr *e, const types::Named *def);
  const types::Type *typInternal(const ast::Expr *e, const types::Named *def);
  void ident(Operand &x, const ast::Ident *e, const types::Named *def, bool wantType);
  int64_t arrayLength(const ast::Expr *e);
  const types::Signature *funcType(const ast::FuncType *ft, const ast::FieldList *recv,
                                   const types::TypeName *recvTypeName = nullptr);
  std::vector<std::pair<const ast::Ident *, types::Var *>> pendingParams_;
  const types::Tuple *collectParams(types::Scope *scope, const ast::FieldList *list, bool variadicOk,
                                    bool &variadic, bool isResult);
  const types::Struct *structType(const ast::StructType *st);
  const types::Interface *interfaceType(const ast::InterfaceType *it, const types::Named *def);
  const types::Type *unionType(const ast::Expr *e);
  std::vector<types::TypeParam *> collectTypeParams(const ast::FieldList *list);
  const types::Type *bound(const ast::Expr *e);
  const types::Type *instantiatedType(const ast::IndexExpr *ix, const types::Named *def);
  void validType(const types::Named *n, Pos pos);
  bool validTypeRec(const types::Type *t, std::vector<const types::Named *> &path, Pos pos);
  llvm::DenseSet<const types::Named *> validated_;

  // ---- expr.cpp -------------------------------------------------------
  enum class ExprKind { Conversion, Expression, Statement };
  void expr(Operand &x, const ast::Expr *e, const types::Type *hint = nullptr); // single value
  void multiExpr(std::vector<Operand> &out, const ast::Expr *e, bool allowCommaOk);
  void exprList(std::vector<Operand> &out, llvm::ArrayRef<ast::Expr *> es, bool allowCommaOk);
  void exprOrType(Operand &x, const ast::Expr *e, bool allowGeneric = false);
  void genericExpr(Operand &x, const ast::Expr *e);
  ExprKind rawExpr(Operand &x, const ast::Expr *e, const types::Type *hint, bool allowGeneric);
  ExprKind exprInternal(Operand &x, const ast::Expr *e, const types::Type *hint);
  void singleValue(Operand &x);
  void exclude(Operand &x, bool noValue, bool builtin, bool type);
  void unary(Operand &x, const ast::UnaryExpr *e);
  void binary(Operand &x, const ast::Expr *e, const ast::Expr *lhs, const ast::Expr *rhs, ast::Op op, Pos opPos);
  void shift(Operand &x, Operand &y, const ast::Expr *e, ast::Op op);
  void comparison(Operand &x, Operand &y, ast::Op op, bool switchCase, Pos opPos);
  void matchTypes(Operand &x, Operand &y);
  void overflow(Operand &x, Pos opPos);
  bool representable(Operand &x, const types::Basic *typ, bool report = true);
  bool representableValue(const constant::Value &v, const types::Basic *typ, constant::Value *rounded);
  void convertUntyped(Operand &x, const types::Type *target);
  void commitUntyped(Operand &x, const types::Type *nt);
  bool implicitTypeAndValue(Operand &x, const types::Type *target, const types::Type *&out);
  void updateExprType(const ast::Expr *e, const types::Type *t, bool final);
  void updateExprVal(const ast::Expr *e, const constant::Value &v);
  void record(const Operand &x);
  void recordType(const ast::Expr *e, Mode m, const types::Type *t, const constant::Value &v = {});
  void selector(Operand &x, const ast::SelectorExpr *e, const types::Named *def, bool wantType);
  void typeAssertion(const ast::Expr *e, Operand &x, const types::Type *T, bool typeSwitch);
  void funcLit(Operand &x, const ast::FuncLit *e);
  void compositeLit(Operand &x, const ast::CompositeLit *e, const types::Type *hint);
  int64_t indexedElts(llvm::ArrayRef<ast::Expr *> elts, const types::Type *elem, int64_t length);
  bool indexExpr(Operand &x, const ast::IndexExpr *e); // false: it was an instantiation
  void sliceExpr(Operand &x, const ast::SliceExpr *e);
  bool index(const ast::Expr *e, int64_t max, int64_t *out, bool allowNegative = false);
  bool isValidIndex(Operand &x, const char *what, bool allowNegative);
  void useExprs(llvm::ArrayRef<ast::Expr *> es);
  void useLHS(llvm::ArrayRef<ast::Expr *> es);
  bool isAddressable(const Operand &x) const { return x.mode == Mode::Variable; }
  std::string opName(const ast::Expr *e) const;

  // Untyped expressions awaiting their final type (go/types exprInfo).
  struct UntypedInfo {
    bool isLhs;
    Mode mode;
    const types::Basic *type;
    constant::Value val;
  };
  llvm::DenseMap<const ast::Expr *, UntypedInfo> untyped_;

  // ---- call.cpp / conversions.cpp / builtins.cpp --------------------------
  ExprKind callExpr(Operand &x, const ast::CallExpr *call);
  bool arguments(const ast::CallExpr *call, const types::Signature *sig, std::vector<Operand> &args,
                 const std::string &fname, const types::Type *&resultSig);
  void conversion(Operand &x, const types::Type *T);
  bool convertibleTo(Operand &x, const types::Type *T, std::string *cause);
  bool builtin(Operand &x, const ast::CallExpr *call, types::BuiltinId id);
  const types::Type *floatComplexPair(const types::Type *t, bool toComplex) const;
  void useArgs(const ast::CallExpr *call);
  const types::Signature *instantiateSignature(Pos pos, const types::Signature *sig,
                                               const std::vector<const types::Type *> &targs,
                                               const std::vector<Pos> &argPos);
  bool infer(Pos pos, const std::vector<types::TypeParam *> &tparams, std::vector<const types::Type *> &targs,
             const types::Tuple *params, std::vector<Operand> &args, bool variadic, bool reportErrors = true);
  bool unify(const types::Type *x, const types::Type *y, llvm::DenseMap<const types::TypeParam *, const types::Type *> &m,
             bool exact);
  bool satisfies(Pos pos, const types::Type *targ, const types::TypeParam *tpar, const types::SubstMap &smap,
                 std::string *cause);
  // Whether targs satisfy tparams' constraints; the error is at the
  // explicit type argument's position (argPos[i]) or else at pos.
  bool verifyInstance(Pos pos, const std::vector<types::TypeParam *> &tparams,
                      const std::vector<const types::Type *> &targs, const std::vector<Pos> &argPos);
  void funcInst(Operand &x, const ast::IndexExpr *ix, const types::Type *hint);
  const types::Signature *invalidSignature();
  std::string inferCallee_; // the function named in "in call to f, cannot infer T"
  // f[T1] in f[T1](args): the explicit type arguments of a partial
  // instantiation, keyed by the IndexExpr; the call infers the rest.
  llvm::DenseMap<const ast::Expr *, std::vector<const types::Type *>> partialTargs_;

  // ---- assign.cpp -------------------------------------------------------
  bool assignableTo(Operand &x, const types::Type *T, std::string *cause);
  // Why V does not implement T, worded as gc does; empty if it does.
  std::string implementsError(const types::Type *V, const types::Type *T);
  void assignment(Operand &x, const types::Type *T, const std::string &context);
  // Info::conversions: x is used as a value of type T.
  void recordConversion(const Operand &x, const types::Type *T);
  const types::Type *assignVar(const ast::Expr *lhs, Operand &x, const char *context = "assignment");
  void initVar(types::Var *lhs, Operand &x, const std::string &context);
  void initVars(llvm::ArrayRef<types::Var *> lhs, llvm::ArrayRef<ast::Expr *> rhs, const ast::Node *returnStmt);
  void assignVars(llvm::ArrayRef<ast::Expr *> lhs, llvm::ArrayRef<ast::Expr *> rhs);
  void shortVarDecl(const ast::AssignStmt *s);
  void assignError(llvm::ArrayRef<ast::Expr *> rhs, size_t l, size_t r, Pos at, bool isReturn = false);
  void returnError(const ast::Node *at, llvm::ArrayRef<types::Var *> lhs, const std::vector<Operand> &rhs);
  const types::Type *lhsVar(const ast::Expr *lhs);

  // ---- stmt.cpp / labels.cpp / return.cpp ---------------------------------
  enum StmtContext : unsigned {
    BreakOk = 1,
    ContinueOk = 2,
    FallthroughOk = 4,
    FinalSwitchCase = 8,
    InTypeSwitch = 16,
  };
  void funcBody(DeclInfo *decl, const std::string &name, const types::Signature *sig, const ast::BlockStmt *body,
                types::Scope *scope);
  void stmtList(unsigned ctxt, llvm::ArrayRef<ast::Stmt *> list);
  void stmt(unsigned ctxt, const ast::Stmt *s);
  void openScope(const ast::Node *node);
  void closeScope();
  void simpleStmt(const ast::Stmt *s);
  void switchStmt(unsigned ctxt, const ast::SwitchStmt *s);
  void typeSwitchStmt(unsigned ctxt, const ast::TypeSwitchStmt *s);
  void selectStmt(unsigned ctxt, const ast::SelectStmt *s);
  void rangeStmt(unsigned ctxt, const ast::RangeStmt *s);
  bool rangeKeyVal(Operand &x, const types::Type *&key, const types::Type *&val, std::string &cause);
  void forStmt(unsigned ctxt, const ast::ForStmt *s);
  void returnStmt(const ast::ReturnStmt *s);
  void usage(types::Scope *scope);
  void labels(const ast::BlockStmt *body);
  bool isTerminating(const ast::Stmt *s, llvm::StringRef label) const;
  bool isTerminatingList(llvm::ArrayRef<ast::Stmt *> list, llvm::StringRef label) const;
  bool hasBreak(const ast::Stmt *s, llvm::StringRef label, bool implicit) const;
  bool hasBreakList(llvm::ArrayRef<ast::Stmt *> list, llvm::StringRef label, bool implicit) const;
  void caseValues(Operand &x, llvm::ArrayRef<ast::Expr *> values, std::vector<std::pair<Operand, Pos>> &seen);
  std::vector<types::Var *> funcVars_; // locals of the current function, for "declared and not used"

  // ---- initorder.cpp ----------------------------------------------------
  void initOrder();
};

struct CheckOptions {
  // As gc's -complete (which go build passes for packages without
  // assembly): a function declared without a body is an error.
  bool complete = true;
};

// Checks one package (its files already parsed without syntax errors).
// The Universe and TypeContext may be shared by many packages.
bool checkPackage(types::TypeContext &ctx, const types::Universe &universe, Importer &importer,
                  Diagnostics &diags, types::Package *pkg, llvm::ArrayRef<ast::File *> files, Info &info,
                  CheckOptions options = {});

} // namespace gopp::check
