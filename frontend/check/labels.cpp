// labels.cpp — branch statements and labels (spec "Labeled statements",
// "Break", "Continue", "Fallthrough", "Goto statements").
//
// gc checks branches in its syntax package, before type checking, with
// its own wording ("break label not defined: L", "goto L jumps into block
// starting at …"); this is that check. Labels have function scope; a
// label counts as used by any branch naming it, even an invalid one.
#include "frontend/check/Checker.h"

namespace gopp::check {

namespace {

struct LabelInfo;

struct Block {
  Block *parent;
  Pos start;
  const ast::LabeledStmt *lstmt;
};

struct LabelInfo {
  Block *parent;
  const ast::LabeledStmt *lstmt;
  bool used = false;
};

// What unlabelled break, continue and fallthrough refer to.
struct Targets {
  const ast::Stmt *breaks = nullptr;
  const ast::Stmt *continues = nullptr;
  int caseIndex = -1;
};

class BranchChecker {
public:
  explicit BranchChecker(Checker &c) : c_(c) {}

  void check(const ast::BlockStmt *body) {
    auto fwd = blockBranches(nullptr, Targets{}, nullptr, body->pos(), body->list);
    for (const ast::BranchStmt *jmp : fwd) {
      llvm::StringRef name = jmp->label->name;
      auto it = labels_.find(name);
      if (it != labels_.end()) {
        it->second->used = true;
        c_.errorf(jmp->label->pos(), "goto {} jumps into block starting at {}", name.str(),
                  c_.posString(it->second->parent->start));
      } else {
        c_.errorf(jmp->label->pos(), "label {} not defined", name.str());
      }
    }
    std::vector<LabelInfo *> unused;
    for (auto &kv : labels_)
      if (!kv.second->used)
        unused.push_back(kv.second.get());
    std::sort(unused.begin(), unused.end(),
              [](LabelInfo *a, LabelInfo *b) { return a->lstmt->label->pos() < b->lstmt->label->pos(); });
    for (LabelInfo *l : unused)
      c_.errorf(l->lstmt->label->pos(), "label {} defined and not used", l->lstmt->label->name.str());
  }

private:
  LabelInfo *declare(Block *b, const ast::LabeledStmt *s) {
    llvm::StringRef name = s->label->name;
    auto it = labels_.find(name);
    if (it != labels_.end()) {
      c_.errorf(s->label->pos(), "label {} already defined at {}", name.str(),
                c_.posString(it->second->lstmt->label->pos()));
      return it->second.get();
    }
    auto l = std::make_unique<LabelInfo>(LabelInfo{b, s, false});
    LabelInfo *raw = l.get();
    labels_[name] = std::move(l);
    auto *obj = c_.ctx_.make<Label>(s->label->pos(), name);
    c_.recordDef(s->label, obj);
    objects_[name] = obj;
    return raw;
  }

  void use(const ast::Ident *id) {
    if (Label *obj = objects_.lookup(id->name))
      c_.recordUse(id, obj);
  }

  const ast::LabeledStmt *gotoTarget(Block *b, llvm::StringRef name) {
    auto it = labels_.find(name);
    if (it == labels_.end())
      return nullptr;
    it->second->used = true;
    for (; b; b = b->parent)
      if (it->second->parent == b)
        return it->second->lstmt;
    return nullptr;
  }

  // The labelled statement enclosing b with this label; `invalid` if the
  // label exists but does not enclose b; null if there is no such label.
  const ast::LabeledStmt *enclosingTarget(Block *b, llvm::StringRef name, bool &invalid) {
    invalid = false;
    auto it = labels_.find(name);
    if (it == labels_.end())
      return nullptr;
    it->second->used = true;
    for (; b; b = b->parent)
      if (b->lstmt && it->second->lstmt == b->lstmt)
        return b->lstmt;
    invalid = true;
    return nullptr;
  }

