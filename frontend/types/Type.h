// Type.h — Go's types, as the type checker builds them (spec "Types").
//
// The model is go/types': one class per kind of type, LLVM-style RTTI, and
// types compared by structure with identical() (Predicates.h), not by
// pointer. Basic types and the predeclared ones are singletons in the
// Universe, so `t == universe.intType()` also works for them.
//
// Invariants:
//  - Types are owned by a TypeContext and live as long as it does; they are
//    never freed one by one, and point at each other freely (a Named's
//    underlying type may refer back to the Named).
//  - A Named type is complete once its underlying type is set; until then
//    underlying() is null (only while its declaration is being checked, for
//    recursive types).
//  - byte and rune are distinct Basic objects whose kinds are Uint8 and
//    Int32: identical() compares kinds, so byte ≡ uint8, and the checker
//    keeps the spelling the program used for messages, as gc does.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Casting.h"

namespace gopp::types {

class Object;
class TypeName;
class Func;
class Var;
class Package;
class Type;

enum class TypeKind : uint8_t {
  Basic,
  Pointer,
  Slice,
  Array,
  Map,
  Chan,
  Struct,
  Signature,
  Interface,
  Union,
  Tuple,
  Named,
  TypeParam,
};

class Type {
public:
  TypeKind kind() const { return kind_; }
  virtual ~Type() = default;

  // The underlying type (spec "Underlying types"): itself for type
  // literals and basic types; for Named and TypeParam see their classes.
  const Type *underlying() const;

protected:
  explicit Type(TypeKind k) : kind_(k) {}

private:
  TypeKind kind_;
};

// ------------------------------------------------------------------ basic

enum class BasicKind : uint8_t {
  Invalid,
  Bool,
  Int,
  Int8,
  Int16,
  Int32,
  Int64,
  Uint,
  Uint8,
  Uint16,
  Uint32,
  Uint64,
  Uintptr,
  Float32,
  Float64,
  Complex64,
  Complex128,
  String,
  UnsafePointer,
  UntypedBool,
  UntypedInt,
  UntypedRune,
  UntypedFloat,
  UntypedComplex,
  UntypedString,
  UntypedNil,
};

// Properties of basic types, as bit flags (go/types BasicInfo).
enum BasicInfo : unsigned {
  IsBoolean = 1,
  IsInteger = 2,
  IsUnsigned = 4,
  IsFloat = 8,
  IsComplex = 16,
  IsString = 32,
  IsUntyped = 64,
  IsOrdered = IsInteger | IsFloat | IsString,
  IsNumeric = IsInteger | IsFloat | IsComplex,
  IsConstType = IsBoolean | IsNumeric | IsString,
};

class Basic : public Type {
public:
  Basic(BasicKind k, unsigned info, llvm::StringRef name) : Type(TypeKind::Basic), kind_(k), info_(info), name_(name) {}
  static bool classof(const Type *t) { return t->kind() == TypeKind::Basic; }

