// TypeString.h — types and objects written as gc writes them in messages:
// "[]int", "map[string]*T", "func(x int) (int, error)", "struct{a int}",
// "interface{M()}", "chan<- int", "List[int]". Types of other packages are
// qualified by the package name ("time.Duration"); types of the package
// being checked are not.
#pragma once

#include <string>

#include "frontend/types/Object.h"

namespace gopp::types {

// The universe's `any` (printed as "any"; a literal interface{} is not).
extern const Interface *universeAnyInterface;

std::string typeString(const Type *t, const Package *current);
void writeType(std::string &out, const Type *t, const Package *current);
// A signature without the leading "func" ("(x int) string").
void writeSignature(std::string &out, const Signature *sig, const Package *current);

} // namespace gopp::types
