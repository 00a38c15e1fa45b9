// emit_library.cpp — a Go package as a C++ library (gopp build
// -buildmode=c++; docs/embedding.md is the user's guide).
//
// Lowering strategy:
//  - The package is translated as for a program (without `int main`) and
//    split in two: the header holds the declarations (types, prototypes,
//    `extern` package variables, in the package's `pkg::` namespace, which
//    is the implementation's) and the source holds everything else. The
//    header then declares the package's C++ API in a namespace named like
//    the package (`wordcount::Count`), which is all a C++ user names.
//  - Each exported function of the API is a wrapper that runs the Go
//    function on a goroutine through go::call and waits for it
//    (gopp/embed.h), after the package's initialisation has run once.
//    Parameters and results are the ABI's types (docs/abi.md), so Go
//    values cross unchanged: strings, slices, maps, structs, interfaces
//    (error) and func values.
//  - An exported struct type is the implementation's struct (a `using` in
//    the API namespace); its exported methods are member functions,
//    declared inside the struct (const for value receivers). Methods of
//    other exported types are free functions `Type_Method(recv, ...)`.
//  - Constants are `inline constexpr` (strings `inline const`); variables
//    are accessor functions returning a reference, so that reading one
//    first runs the package's initialisation.
//  - Generic functions and types, and untyped constants no C++ type holds,
//    are listed in a comment instead: C++ cannot call an uninstantiated Go
//    generic.
#include <algorithm>
#include <cctype>

#include "codegen/Emitter.h"

