// index.cpp — index and slice expressions (spec "Index expressions",
// "Slice expressions"), and constant index checks.
#include "frontend/check/Checker.h"

namespace gopp::check {

bool Checker::isValidIndex(Operand &x, const char *what, bool allowNegative) {
  if (x.invalid())
    return false;
  convertUntyped(x, typ(BasicKind::Int));
  if (x.invalid())
    return false;
  if (!isInteger(x.type)) {
    errorf(x.expr->pos(), "invalid argument: {} {} must be integer", what, str(x));
    return false;
  }
  if (x.mode == Mode::Constant) {
    if (!allowNegative && x.val.sign() < 0) {
      errorf(x.expr->pos(), "invalid argument: {} {} must not be negative", what, str(x));
      return false;
    }
    if (!x.val.toInt().fitsInt(64, true)) {
      errorf(x.expr->pos(), "invalid argument: {} {} overflows int", what, str(x));
      return false;
    }
  }
  return true;
}

bool Checker::index(const ast::Expr *e, int64_t max, int64_t *out, bool allowNegative) {
  *out = -1;
  Operand x;
  expr(x, e);
  if (!isValidIndex(x, "index", allowNegative))
    return false;
  if (x.mode != Mode::Constant)
    return true;
  auto v = x.val.toInt().int64Val();
  if (!v)
    return true;
  if (max >= 0 && *v >= max) {
    errorf(e->pos(), "invalid argument: index {} out of bounds [0:{}]", x.val.toString(), max);
    return false;
  }
  *out = *v;
  return true;
}

bool Checker::indexExpr(Operand &x, const ast::IndexExpr *e) {
  exprOrType(x, e->x, true);
  if (x.invalid()) {
    useExprs(e->indices);
    return true;
  }
  if (x.mode == Mode::TypeExpr) {
    x.type = typExpr(e);
    x.mode = isInvalid(x.type) ? Mode::Invalid : Mode::TypeExpr;
    return true;
  }
  if (x.mode == Mode::Value)
    if (auto *sig = dyn_cast_or_null<Signature>(x.type); sig && !sig->typeParams.empty())
      return false; // a function instantiation
  if (e->indices.size() > 1) {
    errorf(e->indices[1]->pos(), "invalid operation: more than one index");
    useExprs(e->indices);
    x.setInvalid();
    return true;
  }
  const ast::Expr *ix = e->indices[0];
  bool valid = false;
  int64_t length = -1;
  const Type *u = under(x.type);
  if (auto *tp = dyn_cast<TypeParam>(x.type)) {
    // Every type in the type set must index alike: the same element type,
    // and maps only with maps of the same key type.
    const Interface *it = tp->iface();
    const TypeSet *ts = it ? &typeSetOf(it) : nullptr;
    const Type *key = nullptr, *elem = nullptr;
    Mode mode = Mode::Variable;
    bool ok = ts && !ts->allTypes && !ts->terms.empty();
    for (size_t i = 0; ok && i < ts->terms.size(); i++) {
      const Type *tu = under(ts->terms[i].type);
      int64_t l = -1;
      const Type *k = nullptr, *el = nullptr;
      if (auto *b = dyn_cast_or_null<Basic>(tu); b && (b->info() & IsString)) {
        el = universe_.byteType();
        mode = Mode::Value;
      } else if (auto *a = dyn_cast_or_null<Array>(tu)) {
        l = a->len;
        el = a->elem;
        if (x.mode != Mode::Variable)
          mode = Mode::Value;
      } else if (auto *p = dyn_cast_or_null<Pointer>(tu)) {
        if (auto *pa = dyn_cast_or_null<Array>(under(p->elem))) {
          l = pa->len;
          el = pa->elem;
        }
      } else if (auto *sl = dyn_cast_or_null<Slice>(tu)) {
        el = sl->elem;
      } else if (auto *m = dyn_cast_or_null<Map>(tu)) {
        k = m->key;
        el = m->elem;
      }
      if (!el) {
        ok = false;
      } else if (!elem) {
        length = l;
        key = k;
        elem = el;
      } else if (!identical(key, k) || !identical(elem, el)) {
        ok = false;
      } else if (l >= 0 && l < length) {
        length = l;
      }
    }
    if (ok && key) {
      Operand k;
      expr(k, ix, key);
      assignment(k, key, "map index");
      x.mode = Mode::MapIndex;
      x.type = elem;
      return true;
    }
    if (ok) {
      x.mode = mode;
      x.type = elem;
      int64_t v;
      index(ix, length, &v);
      return true;
    }
    u = nullptr;
  }
  if (auto *b = dyn_cast_or_null<Basic>(u); b && (b->info() & IsString)) {
    valid = true;
    if (x.mode == Mode::Constant)
      length = static_cast<int64_t>(x.val.stringVal().size());
    x.mode = Mode::Value;
    x.type = universe_.byteType();
  } else if (auto *a = dyn_cast_or_null<Array>(u)) {
    valid = true;
    length = a->len;
    if (x.mode != Mode::Variable)
      x.mode = Mode::Value;
    x.type = a->elem;
  } else if (auto *p = dyn_cast_or_null<Pointer>(u)) {
    if (auto *pa = dyn_cast_or_null<Array>(under(p->elem))) {
      valid = true;
      length = pa->len;
      x.mode = Mode::Variable;
      x.type = pa->elem;
    }
  } else if (auto *s = dyn_cast_or_null<Slice>(u)) {
    valid = true;
    x.mode = Mode::Variable;
    x.type = s->elem;
  } else if (auto *m = dyn_cast_or_null<Map>(u)) {
    Operand key;
    expr(key, ix, m->key);
    assignment(key, m->key, "map index");
    x.mode = Mode::MapIndex;
    x.type = m->elem;
    return true;
  }
  if (!valid) {
    errorf(e->pos(), "invalid operation: cannot index {}", str(x));
    useExprs(e->indices);
    x.setInvalid();
    return true;
  }
  int64_t v;
  index(ix, length, &v);
  return true;
}

void Checker::sliceExpr(Operand &x, const ast::SliceExpr *e) {
  expr(x, e->x);
  const ast::Expr *idx[3] = {e->lo, e->hi, e->max};
  if (x.invalid()) {
    for (const ast::Expr *i : idx)
      if (i)
        useExprs(llvm::ArrayRef<ast::Expr *>(const_cast<ast::Expr *>(i)));
    return;
  }
  bool valid = false;
  int64_t length = -1;
  const Type *u = coreString(x.type);
  if (!u) {
    errorf(x.expr->pos(), "invalid operation: cannot slice {}: {} has no core type", str(x), str(x.type));
    x.setInvalid();
    return;
  }
  if (auto *b = dyn_cast<Basic>(u); b && (b->info() & IsString)) {
    if (e->slice3) {
      errorf(e->max ? e->max->pos() : e->pos(), "invalid operation: 3-index slice of string");
      x.setInvalid();
      return;
    }
    valid = true;
    if (x.mode == Mode::Constant)
      length = static_cast<int64_t>(x.val.stringVal().size());
    if (isUntyped(x.type))
      x.type = typ(BasicKind::String);
  } else if (auto *a = dyn_cast<Array>(u)) {
    valid = true;
    length = a->len;
    if (x.mode != Mode::Variable) {
      errorf(x.expr->pos(), "invalid operation: {} (slice of unaddressable value)", str(x));
      x.setInvalid();
      return;
    }
    x.type = ctx_.make<Slice>(a->elem);
  } else if (auto *p = dyn_cast<Pointer>(u)) {
    if (auto *pa = dyn_cast_or_null<Array>(under(p->elem))) {
      valid = true;
      length = pa->len;
      x.type = ctx_.make<Slice>(pa->elem);
    }
  } else if (isa<Slice>(u)) {
    valid = true;
  }
  if (!valid) {
    errorf(x.expr->pos(), "invalid operation: cannot slice {}", str(x));
    x.setInvalid();
    return;
  }
  x.mode = Mode::Value;
  int64_t ind[3];
  for (int i = 0; i < 3; i++) {
    int64_t v = -1;
    if (idx[i]) {
      int64_t max = length >= 0 ? length + 1 : -1;
      int64_t got;
      if (index(idx[i], max, &got) && got >= 0)
        v = got;
    } else if (i == 0) {
      v = 0;
    } else if (length >= 0) {
      v = length;
    }
    ind[i] = v;
  }
  for (int i = 0; i < 2; i++) {
    if (ind[i] <= 0)
      continue;
    for (int j = i + 1; j < 3; j++)
      if (ind[j] >= 0 && ind[j] < ind[i] && idx[j]) {
        errorf(idx[j]->pos(), "invalid slice indices: {} < {}", ind[j], ind[i]);
        return;
      }
  }
}

} // namespace gopp::check
