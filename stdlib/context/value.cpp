// value.cpp — WithValue and WithoutCancel.
//
// Invariants and why: a valueCtx holds one key/value pair and its parent;
// lookups walk the chain of our own contexts without calls (types.cpp
// value()), comparing keys with Go's interface equality. WithValue
// refuses what Go refuses, with Go's panic texts: a nil parent, a nil key,
// a key whose dynamic type is not comparable.
#include "context/context.h"

namespace pkg::context {

using namespace detail;

go::Iface WithValue(go::Iface parent, go::Iface key, go::Iface val) {
  if (parent.isNil())
    panicString("cannot create context from nil parent");
  if (key.isNil())
    panicString("nil key");
  if (!key.type()->comparable())
    panicString("key is not comparable");
  auto *c = go::newObject<valueCtx>(valueCtx{parent, key, val});
  return boxValueCtx(c);
}

go::Iface WithoutCancel(go::Iface parent) {
  if (parent.isNil())
    panicString("cannot create context from nil parent");
  return boxWithoutCancelCtx(go::newObject<withoutCancelCtx>(withoutCancelCtx{parent}));
}

} // namespace pkg::context
