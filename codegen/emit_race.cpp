// emit_race.cpp — the Go names of the package's functions by source line,
// for the race detector's reports (runtime/src/race_report.cpp).
//
// A report's frames are symbolized through the #line directives, which
// give the Go file and line but C++ names (lambdas are "operator()"). So
// emitted code carries, inside #ifdef GOPP_RACE (only race builds see
// it), a table of every Go function's first and last line, whether it
// is a literal (a C++ lambda), and the name Go's runtime gives it; a
// frame takes the innermost function of its kind whose lines contain it
// (a literal and the statement around it may share a line). Go's names:
//   main.f, main.T.M, main.(*T).M, main.F[...] (generic), main.init.0
//   (the package's init functions, numbered in source order), and for
//   function literals the enclosing function's name with .funcN, N
//   counting the literals directly inside it in source order; a literal
//   inside a literal adds .N (main.main.func1.2). Literals in package
//   variable initialisers belong to main.init (Go 1.21 and later; Go 1.19
//   said main.glob..func1).
#include <functional>

#include <fmt/format.h>

#include "codegen/Emitter.h"
#include "frontend/ast/Walk.h"

namespace gopp::codegen {

namespace {

struct FuncLines {
  std::string file;
  unsigned first, last;
  std::string name;
  bool literal;
};

struct Namer {
  const Input &in;
  std::vector<FuncLines> out;

  void add(Pos from, Pos to, const std::string &name, bool literal) {
    if (!from.isValid() || !to.isValid())
      return;
    out.push_back({sourcePath(in, from), from.line, to.line, name, literal});
  }

  // The function literals below n, named after `outer`; nested ones after
  // their own literal. `literalOuter`: outer is itself a literal (.N, not
  // .funcN).
  void literals(const ast::Node *n, const std::string &outer, bool literalOuter, int &count) {
    ast::forEachChild(n, [&](const ast::Node *c) {
      if (auto *fl = dyn_cast<ast::FuncLit>(c)) {
        std::string name = outer + (literalOuter ? "." : ".func") + std::to_string(++count);
        add(fl->pos(), fl->body->rbrace, name, true);
        int inner = 0;
        literals(fl->body, name, true, inner);
        return;
      }
      literals(c, outer, literalOuter, count);
    });
  }

  static std::string receiver(const ast::Expr *t) {
    bool ptr = false;
    if (auto *s = dyn_cast<ast::StarExpr>(t)) {
      ptr = true;
      t = s->x;
    }
    std::string base;
    if (auto *ix = dyn_cast<ast::IndexExpr>(t)) {
      if (auto *id = dyn_cast<ast::Ident>(ix->x))
        base = id->name.str() + "[...]";
    } else if (auto *id = dyn_cast<ast::Ident>(t)) {
      base = id->name.str();
    }
    return ptr ? "(*" + base + ")" : base;
  }

  void run(const std::string &pkgPath) {
    int inits = 0, globals = 0;
    for (const ast::File *f : in.files)
      for (const ast::Decl *d : f->decls) {
        if (auto *fd = dyn_cast<ast::FuncDecl>(d)) {
          if (!fd->body)
            continue;
          std::string name = pkgPath + ".";
          if (fd->recv && !fd->recv->list.empty())
            name += receiver(fd->recv->list[0]->type) + ".";
          if (!fd->recv && fd->name->name == "init")
            name += fmt::format("init.{}", inits++);
          else
            name += fd->name->name.str();
          if (fd->type->typeParams && !fd->type->typeParams->list.empty())
            name += "[...]";
          add(fd->pos(), fd->body->rbrace, name, false);
          int count = 0;
          literals(fd->body, name, false, count);
        } else if (auto *g = dyn_cast<ast::GenDecl>(d); g && g->tok == ast::GenDecl::Tok::Var) {
          literals(g, pkgPath + ".init", false, globals);
        }
      }
  }
};

} // namespace

std::string restateLineDirectives(const std::string &cpp) {
  std::string out, directive;
  out.reserve(cpp.size() * 2);
  int since = 0; // physical lines since the directive took effect
  for (size_t at = 0; at < cpp.size();) {
    size_t end = cpp.find('\n', at);
    end = end == std::string::npos ? cpp.size() : end + 1;
    std::string_view line(cpp.data() + at, end - at);
    at = end;
    size_t text = line.find_first_not_of(" \t\n");
    std::string_view body = text == std::string_view::npos ? std::string_view() : line.substr(text);
    if (body.starts_with("#line ")) {
      directive = std::string(body);
      since = 0;
      out.append(line);
      continue;
    }
    // Lines of only braces, parentheses and semicolons make no code of
    // their own; comments and other directives none at all.
    bool code = !body.empty() && body.find_first_not_of("{}(); \t\n") != std::string_view::npos &&
                !body.starts_with("//") && !body.starts_with("#");
    if (code && !directive.empty() && since > 0) {
      out += std::string(line.substr(0, text)) + directive;
      since = 0;
    }
    out.append(line);
    since++;
  }
  return out;
}

std::string raceFuncTable(const Input &in, const std::string &pkgPath) {
  if (!in.sm || !in.lineDirectives)
    return "";
  Namer n{in, {}};
  n.run(pkgPath);
  if (n.out.empty())
    return "";
  std::string o = "\n#ifdef GOPP_RACE\n// The Go names of this package's functions by line, for race reports.\n";
  o += "namespace {\nconst go::race::FuncLines gopp_race_funcs[] = {\n";
  for (const FuncLines &f : n.out)
    o += fmt::format("    {{\"{}\", {}, {}, \"{}\", {}}},\n", cppStringLiteral(f.file), f.first, f.last,
                     cppStringLiteral(f.name), f.literal);
  o += "};\n[[maybe_unused]] const bool gopp_race_registered = go::race::registerFuncs(gopp_race_funcs, std::size(gopp_race_funcs));\n";
  o += "} // namespace\n#endif\n";
  return o;
}

} // namespace gopp::codegen
