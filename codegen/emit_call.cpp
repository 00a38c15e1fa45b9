// emit_call.cpp — calls, conversions, built-in functions and methods
// (spec "Calls", "Conversions", "Built-in functions", "Method values").
//
// Lowering:
//  - A call of a declared function is a direct C++ call; a call of a func
//    value goes through go::Func::operator(), which panics on nil.
//  - A static method call passes the receiver the method wants: &x for a
//    pointer method on an addressable x, *p (nil checked) for a value
//    method through a pointer, following embedded fields on the way.
//  - An interface method call is go::icall through the itab, at the
//    method's index in the interface's name-sorted method list.
//  - Variadic calls pack the extra arguments into a fresh slice (nil when
//    there are none); f(g()) with a multi-value g unpacks g's tuple.
//  - Arguments with effects are evaluated left to right into temporaries
//    when more than one has effects (C++ leaves argument order open).
#include "codegen/Emitter.h"

#include "frontend/types/Sizes.h"
#include "frontend/types/Lookup.h"

namespace gopp::codegen {

namespace {
bool isTuple(const Type *t) { return t && isa<Tuple>(t); }
} // namespace

// The argument list of c for a function of signature sig, as C++
// expressions (converted to the parameter types), after `prefix`
// arguments (a receiver).
std::vector<std::string> Emitter::argList(const ast::CallExpr *c, const Signature *sig) {
  std::vector<std::string> out;
  size_t np = sig->params->size();
  auto paramType = [&](size_t i) -> const Type * {
    if (sig->variadic && i >= np - 1)
      return cast<Slice>(sig->params->at(np - 1))->elem;
    return sig->params->at(i);
  };
  // f(g()) with a multi-value g.
  if (c->args.size() == 1 && isTuple(typeOf(c->args[0]))) {
    auto *tu = cast<Tuple>(typeOf(c->args[0]));
    std::string t = temp("m");
    auto evaluated = overrides_.find(c->args[0]); // by a defer or go statement
    pendingTuple_ = fmt::format("auto {} = {};", t,
                                evaluated != overrides_.end() ? evaluated->second : rawExpr(c->args[0]));
    std::vector<std::string> vals;
    for (size_t i = 0; i < tu->size(); i++)
      vals.push_back(convertValue(fmt::format("std::get<{}>({})", i, t), tu->at(i), paramType(i)));
    if (sig->variadic && !c->hasEllipsis) {
      for (size_t i = 0; i + 1 < np; i++)
        out.push_back(vals[i]);
      std::string list;
      for (size_t i = np - 1; i < vals.size(); i++)
        list += (list.empty() ? "" : ", ") + vals[i];
      out.push_back(fmt::format("{}{{{}}}", cppType(sig->params->at(np - 1)), list));
    } else {
      out = vals;
    }
    pendingTupleArgs_ = out.size();
    return out;
  }
  // Each argument's value, the calls among them first when gc would
  // evaluate them first (callsFirst): as temporaries that orderedCall
  // defines before the call.
  std::vector<std::string> vals;
  pendingOrder_ += valuesCallsFirst(c->args, [&](size_t i) { return expr(c->args[i]); }, vals);
  if (!sig->variadic || c->hasEllipsis)
    return vals;
  for (size_t i = 0; i + 1 < np; i++)
    out.push_back(vals[i]);
  if (c->args.size() < np) {
    out.push_back(cppType(sig->params->at(np - 1)) + "()");
    return out;
  }
  std::string list;
  for (size_t i = np - 1; i < c->args.size(); i++)
    list += (list.empty() ? "" : ", ") + vals[i];
  out.push_back(fmt::format("{}{{{}}}", cppType(sig->params->at(np - 1)), list));
  return out;
}

// callee(args), with the arguments evaluated in order when needed.
std::string Emitter::orderedCall(const std::string &callee, std::vector<std::string> args,
                                 const std::vector<bool> &impure) {
  std::string tuple = std::move(pendingTuple_);
  pendingTuple_.clear();
  std::string pre = std::move(pendingOrder_); // argList's calls, evaluated first
  pendingOrder_.clear();
  int n = 0;
  if (pre.empty())
    for (bool b : impure)
      n += b;
  if (!tuple.empty()) {
    // f(g()) with a multi-value g: the arguments before g's values (a
    // receiver, a func value) are evaluated before g is called; g's
    // values are reads of its tuple.
    size_t before = args.size() - pendingTupleArgs_;
    bool impureBefore = false;
    for (size_t i = 0; i < before && i < impure.size(); i++)
      impureBefore |= impure[i];
    for (size_t i = 0; impureBefore && i < before; i++) {
      std::string t = temp("a");
      pre += fmt::format("auto {} = {}; ", t, args[i]);
      args[i] = t;
    }
    pre += tuple + " ";
  } else if (n >= 2) {
    for (size_t i = 0; i < args.size(); i++) {
      std::string t = temp("a");
      pre += fmt::format("auto {} = {}; ", t, args[i]);
      args[i] = t;
    }
  }
  std::string list;
  for (auto &a : args)
    list += (list.empty() ? "" : ", ") + a;
  std::string callText = callee + "(" + list + ")";
  if (pre.empty())
    return callText;
  return fmt::format("[&] {{ {}return {}; }}()", pre, callText);
}

std::string Emitter::call(const ast::CallExpr *c) {
  const ast::Expr *fun = ast::unparen(c->fun);
  const check::TypeAndValue *ft = tv(c->fun);
  if (ft && ft->mode == check::Mode::TypeExpr)
    return conversion(c, sub(ft->type));
  if (ft && ft->mode == check::Mode::Builtin) {
    const ast::Ident *id = dyn_cast<ast::Ident>(fun);
    if (!id)
      if (auto *s = dyn_cast<ast::SelectorExpr>(fun))
        id = s->sel;
    auto *b = cast<Builtin>(info->objectOf(id));
    return builtinCall(c, b->id);
  }
  // Calls of generic functions: f(x) with inferred, or f[T](x) with
  // explicit type arguments.
  {
    auto inst = info->instances.find(c->fun);
    const ast::Expr *fx = fun;
    if (inst == info->instances.end())
      if (auto *ix = dyn_cast<ast::IndexExpr>(fun)) {
        inst = info->instances.find(ix->x);
        fx = ast::unparen(ix->x);
      }
    if (inst != info->instances.end()) {
      if (auto *ix = dyn_cast<ast::IndexExpr>(fx))
        fx = ast::unparen(ix->x);
      const Func *f = nullptr;
      if (auto *id = dyn_cast<ast::Ident>(fx))
        f = dyn_cast_or_null<Func>(info->objectOf(id));
      else if (auto *s = dyn_cast<ast::SelectorExpr>(fx))
        f = dyn_cast_or_null<Func>(info->objectOf(s->sel));
      if (f) {
        std::string name = requestFuncInstance(f, inst->second.typeArgs);
        auto *isig = cast<Signature>(sub(inst->second.type));
        std::vector<bool> impure;
        for (const ast::Expr *a : c->args)
          impure.push_back(isImpure(a));
        return orderedCall(name, argList(c, isig), impure);
      }
    }
  }
  auto *sig = dyn_cast<Signature>(under(typeOf(c->fun)));
  if (!sig)
    unsupported(c->pos(), "call of a non-function");
  std::vector<bool> impure;
  for (const ast::Expr *a : c->args)
    impure.push_back(isImpure(a));
  // Method calls.
  if (auto *s = dyn_cast<ast::SelectorExpr>(fun)) {
    auto it = info->selections.find(s);
    if (it != info->selections.end() && it->second.kind == check::SelectionKind::MethodVal)
      return methodCall(c, s, it->second);
  }
  // Declared functions.
  const Func *f = nullptr;
  if (auto *id = dyn_cast<ast::Ident>(fun))
    f = dyn_cast_or_null<Func>(info->objectOf(id));
  else if (auto *s = dyn_cast<ast::SelectorExpr>(fun); s && !info->selections.count(s))
    f = dyn_cast_or_null<Func>(info->objectOf(s->sel));
  if (f)
    return orderedCall(funcName(f), argList(c, sig), impure);
  // A func value: evaluated before the arguments (and emitted before
  // them, so that calls in it do not take argList's pending tuple).
  std::string callee = paren(c->fun);
  std::vector<std::string> args = argList(c, sig);
  if (isImpure(c->fun)) {
    std::string fv = temp("f");
    return fmt::format("[&] {{ auto {} = {}; return {}; }}()", fv, callee, orderedCall(fv, args, impure));
  }
  return orderedCall(callee, args, impure);
}

std::string Emitter::receiverArg(const ast::Expr *x, const check::Selection &sel, const Func *m) {
  const Type *xt = typeOf(x);
  size_t n = sel.index.size() - 1; // embedded fields before the method
  // The value holding the method, after the embedded fields.
  const Type *cur = xt;
  for (size_t i = 0; i < n; i++) {
    const Type *st = cur;
    if (auto *p = dyn_cast<Pointer>(under(st)))
      st = p->elem;
    cur = cast<Struct>(under(st))->fields[size_t(sel.index[i])]->type();
  }
  bool curIsPtr = isa<Pointer>(under(cur));
  if (m->hasPtrRecv && !curIsPtr) {
    // &x.f...: x must be addressable (or a pointer on the path).
    std::string base = isa<Pointer>(under(xt)) ? expr(x) : lvalue(x);
    return "&" + fieldPath(base, xt, sel.index, n, true);
  }
  std::string v = fieldPath(expr(x), xt, sel.index, n, false);
  if (!m->hasPtrRecv && curIsPtr)
    return "go::deref(" + v + ")";
  return v;
}

// In an instance, a method of a type parameter's constraint selected on
// a value (or, for a method expression, of the type) xt that is concrete
// here: the concrete type's own method, selected as Go's method set rules
// say (addressable: a method value or call on a variable). Nothing when
// the method is an interface's in this instance too.
std::optional<check::Selection> Emitter::constraintMethod(const Type *xt, const check::Selection &sel,
                                                          const ast::Node *at, bool addressable) {
  auto *m = cast<Func>(sel.obj);
  const Type *recvT = m->signature()->recv ? m->signature()->recv->type() : nullptr;
  if (!recvT || !isa<Interface>(under(recvT)) || subst_.empty() || isa<Interface>(under(holderType(xt, sel.index))))
    return std::nullopt;
  LookupResult r = lookupFieldOrMethod(xt, addressable, m->pkg(), m->name());
  auto *cm = dyn_cast_or_null<Func>(r.obj);
  if (r.status != LookupResult::Found || !cm)
    unsupported(at->pos(), "a constraint method gopp cannot resolve");
  return check::Selection{sel.kind, xt, cm, r.index, r.indirect};
}

std::string Emitter::methodCall(const ast::CallExpr *c, const ast::SelectorExpr *s, const check::Selection &sel) {
  auto *m = cast<Func>(sel.obj);
  const Signature *sig = cast<Signature>(under(typeOf(c->fun)));
  // A type parameter's method: the type argument's (which may itself be
  // an interface's, reached through embedded fields).
  if (auto csel = constraintMethod(typeOf(s->x), sel, s, true))
    return methodCall(c, s, *csel);
  std::vector<bool> impure{isImpure(s->x)};
  for (const ast::Expr *a : c->args)
    impure.push_back(isImpure(a));
  // Through an interface (the method is an interface's), the one at the
  // end of the embedded fields.
  const Type *recvT = m->signature()->recv ? m->signature()->recv->type() : nullptr;
  if (recvT && isa<Interface>(under(recvT))) {
    std::string x = methodReceiver(s, sel);
    int k = ifaceMethodIndex(holderType(typeOf(s->x), sel.index), m->name());
    std::vector<std::string> args = argList(c, sig);
    args.insert(args.begin(), std::to_string(k) + " /*" + m->name().str() + "*/");
    args.insert(args.begin(), x);
    impure.insert(impure.begin() + 1, false);
    return orderedCall("go::icall<" + icallFnType(sig, 0) + ">", args, impure);
  }
  std::string recv = methodReceiver(s, sel); // before argList, as a func value is in call()
  std::vector<std::string> args = argList(c, sig);
  args.insert(args.begin(), recv);
  return orderedCall(methodNameFor(m, holderType(typeOf(s->x), sel.index)), args, impure);
}

// The receiver a call of the method s (selected as sel, a type
// parameter's already resolved) passes: the interface value after the
// embedded fields for an interface's method, else receiverArg's. A defer
// or go statement has evaluated it already (callLater: overrides_[s]).
std::string Emitter::methodReceiver(const ast::SelectorExpr *s, const check::Selection &sel) {
  if (auto o = overrides_.find(s); o != overrides_.end())
    return o->second;
  auto *m = cast<Func>(sel.obj);
  const Type *recvT = m->signature()->recv ? m->signature()->recv->type() : nullptr;
  if (recvT && isa<Interface>(under(recvT)))
    return fieldPath(expr(s->x), typeOf(s->x), sel.index, sel.index.size() - 1, false);
  return receiverArg(s->x, sel, m);
}

std::string Emitter::methodValue(const ast::SelectorExpr *s, const check::Selection &sel) {
  if (auto csel = constraintMethod(typeOf(s->x), sel, s, true))
    return methodValue(s, *csel);
  auto *m = cast<Func>(sel.obj);
  const Signature *sig = cast<Signature>(under(typeOf(s)));
  std::string params, args;
  for (size_t i = 0; i < sig->params->size(); i++) {
    params += fmt::format("{}{} a{}", i ? ", " : "", cppType(sig->params->at(i)), i);
    args += fmt::format(", a{}", i);
  }
  const Type *recvT = m->signature()->recv ? m->signature()->recv->type() : nullptr;
  if (recvT && isa<Interface>(under(recvT))) {
    std::string x = fieldPath(expr(s->x), typeOf(s->x), sel.index, sel.index.size() - 1, false);
    int k = ifaceMethodIndex(holderType(typeOf(s->x), sel.index), m->name());
    return fmt::format("{}([gopp_recv = go::nonNil({})]({}) -> {} {{ return go::icall<{}>(gopp_recv, {}{}); }})",
                       cppFuncType(sig), x, params, cppResultType(sig), icallFnType(sig, 0), k, args);
  }
  // The receiver is evaluated (and copied, for value methods) now.
  return fmt::format("{}([gopp_recv = {}]({}) -> {} {{ return {}(gopp_recv{}); }})", cppFuncType(sig),
                     receiverArg(s->x, sel, m), params, cppResultType(sig),
                     methodNameFor(m, holderType(typeOf(s->x), sel.index)), args);
}

std::string Emitter::methodExpr(const ast::SelectorExpr *s, const check::Selection &sel) {
  if (auto csel = constraintMethod(typeOf(s->x), sel, s, false))
    return methodExpr(s, *csel);
  auto *m = cast<Func>(sel.obj);
  const Signature *sig = cast<Signature>(under(typeOf(s))); // receiver first
  std::string params, args;
  for (size_t i = 0; i < sig->params->size(); i++) {
    params += fmt::format("{}{} a{}", i ? ", " : "", cppType(sig->params->at(i)), i);
    if (i)
      args += fmt::format(", a{}", i);
  }
  const Type *recvT = sig->params->at(0);
  size_t n = sel.index.size() - 1;
  const Type *holder = holderType(recvT, sel.index);
  if (isa<Interface>(under(holder))) {
    int k = ifaceMethodIndex(holder, m->name());
    return fmt::format("{}([]({}) -> {} {{ return go::icall<{}>({}, {}{}); }})", cppFuncType(sig), params,
                       cppResultType(sig), icallFnType(sig, 1), fieldPath("a0", recvT, sel.index, n, false), k,
                       args);
  }
  // The receiver after the embedded fields, dereferenced for a value
  // method held through a pointer, or addressed for a pointer method
  // held by value ((*Outer).M with M promoted through *Inner or Inner).
  bool holderIsPtr = isa<Pointer>(under(holder));
  std::string path = fieldPath("a0", recvT, sel.index, n, false);
  if (!m->hasPtrRecv && holderIsPtr)
    path = "go::deref(" + path + ")";
  else if (m->hasPtrRecv && !holderIsPtr)
    path = "&" + fieldPath("a0", recvT, sel.index, n, true);
  // (*T).M for T's own value method is gc's wrapper, which panics on a
  // nil *T with its own message (as the method tables' thunks do).
  std::string nilCheck;
  auto *pt = dyn_cast<Pointer>(recvT);
  auto *named = pt && n == 0 && !m->hasPtrRecv ? dyn_cast<Named>(pt->elem) : nullptr;
  if (named && named->obj->pkg())
    nilCheck = fmt::format("if (!a0) go::panicValueMethodNil(\"{}\", \"{}\", \"{}\"); ", named->obj->pkg()->name,
                           named->obj->name().str(), m->name().str());
  return fmt::format("{}([]({}) -> {} {{ {}return {}({}{}); }})", cppFuncType(sig), params, cppResultType(sig),
                     nilCheck, methodNameFor(m, holder), path, args);
}

// The C++ function-pointer type go::icall calls an interface method's
// code as: the result, void * for the receiver, then sig's parameters
// from the first'th on (1 for a method expression's, whose first is the
// receiver).
std::string Emitter::icallFnType(const Signature *sig, size_t first) {
  std::string fnType = cppResultType(sig) + " (*)(void *";
  for (size_t i = first; i < sig->params->size(); i++)
    fnType += ", " + cppType(sig->params->at(i));
  return fnType + ")";
}

// ---------------------------------------------------------------- conversions

std::string Emitter::conversion(const ast::CallExpr *c, const Type *to) {
  const ast::Expr *x = c->args[0];
  const Type *from = typeOf(x);
  std::string v = paren(x); // an operation stays one operand when the conversion emits nothing
  const Type *tu = under(to), *fu = under(from);
  if (isa<Interface>(tu))
    return convertValue(v, from, to);
  if (isUntypedNil(from) || isNilExpr(x))
    return isPointerShaped(to) ? fmt::format("static_cast<{}>(nullptr)", cppType(to)) : zeroValue(to);
  auto *tb = dyn_cast<Basic>(tu);
  auto *fb = dyn_cast<Basic>(fu);
  if (tb && (tb->info() & IsString)) {
    if (fb && (fb->info() & IsInteger))
      return fmt::format("go::runeToString(int64_t({}))", v);
    if (fb && (fb->info() & IsString))
      return v;
    if (auto *s = dyn_cast<Slice>(fu)) {
      auto *eb = dyn_cast<Basic>(under(s->elem));
      if (eb && eb->basicKind() == BasicKind::Uint8)
        return fmt::format("go::bytesToString({})", v);
      return fmt::format("go::runesToString({})", v);
    }
  }
  if (auto *s = dyn_cast<Slice>(tu); s && fb && (fb->info() & IsString)) {
    auto *eb = dyn_cast<Basic>(under(s->elem));
    bool bytes = eb && eb->basicKind() == BasicKind::Uint8;
    // gc converts a constant string into an array of exactly its length,
    // so cap == len; a run-time conversion rounds up to a size class.
    if (auto *k = tv(x); k && k->mode == check::Mode::Constant) {
      if (bytes)
        return fmt::format("go::appendString(go::makeSlice<uint8_t>(0, {}), {})", k->value.stringVal().size(), v);
      return fmt::format("[](go::Slice<int32_t> r) {{ r.cap_ = r.len_; return r; }}(go::stringToRunes({}))", v);
    }
    return (bytes ? "go::stringToBytes(" : "go::stringToRunes(") + v + ")";
  }
  if (tb && fb) {
    if (tb->basicKind() == BasicKind::UnsafePointer || fb->basicKind() == BasicKind::UnsafePointer)
      return fmt::format("reinterpret_cast<{}>({})", cppType(to), v);
    if ((tb->info() & IsInteger) && (fb->info() & IsFloat))
      return fmt::format("go::convert<{}>({})", cppType(to), v);
    if ((tb->info() & IsComplex) && (fb->info() & IsComplex))
      return fmt::format("{}({})", cppType(to), v);
    if (cppType(to) == cppType(from))
      return v;
    // Not T(v): (float(uint64_t(v[0]))) - w parses in C++ as a cast of -w
    // to a function type, and g++ 12 crashes on similar chains.
    return fmt::format("static_cast<{}>({})", cppType(to), v);
  }
  if (auto *p = dyn_cast<Pointer>(tu); p && isa<Slice>(fu) && isa<Array>(under(p->elem))) {
    auto *a = cast<Array>(under(p->elem));
    return fmt::format("go::sliceToArrayPtr<{}, {}>({})", cppType(a->elem), a->len, v);
  }
  if (auto *a = dyn_cast<Array>(tu); a && isa<Slice>(fu))
    return fmt::format("*go::sliceToArrayPtr<{}, {}>({})", cppType(a->elem), a->len, v);
  if (isa<Pointer>(tu) && isa<Basic>(fu))
    return fmt::format("reinterpret_cast<{}>({})", cppType(to), v);
  return convertValue(v, from, to);
}

// ---------------------------------------------------------------- builtins

// print/println of n values: value(i) is the C++ of the i-th, type(i) its
// underlying type. Each value is printed by the runtime's printer for its
// kind, as gc's printer does; println puts spaces between and a newline.
std::string Emitter::printCall(BuiltinId id, size_t n, const std::function<std::string(size_t)> &value,
                               const std::function<const Type *(size_t)> &type) {
  std::string s = "(";
  for (size_t i = 0; i < n; i++) {
    if (i && id == BuiltinId::Println)
      s += "go::printSpace(), ";
    const Type *t = type(i);
    std::string v = value(i);
    if (auto *b = dyn_cast<Basic>(t)) {
      unsigned inf = b->info();
      if (inf & IsBoolean)
        s += "go::printBool(" + v + ")";
      else if (inf & IsString)
        s += "go::printString(" + v + ")";
      else if (inf & IsUnsigned)
        s += "go::printUint(uint64_t(" + v + "))";
      else if (inf & IsInteger)
        s += "go::printInt(int64_t(" + v + "))";
      else if (inf & IsFloat)
        s += "go::printFloat(double(" + v + "))";
      else if (inf & IsComplex)
        s += "go::printComplex(go::complex128(" + v + "))";
      else if (b->basicKind() == BasicKind::UntypedNil)
        s += "go::printString(\"nil\")";
      else
        s += "go::printPointer(" + v + ")";
    } else if (isa<Interface>(t)) {
      s += "go::printIface(" + v + ")";
    } else if (isa<Slice>(t)) {
      s += "[&](auto gopp_s) { go::printSlice(gopp_s.p, gopp_s.len(), gopp_s.cap()); }(" + v + ")";
    } else if (isa<Chan>(t)) {
      s += "go::printPointer((const void *)(" + v + ").c)";
    } else if (isa<Signature>(t)) {
      s += "go::printPointer((const void *)(" + v + ").fn)";
    } else {
      s += "go::printPointer((const void *)(" + v + "))";
    }
    s += ", ";
  }
  if (id == BuiltinId::Println)
    s += "go::printNewline(), ";
  s += "(void)0)";
  return s;
}

// A built-in function applied to the results of one call, f(g()) with g
// returning several values (append(f()), copy(f()), complex(f()),
// min(f()), ...): g is called once, its results bound to a tuple, and the
// built-in applied to the tuple's elements.
std::string Emitter::builtinTupleCall(const ast::CallExpr *c, BuiltinId id) {
  auto *tu = cast<Tuple>(info->typeOf(c->args[0]));
  std::string t = temp("t");
  auto v = [&](size_t i) { return fmt::format("std::get<{}>({})", i, t); };
  std::string body;
  switch (id) {
  case BuiltinId::Append: {
    const Type *st = typeOf(c);
    auto *sl = cast<Slice>(under(st));
    if (c->hasEllipsis) {
      if (auto *b = dyn_cast<Basic>(under(tu->at(1))); b && (b->info() & IsString))
        body = fmt::format("go::appendString({}, {})", v(0), v(1));
      else
        body = fmt::format("go::appendSlice({}, {})", v(0), convertValue(v(1), tu->at(1), st));
      break;
    }
    std::string list;
    for (size_t i = 1; i < tu->size(); i++)
      list += (list.empty() ? "" : ", ") + convertValue(v(i), tu->at(i), sl->elem);
    body = tu->size() == 2 ? fmt::format("go::append<{}>({}, {})", cppType(sl->elem), v(0), list)
                           : fmt::format("go::append<{}>({}, {{{}}})", cppType(sl->elem), v(0), list);
    break;
  }
  case BuiltinId::Copy:
    body = fmt::format("go::copy({}, {})", v(0), v(1));
    break;
  case BuiltinId::Complex:
    body = fmt::format("{}({}, {})", cppType(typeOf(c)), v(0), v(1));
    break;
  case BuiltinId::Min:
  case BuiltinId::Max: {
    const Type *rt = typeOf(c);
    bool isFloat = isa<Basic>(under(rt)) && (cast<Basic>(under(rt))->info() & IsFloat);
    std::string f = isFloat ? (id == BuiltinId::Min ? "go::fmin" : "go::fmax")
                            : (id == BuiltinId::Min ? "std::min" : "std::max");
    std::string ct = cppType(rt);
    body = ct + "(" + v(0) + ")";
    for (size_t i = 1; i < tu->size(); i++)
      body = fmt::format("{}<{}>({}, {}({}))", f, ct, body, ct, v(i));
    break;
  }
  case BuiltinId::Delete:
    body = fmt::format("go::mapDelete({}, {})", v(0), convertValue(v(1), tu->at(1), cast<Map>(under(tu->at(0)))->key));
    break;
  case BuiltinId::Print:
  case BuiltinId::Println:
    body = printCall(id, tu->size(), v, [&](size_t i) { return under(tu->at(i)); });
    break;
  default:
    unsupported(c->pos(), "this built-in function called with a multi-value argument");
  }
  return fmt::format("[&] {{ auto {} = {}; return {}; }}()", t, rawExpr(c->args[0]), body);
}

std::string Emitter::builtinCall(const ast::CallExpr *c, BuiltinId id) {
  if (c->args.size() == 1 && isa_and_nonnull<Tuple>(info->typeOf(c->args[0])))
    return builtinTupleCall(c, id);
  // C++ leaves the order of arguments open (g++ goes right to left): two
  // or more arguments with calls are evaluated first, in order, into
  // temporaries the call then reads, as gc does.
  std::vector<const ast::Expr *> called;
  for (const ast::Expr *a : c->args)
    if (!isConstant(a) && isImpure(a))
      called.push_back(ast::unparen(a));
  if (called.size() < 2)
    return builtinBody(c, id);
  std::string pre;
  for (const ast::Expr *a : called) {
    std::string t = temp("a");
    pre += fmt::format("auto {} = {}; ", t, expr(a));
    overrides_[a] = t;
  }
  std::string body = builtinBody(c, id);
  for (const ast::Expr *a : called)
    overrides_.erase(a);
  return fmt::format("[&] {{ {}return {}; }}()", pre, body);
}

std::string Emitter::builtinBody(const ast::CallExpr *c, BuiltinId id) {
  auto arg = [&](size_t i) { return expr(c->args[i]); };
  auto argT = [&](size_t i) { return under(typeOf(c->args[i])); };
  switch (id) {
  case BuiltinId::Len:
  case BuiltinId::Cap: {
    const Type *t = argT(0);
    if (auto *p = dyn_cast<Pointer>(t))
      t = under(p->elem);
    if (auto *a = dyn_cast<Array>(t)) {
      // Not a constant when the operand has calls or receives: they run
      // (spec "Length and capacity"), and no nil check applies.
      if (isImpure(c->args[0]) || overrides_.count(ast::unparen(c->args[0]))) // run already: a temporary
        return fmt::format("((void){}, int64_t({}))", arg(0), a->len);
      return fmt::format("int64_t({})", a->len);
    }
    if (isa<Map>(t))
      return fmt::format("go::mapLen({})", arg(0));
    if (auto *ch = dyn_cast<Chan>(t))
      return fmt::format("go::chan{}<{}>({})", id == BuiltinId::Len ? "Len" : "Cap", cppType(ch->elem), arg(0));
    return fmt::format("{}.{}()", paren(c->args[0]), id == BuiltinId::Len ? "len" : "cap");
  }
  case BuiltinId::Append: {
    const Type *st = typeOf(c);
    auto *s = cast<Slice>(under(st));
    std::string base = arg(0);
    if (c->args.size() == 1)
      return base;
    if (c->hasEllipsis) {
      if (auto *b = dyn_cast<Basic>(argT(1)); b && (b->info() & IsString))
        return fmt::format("go::appendString({}, {})", base, arg(1));
      return fmt::format("go::appendSlice({}, {})", base, convertValue(arg(1), typeOf(c->args[1]), st));
    }
    std::vector<bool> impure;
    std::vector<std::string> args{base};
    impure.push_back(isImpure(c->args[0]));
    std::string list;
    for (size_t i = 1; i < c->args.size(); i++) {
      std::string v = expr(c->args[i]);
      impure.push_back(isImpure(c->args[i]));
      list += (list.empty() ? "" : ", ") + v;
    }
    std::string ct = cppType(s->elem);
    if (c->args.size() == 2)
      args.push_back(list);
    else
      args.push_back("{" + list + "}");
    return orderedCall("go::append<" + ct + ">", args, impure);
  }
  case BuiltinId::Copy:
    return fmt::format("go::copy({}, {})", arg(0), arg(1));
  case BuiltinId::Delete:
    return fmt::format("go::mapDelete({}, {})", arg(0), convertValue(arg(1), typeOf(c->args[1]),
                                                                     cast<Map>(argT(0))->key));
  case BuiltinId::Make: {
    const Type *t = sub(tv(c->args[0])->type);
    const Type *u = under(t);
    if (auto *s = dyn_cast<Slice>(u)) {
      std::string n = fmt::format("int64_t({})", arg(1));
      if (c->args.size() > 2)
        return fmt::format("go::makeSlice<{}>({}, int64_t({}))", cppType(s->elem), n, arg(2));
      return fmt::format("go::makeSlice<{}>({})", cppType(s->elem), n);
    }
    if (auto *m = dyn_cast<Map>(u))
      return fmt::format("go::makeMap<{}, {}>({}{})", cppType(m->key), cppType(m->elem), typeDesc(m->key),
                         c->args.size() > 1 ? ", int64_t(" + arg(1) + ")" : "");
    auto *ch = cast<Chan>(u);
    return fmt::format("go::makeChan<{}>({})", cppType(ch->elem),
                       c->args.size() > 1 ? "int64_t(" + arg(1) + ")" : std::string("0"));
  }
  case BuiltinId::New:
    return fmt::format("go::newObject<{}>()", cppType(sub(tv(c->args[0])->type)));
  case BuiltinId::Panic: {
    std::string v = arg(0);
    if (!isa<Interface>(under(typeOf(c->args[0]))) && !info->conversions.count(c->args[0]))
      v = convertValue(v, typeOf(c->args[0]), universeAny());
    return fmt::format("go::gopanic({})", v);
  }
  case BuiltinId::Recover:
    return fn && fn->callsRecover ? "go::recover(gopp_canRecover)" : "go::recover(false)";
  case BuiltinId::Print:
  case BuiltinId::Println:
    return printCall(id, c->args.size(), arg, argT);
  case BuiltinId::Min:
  case BuiltinId::Max: {
    const Type *t = typeOf(c);
    bool isFloat = isa<Basic>(under(t)) && (cast<Basic>(under(t))->info() & IsFloat);
    std::string f = isFloat ? (id == BuiltinId::Min ? "go::fmin" : "go::fmax")
                            : (id == BuiltinId::Min ? "std::min" : "std::max");
    std::string ct = cppType(t);
    std::string acc = ct + "(" + arg(0) + ")";
    for (size_t i = 1; i < c->args.size(); i++)
      acc = fmt::format("{}<{}>({}, {}({}))", f, ct, acc, ct, arg(i));
    return acc;
  }
  case BuiltinId::Clear: {
    const Type *t = argT(0);
    if (isa<Map>(t))
      return fmt::format("go::mapClear({})", arg(0));
    return fmt::format("[&](auto gopp_s) {{ for (auto &e : gopp_s) e = {{}}; }}({})", arg(0));
  }
  case BuiltinId::Complex:
    return fmt::format("{}({}, {})", cppType(typeOf(c)), arg(0), arg(1));
  case BuiltinId::Real:
    return fmt::format("{}.real()", paren(c->args[0]));
  case BuiltinId::Imag:
    return fmt::format("{}.imag()", paren(c->args[0]));
  case BuiltinId::Sizeof:
  case BuiltinId::Alignof: {
    // Not constant only in generic code, where the instance's types are
    // known here: gc's layout of the substituted type.
    const Type *t = sub(typeOf(c->args[0]));
    return fmt::format("uintptr_t({})", id == BuiltinId::Sizeof ? gcSizeof(t) : gcAlignof(t));
  }
  case BuiltinId::Offsetof: {
    auto *sel = cast<ast::SelectorExpr>(ast::unparen(c->args[0]));
    const check::Selection &s = info->selections.find(sel)->second;
    const Type *t = sub(s.recv);
    if (auto *p = dyn_cast<Pointer>(under(t)))
      t = p->elem;
    int64_t off = 0;
    for (int i : s.index) {
      auto *st = cast<Struct>(under(sub(t)));
      off += gcOffsetsof(st)[size_t(i)];
      t = st->fields[size_t(i)]->type();
    }
    return fmt::format("uintptr_t({})", off);
  }
  case BuiltinId::Close:
    return fmt::format("go::chanClose<{}>({})", cppType(cast<Chan>(argT(0))->elem), arg(0));
  // Package unsafe's run-time functions (runtime/include/gopp/unsafe.h).
  case BuiltinId::Add:
    return fmt::format("go::unsafeAdd({}, uintptr_t({}))", arg(0), arg(1));
  case BuiltinId::Slice: {
    const Type *elem = sub(cast<Pointer>(argT(0))->elem);
    return fmt::format("go::unsafeSlice<{}>({}, int64_t({}), {})", cppType(elem), arg(0), arg(1), gcSizeof(elem));
  }
  case BuiltinId::String:
    return fmt::format("go::unsafeString({}, int64_t({}))", arg(0), arg(1));
  case BuiltinId::StringData:
    return fmt::format("const_cast<uint8_t *>({}.p)", paren(c->args[0]));
  case BuiltinId::SliceData:
    return fmt::format("{}.p", paren(c->args[0]));
  default:
    unsupported(c->pos(), "this built-in function");
  }
}

const Type *Emitter::universeAny() {
  static Interface any;
  any.complete = true;
  return &any;
}

} // namespace gopp::codegen
