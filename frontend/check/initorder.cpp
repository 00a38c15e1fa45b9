// initorder.cpp — the order of package-level variable initialization
// (spec "Package initialization") and initialization cycles.
//
// A variable is ready when every variable its initializer refers to —
// directly, or through the bodies of functions and methods it refers
// to — is initialized; the earliest ready variable in declaration order
// goes next. A variable or constant that reaches itself is a cycle.
#include "frontend/check/Checker.h"

#include <set>

namespace gopp::check {

using namespace types;
using llvm::dyn_cast;
using llvm::isa;
using llvm::dyn_cast_or_null;
using llvm::isa_and_nonnull;

void Checker::initOrder() {
  // Variables and constants reachable from each object, through
  // functions (and constants), stopping at variables.
  std::map<Object *, std::set<Object *>> reach;
  auto reachable = [&](Object *start) {
    std::set<Object *> out;
    std::set<Object *> visited;
    std::vector<Object *> stack;
    auto push = [&](Object *o) {
      auto it = objMap_.find(o);
      if (it == objMap_.end())
        return;
      for (Object *d : it->second->deps)
        if (!visited.count(d)) {
          visited.insert(d);
          stack.push_back(d);
        }
    };
    push(start);
    while (!stack.empty()) {
      Object *o = stack.back();
      stack.pop_back();
      if (isa<Var>(o)) {
        out.insert(o);
        continue;
      }
      if (isa<Const>(o))
        out.insert(o);
      if (isa<Func>(o) || isa<Const>(o))
        push(o);
    }
    return out;
  };
  std::vector<Object *> nodes;
  for (Object *obj : objList_)
    if (isa<Var>(obj) || isa<Const>(obj)) {
      nodes.push_back(obj);
      reach[obj] = reachable(obj);
    }
  // Cycles: through anything, variables included. Report each once, at
  // the first object of the cycle.
  std::map<Object *, std::set<Object *>> all;
  for (Object *obj : nodes) {
    std::set<Object *> seen;
    std::vector<Object *> stack{obj};
    while (!stack.empty()) {
      Object *o = stack.back();
      stack.pop_back();
      auto it = objMap_.find(o);
      if (it == objMap_.end())
        continue;
      for (Object *d : it->second->deps)
        if ((isa<Var>(d) || isa<Const>(d) || isa<Func>(d)) && seen.insert(d).second)
          stack.push_back(d);
    }
    all[obj] = std::move(seen);
  }
  std::set<Object *> inCycle;
  for (Object *obj : nodes) {
    if (!all[obj].count(obj) || inCycle.count(obj))
      continue;
    // Members of this cycle: objects that reach obj and that obj reaches.
    for (Object *o : nodes)
      if (all[obj].count(o) && all[o].count(obj))
        inCycle.insert(o);
    // gc's wording (Go 1.19; go/types says "initialization cycle").
    errorf(obj->pos(), "initialization loop for {}", obj->name().str());
  }
  // The order.
  std::set<Object *> done;
  std::set<const DeclInfo *> emitted;
  std::vector<Var *> pending;
  for (Object *obj : objList_)
    if (auto *v = dyn_cast<Var>(obj))
      pending.push_back(v);
  while (!pending.empty()) {
    size_t pick = pending.size();
    for (size_t i = 0; i < pending.size(); i++) {
      bool ready = true;
      for (Object *d : reach[pending[i]])
        if (isa<Var>(d) && !done.count(d)) {
          ready = false;
          break;
        }
      if (ready || inCycle.count(pending[i])) {
        pick = i;
        break;
      }
    }
    if (pick == pending.size())
      pick = 0; // a cycle (reported above): keep declaration order
    Var *v = pending[pick];
    pending.erase(pending.begin() + static_cast<long>(pick));
    done.insert(v);
    DeclInfo *d = objMap_[v];
    if (!d || !d->init || emitted.count(d))
      continue;
    emitted.insert(d);
    Initializer init;
    if (d->lhs.empty())
      init.lhs.push_back(v);
    else
      init.lhs = d->lhs;
    init.rhs = d->init;
    info_.initOrder.push_back(std::move(init));
  }
}

} // namespace gopp::check
