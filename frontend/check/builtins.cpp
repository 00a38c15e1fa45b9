// builtins.cpp — calls of the predeclared functions (spec "Built-in
// functions") and of package unsafe's.
#include "frontend/check/Checker.h"
#include "frontend/ast/Dump.h"
#include "frontend/types/Sizes.h"

namespace gopp::check {

namespace {
struct BuiltinInfo {
  const char *name;
  unsigned nargs;
  bool variadic;
};

BuiltinInfo infoOf(BuiltinId id) {
  switch (id) {
  case BuiltinId::Append: return {"append", 1, true};
  case BuiltinId::Cap: return {"cap", 1, false};
  case BuiltinId::Clear: return {"clear", 1, false};
  case BuiltinId::Close: return {"close", 1, false};
  case BuiltinId::Complex: return {"complex", 2, false};
  case BuiltinId::Copy: return {"copy", 2, false};
  case BuiltinId::Delete: return {"delete", 2, false};
  case BuiltinId::Imag: return {"imag", 1, false};
  case BuiltinId::Len: return {"len", 1, false};
  case BuiltinId::Make: return {"make", 1, true};
  case BuiltinId::Max: return {"max", 1, true};
  case BuiltinId::Min: return {"min", 1, true};
  case BuiltinId::New: return {"new", 1, false};
  case BuiltinId::Panic: return {"panic", 1, false};
  case BuiltinId::Print: return {"print", 0, true};
  case BuiltinId::Println: return {"println", 0, true};
  case BuiltinId::Real: return {"real", 1, false};
  case BuiltinId::Recover: return {"recover", 0, false};
  case BuiltinId::Add: return {"Add", 2, false};
  case BuiltinId::Alignof: return {"Alignof", 1, false};
  case BuiltinId::Offsetof: return {"Offsetof", 1, false};
  case BuiltinId::Sizeof: return {"Sizeof", 1, false};
  case BuiltinId::Slice: return {"Slice", 2, false};
  case BuiltinId::SliceData: return {"SliceData", 1, false};
  case BuiltinId::String: return {"String", 2, false};
  case BuiltinId::StringData: return {"StringData", 1, false};
  }
  return {"?", 0, false};
}

// The array type behind an array or pointer to array.
const Type *arrayPtrDeref(const Type *t) {
  if (auto *p = dyn_cast_or_null<Pointer>(t))
    if (auto *a = dyn_cast_or_null<Array>(under(p->elem)))
      return a;
  return t;
}
} // namespace

// complex() maps float32, float64 and untyped float to the complex type of
// the same precision; real() and imag() map back. Null for other types.
const Type *Checker::floatComplexPair(const Type *t, bool toComplex) const {
  static const std::pair<BasicKind, BasicKind> kPairs[] = {{BasicKind::Float32, BasicKind::Complex64},
                                                           {BasicKind::Float64, BasicKind::Complex128},
                                                           {BasicKind::UntypedFloat, BasicKind::UntypedComplex}};
  auto *b = dyn_cast_or_null<Basic>(under(t));
  if (!b)
    return nullptr;
  for (auto [f, c] : kPairs) {
    if (toComplex && b->basicKind() == f)
      return typ(c);
    if (!toComplex && b->basicKind() == c)
      return typ(f);
  }
  return nullptr;
}

bool Checker::builtin(Operand &x, const ast::CallExpr *call, BuiltinId id) {
  BuiltinInfo bi = infoOf(id);
  if (call->hasEllipsis && id != BuiltinId::Append) {
    errorf(call->pos(), "invalid operation: invalid use of ... with built-in {}", bi.name);
    useArgs(call);
    return false;
  }
  // Evaluate the arguments that are expressions (make and new take types).
  std::vector<Operand> args;
  size_t nargs = call->args.size();
  if (id != BuiltinId::Make && id != BuiltinId::New && id != BuiltinId::Offsetof) {
    if (id == BuiltinId::Len || id == BuiltinId::Cap) {
      for (const ast::Expr *a : call->args) { // len(f()) is not len of f's results
        Operand y;
        expr(y, a);
        args.push_back(y);
      }
    } else {
      exprList(args, call->args, false);
    }
    for (const Operand &a : args)
      if (a.invalid())
        return false;
    nargs = args.size();
    if (nargs > 0)
      x = args[0];
  }
  std::string callStr = str(call);
  if (nargs < bi.nargs) {
    errorf(call->rparen, "invalid operation: not enough arguments for {} (expected {}, found {})", callStr, bi.nargs,
           nargs);
    return false;
  }
  if (!bi.variadic && nargs > bi.nargs) {
    Pos at = bi.nargs < call->args.size() ? call->args[bi.nargs]->pos() : call->args[0]->pos();
    errorf(at, "invalid operation: too many arguments for {} (expected {}, found {})", callStr,
           bi.nargs, nargs);
    return false;
  }
  const Type *intType = typ(BasicKind::Int);
  switch (id) {
  case BuiltinId::Append: {
    const Type *S = x.type;
    auto *s = dyn_cast_or_null<Slice>(coreType(S));
    if (!s) {
      std::string cause;
      if (x.isNil())
        cause = "have untyped nil";
      else if (isTypeParam(S))
        cause = coreType(S) ? str(x) + " has core type " + str(coreType(S)) : str(x) + " has no core type";
      else
        cause = "have " + str(x);
      errorf(x.expr->pos(), "invalid argument: {} (first argument to append must be a slice; {})", str(x), cause);
      return false;
    }
    // append(s, str...) for []byte.
    if (call->hasEllipsis && nargs == 2) {
      Operand &y = args[1];
      if (auto *eb = dyn_cast_or_null<Basic>(under(s->elem)); eb && eb->basicKind() == BasicKind::Uint8 &&
                                                             isBasic(coreString(y.type), IsString)) {
        if (isUntyped(y.type))
          convertUntyped(y, typ(BasicKind::String));
        x.mode = Mode::Value;
        x.type = S;
        return true;
      }
      assignment(y, ctx_.make<Slice>(s->elem), "argument to append");
      if (y.invalid())
        return false;
    } else {
      if (call->hasEllipsis) {
        errorf(call->pos(), "can only use ... with final argument in list");
        return false;
      }
      for (size_t i = 1; i < nargs; i++) {
        assignment(args[i], s->elem, "argument to append");
        if (args[i].invalid())
          return false;
      }
    }
    x.mode = Mode::Value;
    x.type = S;
    return true;
  }
  case BuiltinId::Cap:
  case BuiltinId::Len: {
    Mode mode = Mode::Invalid;
    constant::Value val;
    const Type *t = arrayPtrDeref(under(x.type));
    if (isTypeParam(x.type))
      t = x.type;
    if (t && isBasic(t, IsString) && !isTypeParam(x.type) && id == BuiltinId::Len) {
      if (x.mode == Mode::Constant) {
        mode = Mode::Constant;
        val = constant::Value::makeInt64(static_cast<int64_t>(x.val.stringVal().size()));
      } else {
        mode = Mode::Value;
      }
    } else if (auto *a = dyn_cast_or_null<Array>(t)) {
      mode = Mode::Value;
      // len/cap of an array is constant if the operand has no calls or
      // channel receives (spec "Length and capacity").
      bool hasCall = false;
      std::function<void(const ast::Expr *)> scan = [&](const ast::Expr *e) {
        if (!e || hasCall)
          return;
        switch (e->kind()) {
        case ast::Node::Kind::CallExpr: {
          auto tv = info_.types.find(cast<ast::CallExpr>(e)->fun);
          if (tv == info_.types.end() || tv->second.mode != Mode::TypeExpr)
            hasCall = true;
          break;
        }
        case ast::Node::Kind::UnaryExpr:
          if (cast<ast::UnaryExpr>(e)->op == ast::Op::Arrow)
            hasCall = true;
          scan(cast<ast::UnaryExpr>(e)->x);
          break;
        case ast::Node::Kind::ParenExpr:
          scan(cast<ast::ParenExpr>(e)->x);
          break;
        case ast::Node::Kind::SelectorExpr:
          scan(cast<ast::SelectorExpr>(e)->x);
          break;
        case ast::Node::Kind::IndexExpr:
          scan(cast<ast::IndexExpr>(e)->x);
          for (const ast::Expr *i : cast<ast::IndexExpr>(e)->indices)
            scan(i);
          break;
        case ast::Node::Kind::StarExpr:
          scan(cast<ast::StarExpr>(e)->x);
          break;
        case ast::Node::Kind::BinaryExpr:
          scan(cast<ast::BinaryExpr>(e)->x);
          scan(cast<ast::BinaryExpr>(e)->y);
          break;
        case ast::Node::Kind::CompositeLit:
          for (const ast::Expr *el : cast<ast::CompositeLit>(e)->elts)
            scan(el);
          break;
        case ast::Node::Kind::KeyValueExpr:
          scan(cast<ast::KeyValueExpr>(e)->value);
          break;
        case ast::Node::Kind::SliceExpr:
          hasCall = true;
          break;
        default:
          break;
        }
      };
      scan(x.expr);
      if (!hasCall) {
        mode = Mode::Constant;
        if (a->len >= 0)
          val = constant::Value::makeInt64(a->len); // else unknown: reported already
      }
    } else if (isa_and_nonnull<Slice>(t) || isa_and_nonnull<Chan>(t)) {
      mode = Mode::Value;
    } else if (isa_and_nonnull<Map>(t)) {
      if (id == BuiltinId::Len)
        mode = Mode::Value;
    } else if (auto *tp = dyn_cast_or_null<TypeParam>(t)) {
      const Interface *it = tp->iface();
      const TypeSet *ts = it ? &typeSetOf(it) : nullptr;
      bool all = ts && !ts->allTypes && !ts->terms.empty();
      for (size_t i = 0; all && i < ts->terms.size(); i++) {
        const Type *u = arrayPtrDeref(under(ts->terms[i].type));
        bool ok = (isBasic(u, IsString) && id == BuiltinId::Len) || isa_and_nonnull<Array>(u) ||
                  isa_and_nonnull<Slice>(u) || isa_and_nonnull<Chan>(u) ||
                  (isa_and_nonnull<Map>(u) && id == BuiltinId::Len);
        all = ok;
      }
      if (all)
        mode = Mode::Value;
    }
    if (mode == Mode::Invalid) {
      if (!isInvalid(under(x.type)))
        errorf(x.expr->pos(), "invalid argument: {} for built-in {}", str(x), bi.name);
      return false;
    }
    x.mode = mode;
    x.type = intType;
    x.val = val;
    return true;
  }
  case BuiltinId::Clear: {
    const Type *u = coreType(x.type);
    if (!isa_and_nonnull<Map>(u) && !isa_and_nonnull<Slice>(u)) {
      errorf(x.expr->pos(), "invalid argument: cannot clear {}: argument must be (or constrained by) map or slice",
             str(x));
      return false;
    }
    x.mode = Mode::NoValue;
    x.type = nullptr;
    return true;
  }
  case BuiltinId::Close: {
    // The channel, or every channel type of a type parameter's type set.
    std::vector<const Type *> chans;
    if (const std::vector<Term> *terms = specificTerms(x.type))
      for (const Term &t : *terms)
        chans.push_back(under(t.type));
    else
      chans.push_back(coreType(x.type));
    for (const Type *t : chans) {
      auto *c = dyn_cast_or_null<Chan>(t);
      if (!c) {
        errorf(x.expr->pos(), "invalid operation: cannot close non-channel {}", str(x));
        return false;
      }
      if (c->dir == ChanDir::Recv) {
        errorf(x.expr->pos(), "invalid operation: cannot close receive-only channel {}", str(x));
        return false;
      }
    }
    x.mode = Mode::NoValue;
    x.type = nullptr;
    return true;
  }
  case BuiltinId::Complex: {
    Operand &y = args[1];
    auto toFloat = [&](Operand &z) {
      if (isUntyped(z.type) && z.mode == Mode::Constant && isNumeric(z.type)) {
        if (z.val.toFloat().kind() == constant::Kind::Float || z.val.toFloat().kind() == constant::Kind::Int)
          z.type = typ(BasicKind::UntypedFloat);
      }
    };
    toFloat(x);
    toFloat(y);
    matchTypes(x, y);
    if (x.invalid())
      return false;
    if (!identical(x.type, y.type)) {
      errorf(x.expr->pos(), "invalid operation: {} (mismatched types {} and {})", callStr, str(x.type), str(y.type));
      return false;
    }
    const Type *res = floatComplexPair(x.type, true);
    if (!res) {
      errorf(x.expr->pos(), "invalid argument: arguments have type {}, expected floating-point", str(x.type));
      return false;
    }
    if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
      x.val = constant::Value::makeComplex(x.val.toFloat(), y.val.toFloat());
    } else {
      x.mode = Mode::Value;
    }
    if (isTyped(res) && x.mode == Mode::Value) {
      updateExprType(x.expr, x.type, true);
      updateExprType(y.expr, y.type, true);
    }
    x.type = res;
    return true;
  }
  case BuiltinId::Copy: {
    Operand &y = args[1];
    auto *dst = dyn_cast_or_null<Slice>(coreType(x.type));
    const Type *srcT = coreString(y.type);
    const Type *srcElem = nullptr;
    if (auto *ss = dyn_cast_or_null<Slice>(srcT))
      srcElem = ss->elem;
    else if (isBasic(srcT, IsString))
      srcElem = universe_.byteType();
    if (!dst || !srcElem) {
      errorf(x.expr->pos(), "invalid argument: copy expects slice arguments; found {} and {}", str(x), str(y));
      return false;
    }
    if (!identical(dst->elem, srcElem)) {
      errorf(x.expr->pos(), "invalid argument: arguments to copy {} and {} have different element types {} and {}",
             str(x), str(y), str(dst->elem), str(srcElem));
      return false;
    }
    if (isUntyped(y.type))
      convertUntyped(y, typ(BasicKind::String));
    x.mode = Mode::Value;
    x.type = intType;
    return true;
  }
  case BuiltinId::Delete: {
    // A map, or a type parameter whose types are maps with one key type.
    const Type *key = nullptr;
    if (const std::vector<Term> *terms = specificTerms(x.type)) {
      for (const Term &t : *terms) {
        auto *m = dyn_cast_or_null<Map>(under(t.type));
        if (!m) {
          errorf(x.expr->pos(), "invalid argument: {} is not a map", str(x));
          return false;
        }
        if (key && !identical(key, m->key)) {
          errorf(x.expr->pos(), "invalid argument: maps of {} must have identical key types", str(x));
          return false;
        }
        key = m->key;
      }
    } else if (auto *m = dyn_cast_or_null<Map>(coreType(x.type))) {
      key = m->key;
    }
    if (!key) {
      errorf(x.expr->pos(), "invalid argument: {} is not a map", str(x));
      return false;
    }
    Operand &k = args[1];
    assignment(k, key, "argument to delete");
    if (k.invalid())
      return false;
    x.mode = Mode::NoValue;
    x.type = nullptr;
    return true;
  }
  case BuiltinId::Imag:
  case BuiltinId::Real: {
    if (isUntyped(x.type) && x.mode == Mode::Constant && isNumeric(x.type))
      x.type = typ(BasicKind::UntypedComplex);
    const Type *res = floatComplexPair(x.type, false);
    if (!res) {
      errorf(x.expr->pos(), "invalid argument: argument has type {}, expected complex type", str(x.type));
      return false;
    }
    if (x.mode == Mode::Constant) {
      constant::Value c = x.val.toComplex();
      const constant::Rat &r = id == BuiltinId::Real ? c.realPart() : c.imagPart();
      x.val = constant::Value::makeRat(r.num, r.den);
    } else {
      x.mode = Mode::Value;
    }
    x.type = res;
    return true;
  }
  case BuiltinId::Make: {
    const ast::Expr *arg0 = call->args[0];
    const Type *T = varType(arg0);
    if (isInvalid(T))
      return false;
    unsigned min = 1;
    const Type *core = coreType(T);
    if (isa_and_nonnull<Slice>(core))
      min = 2;
    else if (isa_and_nonnull<Map>(core) || isa_and_nonnull<Chan>(core))
      min = 1;
    else {
      if (!core && isTypeParam(T))
        errorf(arg0->pos(), "invalid argument: cannot make {}: no core type", str(arg0));
      else
        errorf(arg0->pos(), "invalid argument: cannot make {}; type must be slice, map, or channel", str(arg0));
      useExprs(call->args.drop_front());
      return false;
    }
    size_t n = call->args.size();
    if (n < min || n > min + 1) {
      errorf(call->pos(), "invalid operation: {} expects {} or {} arguments; found {}", callStr, min, min + 1, n);
      useExprs(call->args.drop_front());
      return false;
    }
    int64_t sizes[2] = {-1, -1};
    bool ok = true;
    for (size_t i = 1; i < n; i++) {
      int64_t v = -1;
      if (!index(call->args[i], -1, &v))
        ok = false;
      sizes[i - 1] = v;
    }
    if (ok && n == 3 && sizes[0] >= 0 && sizes[1] >= 0 && sizes[0] > sizes[1]) {
      errorf(call->args[1]->pos(), "invalid argument: length and capacity swapped");
      return false;
    }
    x.mode = Mode::Value;
    x.type = T;
    return true;
  }
  case BuiltinId::Max:
  case BuiltinId::Min: {
    for (size_t i = 0; i < nargs; i++) {
      Operand &a = args[i];
      if (!isOrdered(a.type)) {
        errorf(a.expr->pos(), "invalid argument: {} cannot be ordered", str(a));
        return false;
      }
      if (i == 0) {
        x = a;
        continue;
      }
      matchTypes(x, a);
      if (x.invalid())
        return false;
      if (!identical(x.type, a.type)) {
        errorf(a.expr->pos(), "invalid argument: mismatched types {} (previous argument) and {} (type of {})",
               str(x.type), str(a.type), str(a.expr));
        return false;
      }
      if (x.mode == Mode::Constant && a.mode == Mode::Constant) {
        bool less = constant::Value::compare(a.val, ast::Op::Lss, x.val);
        if ((id == BuiltinId::Min) == less)
          x.val = a.val;
      } else {
        x.mode = Mode::Value;
      }
    }
    if (x.mode != Mode::Constant) {
      x.mode = Mode::Value;
      for (Operand &a : args)
        updateExprType(a.expr, defaultType(universe_, x.type), true);
      x.type = defaultType(universe_, x.type);
    }
    x.expr = call;
    return true;
  }
  case BuiltinId::New: {
    const Type *T = varType(call->args[0]);
    if (isInvalid(T))
      return false;
    x.mode = Mode::Value;
    x.type = ctx_.make<Pointer>(T);
    return true;
  }
  case BuiltinId::Panic: {
    // panic(x): x is assigned to an empty interface.
    assignment(x, universe_.anyType(), "argument to panic");
    if (x.invalid())
      return false;
    x.mode = Mode::NoValue;
    x.type = nullptr;
    return true;
  }
  case BuiltinId::Print:
  case BuiltinId::Println: {
    for (Operand &a : args) {
      assignment(a, nullptr, std::string("argument to built-in ") + bi.name);
      if (a.invalid())
        return false;
    }
    x.mode = Mode::NoValue;
    x.type = nullptr;
    return true;
  }
  case BuiltinId::Recover:
    x.mode = Mode::Value;
    x.type = universe_.anyType();
    return true;
  case BuiltinId::Sizeof:
  case BuiltinId::Alignof: {
    assignment(x, nullptr, std::string("argument to unsafe.") + bi.name);
    if (x.invalid())
      return false;
    if (!hasFixedLayout(x.type)) {
      // Go: a run-time value when the size depends on type arguments.
      x.mode = Mode::Value;
      x.type = typ(BasicKind::Uintptr);
      return true;
    }
    int64_t v = id == BuiltinId::Sizeof ? gcSizeof(x.type) : gcAlignof(x.type);
    x.mode = Mode::Constant;
    x.val = constant::Value::makeInt64(v);
    x.type = typ(BasicKind::Uintptr);
    return true;
  }
  case BuiltinId::Offsetof: {
    // The argument is a selector x.f denoting a field of a struct x
    // (perhaps promoted, but not through an embedded pointer).
    const ast::Expr *arg = call->args[0];
    while (auto *p = dyn_cast<ast::ParenExpr>(arg))
      arg = p->x;
    auto *sel = dyn_cast<ast::SelectorExpr>(arg);
    if (!sel) {
      errorf(arg->pos(), "invalid argument: {} is not a selector expression", ast::exprString(arg));
      return false;
    }
    Operand y;
    expr(y, sel);
    if (y.invalid())
      return false;
    auto it = info_.selections.find(sel);
    if (it == info_.selections.end() || it->second.kind != SelectionKind::FieldVal) {
      errorf(arg->pos(), "invalid argument: {} is a method value", ast::exprString(arg));
      return false;
    }
    const Selection &s = it->second;
    // Walk the embedding path from x's struct to the field.
    const Type *t = s.recv;
    if (auto *p = dyn_cast<Pointer>(under(t)))
      t = p->elem;
    int64_t off = 0;
    bool fixed = true;
    for (size_t i = 0; i < s.index.size(); i++) {
      auto *st = cast<Struct>(under(t));
      Var *f = st->fields[s.index[i]];
      fixed = fixed && hasFixedLayout(st);
      if (fixed)
        off += gcOffsetsof(st)[s.index[i]];
      t = f->type();
      if (i + 1 < s.index.size() && isa<Pointer>(under(t))) {
        errorf(arg->pos(), "invalid argument: field {} is embedded via a pointer in {}", sel->sel->name.str(),
               ast::exprString(sel->x));
        return false;
      }
    }
    x.type = typ(BasicKind::Uintptr);
    if (!fixed) {
      x.mode = Mode::Value;
      return true;
    }
    x.mode = Mode::Constant;
    x.val = constant::Value::makeInt64(off);
    return true;
  }
  case BuiltinId::Add: // unsafe.Add(ptr Pointer, len IntegerType) Pointer
    assignment(x, typ(BasicKind::UnsafePointer), "argument to unsafe.Add");
    if (x.invalid() || !isValidIndex(args[1], "length", true))
      return false;
    x.mode = Mode::Value;
    x.type = typ(BasicKind::UnsafePointer);
    return true;
  case BuiltinId::Slice: { // unsafe.Slice(ptr *T, len IntegerType) []T
    auto *p = dyn_cast_or_null<Pointer>(under(x.type));
    if (!p) {
      errorf(x.expr->pos(), "invalid argument: {} is not a pointer", str(x));
      return false;
    }
    if (!isValidIndex(args[1], "length", false))
      return false;
    x.mode = Mode::Value;
    x.type = ctx_.make<Slice>(p->elem);
    return true;
  }
  case BuiltinId::SliceData: {
    auto *s = dyn_cast_or_null<Slice>(under(x.type));
    if (!s) {
      errorf(x.expr->pos(), "invalid argument: {} is not a slice", str(x));
      return false;
    }
    x.mode = Mode::Value;
    x.type = ctx_.make<Pointer>(s->elem);
    return true;
  }
  case BuiltinId::String: // unsafe.String(ptr *byte, len IntegerType) string
    assignment(x, ctx_.make<Pointer>(universe_.byteType()), "argument to unsafe.String");
    if (x.invalid() || !isValidIndex(args[1], "length", false))
      return false;
    x.mode = Mode::Value;
    x.type = typ(BasicKind::String);
    return true;
  case BuiltinId::StringData:
    assignment(x, typ(BasicKind::String), "argument to unsafe.StringData");
    if (x.invalid())
      return false;
    x.mode = Mode::Value;
    x.type = ctx_.make<Pointer>(universe_.byteType());
    return true;
  }
  return false;
}

} // namespace gopp::check
