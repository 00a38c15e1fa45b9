// Subst.h — substitution of type arguments for type parameters, and
// instantiation of generic types and functions (spec "Instantiations").
//
// Instances of a generic type are cached on the origin, so List[int] is
// made once and `type List[T any] struct{ next *List[T] }` terminates.
// An instance's underlying type is expanded lazily (Named::under) because
// the origin may still be being declared when the instance is made.
#pragma once

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"

#include "frontend/types/Object.h"

namespace gopp::types {

using SubstMap = llvm::DenseMap<const TypeParam *, const Type *>;

SubstMap makeSubstMap(llvm::ArrayRef<TypeParam *> params, llvm::ArrayRef<const Type *> args);

// t with every type parameter in `m` replaced; t itself if nothing changed.
const Type *subst(TypeContext &ctx, const Type *t, const SubstMap &m);

// The instance orig[args] (cached).
const Named *instantiateNamed(TypeContext &ctx, const Named *orig, llvm::ArrayRef<const Type *> args);

// Expands an instance's underlying type if its origin is resolved.
void expandNamed(const Named *n);

// The signature of method m as seen on receiver type `recv` (a Named or
// pointer to one): for instances, the receiver's type parameters are
// replaced by the instance's type arguments.
const Signature *methodSignature(TypeContext &ctx, const Func *m, const Type *recv);

} // namespace gopp::types
