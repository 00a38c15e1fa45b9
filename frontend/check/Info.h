// Info.h — what the type checker hands to later stages: a fully resolved
// program, as side tables keyed by AST node (the model is go/types.Info).
//
// Invariants, once a package is checked without errors:
//  - every expression has an entry in `types` with its mode and type, and
//    constants their value. An untyped constant's recorded type is the type
//    it was finally converted to by its context (the implicit conversion
//    made explicit): in `var x float64 = 1`, the literal 1 is recorded as a
//    float64 constant.
//  - every identifier is in `defs` (it declares an object; null for the
//    package name and for `_` in some positions) or in `uses`.
//  - every selector x.f that is a field or method is in `selections`.
//  - `implicits` holds the per-clause variables of type switches and the
//    package names of imports without an explicit name.
//  - `instances` holds, for each use of a generic function or type, the
//    type arguments (explicit or inferred) and the instantiated type.
//  - `initOrder` lists package-level variable initializations in the order
//    the spec's "Package initialization" demands.
//  - `conversions` makes every other implicit conversion explicit: for an
//    expression used where a value of another (assignable) type is needed
//    (a concrete value assigned or passed to an interface, a bidirectional
//    channel to a directional one, a value of an unnamed type to a named
//    one, an operand compared with an interface), the type it becomes.
#pragma once

#include <vector>

#include "llvm/ADT/DenseMap.h"

#include "frontend/ast/AST.h"
#include "frontend/constant/Value.h"
#include "frontend/types/Object.h"

namespace gopp::check {

enum class Mode : uint8_t {
  Invalid,  // an error was reported
  NoValue,  // a call without results
  Builtin,  // a builtin function name
  TypeExpr, // a type
  Constant, // a constant: value is set
  Variable, // an addressable value
  MapIndex, // m[k]: assignable, not addressable
  Value,    // any other value
  CommaOK,  // a value that may also yield a second, boolean result
};

struct TypeAndValue {
  Mode mode = Mode::Invalid;
  const types::Type *type = nullptr;
  constant::Value value; // for Mode::Constant
};

enum class SelectionKind : uint8_t { FieldVal, MethodVal, MethodExpr };

struct Selection {
  SelectionKind kind;
  const types::Type *recv; // the type of x in x.f
  types::Object *obj;      // the field or method
  std::vector<int> index;  // path through embedded fields
  bool indirect;           // a pointer indirection on the path
};

struct Instance {
  std::vector<const types::Type *> typeArgs;
  const types::Type *type;
};

struct Initializer {
  std::vector<types::Var *> lhs; // one, or several for `var a, b = f()`
  const ast::Expr *rhs;
};

struct Info {
  llvm::DenseMap<const ast::Expr *, TypeAndValue> types;
  llvm::DenseMap<const ast::Ident *, types::Object *> defs;
  llvm::DenseMap<const ast::Ident *, types::Object *> uses;
  llvm::DenseMap<const ast::Node *, types::Object *> implicits;
  llvm::DenseMap<const ast::SelectorExpr *, Selection> selections;
  llvm::DenseMap<const ast::Node *, types::Scope *> scopes;
  llvm::DenseMap<const ast::Expr *, Instance> instances;
  std::vector<Initializer> initOrder;
  llvm::DenseMap<const ast::Expr *, const types::Type *> conversions;

  const types::Type *typeOf(const ast::Expr *e) const {
    auto it = types.find(e);
    return it == types.end() ? nullptr : it->second.type;
  }
  types::Object *objectOf(const ast::Ident *id) const {
    auto it = defs.find(id);
    if (it != defs.end() && it->second)
      return it->second;
    auto u = uses.find(id);
    return u == uses.end() ? nullptr : u->second;
  }
};

} // namespace gopp::check
