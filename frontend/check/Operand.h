// Operand.h — the checker's view of an expression while it checks it: its
// mode (constant, variable, value, type, …), type and constant value.
//
// describe() words an operand as gc does in messages:
//   "x (variable of type int)", "1.5 (untyped float constant)",
//   "c (untyped int constant 300)", "f() (value of type string)",
//   "nil", "T (type)".
#pragma once

#include <string>

#include "frontend/check/Info.h"
#include "frontend/types/Object.h"

namespace gopp::check {

struct Operand {
  Mode mode = Mode::Invalid;
  const ast::Expr *expr = nullptr;
  const types::Type *type = nullptr;
  constant::Value val;
  types::BuiltinId builtin{};
  // The predeclared nil, even after it took the type of its context
  // (x == nil with x a slice converts nil to x's type).
  bool nilValue = false;

  bool invalid() const { return mode == Mode::Invalid; }
  bool isNil() const;
  bool isConstant() const { return mode == Mode::Constant; }
  void setInvalid() { mode = Mode::Invalid; }

  std::string describe(const types::Package *current) const;
};

} // namespace gopp::check