  std::vector<const ast::BranchStmt *> blockBranches(Block *parent, Targets ctxt, const ast::LabeledStmt *lstmt,
                                                     Pos start, llvm::ArrayRef<ast::Stmt *> body) {
    blocks_.push_back(std::make_unique<Block>(Block{parent, start, lstmt}));
    Block *b = blocks_.back().get();
    Pos varPos;
    std::string varName;
    std::vector<const ast::BranchStmt *> fwdGotos, badGotos;
    auto recordVarDecl = [&](Pos p, std::string name) {
      varPos = p;
      varName = std::move(name);
      badGotos = fwdGotos;
    };
    auto jumpsOverVarDecl = [&](const ast::BranchStmt *fwd) {
      return varPos.isValid() && std::find(badGotos.begin(), badGotos.end(), fwd) != badGotos.end();
    };
    auto innerBlock = [&](Targets inner, Pos p, llvm::ArrayRef<ast::Stmt *> list) {
      auto more = blockBranches(b, inner, lstmt, p, list);
      fwdGotos.insert(fwdGotos.end(), more.begin(), more.end());
    };
    size_t n = body.size();
    while (n > 0 && isa<ast::EmptyStmt>(body[n - 1]))
      n--;
    for (size_t idx = 0; idx < n; idx++) {
      const ast::Stmt *stmt = body[idx];
      lstmt = nullptr;
      while (auto *ls = dyn_cast<ast::LabeledStmt>(stmt)) {
        llvm::StringRef name = ls->label->name;
        if (name != "_") {
          LabelInfo *l = declare(b, ls);
          std::vector<const ast::BranchStmt *> rest;
          for (const ast::BranchStmt *fwd : fwdGotos) {
            if (fwd->label->name == name) {
              l->used = true;
              use(fwd->label);
              if (jumpsOverVarDecl(fwd))
                c_.errorf(fwd->label->pos(), "goto {} jumps over declaration of {} at {}", name.str(), varName,
                          c_.posString(varPos));
            } else {
              rest.push_back(fwd);
            }
          }
          fwdGotos = std::move(rest);
          lstmt = ls;
        }
        stmt = ls->stmt;
      }
      switch (stmt->kind()) {
      case ast::Node::Kind::DeclStmt: {
        auto *gd = cast<ast::DeclStmt>(stmt)->decl;
        if (gd->tok == ast::GenDecl::Tok::Var && !gd->specs.empty()) {
          auto *vs = cast<ast::ValueSpec>(gd->specs[0]);
          recordVarDecl(vs->pos(), vs->names.empty() ? std::string() : vs->names[0]->name.str());
        }
        break;
      }
      case ast::Node::Kind::BranchStmt: {
        auto *s = cast<ast::BranchStmt>(stmt);
        if (!s->label) {
          switch (s->tok) {
          case ast::BranchStmt::Tok::Break:
            if (!ctxt.breaks)
              c_.errorf(s->pos(), "break is not in a loop, switch, or select");
            break;
          case ast::BranchStmt::Tok::Continue:
            if (!ctxt.continues)
              c_.errorf(s->pos(), "continue is not in a loop");
            break;
          case ast::BranchStmt::Tok::Fallthrough: {
            const char *msg = "fallthrough statement out of place";
            if (isa_and_nonnull<ast::TypeSwitchStmt>(ctxt.breaks)) {
              msg = "cannot fallthrough in type switch";
            } else if (auto *sw = dyn_cast_or_null<ast::SwitchStmt>(ctxt.breaks)) {
              if (ctxt.caseIndex < 0 || idx + 1 < n) {
                // out of place
              } else if (static_cast<size_t>(ctxt.caseIndex) + 1 == sw->body->list.size()) {
                msg = "cannot fallthrough final case in switch";
              } else {
                break; // fallthrough ok
              }
            }
            c_.errorf(s->pos(), "{}", msg);
            break;
          }
          case ast::BranchStmt::Tok::Goto:
            break;
          }
          break;
        }
        llvm::StringRef name = s->label->name;
        bool invalid = false;
        switch (s->tok) {
        case ast::BranchStmt::Tok::Break: {
          const ast::LabeledStmt *t = enclosingTarget(b, name, invalid);
          use(s->label);
          if (t || invalid) {
            const ast::Stmt *ts = t ? t->stmt : nullptr;
            if (!ts || !(isa<ast::SwitchStmt>(ts) || isa<ast::TypeSwitchStmt>(ts) || isa<ast::SelectStmt>(ts) ||
                         isa<ast::ForStmt>(ts) || isa<ast::RangeStmt>(ts)))
              c_.errorf(s->label->pos(), "invalid break label {}", name.str());
          } else {
            c_.errorf(s->label->pos(), "break label not defined: {}", name.str());
          }
          break;
        }
        case ast::BranchStmt::Tok::Continue: {
          const ast::LabeledStmt *t = enclosingTarget(b, name, invalid);
          use(s->label);
          if (t || invalid) {
            const ast::Stmt *ts = t ? t->stmt : nullptr;
            if (!ts || !(isa<ast::ForStmt>(ts) || isa<ast::RangeStmt>(ts)))
              c_.errorf(s->label->pos(), "invalid continue label {}", name.str());
          } else {
            c_.errorf(s->label->pos(), "continue label not defined: {}", name.str());
          }
          break;
        }
        case ast::BranchStmt::Tok::Goto:
          if (gotoTarget(b, name))
            use(s->label);
          else
            fwdGotos.push_back(s);
          break;
        case ast::BranchStmt::Tok::Fallthrough:
          break;
        }
        break;
      }
      case ast::Node::Kind::AssignStmt: {
        auto *as = cast<ast::AssignStmt>(stmt);
        if (as->tok == ast::AssignStmt::Tok::Define) {
          std::string names;
          for (size_t i = 0; i < as->lhs.size(); i++)
            names += (i ? ", " : "") + c_.str(as->lhs[i]);
          recordVarDecl(as->tokPos, names); // gc: a short declaration is at its :=
        }
        break;
      }
      case ast::Node::Kind::BlockStmt:
        innerBlock(Targets{ctxt.breaks, ctxt.continues, -1}, stmt->pos(), cast<ast::BlockStmt>(stmt)->list);
        break;
      case ast::Node::Kind::IfStmt: {
        auto *is = cast<ast::IfStmt>(stmt);
        Targets inner{ctxt.breaks, ctxt.continues, -1};
        innerBlock(inner, is->body->pos(), is->body->list);
        if (is->elseStmt) {
          ast::Stmt *elseList[] = {is->elseStmt};
          // The else branch is a list of one statement, in its own block.
          innerBlock(inner, is->elseStmt->pos(), llvm::ArrayRef<ast::Stmt *>(elseList));
        }
        break;
      }
      case ast::Node::Kind::ForStmt:
        innerBlock(Targets{stmt, stmt, -1}, cast<ast::ForStmt>(stmt)->body->pos(),
                   cast<ast::ForStmt>(stmt)->body->list);
        break;
      case ast::Node::Kind::RangeStmt:
        innerBlock(Targets{stmt, stmt, -1}, cast<ast::RangeStmt>(stmt)->body->pos(),
                   cast<ast::RangeStmt>(stmt)->body->list);
        break;
      case ast::Node::Kind::SwitchStmt:
      case ast::Node::Kind::TypeSwitchStmt: {
        const ast::BlockStmt *sb = isa<ast::SwitchStmt>(stmt) ? cast<ast::SwitchStmt>(stmt)->body
                                                               : cast<ast::TypeSwitchStmt>(stmt)->body;
        Targets inner{stmt, ctxt.continues, -1};
        for (size_t i = 0; i < sb->list.size(); i++) {
          auto *cc = dyn_cast<ast::CaseClause>(sb->list[i]);
          if (!cc)
            continue;
          inner.caseIndex = static_cast<int>(i);
          innerBlock(inner, cc->pos(), cc->body);
        }
        break;
      }
      case ast::Node::Kind::SelectStmt: {
        Targets inner{stmt, ctxt.continues, -1};
        for (const ast::Stmt *cl : cast<ast::SelectStmt>(stmt)->body->list)
          if (auto *cc = dyn_cast<ast::CommClause>(cl))
            innerBlock(inner, cc->pos(), cc->body);
        break;
      }
      default:
        break;
      }
    }
    return fwdGotos;
  }

  Checker &c_;
  llvm::StringMap<std::unique_ptr<LabelInfo>> labels_;
  llvm::StringMap<Label *> objects_;
  std::vector<std::unique_ptr<Block>> blocks_;
};

} // namespace

std::string Checker::posString(Pos p) const {
  std::string s = diags_.format(Diagnostic{p, DiagKind::TypeError, ""});
  if (s.size() >= 2 && s.compare(s.size() - 2, 2, ": ") == 0)
    s.resize(s.size() - 2);
  return s;
}

void Checker::labels(const ast::BlockStmt *body) { BranchChecker(*this).check(body); }

} // namespace gopp::check
