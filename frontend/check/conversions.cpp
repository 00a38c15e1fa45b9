// conversions.cpp — explicit conversions T(x) (spec "Conversions").
#include "frontend/check/Checker.h"

namespace gopp::check {

namespace {
bool isBytesOrRunes(const Type *t) {
  auto *s = dyn_cast_or_null<Slice>(under(t));
  if (!s)
    return false;
  auto *b = dyn_cast_or_null<Basic>(under(s->elem));
  return b && (b->basicKind() == BasicKind::Uint8 || b->basicKind() == BasicKind::Int32);
}
bool isUnsafePointer(const Type *t) {
  auto *b = dyn_cast_or_null<Basic>(under(t));
  return b && b->basicKind() == BasicKind::UnsafePointer;
}
bool isUintptr(const Type *t) {
  auto *b = dyn_cast_or_null<Basic>(under(t));
  return b && b->basicKind() == BasicKind::Uintptr;
}
} // namespace

bool Checker::convertibleTo(Operand &x, const Type *T, std::string *cause) {
  if (assignableTo(x, T, nullptr))
    return true;
  const Type *V = x.type;
  const Type *Vu = under(V), *Tu = under(T);
  auto *Vp = dyn_cast<TypeParam>(V);
  auto *Tp = dyn_cast<TypeParam>(T);
  if (!Vp && !Tp && identicalIgnoreTags(Vu, Tu))
    return true;
  {
    auto *vp = dyn_cast_or_null<Pointer>(V);
    auto *tp = dyn_cast_or_null<Pointer>(T);
    if (vp && tp && !Vp && !Tp && identicalIgnoreTags(under(vp->elem), under(tp->elem)))
      return true;
  }
  if (!Vp && !Tp) {
    if ((isBasic(Vu, IsInteger | IsFloat)) && isBasic(Tu, IsInteger | IsFloat))
      return true;
    if (isBasic(Vu, IsComplex) && isBasic(Tu, IsComplex))
      return true;
    if ((isBasic(Vu, IsInteger) || isBytesOrRunes(Vu)) && isBasic(Tu, IsString))
      return true;
    if (isBasic(Vu, IsString) && isBytesOrRunes(Tu))
      return true;
    if ((isa_and_nonnull<Pointer>(Vu) || isUintptr(Vu)) && isUnsafePointer(Tu))
      return true;
    if (isUnsafePointer(Vu) && (isa_and_nonnull<Pointer>(Tu) || isUintptr(Tu)))
      return true;
    if (auto *s = dyn_cast_or_null<Slice>(Vu)) {
      if (auto *a = dyn_cast_or_null<Array>(Tu); a && identical(s->elem, a->elem))
        return true;
      if (auto *p = dyn_cast_or_null<Pointer>(Tu))
        if (auto *a = dyn_cast_or_null<Array>(under(p->elem)); a && identical(s->elem, a->elem))
          return true;
    }
    return false;
  }
  // Type parameters: every pair of types in the type sets must convert.
  auto termsOf = [](const Type *t) -> std::vector<const Type *> {
    auto *tp = dyn_cast<TypeParam>(t);
    if (!tp)
      return {t};
    std::vector<const Type *> out;
    const Interface *it = tp->iface();
    if (!it)
      return out;
    const TypeSet &ts = typeSetOf(it);
    if (ts.allTypes)
      return out;
    for (const Term &term : ts.terms)
      out.push_back(term.tilde ? under(term.type) : term.type);
    return out;
  };
  auto vs = termsOf(V), ts = termsOf(T);
  if (vs.empty() || ts.empty())
    return false;
  for (const Type *v : vs)
    for (const Type *t : ts) {
      Operand y = x;
      y.type = v;
      if (!convertibleTo(y, t, nullptr)) {
        if (cause)
          *cause = "cannot convert " + str(v) + " (in " + str(V) + ") to type " + str(t) +
                   (Tp ? " (in " + str(T) + ")" : "");
        return false;
      }
    }
  return true;
}

void Checker::conversion(Operand &x, const Type *T) {
  bool constArg = x.mode == Mode::Constant;
  auto constConvertibleTo = [&](const Type *t, constant::Value *val) {
    auto *b = dyn_cast_or_null<Basic>(under(t));
    if (!b)
      return false;
    if (representableValue(x.val, b, val))
      return true;
    if (isInteger(x.type) && (b->info() & IsString)) {
      uint32_t cp = 0xFFFD;
      if (auto v = x.val.uint64Val(); v && *v <= 0x10FFFF && !(*v >= 0xD800 && *v < 0xE000))
        cp = static_cast<uint32_t>(*v);
      std::string s;
      if (cp < 0x80)
        s += static_cast<char>(cp);
      else if (cp < 0x800) {
        s += static_cast<char>(0xC0 | (cp >> 6));
        s += static_cast<char>(0x80 | (cp & 0x3F));
      } else if (cp < 0x10000) {
        s += static_cast<char>(0xE0 | (cp >> 12));
        s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (cp & 0x3F));
      } else {
        s += static_cast<char>(0xF0 | (cp >> 18));
        s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (cp & 0x3F));
      }
      if (val)
        *val = constant::Value::makeString(s);
      return true;
    }
    return false;
  };
  bool ok = false;
  std::string cause;
  Operand orig = x;
  if (constArg && isConstType(T) && !isTypeParam(T)) {
    constant::Value v = x.val;
    ok = constConvertibleTo(T, &v);
    if (!ok && isInteger(x.type) && isInteger(T)) {
      errorf(x.expr->pos(), "constant {} overflows {}", x.val.toString(), str(T));
      x.setInvalid();
      return;
    }
    if (ok)
      x.val = v;
  } else if (constArg && isTypeParam(T)) {
    ok = true;
    auto *tp = cast<TypeParam>(T);
    const Interface *it = tp->iface();
    const TypeSet *ts = it ? &typeSetOf(it) : nullptr;
    if (!ts || ts->allTypes || ts->terms.empty()) {
      cause = str(T) + " does not contain specific types";
      ok = false;
    } else {
      for (const Term &term : ts->terms) {
        const Type *u = under(term.type);
        if (isString(x.type) && isBytesOrRunes(u))
          continue;
        if (!constConvertibleTo(u, nullptr)) {
          cause = "cannot convert " + str(x) + " to type " + str(u) + " (in " + str(T) + ")";
          ok = false;
          break;
        }
      }
    }
    x.mode = Mode::Value;
  } else if (convertibleTo(x, T, &cause)) {
    ok = true;
    x.mode = Mode::Value;
  }
  if (!ok) {
    if (!cause.empty())
      errorf(x.expr->pos(), "cannot convert {} to type {}: {}", str(orig), str(T), cause);
    else
      errorf(x.expr->pos(), "cannot convert {} to type {}", str(orig), str(T));
    x.setInvalid();
    return;
  }
  if (isUntyped(x.type)) {
    const Type *final = T;
    if (isUntypedNil(x.type)) {
      final = x.type;
    } else if (isNonTypeParamInterface(T) || (constArg && !isConstType(T))) {
      final = defaultType(universe_, x.type);
    } else if (x.mode == Mode::Constant && isInteger(x.type) && isString(T)) {
      final = x.type;
    }
    updateExprType(x.expr, final, true);
  }
  x.type = T;
  x.nilValue = false;
}

} // namespace gopp::check
