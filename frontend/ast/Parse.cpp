// Parse.cpp — the syntax stage for one file (see Parse.h).
//
// Two-stage parse: ANTLR's SLL prediction is much faster than full LL and
// right for almost every input, but may fail on valid input; so the first
// attempt uses SLL with an error strategy that bails out at the first
// error, and only then is the file parsed again with full LL and the
// reporting strategy (SyntaxErrors.h). Lexical diagnostics are reported
// once: the token stream is buffered and reused by the second attempt.
#include "frontend/ast/Parse.h"

#include "GoLexer.h"
#include "GoParser.h"
#include "antlr4-runtime.h"
#include "llvm/Support/PrettyStackTrace.h"

#include "frontend/ast/Builder.h"
#include "frontend/ast/SyntaxErrors.h"
#include "frontend/syntax/CodePointMap.h"
#include "frontend/syntax/LexicalCheck.h"
#include "frontend/syntax/SemicolonFilter.h"

namespace gopp::ast {

File *parseFile(const SourceFile &file, ASTContext &ctx, Diagnostics &diags, ParseStats *stats) {
  llvm::PrettyStackTraceFormat crashNote("parsing %s", file.path().c_str());
  if (auto bad = file.firstInvalidUtf8()) {
    // gc reports the first invalid byte and gives up on the file.
    diags.error(file.posOf(*bad), DiagKind::InvalidUtf8);
    return ctx.make<File>(file.posOf(0), ctx.make<Ident>(file.posOf(0), "_"), llvm::ArrayRef<GenDecl *>(),
                          llvm::ArrayRef<Decl *>(), ctx.intern(file.path()));
  }

  antlr4::ANTLRInputStream input(file.text());
  grammar::GoLexer lexer(&input);
  lexer.removeErrorListeners(); // the lexer never fails: see INVALID_CHAR
  syntax::CodePointMap map(file);
  syntax::LexicalCheck checked(lexer, map, diags);
  syntax::SemicolonFilter filtered(checked);
  antlr4::CommonTokenStream tokens(&filtered);

  grammar::GoParser parser(&tokens);
  parser.removeErrorListeners();
  auto *sim = parser.getInterpreter<antlr4::atn::ParserATNSimulator>();

  grammar::GoParser::SourceFileContext *tree = nullptr;
  auto strategy = std::make_shared<GoErrorStrategy>(map, diags);
  sim->setPredictionMode(antlr4::atn::PredictionMode::SLL);
  parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
  try {
    tree = parser.sourceFile();
  } catch (const antlr4::ParseCancellationException &) {
    tree = nullptr;
  }
  if (!tree) {
    if (stats)
      ++stats->sllFailures;
    tokens.seek(0);
    parser.reset();
    sim->setPredictionMode(antlr4::atn::PredictionMode::LL);
    parser.setErrorHandler(strategy);
    tree = parser.sourceFile();
  }

  Builder builder(ctx, map, diags, /*recovering=*/strategy->errors() > 0);
  auto *pkg = tree->packageClause();
  if (tree->exception || !pkg || builder.broken(pkg) || !pkg->IDENTIFIER()) {
    // Too broken to build a tree from; the errors are reported.
    return ctx.make<File>(file.posOf(0), ctx.make<Ident>(file.posOf(0), "_"), llvm::ArrayRef<GenDecl *>(),
                          llvm::ArrayRef<Decl *>(), ctx.intern(file.path()));
  }
  // With syntax errors the builder still runs, over what parsed, so that
  // its own errors are reported too (gc reports both).
  File *f = builder.file(tree);
  f->linknames = linknames(file.text(), ctx);
  return f;
}

llvm::ArrayRef<llvm::StringRef> linknames(std::string_view text, ASTContext &ctx) {
  llvm::SmallVector<llvm::StringRef, 4> names;
  size_t pos = 0;
  const std::string_view directive = "//go:linkname ";
  while ((pos = text.find(directive, pos)) != std::string_view::npos) {
    bool lineStart = pos == 0 || text[pos - 1] == '\n';
    pos += directive.size();
    if (!lineStart)
      continue;
    size_t end = pos;
    while (end < text.size() && text[end] != ' ' && text[end] != '\t' && text[end] != '\n' && text[end] != '\r')
      end++;
    if (end > pos)
      names.push_back(ctx.intern(text.substr(pos, end - pos)));
  }
  return ctx.copy(llvm::ArrayRef<llvm::StringRef>(names));
}

} // namespace gopp::ast
