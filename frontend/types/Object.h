// Object.h — named language entities: constants, variables, types,
// functions, packages, labels, builtins and nil (spec "Declarations and
// scope"), and the scopes and packages that hold them.
//
// Invariants:
//  - Every object has a name, a position (invalid for the universe's), a
//    package (null in the universe) and a type once it is checked; the
//    checker resolves package-level objects lazily, in any order, and
//    detects cycles through Object::color.
//  - Scopes nest by parent pointers; a lookup walks outwards. Inside
//    function bodies an object is visible only after its declaration
//    (lookupParent takes the position of the use).
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Casting.h"

#include "frontend/constant/Value.h"
#include "frontend/source/Pos.h"
#include "frontend/types/Type.h"

namespace gopp::ast {
class Node;
class Decl;
class FuncDecl;
} // namespace gopp::ast

namespace gopp::types {

class Scope;

enum class ObjKind : uint8_t { PkgName, Const, TypeName, Var, Func, Label, Builtin, Nil };

// The state of a package-level object during checking (go/types color).
enum class Color : uint8_t { White, Grey, Black };

class Object {
public:
  virtual ~Object() = default;
  ObjKind objKind() const { return kind_; }

  llvm::StringRef name() const { return name_; }
  Pos pos() const { return pos_; }
  const Type *type() const { return type_; }
  void setType(const Type *t) { type_ = t; }
  Package *pkg() const { return pkg_; }
  Scope *parent() const { return parent_; }
  void setParent(Scope *s) { parent_ = s; }

  bool exported() const;
  // The name as gc qualifies it in messages.
  std::string qualifiedName() const;

  Color color = Color::White;
  // Declared at package level; the checker then keeps its declaration.
  bool used = false;
  // Position after which the object is visible within a function (the
  // end of its spec): objects in function scopes before this are hidden.
  Pos scopePos;

protected:
  Object(ObjKind k, Package *pkg, Pos pos, llvm::StringRef name, const Type *type)
      : kind_(k), name_(name), pos_(pos), type_(type), pkg_(pkg) {}

private:
  ObjKind kind_;
  llvm::StringRef name_;
  Pos pos_;
  const Type *type_;
  Package *pkg_;
  Scope *parent_ = nullptr;
};

class PkgName : public Object {
public:
  PkgName(Package *pkg, Pos pos, llvm::StringRef name, Package *imported)
      : Object(ObjKind::PkgName, pkg, pos, name, nullptr), imported(imported) {}
  static bool classof(const Object *o) { return o->objKind() == ObjKind::PkgName; }
  Package *imported;
};

class Const : public Object {
public:
  Const(Package *pkg, Pos pos, llvm::StringRef name, const Type *type, constant::Value val)
      : Object(ObjKind::Const, pkg, pos, name, type), val(std::move(val)) {}
  static bool classof(const Object *o) { return o->objKind() == ObjKind::Const; }
  constant::Value val;
};

class TypeName : public Object {
public:
  TypeName(Package *pkg, Pos pos, llvm::StringRef name, const Type *type)
      : Object(ObjKind::TypeName, pkg, pos, name, type) {}
  static bool classof(const Object *o) { return o->objKind() == ObjKind::TypeName; }
  bool isAlias() const;
};

class Var : public Object {
public:
  Var(Package *pkg, Pos pos, llvm::StringRef name, const Type *type)
      : Object(ObjKind::Var, pkg, pos, name, type) {}
  static bool classof(const Object *o) { return o->objKind() == ObjKind::Var; }
  bool isField = false;
  bool embedded = false;
  bool isParam = false;
  const Var *origin = nullptr; // for fields/params of instantiated types
};

class Func : public Object {
public:
  Func(Package *pkg, Pos pos, llvm::StringRef name, const Type *sig)
      : Object(ObjKind::Func, pkg, pos, name, sig) {}
  static bool classof(const Object *o) { return o->objKind() == ObjKind::Func; }
  const Signature *signature() const { return llvm::cast_or_null<Signature>(type()); }
  bool hasPtrRecv = false;
  const ast::FuncDecl *decl = nullptr;
  const Func *origin = nullptr; // for methods of instantiated types
};

class Label : public Object {
public:
  Label(Pos pos, llvm::StringRef name) : Object(ObjKind::Label, nullptr, pos, name, nullptr) {}
  static bool classof(const Object *o) { return o->objKind() == ObjKind::Label; }
};

enum class BuiltinId : uint8_t {
  Append, Cap, Clear, Close, Complex, Copy, Delete, Imag, Len, Make, Max, Min, New, Panic,
  Print, Println, Real, Recover,
  // package unsafe
  Add, Alignof, Offsetof, Sizeof, Slice, SliceData, String, StringData,
};

class Builtin : public Object {
public:
  Builtin(llvm::StringRef name, BuiltinId id) : Object(ObjKind::Builtin, nullptr, Pos{}, name, nullptr), id(id) {}
  static bool classof(const Object *o) { return o->objKind() == ObjKind::Builtin; }
  BuiltinId id;
};

class Nil : public Object {
public:
  explicit Nil(const Type *t) : Object(ObjKind::Nil, nullptr, Pos{}, "nil", t) {}
  static bool classof(const Object *o) { return o->objKind() == ObjKind::Nil; }
};

// ------------------------------------------------------------------ scopes

class Scope {
public:
  Scope(Scope *parent, Pos pos, Pos end, bool isFunc) : parent_(parent), pos_(pos), end_(end), isFunc_(isFunc) {}

  Scope *parent() const { return parent_; }
  // The object named `name` in this scope only.
  Object *lookup(llvm::StringRef name) const;
  // Inserts obj; returns the object already there (and inserts nothing),
  // or null.
  Object *insert(Object *obj);
  // Walks outwards; inside functions, objects declared after `pos` are
  // skipped. Sets `*where` to the scope found in.
  Object *lookupParent(llvm::StringRef name, Pos pos, Scope **where = nullptr) const;

  bool isFunc() const { return isFunc_; }
  const std::vector<Object *> &objects() const { return order_; }
  std::vector<Scope *> children;

private:
  Scope *parent_;
  Pos pos_, end_;
  bool isFunc_;
  llvm::StringMap<Object *> elems_;
  std::vector<Object *> order_;
};

// ---------------------------------------------------------------- packages

class Package {
public:
  Package(std::string path, std::string name, Scope *universe)
      : path(std::move(path)), name(std::move(name)), scope(std::make_unique<Scope>(universe, Pos{}, Pos{}, false)) {}
  std::string path;
  std::string name;
  std::unique_ptr<Scope> scope;
  std::vector<Package *> imports;
  bool complete = false;
  bool fake = false; // a stand-in after an import error
};

} // namespace gopp::types
