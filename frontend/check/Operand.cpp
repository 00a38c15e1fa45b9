// Operand.cpp — gc's wording of operands (types2 operandString).
#include "frontend/check/Operand.h"

#include "frontend/ast/Dump.h"
#include "frontend/types/Predicates.h"
#include "frontend/types/TypeString.h"

namespace gopp::check {

using namespace types;


bool Operand::isNil() const { return mode == Mode::Value && (nilValue || isUntypedNil(type)); }

namespace {
const char *modeString(Mode m) {
  switch (m) {
  case Mode::Invalid:
    return "invalid operand";
  case Mode::NoValue:
    return "no value";
  case Mode::Builtin:
    return "built-in";
  case Mode::TypeExpr:
    return "type";
  case Mode::Constant:
    return "constant";
  case Mode::Variable:
    return "variable";
  case Mode::MapIndex:
    return "map index expression";
  case Mode::Value:
    return "value";
  case Mode::CommaOK:
    return "comma, ok expression";
  }
  return "";
}
} // namespace

std::string Operand::describe(const Package *current) const {
  if (isNil())
    return isUntypedNil(type) ? "nil" : "nil (of type " + typeString(type, current) + ")";
  std::string expr;
  if (this->expr)
    expr = ast::exprString(this->expr);
  else if (mode == Mode::TypeExpr)
    expr = typeString(type, current);
  else if (mode == Mode::Constant)
    expr = val.toString();
  std::string out;
  if (!expr.empty())
    out = expr + " (";
  bool hasType = false;
  switch (mode) {
  case Mode::Invalid:
  case Mode::NoValue:
  case Mode::Builtin:
  case Mode::TypeExpr:
    break;
  default:
    if (type) {
      if (isUntyped(type)) {
        out += llvm::cast<Basic>(type)->name().str();
        out += ' ';
        break;
      }
      hasType = true;
    }
  }
  out += modeString(mode);
  if (mode == Mode::Constant) {
    std::string s = val.toString();
    if (s != expr)
      out += " " + s;
  }
  if (hasType) {
    if (!isInvalid(type)) {
      out += isGeneric(type) ? " of generic type " : " of type ";
      writeType(out, type, current);
      if (auto *tp = llvm::dyn_cast<TypeParam>(type)) {
        out += " constrained by ";
        writeType(out, tp->bound, current);
      }
    } else {
      out += " with invalid type";
    }
  }
  if (!expr.empty())
    out += ')';
  return out;
}

} // namespace gopp::check
