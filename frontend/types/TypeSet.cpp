// TypeSet.cpp — computing interface type sets.
#include "frontend/types/TypeSet.h"

#include <algorithm>

#include "frontend/types/Object.h"
#include "frontend/types/Predicates.h"

namespace gopp::types {

using llvm::dyn_cast_or_null;
using llvm::isa_and_nonnull;

using llvm::cast;
using llvm::dyn_cast;

namespace {

// The terms denoted by one union term (an interface term contributes its
// own terms).
void addTermsOf(const Term &term, std::vector<Term> &out, bool &all) {
  if (auto *it = dyn_cast_or_null<Interface>(under(term.type)); it && !llvm::isa<TypeParam>(term.type)) {
    const TypeSet &ts = typeSetOf(it);
    if (ts.allTypes) {
      all = true;
      return;
    }
    out.insert(out.end(), ts.terms.begin(), ts.terms.end());
    return;
  }
  out.push_back(term);
}

// x ∩ y for single terms; false if empty.
bool intersect(const Term &x, const Term &y, Term &out) {
  const Type *ux = x.tilde ? under(x.type) : x.type;
  const Type *uy = y.tilde ? under(y.type) : y.type;
  if (x.tilde && y.tilde) {
    if (!identical(under(x.type), under(y.type)))
      return false;
    out = x;
    return true;
  }
  if (x.tilde) {
    if (!identical(ux, under(y.type)))
      return false;
    out = y;
    return true;
  }
  if (y.tilde) {
    if (!identical(uy, under(x.type)))
      return false;
    out = x;
    return true;
  }
  if (!identical(x.type, y.type))
    return false;
  out = x;
  return true;
}

void dedupe(std::vector<Term> &terms) {
  std::vector<Term> out;
  for (const Term &t : terms) {
    bool dup = false;
    for (Term &o : out) {
      if (o.tilde && identical(under(o.type), under(t.type))) {
        dup = true;
        break;
      }
      if (t.tilde && identical(under(t.type), under(o.type))) {
        o = t;
        dup = true;
        break;
      }
      if (o.tilde == t.tilde && identical(o.type, t.type)) {
        dup = true;
        break;
      }
    }
    if (!dup)
      out.push_back(t);
  }
  terms = std::move(out);
}

void addMethod(std::vector<Func *> &methods, Func *m) {
  for (Func *f : methods)
    if (f->name() == m->name())
      return;
  methods.push_back(m);
}

} // namespace

const TypeSet &typeSetOf(const Interface *it) {
  if (it->typeSet)
    return *it->typeSet;
  static const TypeSet kEmpty;
  if (it->computing)
    return kEmpty;
  it->computing = true;
  auto ts = std::make_unique<TypeSet>();
  ts->comparable = it->isComparableBuiltin;
  for (Func *m : it->methods)
    addMethod(ts->methods, m);
  for (const Type *e : it->embeddeds) {
    bool all = false;
    std::vector<Term> terms;
    if (auto *u = dyn_cast_or_null<Union>(e)) {
      for (const Term &t : u->terms)
        addTermsOf(t, terms, all);
    } else if (auto *ei = dyn_cast_or_null<Interface>(under(e)); ei && !llvm::isa<TypeParam>(e)) {
      const TypeSet &ets = typeSetOf(ei);
      for (Func *m : ets.methods)
        addMethod(ts->methods, m);
      ts->comparable |= ets.comparable;
      all = ets.allTypes;
      terms = ets.terms;
    } else if (e) {
      terms.push_back(Term{false, e});
    } else {
      all = true;
    }
    if (all)
      continue;
    dedupe(terms);
    if (ts->allTypes) {
      ts->allTypes = false;
      ts->terms = std::move(terms);
      continue;
    }
    std::vector<Term> both;
    for (const Term &x : ts->terms)
      for (const Term &y : terms) {
        Term r;
        if (intersect(x, y, r))
          both.push_back(r);
      }
    dedupe(both);
    ts->terms = std::move(both);
  }
  std::sort(ts->methods.begin(), ts->methods.end(), [](Func *a, Func *b) { return a->name() < b->name(); });
  it->computing = false;
  it->typeSet = std::move(ts);
  return *it->typeSet;
}

const std::vector<Term> *specificTerms(const Type *t) {
  auto *tp = dyn_cast_or_null<TypeParam>(t);
  const Interface *it = tp ? tp->iface() : nullptr;
  if (!it)
    return nullptr;
  const TypeSet &ts = typeSetOf(it);
  if (ts.allTypes || ts.terms.empty())
    return nullptr;
  return &ts.terms;
}

bool termsInclude(const TypeSet &ts, const Type *t) {
  if (ts.allTypes)
    return true;
  for (const Term &term : ts.terms) {
    if (term.tilde ? identical(under(term.type), under(t)) : identical(term.type, t))
      return true;
  }
  return false;
}

} // namespace gopp::types
