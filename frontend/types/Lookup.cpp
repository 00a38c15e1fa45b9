// Lookup.cpp — field and method lookup, and interface satisfaction.
#include "frontend/types/Lookup.h"

#include "frontend/types/Predicates.h"
#include "frontend/types/Subst.h"
#include "frontend/types/TypeSet.h"

namespace gopp::types {

using llvm::dyn_cast_or_null;
using llvm::isa_and_nonnull;

using llvm::cast;
using llvm::dyn_cast;

namespace {

bool sameName(const Object *obj, const Package *pkg, llvm::StringRef name) {
  if (obj->name() != name)
    return false;
  return obj->exported() || !obj->pkg() || !pkg || obj->pkg() == pkg || obj->pkg()->path == pkg->path;
}

struct Embedded {
  const Type *type;
  std::vector<int> index;
  bool indirect;
  bool multiples;
};

} // namespace

LookupResult lookupFieldOrMethod(const Type *T, bool addressable, const Package *pkg, llvm::StringRef name) {
  LookupResult res;
  if (name == "_")
    return res;
  // *T where T is a named pointer type has no methods; a pointer to an
  // interface has no methods either (only fields through the struct).
  bool isPtr = false;
  const Type *typ = T;
  if (auto *p = dyn_cast<Pointer>(T)) {
    typ = p->elem;
    isPtr = true;
    if (llvm::isa<Interface>(under(typ)) && !llvm::isa<TypeParam>(typ))
      return res;
  } else if (auto *n = dyn_cast<Named>(T)) {
    if (auto *pu = dyn_cast_or_null<Pointer>(under(n))) {
      // A defined pointer type: fields of the pointed-to struct only.
      LookupResult r = lookupFieldOrMethod(pu, false, pkg, name);
      if (r.obj && llvm::isa<Func>(r.obj))
        return LookupResult{};
      return r;
    }
  }

  std::vector<Embedded> current{{typ, {}, isPtr, false}};
  std::vector<const Named *> seen;
  while (!current.empty()) {
    std::vector<Embedded> next;
    Object *found = nullptr;
    std::vector<int> foundIndex;
    bool foundIndirect = false;
    const Type *foundBase = nullptr;
    int count = 0;
    // Records a match at this depth; a second one makes it ambiguous.
    auto match = [&](const Embedded &e, Object *obj, size_t i, const Type *base) {
      count += e.multiples ? 2 : 1;
      found = obj;
      foundIndex = e.index;
      foundIndex.push_back(static_cast<int>(i));
      foundIndirect = e.indirect;
      foundBase = base;
    };
    for (const Embedded &e : current) {
      const Type *t = e.type;
      if (auto *n = dyn_cast<Named>(t)) {
        bool dup = false;
        for (const Named *s : seen)
          if (s == n)
            dup = true;
        if (dup)
          continue;
        seen.push_back(n);
        const auto &methods = n->allMethods();
        bool foundMethod = false;
        for (size_t i = 0; i < methods.size(); i++) {
          if (sameName(methods[i], pkg, name)) {
            match(e, methods[i], i, n);
            foundMethod = true;
            break;
          }
        }
        // A method hides a field of the same name in the same type (the
        // declaration is an error of its own, reported once).
        if (foundMethod)
          continue;
      }
      const Type *u = under(t);
      if (auto *tp = dyn_cast<TypeParam>(t)) {
        // Methods of the constraint.
        if (const Interface *it = tp->iface()) {
          const TypeSet &ts = typeSetOf(it);
          for (size_t i = 0; i < ts.methods.size(); i++)
            if (sameName(ts.methods[i], pkg, name))
              match(e, ts.methods[i], i, t);
          // Fields through a core struct type.
          u = coreType(t);
          if (!u || !llvm::isa<Struct>(u))
            continue;
        }
      }
      if (!u)
        continue;
      if (auto *s = dyn_cast<Struct>(u)) {
        for (size_t i = 0; i < s->fields.size(); i++) {
          Var *f = s->fields[i];
          if (sameName(f, pkg, name)) {
            match(e, f, i, nullptr);
            continue;
          }
          if (f->embedded) {
            const Type *ft = f->type();
            bool ind = e.indirect;
            if (auto *p = dyn_cast<Pointer>(ft)) {
              ft = p->elem;
              ind = true;
            }
            std::vector<int> idx = e.index;
            idx.push_back(static_cast<int>(i));
            // The same embedded type twice at one depth: any name
            // found through it is ambiguous.
            bool multiples = e.multiples;
            for (Embedded &n2 : next)
              if (identical(n2.type, ft)) {
                n2.multiples = true;
                multiples = true;
              }
            next.push_back({ft, idx, ind, multiples});
          }
        }
      } else if (auto *it = dyn_cast<Interface>(u)) {
        const TypeSet &ts = typeSetOf(it);
        for (size_t i = 0; i < ts.methods.size(); i++)
          if (sameName(ts.methods[i], pkg, name))
            match(e, ts.methods[i], i, t);
      }
    }
    if (count > 1) {
      res.status = LookupResult::Ambiguous;
      res.index = foundIndex;
      return res;
    }
    if (found) {
      res.obj = found;
      res.index = foundIndex;
      res.indirect = foundIndirect;
      res.recvBase = foundBase;
      res.status = LookupResult::Found;
      if (auto *f = dyn_cast<Func>(found)) {
        if (f->hasPtrRecv && !foundIndirect && !addressable)
          res.status = LookupResult::PtrRecv;
      }
      return res;
    }
    // Drop duplicates of types reached more than once (already marked).
    current = std::move(next);
  }
  return res;
}

MissingMethod missingMethod(TypeContext &ctx, const Type *V, const Interface *T) {
  MissingMethod mm;
  const TypeSet &ts = typeSetOf(T);
  if (ts.methods.empty())
    return mm;
  if (auto *vi = dyn_cast_or_null<Interface>(under(V)); vi && !llvm::isa<TypeParam>(V)) {
    const TypeSet &vs = typeSetOf(vi);
    for (Func *m : ts.methods) {
      Func *found = nullptr;
      for (Func *f : vs.methods)
        if (f->name() == m->name())
          found = f;
      if (!found) {
        mm.method = m;
        return mm;
      }
      if (!identical(found->type(), m->type())) {
        mm.method = m;
        mm.found = found;
        mm.wrongType = true;
        return mm;
      }
    }
    return mm;
  }
  for (Func *m : ts.methods) {
    LookupResult r = lookupFieldOrMethod(V, false, m->pkg(), m->name());
    auto *f = dyn_cast_or_null<Func>(r.obj);
    if (!f) {
      mm.method = m;
      if (r.status == LookupResult::NotFound) {
        // A method of another case ("error" for "Error")?
        LookupResult other = lookupFieldOrMethod(V, false, m->pkg(), m->name().lower());
        mm.found = other.obj;
      }
      return mm;
    }
    const Signature *sig = methodSignature(ctx, f, r.recvBase ? r.recvBase : V);
    if (!identical(sig, m->type())) {
      // Compare without receivers: identical() ignores recv already.
      mm.method = m;
      mm.found = f;
      mm.wrongType = true;
      return mm;
    }
    if (r.status == LookupResult::PtrRecv) {
      mm.method = m;
      mm.found = f;
      mm.ptrRecv = true;
      return mm;
    }
  }
  return mm;
}

} // namespace gopp::types
