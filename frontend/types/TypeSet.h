// TypeSet.h — the type set of an interface (spec "Interface types"): its
// methods (own and embedded, sorted by name) and, for constraints, the
// terms it allows (intersection over embedded elements, union within a
// union element).
#pragma once

#include "frontend/types/Type.h"

namespace gopp::types {

// Computed once per interface and cached on it. Cycles through embedding
// (reported by the checker) yield the part computed so far.
const TypeSet &typeSetOf(const Interface *it);

// Whether type t is in the set of terms (t's underlying type for ~T).
bool termsInclude(const TypeSet &ts, const Type *t);

} // namespace gopp::types
