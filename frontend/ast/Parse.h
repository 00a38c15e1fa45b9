// Parse.h — the front end's entry point for syntax: Go source to AST.
//
// parseFile runs the whole syntax stage on one file: UTF-8 validation, the
// generated ANTLR lexer, LexicalCheck, SemicolonFilter, the ANTLR parser
// (SLL prediction first, full LL only when SLL fails, as the ANTLR authors
// recommend), and the AST builder. It always returns a File; syntax errors
// are reported to `diags` and leave Bad* nodes or a partial tree.
// No ANTLR type appears in this header or in the AST.
#pragma once

#include "frontend/ast/AST.h"
#include "frontend/ast/ASTContext.h"
#include "frontend/diag/Diagnostics.h"
#include "frontend/source/SourceFile.h"

namespace gopp::ast {

struct ParseStats {
  unsigned sllFailures = 0; // files that needed the LL fallback
};

File *parseFile(const SourceFile &file, ASTContext &ctx, Diagnostics &diags,
                ParseStats *stats = nullptr);

// The local names of the //go:linkname directives in a file's text (a
// function so named may be declared without a body, as gc allows).
llvm::ArrayRef<llvm::StringRef> linknames(std::string_view text, ASTContext &ctx);

} // namespace gopp::ast
