// resolver.cpp — collecting package-level objects (spec "Declarations
// and scope", "Import declarations").
//
// Every top-level name gets an object and a DeclInfo before anything is
// type-checked, so declarations may appear in any order. Methods are kept
// by the name of their receiver's base type and attached when that type
// is declared.
#include "frontend/check/Checker.h"

#include "frontend/syntax/Literals.h"

namespace gopp::check {

Scope *Checker::newScope(Scope *parent, const ast::Node *node, bool isFunc) {
  Scope *s = ctx_.make<Scope>(parent, node ? node->pos() : Pos{}, Pos{}, isFunc);
  if (parent)
    parent->children.push_back(s);
  if (node)
    info_.scopes[node] = s;
  return s;
}

bool Checker::declare(Scope *scope, const ast::Ident *id, Object *obj, Pos scopePos) {
  if (id)
    recordDef(id, obj);
  // Blank identifiers are not declared.
  if (obj->name() == "_")
    return true;
  if (scope->insert(obj)) {
    errorf(obj->pos(), "{} redeclared in this block", obj->name().str());
    return false;
  }
  obj->scopePos = scopePos;
  return true;
}

void Checker::declarePkgObj(const ast::Ident *id, Object *obj, DeclInfo *d) {
  if (id->name == "init") {
    errorf(id->pos(), "cannot declare init - must be func");
    return;
  }
  if (id->name == "main" && pkg_->name == "main" && !isa<Func>(obj)) {
    errorf(id->pos(), "cannot declare main - must be func");
    return;
  }
  declare(pkg_->scope.get(), id, obj, Pos{});
  objMap_[obj] = d;
  objList_.push_back(obj);
}

namespace {
// The name of a receiver's base type: T in T, *T, (T), T[P], *T[P].
const ast::Ident *receiverBase(const ast::Expr *e, bool &ptr) {
  ptr = false;
  e = ast::unparen(e);
  if (auto *s = dyn_cast<ast::StarExpr>(e)) {
    ptr = true;
    e = ast::unparen(s->x);
  }
  if (auto *ix = dyn_cast<ast::IndexExpr>(e))
    e = ix->x;
  return dyn_cast<ast::Ident>(ast::unparen(e));
}
} // namespace

void Checker::collectImport(const ast::ImportSpec *is, Scope *fileScope) {
  std::string path = syntax::decodeString(std::string_view(is->path->value.data(), is->path->value.size()));
  if (path == "C")
    return;
  std::string err;
  Package *imp = path == "unsafe" ? universe_.unsafePackage() : importer_.import(path, err);
  if (!imp) {
    report(is->path->pos(), fmt::format("could not import {} ({})", path, err), DiagKind::ImportError);
    // A stand-in package, so uses of its name report nothing more.
    size_t slash = path.rfind('/');
    std::string name = is->name ? is->name->name.str() : path.substr(slash == std::string::npos ? 0 : slash + 1);
    if (name == "_" || name == ".")
      return;
    auto *fake = ctx_.make<Package>(path, name, universe_.scope());
    fake->fake = true;
    auto *pn = ctx_.make<PkgName>(pkg_, is->pos(), fake->name.c_str(), fake);
    pn->used = true;
    fileScope->insert(pn);
    return;
  }
  pkg_->imports.push_back(imp);
  std::string name = imp->name;
  if (is->name) {
    name = is->name->name.str();
    if (name == "init") {
      errorf(is->name->pos(), "cannot import package as init - init must be a func");
      return;
    }
  }
  if (name == "_")
    return;
  if (name == ".") {
    // Dot-import: every exported object joins the file scope.
    auto *pn = ctx_.make<PkgName>(pkg_, is->pos(), ".", imp);
    info_.implicits[is] = pn;
    imports_.push_back(pn);
    for (Object *obj : imp->scope->objects())
      if (obj->exported()) {
        if (fileScope->insert(obj))
          errorf(is->pos(), "{} redeclared in this block", obj->name().str());
        else
          dotImported_[obj] = pn;
      }
    return;
  }
  auto *pn = ctx_.make<PkgName>(pkg_, is->pos(), ctx_.make<std::string>(name)->c_str(), imp);
  if (is->name)
    recordDef(is->name, pn);
  else
    info_.implicits[is] = pn;
  imports_.push_back(pn);
  if (fileScope->insert(pn))
    errorf(is->pos(), "{} redeclared in this block", name);
}

void Checker::collectValueSpec(const ast::GenDecl *gd, const ast::ValueSpec *vs, const ast::ValueSpec *&last,
                               Scope *fileScope) {
  if (gd->tok == ast::GenDecl::Tok::Const) {
    bool inherited = false;
    const ast::ValueSpec *src = vs;
    if (!vs->type && vs->values.empty() && last) {
      src = last;
      inherited = true;
    } else {
      last = vs;
    }
    for (size_t i = 0; i < vs->names.size(); i++) {
      const ast::Ident *id = vs->names[i];
      auto *obj = ctx_.make<Const>(pkg_, id->pos(), id->name, nullptr, constant::Value());
      auto d = std::make_unique<DeclInfo>();
      d->fileScope = fileScope;
      d->vspec = vs;
      d->typeExpr = src->type;
      d->init = i < src->values.size() ? src->values[i] : nullptr;
      d->iota = vs->iota;
      d->inherited = inherited;
      declarePkgObj(id, obj, d.get());
      declInfos_.push_back(std::move(d));
    }
    arity(vs, src, inherited);
    return;
  }
  std::vector<Var *> lhs;
  for (const ast::Ident *id : vs->names)
    lhs.push_back(ctx_.make<Var>(pkg_, id->pos(), id->name, nullptr));
  DeclInfo *shared = nullptr;
  if (vs->values.size() == 1 && vs->names.size() > 1) {
    auto d = std::make_unique<DeclInfo>();
    d->fileScope = fileScope;
    d->vspec = vs;
    d->lhs = lhs;
    d->typeExpr = vs->type;
    d->init = vs->values[0];
    shared = d.get();
    declInfos_.push_back(std::move(d));
  }
  for (size_t i = 0; i < vs->names.size(); i++) {
    DeclInfo *d = shared;
    if (!d) {
      auto nd = std::make_unique<DeclInfo>();
      nd->fileScope = fileScope;
      nd->vspec = vs;
      nd->typeExpr = vs->type;
      nd->init = i < vs->values.size() ? vs->values[i] : nullptr;
      d = nd.get();
      declInfos_.push_back(std::move(nd));
    }
    declarePkgObj(vs->names[i], lhs[i], d);
  }
}

// Reports a wrong number of constant initial values (gc's resolver
// check; variables are checked as assignments, "assignment mismatch").
void Checker::arity(const ast::ValueSpec *vs, const ast::ValueSpec *src, bool inherited) {
  size_t l = vs->names.size(), r = src->values.size();
  if (l < r) {
    if (inherited)
      errorf(vs->pos(), "extra init expr");
    else
      errorf(src->values[l]->pos(), "extra init expr");
  } else if (l > r) {
    report(vs->names[r]->pos(), fmt::format("missing init expr for {}", vs->names[r]->name.str()),
           DiagKind::MissingInitExpr);
  }
}

void Checker::collectFunc(const ast::FuncDecl *fd, Scope *fileScope, const ast::File *file) {
  auto *obj = ctx_.make<Func>(pkg_, fd->name->pos(), fd->name->name, nullptr);
  obj->decl = fd;
  auto d = std::make_unique<DeclInfo>();
  d->fileScope = fileScope;
  d->fdecl = fd;
  DeclInfo *dp = d.get();
  declInfos_.push_back(std::move(d));
  // Without -complete a body may be elsewhere (assembly); a function
  // named by //go:linkname may have none either way, as gc allows.
  bool linknamed = std::find(file->linknames.begin(), file->linknames.end(), fd->name->name) != file->linknames.end();
  bool isInit = !fd->recv && fd->name->name == "init";
  if (!fd->body && ((!externBodies_ && !linknamed) || isInit))
    errorf(fd->name->pos(), "missing function body");
  if (!fd->recv) {
    llvm::StringRef name = fd->name->name;
    if (name == "init" || (name == "main" && pkg_->name == "main")) {
      if (fd->type->typeParams)
        errorf(fd->type->typeParams->pos(), "func {} must have no type parameters", name.str());
      if ((fd->type->params && !fd->type->params->list.empty()) ||
          (fd->type->results && !fd->type->results->list.empty()))
        errorf(fd->name->pos(), "func {} must have no arguments and no return values", name.str());
    }
    if (name == "init") {
      // init functions are not declared; each is called in order.
      recordDef(fd->name, obj);
      objMap_[obj] = dp;
      objList_.push_back(obj);
      return;
    }
    declarePkgObj(fd->name, obj, dp);
    return;
  }
  // A method: attached to its receiver base type when that is declared.
  recordDef(fd->name, obj);
  objMap_[obj] = dp;
  objList_.push_back(obj);
  if (fd->recv->list.size() == 1) {
    bool ptr = false;
    if (const ast::Ident *base = receiverBase(fd->recv->list[0]->type, ptr)) {
      obj->hasPtrRecv = ptr;
      methods_[base->name.str()].push_back(obj);
    }
  }
}

void Checker::collectObjects(llvm::ArrayRef<ast::File *> files) {
  for (ast::File *file : files) {
    Scope *fileScope = newScope(pkg_->scope.get(), file);
    fileScopes_.push_back(fileScope);
    for (ast::Decl *decl : file->decls) {
      if (auto *fd = dyn_cast<ast::FuncDecl>(decl)) {
        collectFunc(fd, fileScope, file);
        continue;
      }
      auto *gd = dyn_cast<ast::GenDecl>(decl);
      if (!gd)
        continue;
      const ast::ValueSpec *last = nullptr; // for inherited const specs
      for (ast::Decl *spec : gd->specs) {
        if (auto *is = dyn_cast<ast::ImportSpec>(spec)) {
          collectImport(is, fileScope);
        } else if (auto *vs = dyn_cast<ast::ValueSpec>(spec)) {
          collectValueSpec(gd, vs, last, fileScope);
        } else if (auto *ts = dyn_cast<ast::TypeSpec>(spec)) {
          auto *obj = ctx_.make<TypeName>(pkg_, ts->name->pos(), ts->name->name, nullptr);
          auto d = std::make_unique<DeclInfo>();
          d->fileScope = fileScope;
          d->tspec = ts;
          declarePkgObj(ts->name, obj, d.get());
          declInfos_.push_back(std::move(d));
        }
      }
    }
  }
  // Imports may not share a name with a package-level object.
  for (Scope *fs : fileScopes_)
    for (Object *obj : fs->objects()) {
      auto *pn = dyn_cast<PkgName>(obj);
      if (!pn)
        continue;
      if (Object *alt = pkg_->scope->lookup(pn->name()))
        errorf(alt->pos(), "{} already declared through import of package {} (\"{}\")", alt->name().str(),
               pn->imported->name, pn->imported->path);
    }
}

void Checker::unusedImports() {
  for (PkgName *pn : imports_) {
    if (pn->used)
      continue;
    const std::string &path = pn->imported->path;
    size_t slash = path.rfind('/');
    std::string elem = slash == std::string::npos ? path : path.substr(slash + 1);
    if (pn->name() == "." || pn->name() == elem || pn->name() == pn->imported->name)
      report(pn->pos(), fmt::format("\"{}\" imported and not used", path), DiagKind::UnusedImport);
    else
      report(pn->pos(), fmt::format("\"{}\" imported as {} and not used", path, pn->name().str()),
             DiagKind::UnusedImport);
  }
}

} // namespace gopp::check
