// emit_decls.cpp — the package as a translation unit: functions, methods,
// package variables, initialisation and main.
//
// Lowering:
//  - Each Go function is a C++ function in the package's namespace;
//    methods are free functions named Type_Method taking the receiver
//    first (docs/abi.md). Prototypes of all come first, so bodies may call
//    each other in any order.
//  - Package variables are namespace-scope variables, zero-initialised;
//    their initialisers run in gopp_init() in Info::initOrder's order,
//    followed by the package's init functions in source order.
//  - Local variables keep their Go names where C++ allows; a name already
//    used in the same C++ function (Go shadowing, or a package-level name)
//    gets a numeric suffix, so `x := x` reads the outer x.
//  - A function that defers runs its body in a try block; see
//    emit_defer.cpp.
#include <filesystem>

#include "codegen/Emitter.h"

#include "frontend/ast/Walk.h"

namespace gopp::codegen {

Emitter::Emitter(const Input &in) : in(in), info(in.info), pkg(in.pkg), ns(packageNamespace(in.pkg->path)) {}

void Emitter::unsupported(Pos p, std::string what) { throw Unsupported{p, std::move(what)}; }

// Whether gopp's C++ for o's package (another package) provides o, whose
// C++ name is `base`. Go-bodied functions are compiled from their source.
bool Emitter::provided(const Object *o, const std::string &base) {
  if (!o->pkg() || o->pkg() == pkg || !in.declares)
    return true;
  if (auto *f = dyn_cast<Func>(o); f && f->decl && f->decl->body)
    return true;
  if (auto *tn = dyn_cast<TypeName>(o); tn && isa<Interface>(tn->type()->underlying()))
    return true; // every interface is go::Iface; its descriptor is emitted here
  const std::string &path = o->pkg()->path;
  return in.hasHeader(path) && in.declares(path, base);
}

// Refuses a program that uses what gopp's standard library lacks.
void Emitter::requireProvided(const Object *o, const std::string &base) {
  if (!provided(o, base))
    unsupported(stmtPos_, fmt::format("{}.{} (gopp's package {} does not provide it yet)", o->pkg()->name,
                                      o->name().str(), o->pkg()->path));
}

std::string Emitter::globalName(const Object *o) {
  std::string n = cppName(o->name());
  if (o->pkg() && o->pkg() != pkg) {
    requireProvided(o, n);
    return packageNamespace(o->pkg()->path) + "::" + n;
  }
  if (qualify_)
    return ns + "::" + n;
  return n;
}

std::string Emitter::funcName(const Func *f) {
  if (f->signature() && f->signature()->recv)
    return methodName(f);
  // Go-bodied functions of other packages are compiled here.
  if (f->pkg() && f->pkg() != pkg && f->decl && f->decl->body)
    return requestForeignFunc(f);
  return globalName(f);
}

// The type holding the method or field at the end of path, from t.
const Type *Emitter::holderType(const Type *t, const std::vector<int> &path) {
  const Type *cur = sub(t);
  for (size_t i = 0; i + 1 < path.size(); i++) {
    const Type *st = cur;
    if (auto *p = dyn_cast<Pointer>(under(st)))
      st = p->elem;
    cur = sub(cast<Struct>(under(st))->fields[size_t(path[i])]->type());
  }
  return cur;
}

// The C++ function of method m called on a value of type holder (the
// receiver's type, or a pointer to it): instances of generic types have
// their own.
std::string Emitter::methodNameFor(const Func *m, const Type *holder) {
  holder = sub(holder);
  if (auto *p = dyn_cast<Pointer>(holder))
    holder = p->elem;
  if (auto *n = dyn_cast<Named>(holder); n && !n->typeArgs.empty() && !isa<Interface>(n->underlying()))
    return requestMethodInstance(m, n);
  return methodName(m);
}

std::string Emitter::methodName(const Func *m) {
  const Type *rt = m->signature()->recv->type();
  if (auto *p = dyn_cast<Pointer>(rt))
    rt = p->elem;
  auto *n = cast<Named>(rt);
  std::string base = cppName(n->obj->name().str() + "_" + m->name().str());
  const Func *om = m->origin ? m->origin : m;
  if (om->pkg() && om->pkg() != pkg) {
    requireProvided(om, base);
    return packageNamespace(om->pkg()->path) + "::" + base;
  }
  if (qualify_)
    return ns + "::" + base;
  return base;
}

std::string Emitter::varName(const Var *v) {
  if (v->parent() == pkg->scope.get() || (v->pkg() && v->pkg() != pkg && v->parent() == v->pkg()->scope.get()))
    return globalName(v);
  if (!writing_)
    reads_.insert(v);
  auto it = localNames_.find(v);
  if (it != localNames_.end())
    return it->second;
  // First sight (a parameter, or a variable declared by this statement).
  std::string base = cppName(v->name());
  std::string name = base;
  for (int i = 1; usedNames_.count(name); i++)
    name = fmt::format("{}_{}", base, i);
  usedNames_.insert(name);
  localNames_[v] = name;
  return name;
}

std::string sourcePath(const Input &in, Pos p) {
  std::error_code ec;
  std::filesystem::path abs = std::filesystem::absolute(in.sm->file(p.file).path(), ec);
  return ec ? in.sm->file(p.file).path() : abs.lexically_normal().string();
}

void Emitter::lineDirective(Pos p, bool force) {
  if (p.isValid())
    stmtPos_ = p;
  if (!in.lineDirectives || !p.isValid() || !in.sm)
    return;
  std::string file = sourcePath(in, p);
  if (!force && int(p.line) == lastLine_ && file == lastFile_)
    return;
  lastLine_ = int(p.line);
  lastFile_ = file;
  out->line("#line {} \"{}\"", p.line, cppStringLiteral(file));
}

std::string Emitter::temp(const char *stem) { return fmt::format("gopp_{}{}", stem, fn ? fn->temp++ : 0); }

// Declarations are emitted before it is known whether C++ will see the
// variable read (Go counts uses that C++ folds away, like len(array), and
// emitted temporaries may go unread): each declaration carries a marker,
// resolved when its function is complete.
std::string Emitter::unusedMarker(const Var *v) {
  std::string m = fmt::format("\x02{}\x03", markers_.size());
  markers_.push_back(v);
  return m;
}

std::string Emitter::returnLabelMarker() {
  fn->returnMarker = int(returnUsed_.size());
  returnUsed_.push_back(false);
  return fmt::format("\x02R{}\x03", fn->returnMarker);
}

std::string Emitter::finishBody(std::string text) {
  std::string outText;
  outText.reserve(text.size());
  for (size_t i = 0; i < text.size(); i++) {
    if (text[i] != '\x02') {
      outText += text[i];
      continue;
    }
    size_t end = text.find('\x03', i);
    std::string id = text.substr(i + 1, end - i - 1);
    if (id[0] == 'R') {
      if (returnUsed_[std::stoul(id.substr(1))]) {
        outText += "gopp_return:";
      } else { // no return statement jumps here: drop the line
        while (!outText.empty() && outText.back() == ' ')
          outText.pop_back();
        end = text.find('\n', end);
      }
    } else {
      const Var *v = markers_[std::stoul(id)];
      if (!v || !reads_.contains(v))
        outText += "[[maybe_unused]] ";
    }
    i = end;
  }
  return outText;
}

// --------------------------------------------------------------- functions

std::string Emitter::prototype(const Func *f, bool withNames, const ast::FuncDecl *fd) {
  const Signature *sig = f->signature();
  std::string params;
  auto add = [&](const std::string &p) { params += (params.empty() ? "" : ", ") + p; };
  if (sig->recv)
    add(cppType(sig->recv->type()));
  for (size_t i = 0; i < sig->params->size(); i++)
    add(cppType(sig->params->at(i)));
  return fmt::format("{}{} {}({})", fd && inlineHint(fd) ? "inline " : "", cppResultType(sig),
                     cppName(f->name().str()) == "" ? "" : funcName(f), params);
}

// Whether a function is small enough that Go's compiler would inline it:
// a cost of at most kInlineBudget (Go's: 80), counting a syntax node as 1
// and a call (not of a builtin or a conversion) as 57 more, as Go's
// inliner does for calls it cannot inline; no defer and no recover
// (frames Go does not inline either). Such a
// function is declared `inline`, which lets g++ inline it under the limit
// for inline functions instead of -O2's much lower one for others
// (fannkuch's rotateLeft, a three-line loop, stayed a call without it:
// 156.7M -> 144.2M instructions, callgrind n=9). Only in executables: a
// library's functions are defined in its .cpp and declared in its header.
bool Emitter::inlineHint(const ast::FuncDecl *fd) const {
  constexpr int kInlineBudget = 80;
  if (in.library || !fd->body || (fd->name->name == "main" && !fd->recv))
    return false;
  auto known = inlineHints_.find(fd); // asked for the prototype and the definition
  if (known != inlineHints_.end())
    return known->second;
  constexpr int kCallCost = 57; // Go's inlineExtraCallCost
  int cost = 0;
  ast::walk(fd->body, [&](const ast::Node *n) {
    cost++;
    if (auto *c = dyn_cast<ast::CallExpr>(n)) {
      auto *t = tv(c->fun);
      if (!t || (t->mode != check::Mode::TypeExpr && t->mode != check::Mode::Builtin))
        cost += kCallCost;
    }
  });
  return inlineHints_[fd] = cost <= kInlineBudget && !hasOwnDefer(fd->body) && !usesRecover(fd->body);
}

void Emitter::emitFuncDecl(const ast::FuncDecl *fd) {
  auto *f = cast<Func>(info->defs.lookup(fd->name));
  const Signature *sig = f->signature();
  if (!sig->typeParams.empty() || !sig->recvTypeParams.empty())
    return; // generic: instantiated where used (not yet supported)
  FuncState state;
  fn = &state;
  usedNames_ = packageNames_;
  localNames_.clear();
  out = &bodyOut;
  lineDirective(fd->pos());
  Out body;
  body.setDepth(1);
  out = &body;
  std::string params = emitFuncBody(sig, fd->recv, fd->type, fd->body, false);
  out = &bodyOut;
  bodyOut.line("{}{} {}({}) {{", inlineHint(fd) ? "inline " : "", cppResultType(sig), funcName(f), params);
  bodyOut.raw(finishBody(body.text()));
  bodyOut.line("}}");
  bodyOut.line("");
  fn = nullptr;
}

std::string Emitter::emitFuncBody(const Signature *sig, const ast::FieldList *recv, const ast::FuncType *ftype,
                                  const ast::BlockStmt *body, bool isClosure, const Type *recvType) {
  fn->sig = sig;
  fn->returnType = cppResultType(sig);
  if (!isClosure) {
    gotoLabels_.clear();
    ast::walk(body, [&](const ast::Node *n) {
      if (auto *b = dyn_cast<ast::BranchStmt>(n); b && b->tok == ast::BranchStmt::Tok::Goto)
        gotoLabels_.insert(b->label->name.str());
    });
  }
  // Which parameters the body uses (unused ones are left unnamed).
  llvm::DenseSet<const Object *> used;
  ast::walk(body, [&](const ast::Node *n) {
    if (auto *id = dyn_cast<ast::Ident>(n)) {
      auto u = info->uses.find(id);
      if (u != info->uses.end())
        used.insert(u->second);
    }
  });
  std::string params;
  std::vector<std::string> prologue;
  auto param = [&](const ast::Ident *id, const Type *t) {
    std::string p = cppType(t);
    const Var *v = id ? dyn_cast_or_null<Var>(info->defs.lookup(id)) : nullptr;
    if (v && !id->isBlank() && used.contains(v)) {
      std::string name = varName(v);
      if (isBoxed(v)) {
        std::string in = name + "_arg";
        p += " " + in;
        prologue.push_back(fmt::format("{} &{} = *go::newObject<{}>({});", cppType(t), name, cppType(t), in));
      } else {
        p += " " + name;
      }
    } else if (id && !id->isBlank()) {
      p += " /*" + id->name.str() + "*/";
    }
    params += (params.empty() ? "" : ", ") + p;
  };
  if (recv && sig->recv) {
    const ast::Ident *id = recv->list.empty() || recv->list[0]->names.empty() ? nullptr : recv->list[0]->names[0];
    param(id, recvType ? recvType : sig->recv->type());
  }
  size_t k = 0;
  for (const ast::Field *f : ftype->params->list) {
    if (f->names.empty()) {
      param(nullptr, sig->params->at(k++));
      continue;
    }
    for (const ast::Ident *id : f->names)
      param(id, sig->params->at(k++));
  }
  // Result variables: named ones always; unnamed ones when defers may
  // need to return them after a recovery.
  fn->hasDefer = false;
  ast::walk(body, [&](const ast::Node *n) {
    if (isa<ast::DeferStmt>(n))
      fn->hasDefer = true;
  });
  // (a defer inside a nested func literal belongs to that literal; walk
  // sees through literals, so recompute precisely)
  fn->hasDefer = hasOwnDefer(body);
  fn->callsRecover = usesRecover(body);
  // The scheduler's poll (gopp/sched.h): a stack-overflow check and a
  // preemption point. A function that calls nothing cannot recurse, and
  // its loops poll for themselves, so it needs none; unless one is a
  // short counted loop, which does not poll: a chunked loop calling such a
  // function would otherwise run 4096 of its loops between polls.
  bool calls = false;
  ast::walk(body, [&](const ast::Node *n) {
    calls |= isa<ast::CallExpr>(n) || isa<ast::GoStmt>(n);
    if (auto *f = dyn_cast<ast::ForStmt>(n))
      calls |= shortCountedLoop(f);
  });
  if (calls)
    out->line("go::sched::poll();");
  for (const std::string &p : prologue)
    out->line("{}", p);
  bool named = false;
  if (ftype->results)
    for (const ast::Field *f : ftype->results->list)
      named |= !f->names.empty();
  k = 0;
  if (named) {
    for (const ast::Field *f : ftype->results->list)
      for (const ast::Ident *id : f->names) {
        const Type *t = sig->results->at(k++);
        const Var *v = dyn_cast_or_null<Var>(info->defs.lookup(id));
        std::string name = v && !id->isBlank() ? varName(v) : temp("r");
        if (v && isBoxed(v))
          out->line("{} &{} = *go::newObject<{}>();", cppType(t), name, cppType(t));
        else
          out->line("{} {} = {};", cppType(t), name, zeroValue(t));
        fn->resultNames.push_back(name);
      }
  } else if (fn->hasDefer) {
    for (size_t i = 0; i < sig->results->size(); i++) {
      std::string name = temp("r");
      out->line("{} {} = {};", cppType(sig->results->at(i)), name, zeroValue(sig->results->at(i)));
      fn->resultNames.push_back(name);
    }
  }
  if (fn->callsRecover)
    out->line("[[maybe_unused]] const bool gopp_canRecover = go::takeDeferArm();");
  if (fn->hasDefer) {
    std::string label = returnLabelMarker(); // before the body's returns
    out->line("go::DeferStack gopp_defers;");
    out->line("try {{");
    out->indent();
    stmtList(body->list);
    out->dedent();
    out->line("}} catch (go::PanicUnwind &gopp_p) {{");
    out->line("  gopp_defers.run(gopp_p.rec);");
    out->line("  {}", returnResults());
    out->line("}}");
    out->line("{}", label);
    out->line("gopp_defers.run(nullptr);");
    out->line("{}", returnResults());
  } else {
    stmtList(body->list);
    if (!fn->resultNames.empty() && endsWithoutReturn(body))
      out->line("{}", returnResults());
  }
  (void)isClosure;
  return params;
}

bool Emitter::hasOwnDefer(const ast::Node *body) const {
  bool found = false;
  std::function<void(const ast::Node *)> visit = [&](const ast::Node *n) {
    if (found || isa<ast::FuncLit>(n))
      return;
    if (isa<ast::DeferStmt>(n)) {
      found = true;
      return;
    }
    ast::forEachChild(n, visit);
  };
  ast::forEachChild(body, visit);
  return found;
}

bool Emitter::endsWithoutReturn(const ast::BlockStmt *body) const {
  return body->list.empty() || !isa<ast::ReturnStmt>(body->list.back());
}

std::string Emitter::returnResults() {
  const auto &r = fn->resultNames;
  if (r.empty())
    return "return;";
  if (r.size() == 1)
    return "return " + r[0] + ";";
  std::string s = "return {";
  for (size_t i = 0; i < r.size(); i++)
    s += (i ? ", " : "") + r[i];
  return s + "};";
}

// ----------------------------------------------------------------- package

void Emitter::emitPackage() {
  // Package-level names that locals must not shadow in C++.
  for (Object *o : pkg->scope->objects())
    packageNames_.insert(cppName(o->name()));
  escape_.emplace(*info, in.files);
  for (const ast::File *f : in.files)
    for (const ast::Decl *d : f->decls)
      if (auto *fd = dyn_cast<ast::FuncDecl>(d); fd && fd->body)
        analyzeCaptures(fd);
  for (const ast::File *f : in.files)
    for (const ast::Decl *d : f->decls)
      if (auto *g = dyn_cast<ast::GenDecl>(d); g && g->tok == ast::GenDecl::Tok::Var)
        for (const ast::Decl *s : g->specs)
          for (const ast::Expr *v : cast<ast::ValueSpec>(s)->values)
            analyzeCaptures(v);

  emitTypeDecls();

  // Prototypes, in source order.
  for (const ast::File *f : in.files)
    for (const ast::Decl *d : f->decls) {
      auto *fd = dyn_cast<ast::FuncDecl>(d);
      if (!fd || fd->name->isBlank())
        continue;
      auto *fo = cast<Func>(info->defs.lookup(fd->name));
      if (!fo->signature()->typeParams.empty() || !fo->signature()->recvTypeParams.empty())
        continue;
      if (fd->name->name == "init" && !fd->recv)
        continue;
      if (!fd->body)
        unsupported(fd->pos(), "functions without bodies (assembly or linkname)");
      protoOut.line("{};", prototype(fo, false, fd));
    }
  // Package variables, zero until gopp_init runs their initialisers.
  // A library's header declares them; its source defines them.
  for (Object *o : pkg->scope->objects())
    if (auto *v = dyn_cast<Var>(o)) {
      if (in.library) {
        protoOut.line("extern {} {};", cppType(v->type()), globalName(v));
        varDefs_ += fmt::format("{} {} = {};\n", cppType(v->type()), globalName(v), zeroValue(v->type()));
      } else {
        protoOut.line("{} {} = {};", cppType(v->type()), globalName(v), zeroValue(v->type()));
      }
    }

  // Bodies.
  int initCount = 0;
  std::vector<std::string> inits;
  for (const ast::File *f : in.files)
    for (const ast::Decl *d : f->decls)
      if (auto *fd = dyn_cast<ast::FuncDecl>(d)) {
        // Functions and methods named _ can never be called (several may
        // share a signature, so C++ could not tell them apart).
        if (fd->name->isBlank())
          continue;
        if (fd->name->name == "init" && !fd->recv) {
          // init functions: several per package, each its own function.
          std::string name = fmt::format("gopp_init{}", initCount++);
          inits.push_back(name);
          FuncState state;
          fn = &state;
          usedNames_ = packageNames_;
          localNames_.clear();
          Out body;
          body.setDepth(1);
          out = &body;
          auto *fo = cast<Func>(info->defs.lookup(fd->name));
          emitFuncBody(fo->signature(), nullptr, fd->type, fd->body, false);
          out = &bodyOut;
          lineDirective(fd->pos());
          protoOut.line("void {}();", name);
          bodyOut.line("void {}() {{", name);
          bodyOut.raw(finishBody(body.text()));
          bodyOut.line("}}");
          bodyOut.line("");
          fn = nullptr;
          continue;
        }
        emitFuncDecl(fd);
      }

  drainInstances();

  // Package initialisation.
  {
    FuncState state;
    fn = &state;
    usedNames_ = packageNames_;
    localNames_.clear();
    Out body;
    body.setDepth(1);
    out = &body;
    for (const check::Initializer &init : info->initOrder) {
      lineDirective(init.rhs->pos());
      if (init.lhs.size() == 1) {
        std::string v = expr(init.rhs);
        if (init.lhs[0]->name() == "_")
          out->line("(void)({});", v);
        else
          out->line("{} = {};", globalName(init.lhs[0]), v);
      } else {
        // var a, b = f() / m[k] / x.(T) at package level
        out->line("{{");
        out->indent();
        std::vector<const Type *> targets;
        for (const Var *v : init.lhs)
          targets.push_back(v->name() == "_" ? nullptr : v->type());
        std::vector<std::string> vals = multiValue(init.rhs, targets);
        for (size_t i = 0; i < init.lhs.size(); i++)
          if (init.lhs[i]->name() != "_")
            out->line("{} = {};", globalName(init.lhs[i]), vals[i]);
        out->dedent();
        out->line("}}");
      }
    }
    for (const std::string &name : inits)
      out->line("{}();", name);
    out = &initOut;
    initOut.line("void gopp_init() {{");
    initOut.raw(finishBody(body.text()));
    initOut.line("}}");
    fn = nullptr;
  }
  drainInstances();
}

bool Emitter::emitChecked(std::string &error) {
  try {
    emitPackage();
  } catch (const Unsupported &u) {
    if (in.sm && u.pos.isValid())
      error = fmt::format("{}:{}:{}: gopp cannot compile this yet: {}", in.sm->file(u.pos.file).path(), u.pos.line,
                          u.pos.col, u.what);
    else
      error = "gopp cannot compile this yet: " + u.what;
    return false;
  }
  return true;
}

std::string Emitter::warningPragmas() const {
  // A Go loop may wait for a variable that another goroutine (through a
  // closure) or a call changes: `for !ready { cond.Wait() }`. clang's
  // -Wfor-loop-analysis cannot see that and warns.
  // Go may compare a value with a bound its type always meets
  // (`for i := uint8(0); i <= 255; i++` is a legal endless loop).
  // A function that always calls itself is legal Go too; it ends with
  // "fatal error: stack overflow" (clang's -Winfinite-recursion).
  return "#if defined(__clang__)\n#pragma clang diagnostic ignored \"-Wfor-loop-analysis\"\n"
         "#pragma clang diagnostic ignored \"-Winfinite-recursion\"\n#endif\n"
         "#if defined(__GNUC__) && !defined(__clang__)\n#pragma GCC diagnostic ignored \"-Wtype-limits\"\n#endif\n";
}

std::string Emitter::packageIncludes() const {
  // Every package the program reaches, not only direct imports: types of
  // indirect ones appear in descriptors and method sets.
  std::set<std::string> headers;
  std::set<const Package *> seen;
  std::function<void(const Package *)> reach = [&](const Package *p) {
    for (const Package *q : p->imports)
      if (seen.insert(q).second) {
        std::string path = q->path;
        std::string last = path.substr(path.rfind('/') == std::string::npos ? 0 : path.rfind('/') + 1);
        headers.insert(path + "/" + last + ".h");
        reach(q);
      }
  };
  reach(pkg);
  // Standard packages written wholly in Go (cmp, slices, maps) have no
  // header; neither does one gopp does not provide in C++ yet.
  std::string o;
  for (const std::string &h : headers)
    o += "#if __has_include(\"" + h + "\")\n#include \"" + h + "\"\n#endif\n";
  return o;
}

std::string Emitter::declarations() {
  return "namespace " + ns + " {\n\n// Types.\n" + typesOut.text() + "\n// Functions and package variables.\n" +
         protoOut.text() + "\n} // namespace " + ns + "\n";
}

std::string Emitter::definitions() {
  std::string o = "// Run-time type descriptors.\nnamespace gotypes {\n" + descDeclOut.text() + "\n" + descOut.text() +
                  "} // namespace gotypes\n\n";
  o += "namespace " + ns + " {\n\n" + varDefs_ + bodyOut.text() + initOut.text() + "\n} // namespace " + ns + "\n";
  return o;
}

bool Emitter::run(std::string &result, std::string &error) {
  if (!emitChecked(error))
    return false;
  std::string &o = result;
  o += "// Code generated by gopp from package " + pkg->path + ". DO NOT EDIT.\n";
  o += "#include \"gopp/go.h\"\n";
  o += warningPragmas();
  o += packageIncludes();
  o += "\n" + declarations() + "\n" + definitions();
  if (in.directiveEveryLine)
    o = restateLineDirectives(o);
  o += raceFuncTable(in, pkg->path);
  if (in.isMain)
    o += "\nint main(int argc, char **argv) { return go::runMain(argc, argv, " + ns + "::gopp_init, " + ns +
         "::main); }\n";
  return true;
}

bool emitPackage(const Input &in, std::string &out, std::string &error) {
  Emitter e(in);
  return e.run(out, error);
}

} // namespace gopp::codegen
