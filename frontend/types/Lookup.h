// Lookup.h — selectors: finding a field or method by name through
// embedded fields (spec "Selectors"), method sets, and interface
// satisfaction (spec "Method sets", "Implementing an interface").
//
// The search is breadth first by embedding depth, as the spec demands: a
// name found at the shallowest depth wins; two at the same depth are
// ambiguous.
#pragma once

#include <vector>

#include "frontend/types/Object.h"

namespace gopp::types {

struct LookupResult {
  enum Status : uint8_t { Found, NotFound, Ambiguous, PtrRecv };
  Status status = NotFound;
  Object *obj = nullptr;     // Var (field) or Func (method)
  std::vector<int> index;    // embedded field path, then the field/method
  bool indirect = false;     // a pointer was followed on the path
  const Type *recvBase = nullptr; // the (possibly instantiated) type declaring the method
};

// Looks `name` up in T (addressable: whether a value of T is addressable,
// so pointer methods are in its method set). `pkg` qualifies unexported
// names.
LookupResult lookupFieldOrMethod(const Type *T, bool addressable, const Package *pkg, llvm::StringRef name);

// Why V does not implement interface T, if it does not.
struct MissingMethod {
  Func *method = nullptr;    // T's method V lacks (null: V implements T)
  Object *found = nullptr;   // V's member of that name, if any
  bool wrongType = false;    // found, but with another signature
  bool ptrRecv = false;      // found, but needs a pointer receiver
  bool unexportedOther = false; // found with a different package qualifier
};
MissingMethod missingMethod(TypeContext &ctx, const Type *V, const Interface *T);

} // namespace gopp::types
