// Predicates.h — questions about types (spec "Properties of types and
// values"): identity, comparability, the basic-type classes, core types,
// and the default types of untyped constants.
#pragma once

#include "frontend/types/Object.h"
#include "frontend/types/Universe.h"

namespace gopp::types {

// Type identity (spec "Type identity"). Named types are identical only to
// themselves (or to an instance with the same origin and identical type
// arguments).
bool identical(const Type *x, const Type *y);
bool identicalIgnoreTags(const Type *x, const Type *y);

// The underlying type; for a type parameter, its constraint interface.
inline const Type *under(const Type *t) { return t ? t->underlying() : nullptr; }

// The type's single underlying type: the underlying type, or for a type
// parameter the common underlying type of its type set (null if none).
const Type *coreType(const Type *t);
// As coreType, but a type set of []byte and string yields string's
// bytestring form (for append/copy/slicing), reported as `string`.
const Type *coreString(const Type *t);

// Whether every type in t's type set has basic info `mask`. For ordinary
// types, whether its underlying type is a Basic with that info.
bool allBasic(const Type *t, unsigned mask);
inline bool isBoolean(const Type *t) { return allBasic(t, IsBoolean); }
inline bool isInteger(const Type *t) { return allBasic(t, IsInteger); }
inline bool isUnsigned(const Type *t) { return allBasic(t, IsUnsigned); }
inline bool isFloat(const Type *t) { return allBasic(t, IsFloat); }
inline bool isComplex(const Type *t) { return allBasic(t, IsComplex); }
inline bool isNumeric(const Type *t) { return allBasic(t, IsNumeric); }
inline bool isString(const Type *t) { return allBasic(t, IsString); }
inline bool isOrdered(const Type *t) { return allBasic(t, IsOrdered); }
inline bool isConstType(const Type *t) { return allBasic(t, IsConstType); }
// Basic-type questions on t itself (no type sets).
bool isBasic(const Type *t, unsigned mask);
bool isUntyped(const Type *t);
inline bool isTyped(const Type *t) { return !isUntyped(t); }
bool isUntypedNil(const Type *t);
bool isInvalid(const Type *t);
bool isTypeParam(const Type *t);
// An interface type that is not a type parameter.
bool isNonTypeParamInterface(const Type *t);
bool isGeneric(const Type *t); // an uninstantiated generic Named type

// Whether values of t support == (spec "Comparison operators"): strictly
// (no interfaces inside, for constraint satisfaction) or as the spec says.
bool comparable(const Type *t, bool strict = false, const Type **bad = nullptr);
bool hasNil(const Type *t);

// The default type of an untyped constant kind (untyped int → int, …).
const Type *defaultType(const Universe &u, const Type *t);

} // namespace gopp::types
