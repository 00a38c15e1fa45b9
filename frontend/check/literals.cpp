// literals.cpp — composite literals (spec "Composite literals"),
// including elided element types and [...] array lengths.
#include "frontend/check/Checker.h"

namespace gopp::check {

int64_t Checker::indexedElts(llvm::ArrayRef<ast::Expr *> elts, const Type *elem, int64_t length) {
  std::vector<int64_t> seen;
  int64_t index = 0, max = 0;
  for (const ast::Expr *e : elts) {
    bool validIndex = false;
    const ast::Expr *eval = e;
    if (auto *kv = dyn_cast<ast::KeyValueExpr>(e)) {
      int64_t i;
      if (this->index(kv->key, length, &i)) {
        if (i >= 0) {
          index = i;
          validIndex = true;
        } else {
          errorf(e->pos(), "index {} must be integer constant", str(kv->key));
        }
      }
      eval = kv->value;
    } else if (length >= 0 && index >= length) {
      errorf(e->pos(), "index {} is out of bounds (>= {})", index, length);
    } else {
      validIndex = true;
    }
    if (validIndex) {
      if (std::find(seen.begin(), seen.end(), index) != seen.end())
        errorf(e->pos(), "duplicate index {} in array or slice literal", index);
      else
        seen.push_back(index);
    }
    index++;
    if (index > max)
      max = index;
    Operand x;
    expr(x, eval, elem);
    assignment(x, elem, "array or slice literal");
  }
  return max;
}

void Checker::compositeLit(Operand &x, const ast::CompositeLit *e, const Type *hint) {
  const Type *typ = nullptr, *base = nullptr;
  bool openArray = false;
  if (e->type) {
    if (auto *at = dyn_cast<ast::ArrayType>(e->type); at && at->len && isa<ast::Ellipsis>(at->len)) {
      const Type *elem = varType(at->elt);
      typ = ctx_.make<Array>(elem, -1);
      openArray = true;
    } else {
      typ = typExpr(e->type);
    }
    base = typ;
  } else if (hint) {
    typ = hint;
    base = typ;
    if (auto *p = dyn_cast_or_null<Pointer>(coreType(typ)))
      base = p->elem;
  } else {
    errorf(e->pos(), "missing type in composite literal");
    x.setInvalid();
    return;
  }
  const Type *u = coreType(base);
  if (!u && !e->type) {
    errorf(e->pos(), "invalid composite literal element type {}: no core type", str(typ));
    x.setInvalid();
    return;
  }
  if (auto *s = dyn_cast_or_null<Struct>(u)) {
    if (!e->elts.empty() && isa<ast::KeyValueExpr>(e->elts[0])) {
      std::vector<bool> visited(s->fields.size(), false);
      for (const ast::Expr *el : e->elts) {
        auto *kv = dyn_cast<ast::KeyValueExpr>(el);
        if (!kv) {
          errorf(el->pos(), "mixture of field:value and value elements in struct literal");
          continue;
        }
        auto *key = dyn_cast<ast::Ident>(kv->key);
        Operand v;
        if (!key) {
          errorf(kv->pos(), "invalid field name {} in struct literal", str(kv->key));
          expr(v, kv->value);
          continue;
        }
        int fi = -1;
        for (size_t i = 0; i < s->fields.size(); i++)
          if (s->fields[i]->name() == key->name && key->name != "_" &&
              (s->fields[i]->exported() || s->fields[i]->pkg() == pkg_ || !s->fields[i]->pkg()))
            fi = static_cast<int>(i);
        if (fi < 0) {
          errorf(kv->key->pos(), "unknown field {} in struct literal of type {}", key->name.str(), str(base));
          expr(v, kv->value);
          continue;
        }
        Var *f = s->fields[static_cast<size_t>(fi)];
        recordUse(key, f);
        expr(v, kv->value); // no elided types in struct literals
        if (visited[static_cast<size_t>(fi)]) {
          errorf(kv->pos(), "duplicate field name {} in struct literal", key->name.str());
          continue;
        }
        visited[static_cast<size_t>(fi)] = true;
        assignment(v, f->type(), "struct literal");
      }
    } else {
      size_t i = 0;
      bool reported = false;
      for (const ast::Expr *el : e->elts) {
        if (isa<ast::KeyValueExpr>(el)) {
          errorf(el->pos(), "mixture of field:value and value elements in struct literal");
          continue;
        }
        Operand v;
        expr(v, el);
        if (i >= s->fields.size()) {
          if (!reported)
            errorf(v.expr->pos(), "too many values in struct literal of type {}", str(base));
          reported = true;
          i++;
          continue;
        }
        Var *f = s->fields[i];
        if (!f->exported() && f->pkg() && f->pkg() != pkg_) {
          errorf(v.expr->pos(), "implicit assignment to unexported field {} in struct literal of type {}",
                 f->name().str(), str(base));
          i++;
          continue;
        }
        assignment(v, f->type(), "struct literal");
        i++;
      }
      if (!e->elts.empty() && i < s->fields.size())
        errorf(e->rbrace, "too few values in struct literal of type {}", str(base));
    }
  } else if (auto *a = dyn_cast_or_null<Array>(u)) {
    int64_t n = indexedElts(e->elts, a->elem, openArray ? -1 : a->len);
    if (openArray) {
      typ = ctx_.make<Array>(a->elem, n);
      recordType(e->type, Mode::TypeExpr, typ);
      base = typ;
    }
  } else if (auto *sl = dyn_cast_or_null<Slice>(u)) {
    indexedElts(e->elts, sl->elem, -1);
  } else if (auto *m = dyn_cast_or_null<Map>(u)) {
    std::vector<std::pair<constant::Value, const Type *>> keys;
    for (const ast::Expr *el : e->elts) {
      auto *kv = dyn_cast<ast::KeyValueExpr>(el);
      if (!kv) {
        errorf(el->pos(), "missing key in map literal");
        Operand v;
        expr(v, el);
        continue;
      }
      Operand k;
      expr(k, kv->key, m->key);
      assignment(k, m->key, "map literal");
      if (k.mode == Mode::Constant && !k.val.isUnknown()) {
        bool dup = false;
        for (auto &[v, t] : keys)
          if (identical(t, k.type) && (v.kind() == k.val.kind() || (isNumeric(t) && v.kind() != constant::Kind::String &&
                                                                    k.val.kind() != constant::Kind::String)) &&
              constant::Value::compare(v, ast::Op::Eql, k.val))
            dup = true;
        if (dup)
          errorf(k.expr->pos(), "duplicate key {} in map literal", k.val.toString());
        else
          keys.emplace_back(k.val, k.type);
      }
      Operand v;
      expr(v, kv->value, m->elem);
      assignment(v, m->elem, "map literal");
    }
  } else {
    // Use the element values (not keys: they may be field names).
    for (const ast::Expr *el : e->elts) {
      const ast::Expr *v = el;
      if (auto *kv = dyn_cast<ast::KeyValueExpr>(el))
        v = kv->value;
      Operand y;
      rawExpr(y, v, nullptr, true);
    }
    if (!u || !isInvalid(u))
      errorf(e->pos(), "invalid composite literal type {}", str(typ));
    x.setInvalid();
    return;
  }
  x.mode = Mode::Value;
  x.type = typ;
}

} // namespace gopp::check
