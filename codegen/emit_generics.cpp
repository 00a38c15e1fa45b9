// emit_generics.cpp — generic functions and types, by monomorphisation.
//
// Lowering:
//  - Each instantiation a program uses becomes its own C++ function or
//    struct, named after the generic one and its type arguments
//    (Max_int_1a2b3c4d, List_string_...). The body is the generic body
//    emitted under a substitution of the type arguments for the type
//    parameters, so every operation is the concrete type's: arithmetic,
//    boxing into interfaces (and so %T), comparison, zero values. This is
//    what Go's own stenciling does without GC-shape sharing.
//  - Instances are found while emitting: a call or use of a generic
//    function, or a use of an instantiated type, requests one. Requests
//    made inside other instances are substituted first, so chains of
//    generic calls reach concrete instances. Prototypes go out at once;
//    bodies are emitted after the package's own functions, until no
//    request is left.
//  - Methods of generic types are instantiated with their receiver's type
//    arguments, on first use (a call, a method value, a method table).
#include "codegen/Emitter.h"

#include "frontend/types/Subst.h"

namespace gopp::codegen {

const Type *Emitter::sub(const Type *t) {
  if (!t || subst_.empty())
    return t;
  return subst(*in.tctx, t, subst_);
}

std::string Emitter::instanceSuffix(llvm::ArrayRef<const Type *> args) {
  std::string key, readable;
  for (const Type *a : args) {
    key += typeKey(a) + ";";
    std::string r;
    for (char c : goTypeName(a))
      r += std::isalnum((unsigned char)c) ? c : '_';
    while (r.find("__") != std::string::npos)
      r.replace(r.find("__"), 2, "_");
    if (r.size() > 24)
      r.resize(24);
    readable += "_" + r;
  }
  return readable + "_" + shortHash(key);
}

std::string Emitter::requestFuncInstance(const Func *f, llvm::ArrayRef<const Type *> targs) {
  std::vector<const Type *> args;
  for (const Type *a : targs)
    args.push_back(sub(a));
  std::string name = cppName(f->name()) + instanceSuffix(args);
  std::string key = "func " + (f->pkg() ? f->pkg()->path : "") + "." + f->name().str() + instanceSuffix(args);
  if (!instanceNames_.count(key)) {
    instanceNames_[key] = name;
    PendingInstance p;
    p.func = f;
    p.args = args;
    p.name = name;
    p.info = infoFor(f->pkg());
    // Its prototype, under its own substitution.
    SubstMap saved = subst_;
    subst_ = makeSubstMap(f->signature()->typeParams, args);
    const Signature *sig = cast<Signature>(sub(f->signature()));
    p.sig = sig;
    std::string params;
    for (size_t i = 0; i < sig->params->size(); i++)
      params += (i ? ", " : "") + cppType(sig->params->at(i));
    protoOut.line("{} {}({});", cppResultType(sig), name, params);
    subst_ = saved;
    pending_.push_back(std::move(p));
  }
  if (f->pkg() && f->pkg() != pkg && !qualify_)
    return name; // instances are always emitted in this package
  return qualify_ ? ns + "::" + name : name;
}

// The instance of method m of a generic type for receiver base `recv`
// (an instance of the generic type).
std::string Emitter::requestMethodInstance(const Func *m, const Named *recv) {
  const Func *om = m->origin ? m->origin : m;
  std::vector<const Type *> args;
  for (const Type *a : recv->typeArgs)
    args.push_back(sub(a));
  std::string base = namedTypeName(cast<Named>(sub(recv)));
  if (auto pos = base.rfind("::"); pos != std::string::npos)
    base = base.substr(pos + 2);
  std::string name = cppName(base + "_" + om->name().str());
  std::string key = "method " + typeKey(sub(recv)) + "." + om->name().str();
  if (!instanceNames_.count(key)) {
    instanceNames_[key] = name;
    PendingInstance p;
    p.func = om;
    p.args = args;
    p.name = name;
    p.isMethod = true;
    p.info = infoFor(om->pkg());
    SubstMap saved = subst_;
    subst_ = makeSubstMap(om->signature()->recvTypeParams, args);
    const Signature *sig = cast<Signature>(sub(om->signature()));
    p.sig = sig;
    std::string params = cppType(sub(om->signature()->recv->type()));
    for (size_t i = 0; i < sig->params->size(); i++)
      params += ", " + cppType(sig->params->at(i));
    protoOut.line("{} {}({});", cppResultType(sig), name, params);
    p.recvType = sub(om->signature()->recv->type());
    subst_ = saved;
    pending_.push_back(std::move(p));
  }
  return qualify_ ? ns + "::" + name : name;
}

void Emitter::drainInstances() {
  while (!pending_.empty()) {
    PendingInstance p = std::move(pending_.front());
    pending_.erase(pending_.begin());
    const ast::FuncDecl *fd = p.func->decl;
    if (fd && !fd->body && p.isMethod && p.func->pkg() && p.func->pkg() != pkg) {
      forwardToTemplate(p);
      continue;
    }
    if (!fd || !fd->body)
      unsupported(p.func->pos(), "a generic function without a body");
    SubstMap saved = subst_;
    subst_ = makeSubstMap(p.isMethod ? p.func->signature()->recvTypeParams : p.func->signature()->typeParams, p.args);
    const check::Info *savedInfo = info;
    if (!p.info)
      unsupported(p.func->pos(), "a generic function of a package gopp has no checked source for");
    info = p.info;
    // Capture analysis for this body (keyed by its own objects).
    analyzeCaptures(fd);
    FuncState state;
    fn = &state;
    usedNames_ = packageNames_;
    localNames_.clear();
    bool savedQualify = qualify_;
    qualify_ = false;
    Out body;
    body.setDepth(1);
    out = &body;
    std::string params = emitFuncBody(p.sig, p.isMethod ? fd->recv : nullptr, fd->type, fd->body, false,
                                      p.isMethod ? p.recvType : nullptr);
    out = &bodyOut;
    lineDirective(fd->pos());
    bodyOut.line("{} {}({}) {{", cppResultType(p.sig), p.name, params);
    bodyOut.raw(finishBody(body.text()));
    bodyOut.line("}}");
    bodyOut.line("");
    qualify_ = savedQualify;
    fn = nullptr;
    subst_ = saved;
    info = savedInfo;
  }
}

// A bodyless method of a generic type of another package (atomic.Pointer[T]'s):
// the package's header provides it as a function template Type_Method
// taking the instance's receiver and the method's parameters, so the
// instance forwards to it and C++ deduces the template's arguments.
void Emitter::forwardToTemplate(const PendingInstance &p) {
  const Type *rt = p.recvType;
  if (auto *ptr = dyn_cast<Pointer>(rt))
    rt = ptr->elem;
  std::string base = cppName(cast<Named>(rt)->obj->name().str() + "_" + p.func->name().str());
  requireProvided(p.func, base);
  bool savedQualify = qualify_;
  qualify_ = true;
  std::string params = cppType(p.recvType) + " recv", args = "recv";
  for (size_t i = 0; i < p.sig->params->size(); i++) {
    params += fmt::format(", {} a{}", cppType(p.sig->params->at(i)), i);
    args += fmt::format(", a{}", i);
  }
  std::string result = cppResultType(p.sig);
  qualify_ = savedQualify;
  bodyOut.line("{} {}({}) {{", result, p.name, params);
  bodyOut.line("  {}{}::{}({});", p.sig->results->size() ? "return " : "", packageNamespace(p.func->pkg()->path), base,
               args);
  bodyOut.line("}}");
  bodyOut.line("");
}

const check::Info *Emitter::infoFor(const Package *p) {
  if (!p || p == pkg)
    return in.info;
  return in.infoOf ? in.infoOf(p) : nullptr;
}

// A non-generic function of another package that is written in Go (the
// helpers of slices, maps, cmp): compiled into this unit like an
// instance without type arguments, under the name pkg_func.
std::string Emitter::requestForeignFunc(const Func *f) {
  std::string base = f->pkg()->name + "_" + f->name().str();
  std::string name = cppName(base);
  std::string key = "func " + f->pkg()->path + "." + f->name().str();
  if (!instanceNames_.count(key)) {
    instanceNames_[key] = name;
    PendingInstance p;
    p.func = f;
    p.name = name;
    p.info = infoFor(f->pkg());
    p.sig = f->signature();
    std::string params;
    for (size_t i = 0; i < p.sig->params->size(); i++)
      params += (i ? ", " : "") + cppType(p.sig->params->at(i));
    protoOut.line("{} {}({});", cppResultType(p.sig), name, params);
    pending_.push_back(std::move(p));
  }
  return qualify_ ? ns + "::" + name : name;
}

// An instance of a generic type: its C++ struct or alias, defined once.
std::string Emitter::typeInstanceName(const Named *n) {
  std::string key = typeKey(n);
  auto it = instanceNames_.find("type " + key);
  std::string prefix = qualify_ ? ns + "::" : "";
  if (it != instanceNames_.end())
    return prefix + it->second;
  std::string name = cppName(n->obj->name()) + instanceSuffix(n->typeArgs);
  instanceNames_["type " + key] = name;
  bool q = qualify_;
  qualify_ = false;
  SubstMap saved = subst_;
  subst_.clear(); // n is concrete: its underlying type is already substituted
  const Type *u = n->underlying();
  if (auto *s = dyn_cast<Struct>(u)) {
    typesOut.line("struct {};", name);
    defineDeps(u);
    typesOut.raw(structDefinition(name, s, comparable(n)));
  } else if (!isa<Interface>(u) && selfReferential(n)) {
    typesOut.line("struct {};", name);
    defineWrapped(name, n);
  } else {
    defineDeps(u);
    typesOut.line("using {} = {};", name, cppType(u));
  }
  subst_ = saved;
  qualify_ = q;
  return prefix + name;
}

} // namespace gopp::codegen
