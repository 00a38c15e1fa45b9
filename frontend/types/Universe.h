// Universe.h — the universe scope (spec "Predeclared identifiers"): the
// basic types, byte and rune, any, error, comparable, true, false, iota,
// nil and the builtin functions, plus package unsafe.
//
// One Universe per TypeContext; every package scope's parent is its scope.
#pragma once

#include "frontend/types/Object.h"
#include "frontend/types/Type.h"

namespace gopp::types {

class Universe {
public:
  explicit Universe(TypeContext &ctx);

  Scope *scope() const { return scope_.get(); }
  Package *unsafePackage() const { return unsafe_.get(); }

  const Basic *basic(BasicKind k) const { return basics_[static_cast<unsigned>(k)]; }
  const Basic *invalid() const { return basic(BasicKind::Invalid); }
  const Basic *byteType() const { return byte_; }
  const Basic *runeType() const { return rune_; }
  const Type *errorType() const { return error_; }
  const Interface *emptyInterface() const { return any_; }
  const Type *anyType() const { return anyAlias_; }
  const Named *comparableType() const { return comparable_; }
  const Const *iota() const { return iota_; }
  // The method Error() string of the error interface.
  const Func *errorMethod() const { return errorMethod_; }

private:
  std::unique_ptr<Scope> scope_;
  std::unique_ptr<Package> unsafe_;
  const Basic *basics_[static_cast<unsigned>(BasicKind::UntypedNil) + 1];
  const Basic *byte_, *rune_;
  const Named *error_;
  const Interface *any_;
  const Type *anyAlias_;
  const Named *comparable_;
  const Const *iota_;
  const Func *errorMethod_;
};

} // namespace gopp::types