namespace gopp::codegen {

namespace {

// Package-level objects in source order (the scope's order is by name).
std::vector<const Object *> inSourceOrder(const Scope *scope) {
  std::vector<const Object *> objs;
  for (Object *o : scope->objects())
    objs.push_back(o);
  std::sort(objs.begin(), objs.end(), [](const Object *a, const Object *b) {
    Pos x = a->pos(), y = b->pos();
    if (x.file != y.file)
      return x.file < y.file;
    if (x.line != y.line)
      return x.line < y.line;
    if (x.col != y.col)
      return x.col < y.col;
    return a->name() < b->name();
  });
  return objs;
}

bool isGeneric(const Func *f) {
  return !f->signature()->typeParams.empty() || !f->signature()->recvTypeParams.empty();
}

// Parameter names of a wrapper: the Go names, or p<i> for blank and
// unnamed ones (and for names the wrapper's own body uses).
std::vector<std::string> paramNames(const Signature *sig) {
  std::vector<std::string> names;
  for (size_t i = 0; i < sig->params->size(); i++) {
    std::string n = sig->params->vars[i]->name().str();
    if (n.empty() || n == "_" || n == "this")
      n = fmt::format("p{}", i);
    else
      n = cppName(n);
    names.push_back(n);
  }
  return names;
}

std::string joined(const std::vector<std::string> &xs) {
  std::string s;
  for (const std::string &x : xs)
    s += (s.empty() ? "" : ", ") + x;
  return s;
}

// A type for an untyped constant, as Go's default type would give it.
const char *untypedCppType(BasicKind k) {
  switch (k) {
  case BasicKind::UntypedBool:
    return "bool";
  case BasicKind::UntypedInt:
    return "int64_t";
  case BasicKind::UntypedRune:
    return "int32_t";
  case BasicKind::UntypedFloat:
    return "double";
  case BasicKind::UntypedString:
    return "go::String";
  default:
    return nullptr;
  }
}

} // namespace

std::string Emitter::apiNamespace() const {
  std::string n = cppName(pkg->name);
  // Names the implementation and the runtime already use at top level.
  if (n == "go" || n == "pkg" || n == "gotypes" || n == "std" || n == "main")
    n += "_";
  return n;
}

// A C++ type as the API spells it: this package's exported types by their
// API names (the `using` declarations in the API namespace).
std::string Emitter::apiSpelling(std::string t) const {
  std::string own = ns + "::";
  std::string out;
  size_t at = 0;
  for (size_t hit; (hit = t.find(own, at)) != std::string::npos; at = hit + own.size()) {
    out.append(t, at, hit - at);
    bool whole = hit == 0 || !(std::isalnum(uint8_t(t[hit - 1])) || t[hit - 1] == '_' || t[hit - 1] == ':');
    size_t name = hit + own.size();
    if (!(whole && name < t.size() && std::isupper(uint8_t(t[name]))))
      out += own;
  }
  return out + t.substr(at);
}

// "T1 a, T2 b": the parameters of a wrapper, spelled for the API
// namespace (`api`) or in full (outside it).
std::string Emitter::paramDecls(const Signature *sig, const std::vector<std::string> &names, bool api) {
  std::vector<std::string> params;
  for (size_t i = 0; i < sig->params->size(); i++) {
    std::string t = cppType(sig->params->at(i));
    params.push_back((api ? apiSpelling(t) : t) + " " + names[i]);
  }
  return joined(params);
}

std::string Emitter::memberDecls(const TypeName *tn) {
  if (!tn->exported() || tn->parent() != pkg->scope.get())
    return "";
  auto *n = cast<Named>(tn->type());
  std::string o;
  for (const Func *m : n->allMethods()) {
    if (!m->exported() || isGeneric(m) || m->name() == tn->name())
      continue; // a member named like its class would be a constructor
    const Signature *sig = m->signature();
    bool ptr = isa<Pointer>(sig->recv->type());
    o += fmt::format("  // Go method {}.{}: runs on a goroutine (gopp/embed.h).\n", tn->name().str(),
                     m->name().str());
    o += fmt::format("  {} {}({}){};\n", cppResultType(sig), cppName(m->name()), paramDecls(sig, paramNames(sig), false),
                     ptr ? "" : " const");
  }
  return o;
}

void Emitter::emitApi(Out &decls, Out &defs, Out &memberDefs) {
  bool q = qualify_;
  qualify_ = true;
  std::string api = apiNamespace();
  std::string initCall = "::" + api + "::gopp_api_init();";
  std::vector<std::string> skipped;

  // The wrapper of a Go function or method: runs `target(args)` on a
  // goroutine after the package's initialisation.
  auto body = [&](Out &o, const Signature *sig, const std::string &target, const std::string &args) {
    o.line("  {}", initCall);
    if (sig->results && sig->results->size() > 0)
      o.line("  return go::call([&] {{ return {}({}); }});", target, args);
    else
      o.line("  go::call([&] {{ {}({}); }});", target, args);
    o.line("}}");
    o.line("");
  };

  for (const Object *o : inSourceOrder(pkg->scope.get())) {
    if (!o->exported())
      continue;
    std::string name = cppName(o->name());
    if (auto *f = dyn_cast<Func>(o)) {
      if (isGeneric(f)) {
        skipped.push_back(o->name().str() + " (a generic function)");
        continue;
      }
      const Signature *sig = f->signature();
      std::vector<std::string> names = paramNames(sig);
      std::string params = paramDecls(sig, names, true);
      std::string result = apiSpelling(cppResultType(sig));
      decls.line("{} {}({});", result, name, params);
      defs.line("{} {}({}) {{", result, name, params);
      body(defs, sig, funcName(f), joined(names));
      continue;
    }
    if (auto *tn = dyn_cast<TypeName>(o)) {
      auto *n = dyn_cast<Named>(tn->type());
      if (tn->isAlias() || !n) {
        decls.line("using {} = {};", name, cppType(tn->type()));
        continue;
      }
      if (!n->typeParams.empty()) {
        skipped.push_back(o->name().str() + " (a generic type)");
        continue;
      }
      decls.line("using {} = {};", name, namedTypeName(n));
      bool isStruct = isa<Struct>(n->underlying()) && !typesWrapped_.count(tn);
      for (const Func *m : n->allMethods()) {
        if (!m->exported() || isGeneric(m))
          continue;
        const Signature *sig = m->signature();
        bool ptr = isa<Pointer>(sig->recv->type());
        std::vector<std::string> names = paramNames(sig);
        std::string result = apiSpelling(cppResultType(sig));
        std::string target = methodName(m);
        if (isStruct && m->name() != tn->name()) {
          // Declared in the struct (memberDecls), so defined outside the
          // API namespace, in full spelling.
          memberDefs.line("{} {}::{}({}){} {{", cppResultType(sig), namedTypeName(n), cppName(m->name()),
                          paramDecls(sig, names, false), ptr ? "" : " const");
          body(memberDefs, sig, target,
               (ptr ? std::string("this") : std::string("*this")) + (names.empty() ? "" : ", ") + joined(names));
        } else {
          std::string params = paramDecls(sig, names, true);
          std::string all = apiSpelling(cppType(sig->recv->type())) + " recv" + (params.empty() ? "" : ", ") + params;
          std::string fname = fmt::format("{}_{}", name, cppName(m->name()));
          decls.line("{} {}({});", result, fname, all);
          defs.line("{} {}({}) {{", result, fname, all);
          body(defs, sig, target, "recv" + std::string(names.empty() ? "" : ", ") + joined(names));
        }
      }
      continue;
    }
    if (auto *c = dyn_cast<Const>(o)) {
      const Type *t = c->type();
      auto *b = dyn_cast<Basic>(t);
      std::string ct;
      std::string value;
      if (b && (b->info() & IsUntyped)) {
        const char *u = untypedCppType(b->basicKind());
        if (!u || ((b->info() & IsInteger) && !c->val.toInt().fitsInt(64, true))) {
          skipped.push_back(o->name().str() + " (an untyped constant no C++ type holds)");
          continue;
        }
        ct = u;
        if (b->info() & IsInteger)
          value = fmt::format("{}", *c->val.toInt().int64Val());
        else
          value = constValue(c->val, t);
      } else {
        ct = apiSpelling(cppType(t));
        value = constValue(c->val, t);
      }
      bool isString = ct == "go::String" || (isa<Basic>(under(t)) && (cast<Basic>(under(t))->info() & IsString));
      decls.line("inline {} {} {} = {};", isString ? "const" : "constexpr", ct, name, value);
      continue;
    }
    if (auto *v = dyn_cast<Var>(o)) {
      std::string t = apiSpelling(cppType(v->type()));
      decls.line("// Go variable {}, after the package's initialisation.", o->name().str());
      decls.line("{} &{}();", t, name);
      defs.line("{} &{}() {{", t, name);
      defs.line("  {}", initCall);
      defs.line("  return {};", globalName(v));
      defs.line("}}");
      defs.line("");
    }
  }
  if (!skipped.empty()) {
    decls.line("");
    decls.line("// Not callable from C++:");
    for (const std::string &s : skipped)
      decls.line("//   {}", s);
  }
  qualify_ = q;
}

bool Emitter::runLibrary(Library &lib, std::string &error) {
  if (!emitChecked(error))
    return false;
  std::string api = apiNamespace();
  lib.name = pkg->name;
  Out decls, defs, memberDefs;
  try {
    emitApi(decls, defs, memberDefs);
  } catch (const Unsupported &u) {
    error = "gopp cannot compile this yet: " + u.what;
    return false;
  }
  std::string banner = "// Code generated by gopp from package " + pkg->path + ". DO NOT EDIT.\n";
  std::string &h = lib.header;
  h += banner;
  h += "//\n// The C++ API of Go package " + pkg->path + " (namespace " + api +
       "): every function runs the Go\n// function on a goroutine and waits for it; see gopp/embed.h for the "
       "rules.\n";
  h += "#pragma once\n\n#include \"gopp/embed.h\"\n";
  h += packageIncludes();
  h += "\n// The implementation's declarations.\n" + declarations();
  h += "\nnamespace " + api + " {\n\n" + decls.text() + "\n} // namespace " + api + "\n";

  std::string &s = lib.source;
  s += banner;
  s += "#include \"" + lib.name + ".h\"\n";
  s += warningPragmas();
  s += "\n" + definitions();
  s += "\nnamespace " + api + " {\n\nnamespace {\nstd::once_flag gopp_api_once;\n";
  s += "void gopp_api_init() { go::embed::initPackage(gopp_api_once, " + ns + "::gopp_init); }\n} // namespace\n\n";
  s += defs.text() + "} // namespace " + api + "\n";
  if (!memberDefs.text().empty())
    s += "\n// Methods of the API's struct types.\n" + memberDefs.text();
  if (in.directiveEveryLine)
    s = restateLineDirectives(s);
  s += raceFuncTable(in, pkg->path);
  return true;
}

bool emitLibrary(const Input &in, Library &out, std::string &error) {
  Emitter e(in);
  return e.runLibrary(out, error);
}

} // namespace gopp::codegen
