// emit_expr.cpp — expressions (spec "Expressions").
//
// Lowering:
//  - Constants are emitted as C++ literals of their final type (the
//    checker records untyped constants with the type their context gave
//    them): 42L for int, 42UL for uint64, go::String("…") for strings.
//  - Integer arithmetic that C++ leaves undefined or promotes (signed
//    overflow, small types, shifts, division) goes through go::add, go::shl,
//    go::div, ... (core.h), which give Go's results and panics.
//  - Every implicit conversion the checker recorded (Info::conversions) is
//    applied where the value is used: boxing into interfaces, converting
//    between interfaces, between struct types of identical layout.
//  - Go evaluates calls and receives left to right; C++ leaves the order of
//    operands and arguments unspecified. When two or more operands of one
//    operator or call have effects, they are evaluated into temporaries in
//    order inside an immediately invoked lambda.
//  - Indexing is bounds checked and pointer dereferences nil checked, with
//    Go's panics (go::Slice::operator[], go::deref).
#include <charconv>

#include "codegen/Emitter.h"
#include "frontend/ast/Walk.h"

namespace gopp::codegen {

const check::TypeAndValue *Emitter::tv(const ast::Expr *e) const {
  auto it = info->types.find(e);
  return it == info->types.end() ? nullptr : &it->second;
}

const Type *Emitter::typeOf(const ast::Expr *e) {
  const Type *t = info->typeOf(e);
  if (t && !subst_.empty())
    return sub(t);
  if (!t)
    if (auto *id = dyn_cast<ast::Ident>(e)) // a name being declared
      if (auto *o = info->objectOf(id))
        t = sub(o->type());
  if (!t)
    throw Unsupported{e->pos(), "an expression without a recorded type: " + std::string(e->kindName())};
  return t;
}

bool Emitter::isNilExpr(const ast::Expr *e) const {
  auto *id = dyn_cast<ast::Ident>(ast::unparen(e));
  return id && isa_and_nonnull<types::Nil>(info->objectOf(id));
}

bool Emitter::isImpure(const ast::Expr *e) const { return hasCall(e, false); }

// Whether e makes a call or receives (a conversion is not a call); with
// builtinsCount, a call of len, cap, real, imag, complex, min or max counts
// too, as it does for gc's evaluation order (GOROOT's fixedbugs/bug491.go).
bool Emitter::hasCall(const ast::Expr *e, bool builtinsCount) const {
  bool impure = false;
  std::function<void(const ast::Node *)> visit = [&](const ast::Node *n) {
    if (impure || isa<ast::FuncLit>(n))
      return;
    if (auto *x = dyn_cast<ast::Expr>(n); x && overrides_.count(x))
      return; // evaluated already, into a temporary
    if (auto *c = dyn_cast<ast::CallExpr>(n)) {
      auto *t = tv(c->fun);
      bool pure = t && t->mode == check::Mode::TypeExpr;
      if (t && t->mode == check::Mode::Builtin && !builtinsCount)
        if (auto *id = dyn_cast<ast::Ident>(ast::unparen(c->fun)))
          if (auto *b = dyn_cast_or_null<Builtin>(info->objectOf(id)))
            pure = b->id == BuiltinId::Len || b->id == BuiltinId::Cap || b->id == BuiltinId::Real ||
                   b->id == BuiltinId::Imag || b->id == BuiltinId::Complex || b->id == BuiltinId::Min ||
                   b->id == BuiltinId::Max;
      if (!pure) {
        impure = true;
        return;
      }
    }
    if (auto *u = dyn_cast<ast::UnaryExpr>(n); u && u->op == ast::Op::Arrow) {
      impure = true;
      return;
    }
    ast::forEachChild(n, visit);
  };
  visit(e);
  if (auto *t = tv(e); t && t->mode == check::Mode::Constant)
    return false;
  return impure;
}

std::string Emitter::expr(const ast::Expr *e) {
  if (!overrides_.empty()) {
    auto o = overrides_.find(e);
    if (o != overrides_.end())
      return o->second; // evaluated, and converted, already
  }
  std::string v = rawExpr(e);
  auto c = info->conversions.find(e);
  if (c != info->conversions.end())
    v = convertValue(v, typeOf(e), c->second);
  return v;
}

std::string Emitter::convertValue(const std::string &v, const Type *from, const Type *to) {
  from = sub(from);
  to = sub(to);
  if (isa<Interface>(under(to))) {
    if (isUntypedNil(from))
      return "go::Iface()";
    if (isa<Interface>(under(from))) {
      if (ifaceMethods(to).empty())
        return fmt::format("go::convertIface({}, &go::anyType)", v);
      return fmt::format("go::convertIface({}, {})", v, typeDesc(to));
    }
    if (ifaceMethods(to).empty())
      return fmt::format("go::box({}, {})", typeDesc(from), v);
    return fmt::format("go::box(go::staticItab<{}, {}>(), {})", typeDesc(from), typeDesc(to), v);
  }
  if (isUntypedNil(from))
    return isPointerShaped(to) ? fmt::format("static_cast<{}>(nullptr)", cppType(to)) : zeroValue(to);
  std::string ft = cppType(from), tt = cppType(to);
  if (ft == tt)
    return v;
  return fmt::format("go::bitCast<{}>({})", tt, v);
}

// ---------------------------------------------------------------- constants

namespace {
std::string floatLiteral(double d, bool isFloat32) {
  char buf[64];
  if (std::isinf(d))
    return d > 0 ? "std::numeric_limits<double>::infinity()" : "-std::numeric_limits<double>::infinity()";
  auto r = isFloat32 ? std::to_chars(buf, buf + sizeof buf, float(d)) : std::to_chars(buf, buf + sizeof buf, d);
  std::string s(buf, r.ptr);
  if (s.find_first_of(".e") == std::string::npos)
    s += ".0";
  if (s.find('e') != std::string::npos && s.find('.') == std::string::npos)
    s.insert(s.find('e'), ".0");
  return isFloat32 ? s + "f" : s;
}
} // namespace

std::string Emitter::constValue(const constant::Value &v, const Type *t) {
  t = sub(t);
  const Type *u = under(t);
  if (isa<Interface>(u)) {
    // A constant stored in an interface (only through conversions).
    unsupported(Pos{}, "constant of interface type");
  }
  auto *b = dyn_cast<Basic>(u);
  if (!b)
    unsupported(Pos{}, "constant of non-basic type");
  std::string ct = cppType(t);
  unsigned info = b->info();
  if (info & IsBoolean)
    return v.boolVal() ? "true" : "false";
  if (info & IsString) {
    const std::string &s = v.stringVal();
    bool simple = s.find('\0') == std::string::npos;
    std::string lit = "\"" + cppStringLiteral(s) + "\"";
    if (s.empty())
      return "go::String()";
    return simple ? "go::String(" + lit + ")" : fmt::format("go::String({}, {})", lit, s.size());
  }
  if (info & IsInteger) {
    constant::Value iv = v.toInt();
    bool isUnsigned = info & IsUnsigned;
    std::string lit;
    if (isUnsigned) {
      auto x = iv.uint64Val();
      lit = fmt::format("{}UL", x ? *x : 0);
    } else {
      auto x = iv.int64Val();
      int64_t n = x ? *x : 0;
      lit = n == INT64_MIN ? "(-9223372036854775807L - 1)" : fmt::format("{}L", n);
    }
    switch (b->basicKind()) {
    case BasicKind::Int:
    case BasicKind::Int64:
    case BasicKind::Uint:
    case BasicKind::Uint64:
    case BasicKind::UntypedInt:
      return lit;
    default:
      return fmt::format("{}({})", ct, lit);
    }
  }
  if (info & IsFloat) {
    auto d = v.toFloat().float64Val();
    return floatLiteral(d ? *d : 0, b->basicKind() == BasicKind::Float32);
  }
  if (info & IsComplex) {
    constant::Value c = v.toComplex();
    auto re = constant::Value::makeRat(c.realPart().num, c.realPart().den).float64Val();
    auto im = constant::Value::makeRat(c.imagPart().num, c.imagPart().den).float64Val();
    bool f32 = b->basicKind() == BasicKind::Complex64;
    return fmt::format("{}({}, {})", ct, floatLiteral(re ? *re : 0, f32), floatLiteral(im ? *im : 0, f32));
  }
  unsupported(Pos{}, "constant of this type");
}

// ---------------------------------------------------------------- dispatch

std::string Emitter::rawExpr(const ast::Expr *e) {
  const check::TypeAndValue *t = tv(e);
  if (t && t->mode == check::Mode::Constant && !t->value.isUnknown())
    return constValue(t->value, t->type);
  switch (e->kind()) {
  case ast::Node::Kind::Ident: {
    auto *id = cast<ast::Ident>(e);
    Object *o = info->objectOf(id);
    if (!o)
      unsupported(e->pos(), "an unresolved identifier");
    if (isa<types::Nil>(o)) {
      const Type *nt = typeOf(e);
      if (isUntypedNil(nt))
        return "go::nil";
      if (isPointerShaped(nt)) // typed, so that boxing sees a pointer
        return fmt::format("static_cast<{}>(nullptr)", cppType(nt));
      return zeroValue(nt);
    }
    if (auto *v = dyn_cast<Var>(o))
      return varName(v);
    if (auto *f = dyn_cast<Func>(o)) {
      if (auto inst = info->instances.find(e); inst != info->instances.end())
        return instanceValue(f, inst->second);
      return funcValue(f);
    }
    unsupported(e->pos(), "this kind of identifier as a value");
  }
  case ast::Node::Kind::ParenExpr:
    return "(" + expr(cast<ast::ParenExpr>(e)->x) + ")";
  case ast::Node::Kind::FuncLit:
    return funcLit(cast<ast::FuncLit>(e));
  case ast::Node::Kind::CompositeLit:
    return compositeLit(cast<ast::CompositeLit>(e), typeOf(e));
  case ast::Node::Kind::SelectorExpr:
    return selector(cast<ast::SelectorExpr>(e));
  case ast::Node::Kind::IndexExpr:
    return index(cast<ast::IndexExpr>(e));
  case ast::Node::Kind::SliceExpr:
    return sliceExpr(cast<ast::SliceExpr>(e));
  case ast::Node::Kind::TypeAssertExpr:
    return typeAssert(cast<ast::TypeAssertExpr>(e));
  case ast::Node::Kind::CallExpr:
    return call(cast<ast::CallExpr>(e));
  case ast::Node::Kind::StarExpr: {
    const ast::Expr *p = cast<ast::StarExpr>(e)->x;
    return (neverNilVar(p) ? "(*" : "go::deref(") + expr(p) + ")";
  }
  case ast::Node::Kind::UnaryExpr:
    return unary(cast<ast::UnaryExpr>(e));
  case ast::Node::Kind::BinaryExpr:
    return binary(cast<ast::BinaryExpr>(e));
  default:
    unsupported(e->pos(), std::string("expression ") + std::string(e->kindName()));
  }
}

// An instance of a generic function, as a value.
std::string Emitter::instanceValue(const Func *f, const check::Instance &inst) {
  std::string name = requestFuncInstance(f, inst.typeArgs);
  auto *sig = cast<Signature>(sub(inst.type));
  std::string params, args;
  for (size_t i = 0; i < sig->params->size(); i++) {
    params += fmt::format("{}{} a{}", i ? ", " : "", cppType(sig->params->at(i)), i);
    args += fmt::format("{}a{}", i ? ", " : "", i);
  }
  return fmt::format("{}([]({}) -> {} {{ return {}({}); }})", cppFuncType(sig), params, cppResultType(sig), name,
                     args);
}

// A top-level function used as a value.
std::string Emitter::funcValue(const Func *f) {
  const Signature *sig = f->signature();
  std::string params, args;
  for (size_t i = 0; i < sig->params->size(); i++) {
    params += fmt::format("{}{} a{}", i ? ", " : "", cppType(sig->params->at(i)), i);
    args += fmt::format("{}a{}", i ? ", " : "", i);
  }
  return fmt::format("{}([]({}) -> {} {{ return {}({}); }})", cppFuncType(sig), params, cppResultType(sig),
                     funcName(f), args);
}

// ---------------------------------------------------------------- operators

std::string Emitter::arith(ast::Op op, const std::string &x, const std::string &y, const Type *t) {
  auto *b = dyn_cast<Basic>(under(t));
  if (!b)
    unsupported(Pos{}, "arithmetic on a non-basic type");
  unsigned info = b->info();
  std::string ct = cppType(t);
  if (info & IsString) {
    if (op == ast::Op::Add)
      return fmt::format("go::concat({}, {})", x, y);
    unsupported(Pos{}, "string operator");
  }
  if (info & (IsFloat | IsComplex)) {
    if (op == ast::Op::Quo && (info & IsComplex))
      return fmt::format("go::complexDiv({}, {})", x, y);
    return fmt::format("{} {} {}", x, spelling(op), y);
  }
  bool isSigned = !(info & IsUnsigned);
  bool small = b->basicKind() == BasicKind::Int8 || b->basicKind() == BasicKind::Int16 ||
               b->basicKind() == BasicKind::Uint8 || b->basicKind() == BasicKind::Uint16;
  bool plain = !isSigned && !small; // uint32, uint64, uintptr: C++ wraps as Go does
  switch (op) {
  case ast::Op::Add:
    return plain ? fmt::format("{} + {}", x, y) : fmt::format("go::add({}, {})", x, y);
  case ast::Op::Sub:
    return plain ? fmt::format("{} - {}", x, y) : fmt::format("go::sub({}, {})", x, y);
  case ast::Op::Mul:
    return plain ? fmt::format("{} * {}", x, y) : fmt::format("go::mul({}, {})", x, y);
  case ast::Op::Quo:
    return fmt::format("go::div({}, {})", x, y);
  case ast::Op::Rem:
    return fmt::format("go::rem({}, {})", x, y);
  case ast::Op::And:
  case ast::Op::Or:
  case ast::Op::Xor:
    // static_cast, not T(...): see conversion() in emit_call.cpp.
    return small ? fmt::format("static_cast<{}>({} {} {})", ct, x, spelling(op), y)
                 : fmt::format("{} {} {}", x, spelling(op), y);
  case ast::Op::AndNot:
    return fmt::format("go::andNot({}, {})", x, y);
  case ast::Op::Shl:
    return fmt::format("go::shl({}, {})", x, y);
  case ast::Op::Shr:
    return fmt::format("go::shr({}, {})", x, y);
  default:
    unsupported(Pos{}, "operator " + std::string(spelling(op)));
  }
}

std::string Emitter::compare(ast::Op op, const ast::Expr *x, const ast::Expr *y) {
  const Type *xt = typeOf(x), *yt = typeOf(y);
  // Comparisons with nil.
  bool xnil = isNilExpr(x), ynil = isNilExpr(y);
  if (xnil || ynil) {
    const ast::Expr *v = xnil ? y : x;
    const Type *vt = under(xnil ? yt : xt);
    std::string s = expr(v);
    if (auto *u = dyn_cast<ast::UnaryExpr>(ast::unparen(v)); u && u->op == ast::Op::And)
      s = "go::id(" + s + ")"; // &x == nil: false, as C++ compilers know
    if (isa<Slice>(vt) || isa<Interface>(vt) || isa<Signature>(vt))
      return (op == ast::Op::Eql ? "" : "!") + s + ".isNil()";
    return s + (op == ast::Op::Eql ? " == nullptr" : " != nullptr");
  }
  std::string a = paren(x), b = paren(y);
  // An interface compared with a concrete value: the value is boxed.
  bool xi = isa<Interface>(under(xt)), yi = isa<Interface>(under(yt));
  if (xi && !yi && !info->conversions.count(y))
    b = convertValue(b, yt, xt);
  else if (yi && !xi && !info->conversions.count(x))
    a = convertValue(a, xt, yt);
  if (int order = operandOrder(x, y)) {
    std::string ta = temp("x"), tb = temp("y");
    std::string first = order == 1 ? fmt::format("auto {} = {}; auto {} = {};", ta, a, tb, b)
                                   : fmt::format("auto {} = {}; auto {} = {};", tb, b, ta, a);
    return fmt::format("[&] {{ {} return {} {} {}; }}()", first, ta, spelling(op), tb);
  }
  if (a == b) // x != x is a NaN test in Go; C++ compilers warn about it
    b = "go::id(" + b + ")";
  return fmt::format("{} {} {}", a, spelling(op), b);
}

std::string Emitter::binary(const ast::BinaryExpr *b) {
  if (b->op == ast::Op::LogAnd || b->op == ast::Op::LogOr)
    return fmt::format("{} {} {}", paren(b->x), b->op == ast::Op::LogAnd ? "&&" : "||", paren(b->y));
  if (ast::isComparison(b->op))
    return compare(b->op, b->x, b->y);
  const Type *t = typeOf(b);
  std::string x = paren(b->x), y = paren(b->y);
  if (ast::isShift(b->op)) {
    // The count: any integer type; a constant count below the width needs
    // no check.
    if (auto *c = tv(b->y); c && c->mode == check::Mode::Constant) {
      auto n = c->value.toInt().int64Val();
      unsigned width = unsigned(typeSize(t) * 8);
      if (n && *n >= 0 && uint64_t(*n) < width) {
        auto *bt = cast<Basic>(under(t));
        if (b->op == ast::Op::Shr)
          return fmt::format("static_cast<{}>({} >> {})", cppType(t), x, *n);
        if (bt->info() & IsUnsigned)
          return fmt::format("static_cast<{}>({} << {})", cppType(t), x, *n);
        return fmt::format("go::shl({}, {})", x, *n);
      }
    }
  }
  if (int order = operandOrder(b->x, b->y)) {
    std::string ta = temp("x"), tb = temp("y");
    std::string first = order == 1 ? fmt::format("auto {} = {}; auto {} = {};", ta, x, tb, y)
                                   : fmt::format("auto {} = {}; auto {} = {};", tb, y, ta, x);
    return fmt::format("[&] {{ {} return {}; }}()", first, arith(b->op, ta, tb, t));
  }
  return arith(b->op, x, y, t);
}

// The order in which gc evaluates the operands of a binary operation,
// when it can be seen (C++ leaves it unspecified): 1 for x first, 2 for
// y first, 0 when it cannot matter. Calls go first, left to right (gc's
// order pass, see callsFirst): in `f() + n` and `n + f()` n is read after
// f ran; len and the other pure built-ins count as calls there.
int Emitter::operandOrder(const ast::Expr *x, const ast::Expr *y) const {
  bool ix = isImpure(x), iy = isImpure(y);
  if (ix)
    return iy || readsMutable(y) ? 1 : 0;
  if (iy)
    return hasCall(x, true) ? 1 : readsMutable(x) ? 2 : 0;
  return 0;
}

namespace {
// Whether C++ text s is one parenthesized whole: its first '(' closes at
// its last character (`(a) & (b)` is not). Quoted literals are skipped;
// text that does not scan cleanly counts as not wrapped.
bool wrappedWhole(const std::string &s) {
  if (s.size() < 2 || s.front() != '(' || s.back() != ')')
    return false;
  int depth = 0;
  for (size_t i = 0; i < s.size(); i++) {
    char c = s[i];
    if (c == '"' || c == '\'') {
      for (i++; i < s.size() && s[i] != c; i++)
        if (s[i] == '\\')
          i++;
      if (i >= s.size())
        return false;
    } else if (c == '(') {
      depth++;
    } else if (c == ')' && --depth == 0) {
      return i == s.size() - 1;
    }
  }
  return false;
}
} // namespace

// e's C++ text, parenthesized when e is an operation (so that C++'s
// precedence, which differs from Go's, cannot regroup it).
std::string Emitter::paren(const ast::Expr *e) {
  std::string s = expr(e);
  if (isa<ast::BinaryExpr>(ast::unparen(e)) || (isa<ast::UnaryExpr>(ast::unparen(e))))
    if (!wrappedWhole(s))
      return "(" + s + ")";
  return s;
}

int64_t Emitter::typeSize(const Type *t) {
  if (auto *b = dyn_cast<Basic>(under(sub(t)))) {
    switch (b->basicKind()) {
    case BasicKind::Bool: case BasicKind::Int8: case BasicKind::Uint8: return 1;
    case BasicKind::Int16: case BasicKind::Uint16: return 2;
    case BasicKind::Int32: case BasicKind::Uint32: case BasicKind::Float32: return 4;
    default: return 8;
    }
  }
  return 8;
}

std::string Emitter::unary(const ast::UnaryExpr *u) {
  const Type *t = typeOf(u);
  switch (u->op) {
  case ast::Op::Add:
    return expr(u->x);
  case ast::Op::Sub: {
    auto *b = dyn_cast<Basic>(under(t));
    if (b && (b->info() & IsInteger))
      return fmt::format("go::neg({})", paren(u->x));
    return "-" + paren(u->x);
  }
  case ast::Op::Not:
    return "!" + paren(u->x);
  case ast::Op::Xor:
    return fmt::format("go::bitNot({})", expr(u->x));
  case ast::Op::And: {
    const ast::Expr *x = ast::unparen(u->x);
    if (auto *c = dyn_cast<ast::CompositeLit>(x)) {
      const Type *lt = typeOf(c);
      auto evaluated = overrides_.find(c); // a map literal, by order.cpp
      return fmt::format("go::newObject<{}>({})", cppType(lt),
                         evaluated != overrides_.end() ? evaluated->second : compositeLit(c, lt));
    }
    return "&" + lvalue(u->x);
  }
  case ast::Op::Arrow:
    return fmt::format("go::chanRecv<{}>({})", cppType(cast<Chan>(coreType(typeOf(u->x)))->elem), expr(u->x));
  default:
    unsupported(u->pos(), "unary operator");
  }
}

// ---------------------------------------------------------------- selectors

std::string Emitter::fieldPath(std::string base, const Type *t, const std::vector<int> &path, size_t n, bool,
                               bool baseNeverNil) {
  for (size_t i = 0; i < n; i++) {
    const Type *st = t;
    bool ptr = false;
    if (auto *p = dyn_cast<Pointer>(under(st))) {
      st = p->elem;
      ptr = true;
    }
    auto *s = cast<Struct>(under(st));
    Var *f = s->fields[size_t(path[i])];
    if (ptr && i == 0 && baseNeverNil)
      base = fmt::format("{}->{}", base, cppName(f->name()));
    else
      base = ptr ? fmt::format("go::deref({}).{}", base, cppName(f->name())) : base + "." + cppName(f->name());
    t = f->type();
  }
  return base;
}

std::string Emitter::selector(const ast::SelectorExpr *s) {
  auto it = info->selections.find(s);
  if (it == info->selections.end()) {
    // A qualified identifier: pkg.Name.
    Object *o = info->objectOf(s->sel);
    if (auto *v = dyn_cast_or_null<Var>(o))
      return globalName(v);
    if (auto *f = dyn_cast_or_null<Func>(o))
      return funcValue(f);
    unsupported(s->pos(), "this qualified identifier");
  }
  const check::Selection &sel = it->second;
  switch (sel.kind) {
  case check::SelectionKind::FieldVal:
    return fieldPath(expr(s->x), typeOf(s->x), sel.index, sel.index.size(), false, neverNilVar(s->x));
  case check::SelectionKind::MethodVal:
    return methodValue(s, sel);
  case check::SelectionKind::MethodExpr:
    return methodExpr(s, sel);
  }
  return "";
}

// ---------------------------------------------------------------- lvalues

std::string Emitter::lvalue(const ast::Expr *e) {
  if (!overrides_.empty()) {
    auto o = overrides_.find(e);
    if (o != overrides_.end())
      return o->second; // a deferred or go'd call's receiver, evaluated already
  }
  e = ast::unparen(e);
  if (auto *s = dyn_cast<ast::SelectorExpr>(e)) {
    auto it = info->selections.find(s);
    if (it != info->selections.end() && it->second.kind == check::SelectionKind::FieldVal) {
      const Type *xt = typeOf(s->x);
      std::string base = isa<Pointer>(under(xt)) ? expr(s->x) : lvalue(s->x);
      return fieldPath(base, xt, it->second.index, it->second.index.size(), true, neverNilVar(s->x));
    }
  }
  if (auto *ix = dyn_cast<ast::IndexExpr>(e)) {
    const Type *xt = under(typeOf(ix->x));
    if (isa<Array>(xt))
      return fmt::format("{}[{}]", lvalue(ix->x), subscript(expr(ix->indices[0])));
  }
  return expr(e);
}

// An index as the operand of C++'s [], where a leading [ (an immediately
// invoked lambda, [&] {...}()) would open an attribute, [[.
std::string Emitter::subscript(const std::string &i) { return i.starts_with("[") ? "(" + i + ")" : i; }

std::string Emitter::index(const ast::IndexExpr *e) {
  auto inst = info->instances.find(e->x);
  if (inst == info->instances.end())
    inst = info->instances.find(e); // f[T] completed by inference
  if (inst != info->instances.end()) {
    // f[T]: an instance of a generic function, as a value.
    const ast::Expr *fx = ast::unparen(e->x);
    const Func *f = nullptr;
    if (auto *id = dyn_cast<ast::Ident>(fx))
      f = dyn_cast_or_null<Func>(info->objectOf(id));
    else if (auto *s = dyn_cast<ast::SelectorExpr>(fx))
      f = dyn_cast_or_null<Func>(info->objectOf(s->sel));
    if (!f)
      unsupported(e->pos(), "this generic instantiation");
    return instanceValue(f, inst->second);
  }
  const Type *xt = under(typeOf(e->x));
  std::string i = subscript(expr(e->indices[0]));
  if (auto *m = dyn_cast<Map>(xt))
    return fmt::format("go::mapGet<{}, {}>({}, {})", cppType(m->key), cppType(m->elem), expr(e->x), i);
  if (auto *b = dyn_cast<Basic>(xt); b && (b->info() & IsString))
    return fmt::format("{}.at({})", paren(e->x), i);
  if (auto *p = dyn_cast<Pointer>(xt); p && isa<Array>(under(p->elem)))
    return fmt::format("{}{})[{}]", neverNilVar(e->x) ? "(*" : "go::deref(", expr(e->x), i);
  if (isa<Array>(xt))
    return fmt::format("{}[{}]", lvalue(e->x), i);
  return fmt::format("{}[{}]", paren(e->x), i);
}

std::string Emitter::sliceExpr(const ast::SliceExpr *e) {
  const Type *xt = under(typeOf(e->x));
  auto idx = [&](const ast::Expr *x) { return x ? expr(x) : std::string("go::kAbsent"); };
  std::string lo = e->lo ? expr(e->lo) : "0", hi = idx(e->hi), max = idx(e->max);
  std::string three = e->slice3 ? "true" : "false";
  // x[f():g()]: the operands in order, when two of them have effects.
  std::string pre;
  int impure = isImpure(e->x) + (e->lo && isImpure(e->lo)) + (e->hi && isImpure(e->hi)) + (e->max && isImpure(e->max));
  if (impure >= 2) {
    for (std::string *v : {&lo, &hi, &max}) {
      if (*v == "0" || *v == "go::kAbsent")
        continue;
      std::string t = temp("i");
      pre += fmt::format("auto {} = {}; ", t, *v);
      *v = t;
    }
    std::string r = sliceExprWith(e, xt, "gopp_sx", lo, hi, max, three);
    return fmt::format("[&] {{ auto &&gopp_sx = {}; {}return {}; }}()", sliceBase(e, xt), pre, r);
  }
  return sliceExprWith(e, xt, sliceBase(e, xt), lo, hi, max, three);
}

// The operand of a slice expression: an lvalue for arrays.
std::string Emitter::sliceBase(const ast::SliceExpr *e, const Type *xt) {
  if (isa<Array>(xt))
    return lvalue(e->x);
  return expr(e->x);
}

std::string Emitter::sliceExprWith(const ast::SliceExpr *e, const Type *xt, const std::string &x,
                                   const std::string &lo, const std::string &hi, const std::string &max,
                                   const std::string &three) {
  if (auto *b = dyn_cast<Basic>(xt); b && (b->info() & IsString))
    return fmt::format("go::substr({}, {}, {})", x, lo, hi);
  if (isa<Slice>(xt))
    return fmt::format("go::slice({}, {}, {}, {}, {})", x, lo, hi, max, three);
  if (auto *a = dyn_cast<Array>(xt))
    return fmt::format("go::sliceArray({}.data(), {}, {}, {}, {}, {})", x, a->len, lo, hi, max, three);
  if (auto *p = dyn_cast<Pointer>(xt))
    if (auto *a = dyn_cast<Array>(under(p->elem)))
      return fmt::format("go::sliceArray(go::deref({}).data(), {}, {}, {}, {}, {})", x, a->len, lo, hi, max,
                         three);
  unsupported(e->pos(), "slice expression on this type");
}

std::string Emitter::typeAssert(const ast::TypeAssertExpr *t) {
  const Type *to = typeOf(t);
  const Type *from = typeOf(t->x);
  if (isa<Interface>(under(to)))
    return fmt::format("go::assertIface({}, {}, {})", expr(t->x), typeDesc(to), typeDesc(from));
  return fmt::format("go::assertType<{}>({}, {}, {})", cppType(to), expr(t->x), typeDesc(to), typeDesc(from));
}

// ---------------------------------------------------------------- literals

std::string Emitter::compositeLit(const ast::CompositeLit *c, const Type *t) {
  t = sub(t);
  if (auto *p = dyn_cast<Pointer>(under(t))) // an elided &T{...}
    return fmt::format("go::newObject<{}>({})", cppType(p->elem), compositeLit(c, p->elem));
  const Type *u = under(t);
  std::string ct = cppType(t);
  auto elemValue = [&](const ast::Expr *e, const Type *et) {
    if (auto *cl = dyn_cast<ast::CompositeLit>(e); cl && !cl->type && !overrides_.count(cl))
      return compositeLit(cl, typeOf(cl));
    return expr(e);
  };
  if (auto *s = dyn_cast<Struct>(u)) {
    if (c->elts.empty())
      return ct + "{}";
    std::vector<std::string> vals(s->fields.size());
    bool keyed = isa<ast::KeyValueExpr>(c->elts[0]);
    std::string pre;
    if (keyed) {
      // Calls first, as gc (callsFirst), over the values in source order.
      std::vector<ast::Expr *> values;
      std::vector<size_t> fieldOf;
      for (size_t i = 0; i < c->elts.size(); i++) {
        auto *kv = cast<ast::KeyValueExpr>(c->elts[i]);
        auto *key = cast<ast::Ident>(kv->key);
        for (size_t f = 0; f < s->fields.size(); f++)
          if (s->fields[f]->name() == key->name) {
            values.push_back(kv->value);
            fieldOf.push_back(f);
          }
      }
      std::vector<std::string> inOrder;
      pre = valuesCallsFirst(
          values, [&](size_t i) { return elemValue(values[i], s->fields[fieldOf[i]]->type()); }, inOrder);
      for (size_t i = 0; i < values.size(); i++)
        vals[fieldOf[i]] = inOrder[i];
    } else {
      // Calls first, as gc (callsFirst).
      pre = valuesCallsFirst(c->elts, [&](size_t i) { return elemValue(c->elts[i], s->fields[i]->type()); }, vals);
      vals.resize(s->fields.size());
    }
    // Keyed values in another order than the fields': evaluated in source
    // order first when more than one has effects.
    if (keyed) {
      int impure = 0;
      for (auto *e : c->elts)
        impure += isImpure(cast<ast::KeyValueExpr>(e)->value);
      if (impure >= 2)
        for (auto *e : c->elts) {
          auto *kv = cast<ast::KeyValueExpr>(e);
          for (size_t f = 0; f < s->fields.size(); f++)
            if (s->fields[f]->name() == cast<ast::Ident>(kv->key)->name) {
              std::string t = temp("f");
              pre += fmt::format("auto {} = {}; ", t, vals[f]);
              vals[f] = t;
            }
        }
    }
    std::string list;
    for (size_t f = 0; f < s->fields.size(); f++)
      if (!vals[f].empty())
        list += (list.empty() ? "" : ", ") + fmt::format(".{} = {}", cppName(s->fields[f]->name()), vals[f]);
    if (!pre.empty())
      return fmt::format("[&] {{ {}return {}{{{}}}; }}()", pre, ct, list);
    return ct + "{" + list + "}";
  }
  if (auto *a = dyn_cast<Array>(u)) {
    bool keyed = false;
    for (auto *e : c->elts)
      keyed |= isa<ast::KeyValueExpr>(e);
    if (!keyed) {
      std::vector<std::string> vals;
      std::string pre = valuesCallsFirst(c->elts, [&](size_t i) { return elemValue(c->elts[i], a->elem); }, vals);
      std::string list;
      for (auto &v : vals)
        list += (list.empty() ? "" : ", ") + v;
      if (!pre.empty())
        return fmt::format("[&] {{ {}return {}{{{{{}}}}}; }}()", pre, ct, list);
      return ct + "{{" + list + "}}";
    }
    std::string tmp = temp("a");
    std::string body = fmt::format("{} {}{{}}; ", ct, tmp);
    int64_t k = 0;
    for (auto *e : c->elts) {
      const ast::Expr *v = e;
      if (auto *kv = dyn_cast<ast::KeyValueExpr>(e)) {
        k = *tv(kv->key)->value.toInt().int64Val();
        v = kv->value;
      }
      body += fmt::format("{}.a[{}] = {}; ", tmp, k, elemValue(v, a->elem));
      k++;
    }
    return fmt::format("[&] {{ {}return {}; }}()", body, tmp);
  }
  if (auto *sl = dyn_cast<Slice>(u)) {
    bool keyed = false;
    for (auto *e : c->elts)
      keyed |= isa<ast::KeyValueExpr>(e);
    if (!keyed) {
      if (c->elts.empty()) // not nil: []T{} has an (empty) array
        return fmt::format("go::emptySlice<{}>()", cppType(sl->elem));
      std::vector<std::string> vals;
      std::string pre = valuesCallsFirst(c->elts, [&](size_t i) { return elemValue(c->elts[i], sl->elem); }, vals);
      std::string list;
      for (auto &v : vals)
        list += (list.empty() ? "" : ", ") + v;
      if (!pre.empty())
        return fmt::format("[&] {{ {}return {}{{{}}}; }}()", pre, ct, list);
      return ct + "{" + list + "}";
    }
    int64_t k = 0, n = 0;
    for (auto *e : c->elts) {
      if (auto *kv = dyn_cast<ast::KeyValueExpr>(e))
        k = *tv(kv->key)->value.toInt().int64Val();
      n = std::max(n, ++k);
    }
    std::string tmp = temp("s");
    std::string body = fmt::format("auto {} = go::makeSlice<{}>({}); ", tmp, cppType(sl->elem), n);
    k = 0;
    for (auto *e : c->elts) {
      const ast::Expr *v = e;
      if (auto *kv = dyn_cast<ast::KeyValueExpr>(e)) {
        k = *tv(kv->key)->value.toInt().int64Val();
        v = kv->value;
      }
      body += fmt::format("{}.p[{}] = {}; ", tmp, k, elemValue(v, sl->elem));
      k++;
    }
    return fmt::format("[&] {{ {}return {}; }}()", body, tmp);
  }
  if (auto *m = dyn_cast<Map>(u)) {
    std::string tmp = temp("m");
    std::string body = fmt::format("auto {} = go::makeMap<{}, {}>({}, {}); ", tmp, cppType(m->key), cppType(m->elem),
                                   typeDesc(m->key), c->elts.size());
    for (auto *e : c->elts) {
      auto *kv = cast<ast::KeyValueExpr>(e);
      // Each entry is gc's `m[k] = v`: a key with calls, or one copied for
      // its address (order.cpp), is evaluated before the value's calls;
      // a plain key after them.
      std::string k = elemValue(kv->key, m->key), v = elemValue(kv->value, m->elem);
      bool keyCopied = mapKeyCopied(m, kv->key), keyCalls = isImpure(kv->key), valueCalls = isImpure(kv->value);
      if ((valueCalls && (keyCalls || keyCopied)) || (keyCalls && readsMutable(kv->value))) {
        std::string tk = temp("k");
        body += fmt::format("auto {} = {}; ", tk, k);
        k = tk;
      } else if (valueCalls && readsMutable(kv->key)) {
        std::string tv = temp("v");
        body += fmt::format("auto {} = {}; ", tv, v);
        v = tv;
      }
      body += fmt::format("go::mapSet<{}, {}>({}, {}, {}); ", cppType(m->key), cppType(m->elem), tmp, k, v);
    }
    return fmt::format("[&] {{ {}return {}; }}()", body, tmp);
  }
  unsupported(c->pos(), "composite literal of this type");
}

} // namespace gopp::codegen
