// initorder.cpp — the order of package-level variable initialization
// (spec "Package initialization") and initialization cycles.
//
// The algorithm is types2's: a dependency graph over package-level
// constants, variables and functions, from which functions are removed by
// linking their dependents to their dependencies. Nodes are then taken in
// order of fewest remaining dependencies, ties broken by source order; a
// node taken while it still has dependencies is on a cycle, which is
// reported ("initialization loop for x"). Variables with initializers are
// emitted in the order taken.
#include "frontend/check/Checker.h"

#include <set>

namespace gopp::check {

namespace {
struct Node {
  Object *obj;
  size_t order;
  std::set<Node *> succ, pred; // dependencies, dependents
};
} // namespace

// A path of dependencies from `from` back to `to`, or empty.
static bool findPath(const std::map<Object *, DeclInfo *> &objMap, Object *from, Object *to,
                     std::set<Object *> &seen, std::vector<Object *> &path) {
  if (!seen.insert(from).second)
    return false;
  auto it = objMap.find(from);
  if (it == objMap.end())
    return false;
  for (Object *d : it->second->deps) {
    if (d == to || findPath(objMap, d, to, seen, path)) {
      path.push_back(d);
      return true;
    }
  }
  return false;
}

void Checker::initOrder() {
  // The graph of constants, variables and functions of this package.
  std::map<Object *, std::unique_ptr<Node>> nodes;
  size_t order = 0;
  for (Object *obj : objList_)
    if (isa<Const>(obj) || isa<Var>(obj) || isa<Func>(obj))
      nodes[obj] = std::make_unique<Node>(Node{obj, order++, {}, {}});
  for (auto &[obj, n] : nodes) {
    for (Object *d : objMap_[obj]->deps) {
      auto it = nodes.find(d);
      if (it == nodes.end())
        continue;
      n->succ.insert(it->second.get());
      it->second->pred.insert(n.get());
    }
  }
  // Remove functions, linking their dependents to their dependencies.
  std::vector<Node *> work;
  for (auto &[obj, n] : nodes)
    if (isa<Func>(obj))
      work.push_back(n.get());
  for (Node *n : work) {
    for (Node *p : n->pred) {
      if (p == n)
        continue;
      for (Node *s : n->succ) {
        if (s == n)
          continue;
        p->succ.insert(s);
        s->pred.insert(p);
      }
      p->succ.erase(n);
    }
    for (Node *s : n->succ)
      s->pred.erase(n);
  }
  std::vector<Node *> queue;
  for (auto &[obj, n] : nodes)
    if (!isa<Func>(obj))
      queue.push_back(n.get());
  // A priority queue by (remaining dependencies, source order), updated
  // as dependencies are emitted: O((nodes + edges) log nodes).
  std::map<Node *, size_t> ndeps;
  std::set<std::pair<std::pair<size_t, size_t>, Node *>> pq;
  for (Node *n : queue) {
    ndeps[n] = n->succ.size();
    pq.insert({{ndeps[n], n->order}, n});
  }
  std::set<const DeclInfo *> emitted;
  while (!pq.empty()) {
    Node *n = pq.begin()->second;
    pq.erase(pq.begin());
    if (ndeps[n] > 0) {
      std::set<Object *> seen;
      std::vector<Object *> path;
      if (findPath(objMap_, n->obj, n->obj, seen, path))
        errorf(n->obj->pos(), "initialization loop for {}", n->obj->name().str());
    }
    for (Node *p : n->pred) {
      auto it = pq.find({{ndeps[p], p->order}, p});
      if (it == pq.end() || ndeps[p] == 0)
        continue; // already taken
      pq.erase(it);
      ndeps[p]--;
      pq.insert({{ndeps[p], p->order}, p});
    }
    auto *v = dyn_cast<Var>(n->obj);
    DeclInfo *d = v ? objMap_[v] : nullptr;
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
