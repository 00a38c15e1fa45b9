// errors.cpp — errors.New, Is, As, Unwrap and Join over run-time type
// descriptors.
//
// Invariants: the Unwrap/Is/As methods of a dynamic type are found by
// name in its method table (sorted by name; fn takes the data word). A
// method whose Method.type is known must have Go's exact signature to
// count; when it is null, "Unwrap" is taken as Unwrap() error except on
// *joinError, whose Unwrap returns []error. Trees are walked depth
// first, pre-order, as Go does.
#include "errors/errors.h"

#include "gopp/panic.h"

namespace pkg::errors {

namespace detail {
go::String errorString_Error(void *e) { return static_cast<errorString *>(e)->s; }

go::String joinError_Error(void *e) {
  go::Slice<uint8_t> b;
  go::Slice<go::Iface> errs = static_cast<joinError *>(e)->errs;
  for (int64_t i = 0; i < errs.len(); i++) {
    if (i > 0)
      b = go::append(b, uint8_t('\n'));
    b = go::appendString(b, callError(errs.p[i]));
  }
  return go::makeString(b.p, b.len());
}
go::Slice<go::Iface> joinError_Unwrap(void *e) { return static_cast<joinError *>(e)->errs; }
} // namespace detail

using detail::method;

namespace {

enum class UnwrapKind { None, Single, Multi };

bool sigIs(const go::Method *m, const go::Type *param, const go::Type *result) {
  const go::Type *t = m->type;
  if (!t)
    return true;
  return t->numIn == 1 && t->in[0] == param && t->numOut == 1 && t->out[0] == result && !t->variadic;
}

UnwrapKind unwrapKind(const go::Type *dyn, const go::Method **out) {
  const go::Method *m = method(dyn, "Unwrap");
  *out = m;
  if (!m)
    return UnwrapKind::None;
  const go::Type *t = m->type;
  if (!t)
    return dyn == &detail::joinErrorPtrType ? UnwrapKind::Multi : UnwrapKind::Single;
  if (t->numIn != 0 || t->numOut != 1)
    return UnwrapKind::None;
  if (t->out[0] == &go::errorType)
    return UnwrapKind::Single;
  if (t->out[0]->kind == go::Kind::Slice && t->out[0]->elem == &go::errorType && !t->out[0]->named())
    return UnwrapKind::Multi;
  return UnwrapKind::None;
}

bool is(go::Iface err, go::Iface target, bool targetComparable) {
  for (;;) {
    if (targetComparable && err == target)
      return true;
    const go::Type *dyn = err.type();
    if (const go::Method *m = method(dyn, "Is"); m && sigIs(m, &go::errorType, &go::boolType))
      if (reinterpret_cast<bool (*)(void *, go::Iface)>(m->fn)(err.data, target))
        return true;
    const go::Method *u;
    switch (unwrapKind(dyn, &u)) {
    case UnwrapKind::Single:
      err = reinterpret_cast<go::Iface (*)(void *)>(u->fn)(err.data);
      if (err.isNil())
        return false;
      break;
    case UnwrapKind::Multi:
      for (go::Iface e : reinterpret_cast<go::Slice<go::Iface> (*)(void *)>(u->fn)(err.data))
        if (is(e, target, targetComparable))
          return true;
      return false;
    case UnwrapKind::None:
      return false;
    }
  }
}

[[noreturn]] void panicText(go::String msg) { go::gopanic(go::box(&go::stringType, msg)); }

// Whether a value of dynamic type dyn may be assigned to a variable of
// type want, and the itab that variable then holds.
bool assignable(const go::Type *dyn, const go::Type *want, const go::Itab **tab) {
  if (want->kind == go::Kind::Interface) {
    if (want->numMethods == 0) {
      *tab = go::anyItab(dyn);
      return true;
    }
    *tab = go::findItab(dyn, want);
    return *tab != nullptr;
  }
  *tab = nullptr;
  return dyn == want;
}

bool as(go::Iface err, go::Iface target, void *targetPtr, const go::Type *targetType) {
  for (;;) {
    const go::Type *dyn = err.type();
    const go::Itab *tab;
    if (assignable(dyn, targetType, &tab)) {
      if (targetType->kind == go::Kind::Interface)
        *static_cast<go::Iface *>(targetPtr) = go::Iface(tab, err.data);
      else if (dyn->pointerShaped())
        *static_cast<void **>(targetPtr) = err.data;
      else
        std::memcpy(targetPtr, err.data, dyn->size);
      return true;
    }
    if (const go::Method *m = method(dyn, "As"); m && sigIs(m, &go::anyType, &go::boolType))
      if (reinterpret_cast<bool (*)(void *, go::Iface)>(m->fn)(err.data, target))
        return true;
    const go::Method *u;
    switch (unwrapKind(dyn, &u)) {
    case UnwrapKind::Single:
      err = reinterpret_cast<go::Iface (*)(void *)>(u->fn)(err.data);
      if (err.isNil())
        return false;
      break;
    case UnwrapKind::Multi:
      for (go::Iface e : reinterpret_cast<go::Slice<go::Iface> (*)(void *)>(u->fn)(err.data)) {
        if (e.isNil())
          continue;
        if (as(e, target, targetPtr, targetType))
          return true;
      }
      return false;
    case UnwrapKind::None:
      return false;
    }
  }
}

} // namespace

go::Iface New(go::String text) {
  auto *e = go::newObject<detail::errorString>();
  e->s = text;
  return go::Iface(&detail::errorStringErrorItab, e);
}

bool Is(go::Iface err, go::Iface target) {
  if (target.isNil())
    return err.isNil();
  return is(err, target, target.type()->comparable());
}

bool As(go::Iface err, go::Iface target) {
  if (err.isNil())
    return false;
  if (target.isNil())
    panicText("errors: target cannot be nil");
  const go::Type *typ = target.type();
  if (typ->kind != go::Kind::Pointer || target.data == nullptr)
    panicText("errors: target must be a non-nil pointer");
  const go::Type *targetType = typ->elem;
  if (targetType->kind != go::Kind::Interface && !go::findItab(targetType, &go::errorType))
    panicText("errors: *target must be interface or implement error");
  return as(err, target, target.data, targetType);
}

go::Iface Unwrap(go::Iface err) {
  const go::Method *u;
  if (unwrapKind(err.type(), &u) != UnwrapKind::Single)
    return go::Iface();
  return reinterpret_cast<go::Iface (*)(void *)>(u->fn)(err.data);
}

go::Iface Join(go::Slice<go::Iface> errs) {
  int64_t n = 0;
  for (go::Iface e : errs)
    if (!e.isNil())
      n++;
  if (n == 0)
    return go::Iface();
  auto *e = go::newObject<detail::joinError>();
  e->errs = go::makeSlice<go::Iface>(0, n);
  for (go::Iface x : errs)
    if (!x.isNil())
      e->errs = go::append(e->errs, x);
  return go::Iface(&detail::joinErrorErrorItab, e);
}

go::Iface ErrUnsupported = New("unsupported operation");

} // namespace pkg::errors
