// Summary.h — a short human-readable summary of a parsed file
// (`gopp parse -summary`, used by `make demo`).
#pragma once

#include <string>

#include "frontend/ast/AST.h"

namespace gopp::cli {

std::string summarize(const ast::File &file);

} // namespace gopp::cli
