// Walk.h — visiting the children of an AST node, in source order.
//
// forEachChild lists every direct child node (expressions, statements,
// declarations, fields); null optional children are skipped. The switch
// over node kinds has no default, so a new kind must be handled here.
#pragma once

#include "llvm/ADT/STLFunctionalExtras.h"

#include "frontend/ast/AST.h"

namespace gopp::ast {

void forEachChild(const Node *n, llvm::function_ref<void(const Node *)> f);

// Calls f on n and every node below it, parents before children.
void walk(const Node *n, llvm::function_ref<void(const Node *)> f);

} // namespace gopp::ast
