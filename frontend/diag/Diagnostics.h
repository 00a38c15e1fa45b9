// Diagnostics.h — errors as values with positions, collected and reported
// together in Go's format: `path:line:col: message`.
//
// Invariants and choices (all gc's):
//  - Diagnostics are printed sorted by position.
//  - At most one syntax error per line is kept: later ones on a line are
//    almost always follow-on noise of the first (gc drops them too).
//    Lexical errors are kept, as gc keeps them.
//  - After the tenth error comes `too many errors`, at the tenth's position.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "frontend/source/SourceFile.h"

namespace gopp {

enum class DiagKind : uint8_t {
#define DIAG(Name, Category, Format) Name,
#include "frontend/diag/DiagnosticKinds.def"
};

enum class DiagCategory : uint8_t { Lexical, Syntax, Type, Limit };
DiagCategory diagCategory(DiagKind kind);

// The {fmt} format string of a kind.
const char *diagFormat(DiagKind kind);
// The kind's name, e.g. "InvalidChar" (tests use it).
const char *diagName(DiagKind kind);
constexpr size_t kNumDiagKinds = 0
#define DIAG(Name, Category, Format) +1
#include "frontend/diag/DiagnosticKinds.def"
    ;

struct Diagnostic {
  Pos pos;
  DiagKind kind;
  std::string message;
};

class Diagnostics {
public:
  static constexpr size_t kMaxErrors = 10;

  explicit Diagnostics(const SourceManager &sm) : sm_(sm) {}

  template <class... Args> void error(Pos pos, DiagKind kind, const Args &...args) {
    add(pos, kind, fmt::format(fmt::runtime(diagFormat(kind)), args...));
  }

  // For messages already formatted (e.g. by syntax/Literals): `message`
  // is used as it is, never as a format string.
  void errorMessage(Pos pos, DiagKind kind, std::string message) { add(pos, kind, std::move(message)); }

  bool hasErrors() const { return !diags_.empty(); }
  // gc's -e: report every error instead of stopping at the tenth.
  void setUnlimited(bool unlimited) { unlimited_ = unlimited; }
  size_t count() const { return diags_.size(); }

  // The diagnostics as they will be printed: sorted, one per line, limited.
  std::vector<Diagnostic> sorted() const;

  // `path:line:col: message` for each, to `out`.
  void print(std::FILE *out) const;
  std::string format(const Diagnostic &d) const;

  void clear() { diags_.clear(); }

private:
  void add(Pos pos, DiagKind kind, std::string message);

  const SourceManager &sm_;
  std::vector<Diagnostic> diags_;
  bool unlimited_ = false;
};

} // namespace gopp
