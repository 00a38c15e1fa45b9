// emit_types.cpp — Go types as C++ types (docs/abi.md "Types").
//
// Lowering:
//  - Predeclared and composite types map to fixed C++ spellings (int is
//    int64_t, []T is go::Slice<T>, map[K]V is go::Map<K, V> *, every
//    interface is go::Iface, func types are go::Func<R(A...)>).
//  - A defined type of this package whose underlying type is a struct
//    becomes a C++ struct of the same name; any other defined type becomes
//    a `using` alias of its underlying type. Types declared inside
//    functions are hoisted to namespace scope as Func_Name.
//  - Unnamed struct types become structs named struct_<hash of identity>.
//  - Definitions are ordered so that every type a definition holds by
//    value (struct fields, array elements) is complete before it: all
//    structs are forward-declared first, then defined depth first.
#include "codegen/Emitter.h"

#include "frontend/types/TypeString.h"

namespace gopp::codegen {

namespace {
const char *basicCpp(BasicKind k) {
  switch (k) {
  case BasicKind::Bool:
  case BasicKind::UntypedBool:
    return "bool";
  case BasicKind::Int:
  case BasicKind::UntypedInt:
    return "int64_t";
  case BasicKind::Int8:
    return "int8_t";
  case BasicKind::Int16:
    return "int16_t";
  case BasicKind::Int32:
  case BasicKind::UntypedRune:
    return "int32_t";
  case BasicKind::Int64:
    return "int64_t";
  case BasicKind::Uint:
    return "uint64_t";
  case BasicKind::Uint8:
    return "uint8_t";
  case BasicKind::Uint16:
    return "uint16_t";
  case BasicKind::Uint32:
    return "uint32_t";
  case BasicKind::Uint64:
    return "uint64_t";
  case BasicKind::Uintptr:
    return "uintptr_t";
  case BasicKind::Float32:
    return "float";
  case BasicKind::Float64:
  case BasicKind::UntypedFloat:
    return "double";
  case BasicKind::Complex64:
    return "go::complex64";
  case BasicKind::Complex128:
  case BasicKind::UntypedComplex:
    return "go::complex128";
  case BasicKind::String:
  case BasicKind::UntypedString:
    return "go::String";
  case BasicKind::UnsafePointer:
    return "void *";
  case BasicKind::UntypedNil:
    return "go::Nil";
  case BasicKind::Invalid:
    break;
  }
  return "void";
}
} // namespace

std::string Emitter::namedTypeName(const Named *n) {
  const TypeName *obj = n->obj;
  if (!n->typeArgs.empty())
    return typeInstanceName(cast<Named>(sub(n)));
  std::string prefix = qualify_ ? ns + "::" : "";
  auto it = localTypes_.find(obj);
  if (it != localTypes_.end())
    return prefix + it->second;
  if (!obj->pkg())
    return "go::Iface"; // error
  if (obj->pkg() == pkg)
    return prefix + cppName(obj->name());
  requireProvided(obj, cppName(obj->name()));
  return packageNamespace(obj->pkg()->path) + "::" + cppName(obj->name());
}

bool Emitter::isPointerShaped(const Type *t) {
  const Type *u = under(sub(t));
  if (isa<Pointer>(u) || isa<Map>(u) || isa<Chan>(u))
    return true;
  if (auto *b = dyn_cast<Basic>(u))
    return b->basicKind() == BasicKind::UnsafePointer;
  return false;
}

std::string Emitter::cppResultType(const Signature *sig) {
  const Tuple *r = sig->results;
  if (!r || r->size() == 0)
    return "void";
  if (r->size() == 1)
    return cppType(r->at(0));
  std::string s = "std::tuple<";
  for (size_t i = 0; i < r->size(); i++)
    s += (i ? ", " : "") + cppType(r->at(i));
  return s + ">";
}

std::string Emitter::cppFuncType(const Signature *sig) {
  std::string s = "go::Func<" + cppResultType(sig) + "(";
  for (size_t i = 0; i < sig->params->size(); i++)
    s += (i ? ", " : "") + cppType(sig->params->at(i));
  return s + ")>";
}

std::string Emitter::cppType(const Type *t) {
  t = sub(t);
  switch (t->kind()) {
  case TypeKind::Basic:
    return basicCpp(cast<Basic>(t)->basicKind());
  case TypeKind::Pointer:
    return cppType(cast<Pointer>(t)->elem) + " *";
  case TypeKind::Slice:
    return "go::Slice<" + cppType(cast<Slice>(t)->elem) + ">";
  case TypeKind::Array: {
    auto *a = cast<Array>(t);
    return fmt::format("go::Array<{}, {}>", cppType(a->elem), a->len);
  }
  case TypeKind::Map: {
    auto *m = cast<Map>(t);
    return "go::Map<" + cppType(m->key) + ", " + cppType(m->elem) + "> *";
  }
  case TypeKind::Chan:
    return "go::Chan<" + cppType(cast<Chan>(t)->elem) + ">";
  case TypeKind::Struct:
    return anonStructName(cast<Struct>(t));
  case TypeKind::Signature:
    return cppFuncType(cast<Signature>(t));
  case TypeKind::Interface:
    return "go::Iface";
  case TypeKind::Tuple: {
    auto *tu = cast<Tuple>(t);
    std::string s = "std::tuple<";
    for (size_t i = 0; i < tu->size(); i++)
      s += (i ? ", " : "") + cppType(tu->at(i));
    return s + ">";
  }
  case TypeKind::Named: {
    auto *n = cast<Named>(t);
    const Type *u = n->underlying();
    if (isa<Interface>(u))
      return "go::Iface";
    if (n->obj->pkg() && n->obj->pkg() != pkg && !isa<Struct>(u))
      return cppType(u); // other packages' non-struct types: their underlying type
    if (!n->typeArgs.empty())
      return namedTypeName(n);
    return namedTypeName(n);
  }
  case TypeKind::TypeParam:
    return cppName(cast<TypeParam>(t)->obj->name());
  case TypeKind::Union:
    break;
  }
  return "void";
}

std::string Emitter::zeroValue(const Type *t) {
  t = sub(t);
  const Type *u = under(t);
  if (auto *b = dyn_cast<Basic>(u)) {
    if (b->info() & IsBoolean)
      return "false";
    if (b->info() & IsString)
      return "go::String()";
    if (b->basicKind() == BasicKind::UnsafePointer)
      return "nullptr";
    if (b->info() & IsNumeric)
      return cppType(t) + "(0)";
  }
  if (isa<Pointer>(u) || isa<Map>(u) || isa<Chan>(u))
    return "nullptr";
  return cppType(t) + "{}";
}

// ------------------------------------------------------------ definitions

namespace {
// The types a definition of t needs complete (by value) or declared.
void typeDeps(const Type *t, bool byValue, std::vector<std::pair<const Type *, bool>> &deps) {
  switch (t->kind()) {
  case TypeKind::Named:
  case TypeKind::Struct:
    deps.push_back({t, byValue});
    break;
  case TypeKind::Array:
    typeDeps(cast<Array>(t)->elem, byValue, deps);
    break;
  case TypeKind::Pointer:
    typeDeps(cast<Pointer>(t)->elem, false, deps);
    break;
  case TypeKind::Slice:
    typeDeps(cast<Slice>(t)->elem, false, deps);
    break;
  case TypeKind::Map:
    typeDeps(cast<Map>(t)->key, false, deps);
    typeDeps(cast<Map>(t)->elem, false, deps);
    break;
  case TypeKind::Chan:
    typeDeps(cast<Chan>(t)->elem, false, deps);
    break;
  case TypeKind::Signature: {
    auto *s = cast<Signature>(t);
    for (Var *v : s->params->vars)
      typeDeps(v->type(), false, deps);
    for (Var *v : s->results->vars)
      typeDeps(v->type(), false, deps);
    break;
  }
  default:
    break;
  }
}
} // namespace

// A struct's C++ definition: fields in Go order, zero-initialised, and
// == when Go can compare it (blank fields take no part in ==).
std::string Emitter::structDefinition(const std::string &name, const Struct *s, bool isComparable,
                                      const TypeName *tn) {
  // Field types are spelled in full: a field named like its type (an
  // embedded field) must not change what the name means in the struct.
  bool q = qualify_;
  qualify_ = true;
  Out o;
  o.line("struct {} {{", name);
  o.indent();
  int blank = 0;
  std::string cmp;
  bool hasBlank = false;
  for (Var *f : s->fields) {
    if (f->name() == "_") {
      hasBlank = true;
      o.line("{} _blank{}{{}};", cppType(f->type()), blank++);
      continue;
    }
    o.line("{} {}{{}};", cppType(f->type()), cppName(f->name()));
    cmp += (cmp.empty() ? "" : " && ") + fmt::format("a.{0} == b.{0}", cppName(f->name()));
  }
  if (isComparable && !hasBlank)
    o.line("friend bool operator==(const {0} &, const {0} &) = default;", name);
  else if (isComparable)
    o.line("friend bool operator==(const {0} &a, const {0} &b) {{ return {1}; }}", name, cmp.empty() ? "true" : cmp);
  if (tn && in.library)
    o.raw(memberDecls(tn)); // the exported methods, for C++ callers
  o.dedent();
  o.line("}};");
  qualify_ = q;
  return o.text();
}

// Makes sure every type that t's definition holds by value is defined.
void Emitter::defineDeps(const Type *t) {
  std::vector<std::pair<const Type *, bool>> deps;
  if (auto *s = dyn_cast<Struct>(t)) {
    for (Var *f : s->fields)
      typeDeps(f->type(), true, deps);
  } else {
    typeDeps(t, true, deps); // an alias needs what it names
  }
  for (auto &[d, byValue] : deps) {
    if (auto *dn = dyn_cast<Named>(d)) {
      if (!dn->typeArgs.empty()) {
        if (byValue || !isa<Struct>(dn->underlying()))
          (void)typeInstanceName(cast<Named>(sub(dn)));
      } else if (dn->obj->pkg() == pkg &&
                 (byValue || (!isa<Struct>(dn->underlying()) && !typesWrapped_.count(dn->obj))))
        defineNamed(dn->obj);
    } else if (auto *ds = dyn_cast<Struct>(d)) {
      (void)anonStructName(ds);
    }
  }
}

std::string Emitter::anonStructName(const Struct *s) {
  std::string key = typeKey(s);
  std::string prefix = qualify_ ? ns + "::" : "";
  auto it = anonStructs_.find(key);
  if (it != anonStructs_.end())
    return prefix + it->second;
  std::string name = "struct_" + shortHash(key);
  anonStructs_[key] = name;
  if (anonForwardOnly_) {
    typesOut.line("struct {};", name);
    anonPending_.push_back(s);
    return prefix + name;
  }
  bool q = qualify_;
  qualify_ = false;
  defineDeps(s);
  typesOut.raw(structDefinition(name, s, comparable(s)));
  qualify_ = q;
  return prefix + name;
}

// Whether the definition of n (a type of this package whose underlying
// type is not a struct, or an instance of a generic type) mentions n
// itself through other such types or unnamed structs: `type T []T`,
// `type F func() F`, `type A []B; type B []A`, `type C[T any] chan C[T]`.
// A `using` alias cannot name itself, so such a type becomes a struct
// deriving from its underlying C++ type (wrappedDefinition).
bool Emitter::selfReferential(const Named *self) {
  std::string selfKey = self->typeArgs.empty() ? "" : typeKey(self);
  std::set<const Type *> seen;
  std::function<bool(const Type *)> reaches = [&](const Type *t) {
    std::vector<std::pair<const Type *, bool>> deps;
    typeDeps(t, false, deps);
    for (auto &[d, byValue] : deps) {
      if (!seen.insert(d).second)
        continue;
      if (auto *s = dyn_cast<Struct>(d)) {
        for (Var *f : s->fields)
          if (reaches(f->type()))
            return true;
        continue;
      }
      auto *n = cast<Named>(d);
      if (n->obj == self->obj && (selfKey.empty() || typeKey(n) == selfKey))
        return true;
      const Type *u = n->underlying();
      if ((n->obj->pkg() == pkg || !n->typeArgs.empty()) && n->typeParams.empty() && !isa<Struct>(u) &&
          !isa<Interface>(u) && reaches(u))
        return true;
    }
    return false;
  };
  return reaches(self->underlying());
}

// The struct that stands for a self-referential non-struct type. Slices,
// channels and function values derive from their C++ type and convert
// from it, so every operation of the underlying type applies and template
// deduction still finds go::Slice<E>; pointers and maps (raw C++
// pointers) derive from go::SelfPointer<E>, a struct with a pointer's
// layout that converts to and from E *; an array stays an aggregate.
std::string Emitter::wrappedDefinition(const std::string &name, const Named *n) {
  const Type *u = n->underlying();
  bool q = qualify_;
  qualify_ = true;
  std::string base, ctor;
  if (auto *p = dyn_cast<Pointer>(u)) {
    anonForwardOnly_ = true;
    base = "go::SelfPointer<" + cppType(p->elem) + ">", ctor = "SelfPointer";
    anonForwardOnly_ = false;
  } else if (auto *m = dyn_cast<Map>(u)) {
    anonForwardOnly_ = true;
    base = "go::SelfPointer<go::Map<" + cppType(m->key) + ", " + cppType(m->elem) + ">>", ctor = "SelfPointer";
    anonForwardOnly_ = false;
  } else {
    base = cppType(u);
    ctor = isa<Slice>(u) ? "Slice" : isa<Chan>(u) ? "Chan" : "Func";
  }
  qualify_ = q;
  Out o;
  o.line("// {} is defined in terms of itself; a struct can name itself, an alias cannot.", n->obj->name().str());
  o.line("struct {} : {} {{", name, base);
  o.indent();
  if (!isa<Array>(u)) {
    o.line("using {}::{};", base, ctor);
    o.line("{}() = default;", name);
    o.line("{}(const {} &v) : {}(v) {{}}", name, base, base);
  }
  o.dedent();
  o.line("}};");
  return o.text();
}

// Defines the struct of a self-referential type n named name (declared
// already). A self-referential pointer or map is a pointer: what it
// points at need not be complete, and may hold it by value, so its
// dependencies come after it.
void Emitter::defineWrapped(const std::string &name, const Named *n) {
  const Type *u = n->underlying();
  bool pointerWrapped = isa<Pointer>(u) || isa<Map>(u);
  if (!pointerWrapped)
    defineDeps(u);
  typesOut.raw(wrappedDefinition(name, n));
  if (!pointerWrapped)
    return;
  defineDeps(u);
  for (std::vector<const Struct *> pending; !anonPending_.empty();) {
    pending.swap(anonPending_);
    for (const Struct *s : pending) {
      defineDeps(s);
      typesOut.raw(structDefinition(anonStructs_.at(typeKey(s)), s, comparable(s)));
    }
  }
}

void Emitter::defineNamed(const TypeName *tn) {
  if (typesActive_.count(tn) && typesWrapped_.count(tn))
    return; // declared already; only its name is needed here
  if (typesActive_.count(tn) && !isa<Struct>(cast<Named>(tn->type())->underlying()))
    unsupported(tn->pos(), "recursive type " + tn->name().str() + " whose underlying type is not a struct");
  if (typesDone_.count(tn) || typesActive_.count(tn))
    return;
  auto *n = cast<Named>(tn->type());
  if (!n->typeParams.empty()) {
    typesDone_.insert(tn);
    return;
  }
  typesActive_.insert(tn);
  bool q = qualify_;
  qualify_ = false;
  const Type *u = n->underlying();
  std::string name = namedTypeName(n);
  if (typesWrapped_.count(tn)) {
    defineWrapped(name, n);
  } else {
    defineDeps(u);
    if (auto *s = dyn_cast<Struct>(u))
      typesOut.raw(structDefinition(name, s, comparable(n), tn));
    else
      typesOut.line("using {} = {};", name, cppType(u));
  }
  qualify_ = q;
  typesActive_.erase(tn);
  typesDone_.insert(tn);
}

void Emitter::emitTypeDecls() {
  // Every type declared in this package, package-level first, then local
  // ones (hoisted), in source order.
  std::vector<const TypeName *> names;
  for (Object *o : pkg->scope->objects())
    if (auto *tn = dyn_cast<TypeName>(o); tn && !tn->isAlias())
      names.push_back(tn);
  for (auto &[id, obj] : info->defs) {
    auto *tn = dyn_cast_or_null<TypeName>(obj);
    if (!tn || tn->parent() == pkg->scope.get() || tn->isAlias() || !isa<Named>(tn->type()) ||
        cast<Named>(tn->type())->obj != tn)
      continue;
    if (tn->parent() && tn->parent() != pkg->scope.get() && tn->pkg() == pkg)
      names.push_back(tn);
  }
  std::sort(names.begin(), names.end(), [](const TypeName *a, const TypeName *b) {
    if (a->pos() != b->pos())
      return a->pos() < b->pos();
    return a->name() < b->name();
  });
  // Local types get hoisted names; the package scope's keep theirs. gc
  // numbers them in source order over the package's files (noder's
  // SetVargen), dead code included.
  std::map<std::string, int> used;
  int typeGen = 0;
  for (const TypeName *tn : names) {
    if (tn->parent() == pkg->scope.get())
      continue;
    std::string base = "local_" + cppName(tn->name());
    int n = used[base]++;
    localTypes_[tn] = n ? fmt::format("{}_{}", base, n) : base;
    localTypeGen_[tn] = ++typeGen;
  }
  // Forward declarations of every struct, and of the self-referential
  // types that become structs.
  for (const TypeName *tn : names) {
    auto *n = cast<Named>(tn->type());
    if (!n->typeParams.empty())
      continue;
    const Type *u = n->underlying();
    if (!isa<Struct>(u) && !isa<Interface>(u) && selfReferential(n))
      typesWrapped_.insert(tn);
    if (isa<Struct>(u) || typesWrapped_.count(tn))
      typesOut.line("struct {};", namedTypeName(n));
  }
  for (const TypeName *tn : names)
    defineNamed(tn);
}

} // namespace gopp::codegen
