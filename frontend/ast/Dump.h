// Dump.h — textual forms of the AST, for -dump-ast, tests and debuggers.
#pragma once

#include <string>

#include "frontend/ast/AST.h"

namespace gopp::ast {

// The indented tree under `n` (see Dump.cpp for the format).
std::string dumpToString(const Node *n);

} // namespace gopp::ast

namespace gopp::ast {

// An expression as Go source, shortened where gc shortens it (composite
// literal and function bodies become `{…}`); used in diagnostics such as
// "non-name a.b on left side of :=".
std::string exprString(const Expr *x);

// A simple statement as Go source ("x := 0", "ch <- v", "i++"), for
// messages such as "cannot use x := 0 as value".
std::string stmtString(const Stmt *s);

} // namespace gopp::ast