  BasicKind basicKind() const { return kind_; }
  unsigned info() const { return info_; }
  llvm::StringRef name() const { return name_; }

private:
  BasicKind kind_;
  unsigned info_;
  llvm::StringRef name_;
};

// --------------------------------------------------------- composite types

class Pointer : public Type {
public:
  explicit Pointer(const Type *elem) : Type(TypeKind::Pointer), elem(elem) {}
  static bool classof(const Type *t) { return t->kind() == TypeKind::Pointer; }
  const Type *elem;
};

class Slice : public Type {
public:
  explicit Slice(const Type *elem) : Type(TypeKind::Slice), elem(elem) {}
  static bool classof(const Type *t) { return t->kind() == TypeKind::Slice; }
  const Type *elem;
};

class Array : public Type {
public:
  Array(const Type *elem, int64_t len) : Type(TypeKind::Array), elem(elem), len(len) {}
  static bool classof(const Type *t) { return t->kind() == TypeKind::Array; }
  const Type *elem;
  int64_t len; // -1: unknown (after an error)
};

class Map : public Type {
public:
  Map(const Type *key, const Type *elem) : Type(TypeKind::Map), key(key), elem(elem) {}
  static bool classof(const Type *t) { return t->kind() == TypeKind::Map; }
  const Type *key, *elem;
};

enum class ChanDir : uint8_t { Both, Send, Recv };

class Chan : public Type {
public:
  Chan(ChanDir dir, const Type *elem) : Type(TypeKind::Chan), dir(dir), elem(elem) {}
  static bool classof(const Type *t) { return t->kind() == TypeKind::Chan; }
  ChanDir dir;
  const Type *elem;
};

class Struct : public Type {
public:
  Struct() : Type(TypeKind::Struct) {}
  static bool classof(const Type *t) { return t->kind() == TypeKind::Struct; }
  std::vector<Var *> fields; // Var::isField(); embedded fields marked
  std::vector<std::string> tags;
};

// A list of variables: parameters, results, or a multi-value expression.
class Tuple : public Type {
public:
  Tuple() : Type(TypeKind::Tuple) {}
  static bool classof(const Type *t) { return t->kind() == TypeKind::Tuple; }
  std::vector<Var *> vars;
  size_t size() const { return vars.size(); }
  const Type *at(size_t i) const;
};

class TypeParam;

class Signature : public Type {
public:
  Signature() : Type(TypeKind::Signature) {}
  static bool classof(const Type *t) { return t->kind() == TypeKind::Signature; }
  Var *recv = nullptr;                  // methods only
  std::vector<TypeParam *> typeParams;  // generic functions
  std::vector<TypeParam *> recvTypeParams;
  const Tuple *params = nullptr;        // never null once built
  const Tuple *results = nullptr;       // never null once built
  bool variadic = false;                // last param is ...T (stored as []T)
};

// A term of a type set: T or ~T.
struct Term {
  bool tilde = false;
  const Type *type = nullptr; // null: the set of all types
};

// A union of terms in a constraint: A | ~B.
class Union : public Type {
public:
  Union() : Type(TypeKind::Union) {}
  static bool classof(const Type *t) { return t->kind() == TypeKind::Union; }
  std::vector<Term> terms;
};

// The type set of an interface (spec "Interface types"), computed lazily.
struct TypeSet {
  std::vector<Func *> methods; // sorted by unique name
  bool allTypes = true;        // no type terms restrict it
  std::vector<Term> terms;     // when !allTypes (empty: the empty set)
  bool comparable = false;     // "comparable" is embedded
  bool isMethodSet() const { return allTypes && !comparable; }
};

class Interface : public Type {
public:
  Interface() : Type(TypeKind::Interface) {}
  static bool classof(const Type *t) { return t->kind() == TypeKind::Interface; }
  std::vector<Func *> methods;            // declared here
  std::vector<const Type *> embeddeds;    // embedded types, unions, ~T
  bool implicit = false;                  // wraps a constraint literal like ~int
  bool isComparableBuiltin = false;       // the predeclared "comparable"
  mutable std::unique_ptr<TypeSet> typeSet; // computed by typeSetOf
  mutable bool computing = false;
  bool complete = false;                  // all embeddeds are known
};

// ------------------------------------------------------------ named types

class TypeContext;

class Named : public Type {
public:
  explicit Named(TypeName *obj) : Type(TypeKind::Named), obj(obj) {}
  static bool classof(const Type *t) { return t->kind() == TypeKind::Named; }

  TypeName *obj;
  // Set when resolved; for an instance, when expanded (on first use of
  // underlying(), since the origin may still be being declared).
  mutable const Type *under = nullptr;
  TypeContext *ctx = nullptr;              // instances: where to expand
  mutable std::vector<const Named *> instances; // origin: cache of instances
  const Type *fromRHS = nullptr;           // the declared right-hand side
  std::vector<Func *> methods;             // declared methods (origin only)
  std::vector<TypeParam *> typeParams;     // of a generic type
  // An instance of a generic type: its origin and type arguments.
  const Named *orig = nullptr;
  std::vector<const Type *> typeArgs;
  mutable bool expanding = false;

  const Named *origin() const { return orig ? orig : this; }
  const std::vector<Func *> &allMethods() const { return origin()->methods; }
};

class TypeParam : public Type {
public:
  TypeParam(TypeName *obj, unsigned index) : Type(TypeKind::TypeParam), obj(obj), index(index) {}
  static bool classof(const Type *t) { return t->kind() == TypeKind::TypeParam; }
  TypeName *obj;
  unsigned index;
  const Type *bound = nullptr; // the constraint (an Interface, possibly implicit)
  // The constraint's interface (bound's underlying interface).
  const Interface *iface() const;
};

// Owns every type, object and scope made during a run (a TypeContext
// outlives the checked program that points into it).
class TypeContext {
public:
  template <class T, class... Args> T *make(Args &&...args) {
    auto p = std::make_shared<T>(std::forward<Args>(args)...);
    T *raw = p.get();
    owned_.push_back(std::move(p));
    return raw;
  }
  const Tuple *emptyTuple() {
    if (!empty_)
      empty_ = make<Tuple>();
    return empty_;
  }

private:
  std::vector<std::shared_ptr<void>> owned_; // keeps each object's deleter
  Tuple *empty_ = nullptr;
};

} // namespace gopp::types
