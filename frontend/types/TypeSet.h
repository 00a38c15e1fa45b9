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

// For a type parameter whose constraint lists specific types, those terms;
// null for other types and for constraints without terms (any, or only
// methods).
const std::vector<Term> *specificTerms(const Type *t);

// Whether type t is in the set of terms (t's underlying type for ~T).
bool termsInclude(const TypeSet &ts, const Type *t);

} // namespace gopp::types
