// emit_descriptors.cpp — run-time type descriptors (go::Type, type.h).
//
// Lowering:
//  - A descriptor is emitted for each type that reaches run time (boxed
//    into an interface, a map key, a type assertion or switch case), on
//    first request, as an inline variable in namespace gotypes named
//    T_<readable>_<hash of the type's identity>: identical types share one
//    descriptor in every translation unit, so identity is pointer equality.
//  - Predeclared types use the runtime's descriptors (go::intType, ...).
//  - The method table of a concrete type is its method set (spec "Method
//    sets"): for T the value-receiver methods, for *T all, both including
//    methods promoted through embedded fields. Each entry is a thunk that
//    takes the interface's data word and calls the method with the
//    receiver the method wants.
//  - An interface's table lists its methods; both lists are sorted by
//    name, which is the order itabs and interface method calls use.
#include <algorithm>

#include "codegen/Emitter.h"
#include "frontend/types/Lookup.h"
#include "frontend/types/TypeSet.h"

namespace gopp::codegen {

// --------------------------------------------------------------- identity

std::string Emitter::typeKey(const Type *t) {
  std::string s;
  switch (t->kind()) {
  case TypeKind::Basic: {
    auto *b = cast<Basic>(t);
    switch (b->basicKind()) {
    case BasicKind::Uint8:
      return "uint8";
    case BasicKind::Int32:
      return "int32";
    default:
      return b->name().str();
    }
  }
  case TypeKind::Named: {
    auto *n = cast<Named>(t);
    s = (n->obj->pkg() ? n->obj->pkg()->path + "." : "") + n->obj->name().str();
    if (n->obj->parent() && n->obj->pkg() && n->obj->parent() != n->obj->pkg()->scope.get() &&
        n->obj->parent()->parent())
      s += fmt::format("·{}:{}", n->obj->pos().line, n->obj->pos().col); // a local type
    if (!n->typeArgs.empty()) {
      s += "[";
      for (size_t i = 0; i < n->typeArgs.size(); i++)
        s += (i ? "," : "") + typeKey(n->typeArgs[i]);
      s += "]";
    }
    return s;
  }
  case TypeKind::Pointer:
    return "*" + typeKey(cast<Pointer>(t)->elem);
  case TypeKind::Slice:
    return "[]" + typeKey(cast<Slice>(t)->elem);
  case TypeKind::Array:
    return fmt::format("[{}]", cast<Array>(t)->len) + typeKey(cast<Array>(t)->elem);
  case TypeKind::Map:
    return "map[" + typeKey(cast<Map>(t)->key) + "]" + typeKey(cast<Map>(t)->elem);
  case TypeKind::Chan: {
    auto *c = cast<Chan>(t);
    const char *d = c->dir == ChanDir::Send ? "chan<- " : c->dir == ChanDir::Recv ? "<-chan " : "chan ";
    return d + typeKey(c->elem);
  }
  case TypeKind::Signature: {
    auto *sig = cast<Signature>(t);
    s = "func(";
    for (size_t i = 0; i < sig->params->size(); i++)
      s += (i ? "," : "") + std::string(sig->variadic && i + 1 == sig->params->size() ? "..." : "") +
           typeKey(sig->params->at(i));
    s += ")(";
    for (size_t i = 0; i < sig->results->size(); i++)
      s += (i ? "," : "") + typeKey(sig->results->at(i));
    return s + ")";
  }
  case TypeKind::Struct: {
    auto *st = cast<Struct>(t);
    s = "struct{";
    for (size_t i = 0; i < st->fields.size(); i++) {
      Var *f = st->fields[i];
      if (i)
        s += ";";
      if (f->embedded)
        s += "!";
      if (!f->exported() && f->pkg())
        s += f->pkg()->path + ".";
      s += f->name().str() + " " + typeKey(f->type());
      if (i < st->tags.size() && !st->tags[i].empty())
        s += " " + st->tags[i];
    }
    return s + "}";
  }
  case TypeKind::Interface: {
    s = "interface{";
    for (const Func *m : ifaceMethods(t)) {
      if (!m->exported() && m->pkg())
        s += m->pkg()->path + ".";
      s += m->name().str() + typeKey(m->type()).substr(4) + ";";
    }
    return s + "}";
  }
  case TypeKind::Tuple: {
    s = "(";
    for (size_t i = 0; i < cast<Tuple>(t)->size(); i++)
      s += (i ? "," : "") + typeKey(cast<Tuple>(t)->at(i));
    return s + ")";
  }
  case TypeKind::TypeParam:
    return cast<TypeParam>(t)->obj->name().str();
  case TypeKind::Union:
    break;
  }
  return "?";
}

// The type as reflect (and so %T and %v) spells it. Inside the type
// arguments of an instantiated type, gc spells a type declared in a
// function with its package-wide number (main.Box[main.local·1]), while
// the type itself prints bare (main.local); `inTypeArg` selects that.
std::string Emitter::goTypeName(const Type *t, bool inTypeArg) {
  switch (t->kind()) {
  case TypeKind::Basic: {
    auto *b = cast<Basic>(t);
    if (b->basicKind() == BasicKind::UnsafePointer)
      return "unsafe.Pointer";
    return typeKey(t);
  }
  case TypeKind::Named: {
    auto *n = cast<Named>(t);
    std::string s = (n->obj->pkg() ? n->obj->pkg()->name + "." : "") + n->obj->name().str();
    if (auto gen = localTypeGen_.find(n->obj); inTypeArg && gen != localTypeGen_.end())
      s += fmt::format("·{}", gen->second);
    if (!n->typeArgs.empty()) {
      s += "[";
      for (size_t i = 0; i < n->typeArgs.size(); i++)
        s += (i ? "," : "") + goTypeName(n->typeArgs[i], true);
      s += "]";
    }
    return s;
  }
  case TypeKind::Pointer:
    return "*" + goTypeName(cast<Pointer>(t)->elem, inTypeArg);
  case TypeKind::Slice:
    return "[]" + goTypeName(cast<Slice>(t)->elem, inTypeArg);
  case TypeKind::Array:
    return fmt::format("[{}]", cast<Array>(t)->len) + goTypeName(cast<Array>(t)->elem, inTypeArg);
  case TypeKind::Map:
    return "map[" + goTypeName(cast<Map>(t)->key, inTypeArg) + "]" + goTypeName(cast<Map>(t)->elem, inTypeArg);
  case TypeKind::Chan: {
    auto *c = cast<Chan>(t);
    const char *d = c->dir == ChanDir::Send ? "chan<- " : c->dir == ChanDir::Recv ? "<-chan " : "chan ";
    // chan (<-chan int): without the parentheses it would read as chan<- (chan int).
    auto *ec = dyn_cast<Chan>(c->elem);
    if (c->dir == ChanDir::Both && ec && ec->dir == ChanDir::Recv)
      return d + ("(" + goTypeName(c->elem, inTypeArg) + ")");
    return d + goTypeName(c->elem, inTypeArg);
  }
  case TypeKind::Signature: {
    auto *sig = cast<Signature>(t);
    std::string s = "func(";
    for (size_t i = 0; i < sig->params->size(); i++) {
      s += i ? ", " : "";
      if (sig->variadic && i + 1 == sig->params->size())
        s += "..." + goTypeName(cast<Slice>(sig->params->at(i))->elem, inTypeArg);
      else
        s += goTypeName(sig->params->at(i), inTypeArg);
    }
    s += ")";
    if (sig->results->size() == 1)
      s += " " + goTypeName(sig->results->at(0), inTypeArg);
    else if (sig->results->size() > 1) {
      s += " (";
      for (size_t i = 0; i < sig->results->size(); i++)
        s += (i ? ", " : "") + goTypeName(sig->results->at(i), inTypeArg);
      s += ")";
    }
    return s;
  }
  case TypeKind::Struct: {
    auto *st = cast<Struct>(t);
    if (st->fields.empty())
      return "struct {}";
    std::string s = "struct { ";
    for (size_t i = 0; i < st->fields.size(); i++) {
      Var *f = st->fields[i];
      s += i ? "; " : "";
      if (!f->embedded)
        s += f->name().str() + " ";
      s += goTypeName(f->type(), inTypeArg);
      if (i < st->tags.size() && !st->tags[i].empty())
        s += " " + fmt::format("{:?}", st->tags[i]);
    }
    return s + " }";
  }
  case TypeKind::Interface: {
    auto ms = ifaceMethods(t);
    if (ms.empty())
      return "interface {}";
    std::string s = "interface { ";
    for (size_t i = 0; i < ms.size(); i++)
      s += (i ? "; " : "") + ms[i]->name().str() + goTypeName(ms[i]->type(), inTypeArg).substr(4);
    return s + " }";
  }
  default:
    return typeKey(t);
  }
}

std::vector<const Func *> Emitter::ifaceMethods(const Type *t) {
  auto *it = cast<Interface>(under(t));
  std::vector<const Func *> ms(typeSetOf(it).methods.begin(), typeSetOf(it).methods.end());
  std::stable_sort(ms.begin(), ms.end(), [](const Func *a, const Func *b) { return a->name() < b->name(); });
  return ms;
}

int Emitter::ifaceMethodIndex(const Type *iface, llvm::StringRef name) {
  auto ms = ifaceMethods(iface);
  for (size_t i = 0; i < ms.size(); i++)
    if (ms[i]->name() == name)
      return int(i);
  return -1;
}

// ------------------------------------------------------------ method sets

namespace {
void collectMethodNames(const Type *t, std::set<std::string> &names, std::set<const Type *> &seen, int depth) {
  if (depth > 8)
    return;
  if (auto *p = dyn_cast<Pointer>(t))
    t = p->elem;
  if (!seen.insert(t).second)
    return;
  if (auto *n = dyn_cast<Named>(t)) {
    for (const Func *m : n->allMethods())
      names.insert(m->name().str());
  }
  if (auto *it = dyn_cast<Interface>(under(t))) { // an embedded interface
    for (const Func *m : typeSetOf(it).methods)
      names.insert(m->name().str());
    return;
  }
  if (auto *s = dyn_cast<Struct>(under(t)))
    for (Var *f : s->fields)
      if (f->embedded)
        collectMethodNames(f->type(), names, seen, depth + 1);
}
} // namespace

std::vector<Emitter::MethodEntry> Emitter::methodSet(const Type *t) {
  std::vector<MethodEntry> out;
  if (isa<Interface>(under(t)))
    return out;
  std::set<std::string> names;
  std::set<const Type *> seen;
  collectMethodNames(t, names, seen, 0);
  for (const std::string &name : names) {
    // Unexported methods are looked up in their own package.
    const Package *p = pkg;
    LookupResult r = lookupFieldOrMethod(t, false, p, name);
    if (r.status != LookupResult::Found) {
      bool found = false;
      for (const Package *q : in.pkg->imports) {
        r = lookupFieldOrMethod(t, false, q, name);
        if (r.status == LookupResult::Found) {
          found = true;
          break;
        }
      }
      if (!found)
        continue;
    }
    auto *m = dyn_cast_or_null<Func>(r.obj);
    if (!m || !typeAvailable(m->type()) || !methodProvided(m))
      continue;
    out.push_back({name, m, r.index, r.indirect});
  }
  return out;
}

// A function `R (void *data, A...)` calling method m on the value in data.
std::string Emitter::methodThunk(const Type *recvType, const Func *m, const std::vector<int> &path, bool) {
  const Signature *sig = cast<Signature>(methodType(m, recvType, path));
  std::string params = "void *d", args;
  for (size_t i = 0; i < sig->params->size(); i++) {
    params += fmt::format(", {} a{}", cppType(sig->params->at(i)), i);
    args += fmt::format(", a{}", i);
  }
  std::string cur;
  const Type *curT = recvType;
  // *T's wrapper of T's own value method panics on nil as Go's does
  // (reflectdata's methodWrapper; promoted methods just dereference).
  std::string nilCheck;
  if (auto *pt = dyn_cast<Pointer>(recvType); pt && path.size() == 1 && !m->hasPtrRecv)
    if (auto *n = dyn_cast<Named>(pt->elem); n && n->obj->pkg())
      nilCheck = fmt::format("if (!d) go::panicValueMethodNil(\"{}\", \"{}\", \"{}\"); ", n->obj->pkg()->name,
                             n->obj->name().str(), m->name().str());
  if (isa<Pointer>(recvType))
    cur = fmt::format("static_cast<{}>(d)", cppType(recvType));
  else if (isPointerShaped(recvType)) // a map or channel type, or one naming itself
    cur = fmt::format("go::unboxData<{}>(d)", cppType(recvType));
  else
    cur = fmt::format("(*static_cast<{} *>(d))", cppType(recvType));
  for (size_t i = 0; i + 1 < path.size(); i++) {
    const Type *st = curT;
    bool ptr = false;
    if (auto *p = dyn_cast<Pointer>(under(st))) {
      st = p->elem;
      ptr = true;
    }
    Var *f = cast<Struct>(under(st))->fields[size_t(path[i])];
    cur = ptr ? fmt::format("go::deref({}).{}", cur, cppName(f->name())) : fmt::format("{}.{}", cur, cppName(f->name()));
    curT = f->type();
  }
  if (isa<Interface>(under(curT))) {
    // A method promoted from an embedded interface: dispatch on it.
    return fmt::format("reinterpret_cast<void *>(+[]({}) -> {} {{ {}return go::icall<{}>({}, {}{}); }})", params,
                       cppResultType(sig), nilCheck, icallFnType(sig, 0), cur, ifaceMethodIndex(curT, m->name()),
                       args);
  }
  bool curIsPtr = isa<Pointer>(under(curT));
  std::string recv;
  if (m->hasPtrRecv)
    recv = curIsPtr ? cur : "&" + cur;
  else
    recv = curIsPtr ? "go::deref(" + cur + ")" : cur;
  return fmt::format("reinterpret_cast<void *>(+[]({}) -> {} {{ {}return {}({}{}); }})", params, cppResultType(sig),
                     nilCheck, methodNameFor(m, curT), recv, args);
}

// ------------------------------------------------------------ descriptors

namespace {
const char *kindName(const Type *u) {
  switch (u->kind()) {
  case TypeKind::Basic:
    switch (cast<Basic>(u)->basicKind()) {
    case BasicKind::Bool: return "Bool";
    case BasicKind::Int: return "Int";
    case BasicKind::Int8: return "Int8";
    case BasicKind::Int16: return "Int16";
    case BasicKind::Int32: return "Int32";
    case BasicKind::Int64: return "Int64";
    case BasicKind::Uint: return "Uint";
    case BasicKind::Uint8: return "Uint8";
    case BasicKind::Uint16: return "Uint16";
    case BasicKind::Uint32: return "Uint32";
    case BasicKind::Uint64: return "Uint64";
    case BasicKind::Uintptr: return "Uintptr";
    case BasicKind::Float32: return "Float32";
    case BasicKind::Float64: return "Float64";
    case BasicKind::Complex64: return "Complex64";
    case BasicKind::Complex128: return "Complex128";
    case BasicKind::String: return "String";
    case BasicKind::UnsafePointer: return "UnsafePointer";
    default: return "Invalid";
    }
  case TypeKind::Pointer: return "Pointer";
  case TypeKind::Slice: return "Slice";
  case TypeKind::Array: return "Array";
  case TypeKind::Map: return "Map";
  case TypeKind::Chan: return "Chan";
  case TypeKind::Struct: return "Struct";
  case TypeKind::Signature: return "Func";
  case TypeKind::Interface: return "Interface";
  default: return "Invalid";
  }
}

const char *predeclaredDesc(const Type *t) {
  if (auto *b = dyn_cast<Basic>(t)) {
    switch (b->basicKind()) {
    case BasicKind::Bool: case BasicKind::UntypedBool: return "go::boolType";
    case BasicKind::Int: case BasicKind::UntypedInt: return "go::intType";
    case BasicKind::Int8: return "go::int8Type";
    case BasicKind::Int16: return "go::int16Type";
    case BasicKind::Int32: case BasicKind::UntypedRune: return "go::int32Type";
    case BasicKind::Int64: return "go::int64Type";
    case BasicKind::Uint: return "go::uintType";
    case BasicKind::Uint8: return "go::uint8Type";
    case BasicKind::Uint16: return "go::uint16Type";
    case BasicKind::Uint32: return "go::uint32Type";
    case BasicKind::Uint64: return "go::uint64Type";
    case BasicKind::Uintptr: return "go::uintptrType";
    case BasicKind::Float32: return "go::float32Type";
    case BasicKind::Float64: case BasicKind::UntypedFloat: return "go::float64Type";
    case BasicKind::Complex64: return "go::complex64Type";
    case BasicKind::Complex128: case BasicKind::UntypedComplex: return "go::complex128Type";
    case BasicKind::String: case BasicKind::UntypedString: return "go::stringType";
    case BasicKind::UnsafePointer: return "go::unsafePointerType";
    default: return nullptr;
    }
  }
  if (auto *n = dyn_cast<Named>(t); n && !n->obj->pkg() && n->obj->name() == "error")
    return "go::errorType";
  if (auto *i = dyn_cast<Interface>(t); i && typeSetOf(i).methods.empty() && typeSetOf(i).allTypes)
    return "go::anyType";
  return nullptr;
}

std::string readable(const std::string &goName) {
  std::string s;
  for (char c : goName) {
    if (std::isalnum((unsigned char)c))
      s += c;
    else if (c == '*')
      s += "ptr_";
    else if (c == '[')
      s += s.empty() || s.back() == '_' ? "" : "_";
    else if (!s.empty() && s.back() != '_')
      s += '_';
    if (s.size() > 40)
      break;
  }
  while (!s.empty() && s.back() == '_')
    s.pop_back();
  return s;
}
} // namespace

// Descriptors that the hand-written standard library defines because its
// C++ boxes values of these exported types itself: emitted code must use
// the same ones, since type identity is descriptor identity.
const char *stdlibDesc(const std::string &key) {
  static const std::map<std::string, const char *> known = {
      {"strconv.NumError", "pkg::strconv::detail::numErrorType"},
      {"*strconv.NumError", "pkg::strconv::detail::ptrNumErrorType"},
      {"io.LimitedReader", "pkg::io::detail::LimitedReaderType"},
      {"*io.LimitedReader", "pkg::io::detail::LimitedReaderPtrType"},
      {"os.PathError", "pkg::os::detail::PathErrorType"},
      {"*os.PathError", "pkg::os::detail::PathErrorPtrType"},
      {"os.LinkError", "pkg::os::detail::LinkErrorType"},
      {"*os.LinkError", "pkg::os::detail::LinkErrorPtrType"},
      {"os.SyscallError", "pkg::os::detail::SyscallErrorType"},
      {"*os.SyscallError", "pkg::os::detail::SyscallErrorPtrType"},
      // The runtime's own panic values (runtime/src/errors.cpp).
      {"runtime.TypeAssertionError", "go::detail::typeAssertionErrorType"},
      {"*runtime.TypeAssertionError", "go::detail::typeAssertionErrorPtrType"},
      {"runtime.PanicNilError", "go::detail::panicNilErrorType"},
      {"*runtime.PanicNilError", "go::detail::panicNilErrorPtrType"},
  };
  auto it = known.find(key);
  return it == known.end() ? nullptr : it->second;
}

std::string Emitter::typeDesc(const Type *t) {
  t = sub(t);
  if (const char *p = predeclaredDesc(t))
    return std::string("&") + p;
  std::string key = typeKey(t);
  if (const char *p = stdlibDesc(key))
    return std::string("&") + p;
  auto it = descNames_.find(key);
  if (it != descNames_.end())
    return "&gotypes::" + it->second;
  // A type of another package that gopp's C++ lacks is refused by its own
  // name, before its descriptor names what it holds.
  const Type *base = t;
  while (auto *p = dyn_cast<Pointer>(base))
    base = p->elem;
  if (auto *n = dyn_cast<Named>(base); n && n->typeArgs.empty())
    requireProvided(n->obj, cppName(n->obj->name()));
  std::string name = "T_" + readable(goTypeName(t)) + "_" + shortHash(key);
  descNames_[key] = name;
  emitDescriptor(t, name);
  return "&gotypes::" + name;
}

void Emitter::emitDescriptor(const Type *t, const std::string &name) {
  bool q = qualify_;
  qualify_ = true; // descriptors live in namespace gotypes
  const Type *u = under(t);
  std::string cpp = cppType(t);
  descDeclOut.line("extern const go::Type {};", name);
  Out o; // the definition, and the arrays it points to
  std::string fields = "nullptr", methods = "nullptr", in = "nullptr", outs = "nullptr";
  size_t numFields = 0, numMethods = 0, numIn = 0, numOut = 0;
  std::string elem = "nullptr", key = "nullptr";
  int64_t len = 0;
  bool variadic = false;
  if (auto *p = dyn_cast<Pointer>(u))
    elem = typeDesc(p->elem);
  else if (auto *s = dyn_cast<Slice>(u))
    elem = typeDesc(s->elem);
  else if (auto *a = dyn_cast<Array>(u)) {
    elem = typeDesc(a->elem);
    len = a->len;
  } else if (auto *m = dyn_cast<Map>(u)) {
    key = typeDesc(m->key);
    elem = typeDesc(m->elem);
  } else if (auto *c = dyn_cast<Chan>(u)) {
    elem = typeDesc(c->elem);
    len = c->dir == ChanDir::Both ? 0 : c->dir == ChanDir::Send ? 1 : 2;
  } else if (auto *s = dyn_cast<Struct>(u)) {
    numFields = s->fields.size();
    if (numFields) {
      fields = name + "_fields";
      std::vector<std::string> entries;
      int blank = 0;
      for (Var *f : s->fields) {
        std::string cf = f->name() == "_" ? fmt::format("_blank{}", blank++) : cppName(f->name());
        entries.push_back(fmt::format("{{\"{}\", {}, offsetof({}, {}), {}, {}}}", cppStringLiteral(f->name()),
                                      typeDesc(f->type()), cpp, cf, f->embedded, f->exported()));
      }
      o.line("inline const go::Field {}[] = {{", fields);
      for (auto &e : entries)
        o.line("  {},", e);
      o.line("}};");
    }
  } else if (auto *sig = dyn_cast<Signature>(u)) {
    variadic = sig->variadic;
    numIn = sig->params->size();
    numOut = sig->results->size();
    if (numIn) {
      in = name + "_in";
      std::string list;
      for (size_t i = 0; i < numIn; i++)
        list += (i ? ", " : "") + typeDesc(sig->params->at(i));
      o.line("inline const go::Type *const {}[] = {{{}}};", in, list);
    }
    if (numOut) {
      outs = name + "_out";
      std::string list;
      for (size_t i = 0; i < numOut; i++)
        list += (i ? ", " : "") + typeDesc(sig->results->at(i));
      o.line("inline const go::Type *const {}[] = {{{}}};", outs, list);
    }
  }
  // Methods: an interface's, or a concrete type's method set.
  std::vector<std::string> mentries;
  if (isa<Interface>(u)) {
    for (const Func *m : ifaceMethods(t))
      mentries.push_back(fmt::format("{{\"{}\", {}, nullptr}}", cppStringLiteral(m->name()), typeDesc(m->type())));
  } else {
    for (const MethodEntry &me : methodSet(t)) {
      const Type *mt = methodType(me.m, t, me.path);
      mentries.push_back(fmt::format("{{\"{}\", {}, {}}}", cppStringLiteral(me.name), typeDesc(mt),
                                     methodThunk(t, me.m, me.path, me.indirect)));
    }
  }
  numMethods = mentries.size();
  if (numMethods) {
    methods = name + "_methods";
    o.line("inline const go::Method {}[] = {{", methods);
    for (auto &e : mentries)
      o.line("  {},", e);
    o.line("}};");
  }
  bool named = isa<Named>(t);
  std::string flags = named && isPointerShaped(t) ? "go::kNamed | go::kPointerShaped"
                      : named                     ? "go::kNamed"
                      : isPointerShaped(t)        ? "go::kPointerShaped"
                                                  : "0";
  std::string pkgPath;
  if (auto *n = dyn_cast<Named>(t); n && n->obj->pkg())
    pkgPath = n->obj->pkg()->path;
  std::string equal = comparable(t) ? fmt::format("go::equalOf<{}>", cpp) : "nullptr";
  // Structs of other packages come from hand-written headers that need not
  // define ==: compare them field by field here.
  if (comparable(t) && isa<Struct>(u) && isa<Named>(t) && cast<Named>(t)->obj->pkg() != pkg) {
    std::string cmp;
    int blank = 0;
    for (Var *f : cast<Struct>(u)->fields) {
      if (f->name() == "_") {
        blank++;
        continue;
      }
      cmp += (cmp.empty() ? "" : " && ") + fmt::format("x.{0} == y.{0}", cppName(f->name()));
    }
    equal = fmt::format("+[](const void *a, const void *b) -> bool {{ auto &x = *static_cast<const {0} *>(a); "
                        "auto &y = *static_cast<const {0} *>(b); return {1}; }}",
                        cpp, cmp.empty() ? "true" : cmp);
  }
  o.line("inline const go::Type {} = {{", name);
  o.line("  .self = &{}, .kind = go::Kind::{}, .flags = {}, .size = sizeof({}),", name, kindName(u), flags, cpp);
  o.line("  .name = \"{}\", .pkgPath = \"{}\", .equal = {},", cppStringLiteral(goTypeName(t)),
         cppStringLiteral(pkgPath), equal);
  o.line("  .elem = {}, .key = {}, .len = {},", elem, key, len);
  o.line("  .fields = {}, .numFields = {}, .methods = {}, .numMethods = {},", fields, numFields, methods, numMethods);
  o.line("  .in = {}, .numIn = {}, .out = {}, .numOut = {}, .variadic = {},", in, numIn, outs, numOut, variadic);
  o.line("}};");
  descOut.raw(o.text());
  qualify_ = q;
}

// Whether the C++ of m exists: always for this package's methods and
// Go-bodied ones; for a method of a standard type, when gopp's C++ for its
// package declares Type_Method. A method table leaves out the others, so
// a type keeps its descriptor (and user methods mentioning it keep their
// place in method tables) while part of its package is not written yet.
bool Emitter::methodProvided(const Func *m) {
  if (!m->pkg() || m->pkg() == pkg || !m->signature() || !m->signature()->recv)
    return true;
  const Type *r = m->signature()->recv->type();
  if (auto *p = dyn_cast<Pointer>(r))
    r = p->elem;
  auto *n = dyn_cast<Named>(r);
  if (!n || isa<Interface>(n->underlying()))
    return true; // promoted from an embedded interface: called through its itab
  return provided(m, cppName(n->obj->name().str() + "_" + m->name().str()));
}

// Whether C++ can spell t here: every named type in it belongs to this
// package or to one with a C++ header.
bool Emitter::typeAvailable(const Type *t, int depth) {
  if (!in.hasHeader || depth > 12)
    return true;
  auto memo = available_.find(t);
  if (memo != available_.end())
    return memo->second;
  available_[t] = true; // assumed while being decided (recursive types)
  bool ok = true;
  switch (t->kind()) {
  case TypeKind::Named: {
    auto *n = cast<Named>(t);
    if (n->obj->pkg() && n->obj->pkg() != pkg && !in.hasHeader(n->obj->pkg()->path))
      ok = false;
    else if (n->obj->pkg() && n->obj->pkg() != pkg && !provided(n->obj, cppName(n->obj->name())))
      ok = false;
    else if (n->obj->pkg() && n->obj->pkg() != pkg)
      ok = typeAvailable(n->underlying(), depth + 1); // its descriptor describes its fields too
    // (Its method table lists the methods gopp's C++ provides: methodSet.)
    break;
  }
  case TypeKind::Pointer:
    ok = typeAvailable(cast<Pointer>(t)->elem, depth + 1);
    break;
  case TypeKind::Slice:
    ok = typeAvailable(cast<Slice>(t)->elem, depth + 1);
    break;
  case TypeKind::Array:
    ok = typeAvailable(cast<Array>(t)->elem, depth + 1);
    break;
  case TypeKind::Map:
    ok = typeAvailable(cast<Map>(t)->key, depth + 1) && typeAvailable(cast<Map>(t)->elem, depth + 1);
    break;
  case TypeKind::Chan:
    ok = typeAvailable(cast<Chan>(t)->elem, depth + 1);
    break;
  case TypeKind::Signature: {
    auto *sig = cast<Signature>(t);
    for (Var *v : sig->params->vars)
      ok = ok && typeAvailable(v->type(), depth + 1);
    for (Var *v : sig->results->vars)
      ok = ok && typeAvailable(v->type(), depth + 1);
    break;
  }
  case TypeKind::Struct:
    for (Var *f : cast<Struct>(t)->fields)
      ok = ok && typeAvailable(f->type(), depth + 1);
    break;
  case TypeKind::Interface:
    for (const Func *m : ifaceMethods(t))
      ok = ok && typeAvailable(m->type(), depth + 1);
    break;
  default:
    break;
  }
  available_[t] = ok;
  return ok;
}

// A method's type without its receiver (what reflect and itabs compare),
// for the method as found on t through path (generic receivers give their
// type arguments).
const Type *Emitter::methodType(const Func *m, const Type *t, const std::vector<int> &path) {
  const Signature *sig = m->signature();
  if (t) {
    const Type *holder = holderType(t, path);
    if (auto *p = dyn_cast<Pointer>(holder))
      holder = p->elem;
    if (auto *n = dyn_cast<Named>(holder); n && !n->typeArgs.empty()) {
      const Func *om = m->origin ? m->origin : m;
      // A method of a generic type has its receiver's type parameters; one
      // of a generic interface (Getter[K]'s Get() K) has the type's own.
      const auto &tparams =
          om->signature()->recvTypeParams.empty() ? n->origin()->typeParams : om->signature()->recvTypeParams;
      SubstMap mm = makeSubstMap(tparams, n->typeArgs);
      sig = cast<Signature>(subst(*in.tctx, om->signature(), mm));
    }
  }
  if (!sig->recv)
    return sig;
  auto *s = in.tctx->make<Signature>();
  s->params = sig->params;
  s->results = sig->results;
  s->variadic = sig->variadic;
  return s;
}

} // namespace gopp::codegen
