// Dump.h — textual forms of the AST, for -dump-ast, tests and debuggers.
#pragma once

#include <string>

#include "frontend/ast/AST.h"

namespace gopp::ast {

// The indented tree under `n` (see Dump.cpp for the format).
std::string dumpToString(const Node *n);

} // namespace gopp::ast
