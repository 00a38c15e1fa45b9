// Diagnostics.cpp — collecting, ordering and printing diagnostics.
#include "frontend/diag/Diagnostics.h"

#include <algorithm>

namespace gopp {

const char *diagFormat(DiagKind kind) {
  switch (kind) {
#define DIAG(Name, Category, Format)                                           \
  case DiagKind::Name:                                                         \
    return Format;
#include "frontend/diag/DiagnosticKinds.def"
  }
  return "";
}

const char *diagName(DiagKind kind) {
  switch (kind) {
#define DIAG(Name, Category, Format)                                           \
  case DiagKind::Name:                                                         \
    return #Name;
#include "frontend/diag/DiagnosticKinds.def"
  }
  return "";
}

DiagCategory diagCategory(DiagKind kind) {
  switch (kind) {
#define DIAG(Name, Category, Format)                                           \
  case DiagKind::Name:                                                         \
    return DiagCategory::Category;
#include "frontend/diag/DiagnosticKinds.def"
  }
  return DiagCategory::Syntax;
}

void Diagnostics::add(Pos pos, DiagKind kind, std::string message) {
  diags_.push_back(Diagnostic{pos, kind, std::move(message)});
}

namespace {
// Whether an equal message was already kept for d's line.
bool isRepeat(const std::vector<Diagnostic> &out, const Diagnostic &d) {
  for (auto it = out.rbegin(); it != out.rend(); ++it) {
    if (it->pos.file != d.pos.file || it->pos.line != d.pos.line)
      return false;
    if (it->message == d.message)
      return true;
  }
  return false;
}
} // namespace

std::vector<Diagnostic> Diagnostics::sorted() const {
  std::vector<Diagnostic> all = diags_;
  std::stable_sort(all.begin(), all.end(),
                   [](const Diagnostic &a, const Diagnostic &b) { return a.pos < b.pos; });
  std::vector<Diagnostic> out;
  Pos lastSyntax; // of the last syntax error kept; invalid if none
  for (auto &d : all) {
    // Only "syntax error: ..." messages are dropped after another syntax
    // error on their line, as gc's rule keys on that text ("middle index
    // required" and "final index required" are both reported).
    bool syntax = diagCategory(d.kind) == DiagCategory::Syntax;
    bool droppable = syntax && d.message.rfind("syntax error", 0) == 0;
    if (droppable && lastSyntax.isValid() && lastSyntax.file == d.pos.file && lastSyntax.line == d.pos.line)
      continue; // one syntax error per line
    bool typeError = diagCategory(d.kind) == DiagCategory::Type;
    if (!out.empty() && out.back().pos == d.pos && !typeError)
      continue; // never two syntax errors at one position
    if (!droppable && isRepeat(out, d))
      continue; // gc keeps one of equal (non-"syntax error") errors on a line
    out.push_back(std::move(d));
    if (syntax)
      lastSyntax = out.back().pos;
    if (out.size() == kMaxErrors && !unlimited_) {
      // gc stops at the tenth error and says so at its position.
      out.push_back(Diagnostic{out.back().pos, DiagKind::TooManyErrors, diagFormat(DiagKind::TooManyErrors)});
      break;
    }
  }
  return out;
}

std::string Diagnostics::format(const Diagnostic &d) const {
  if (!d.pos.isValid())
    return d.message;
  PresentedPos p = sm_.file(d.pos.file).present(d.pos);
  if (p.col == 0) // a line directive without a column: gc prints none
    return fmt::format("{}:{}: {}", p.file, p.line, d.message);
  return fmt::format("{}:{}:{}: {}", p.file, p.line, p.col, d.message);
}

void Diagnostics::print(std::FILE *out) const {
  for (const auto &d : sorted())
    fmt::print(out, "{}\n", format(d));
}

} // namespace gopp
