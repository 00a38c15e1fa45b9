// types.cpp — the run-time descriptors of context's own types, their
// methods, and the itabs that make them context.Context values.
//
// Invariants and why:
//  - Each type has Go's name and method set, so %T, fmt's use of String
//    and conversions to other interfaces (fmt.Stringer, a user's
//    interface{ Done() <-chan struct{} }) behave as in Go:
//      context.backgroundCtx, context.todoCtx  (struct{} values)
//      *context.cancelCtx, *context.timerCtx, *context.valueCtx
//      context.withoutCancelCtx                (a struct value)
//    Method tables are sorted by name: Deadline, Done, Err, String, Value.
//  - Method signatures are described structurally (time.Time by name), so
//    the runtime's itab builder matches them with the descriptors emitted
//    code has for the same signatures.
//  - A method's fn takes the interface data word: the node pointer for the
//    pointer types, a pointer to the boxed value for the struct types.
#include "context/context.h"

namespace pkg::context::detail {

namespace {

using errors::detail::funcType;
using errors::detail::pointerType;
using errors::detail::structType;

// ---------------------------------------------------------- signatures

bool alwaysEqual(const void *, const void *) { return true; }

const go::Type emptyStructType = {.self = &emptyStructType, .kind = go::Kind::Struct, .name = "struct {}",
                                  .equal = alwaysEqual};
const go::Type doneChanType = {.self = &doneChanType, .kind = go::Kind::Chan, .flags = go::kPointerShaped,
                               .size = sizeof(DoneChan), .name = "<-chan struct {}",
                               .equal = go::equalOf<DoneChan>, .elem = &emptyStructType, .len = 2};
const go::Type timeType = {.self = &timeType, .kind = go::Kind::Struct, .flags = go::kNamed,
                           .size = sizeof(time::Time), .name = "time.Time", .pkgPath = "time",
                           .equal = go::equalOf<time::Time>};
const go::Type *const deadlineOut[] = {&timeType, &go::boolType};
const go::Type *const doneOut[] = {&doneChanType};
const go::Type *const anyList[] = {&go::anyType};
const go::Type funcDeadline = funcType(&funcDeadline, "func() (time.Time, bool)", nullptr, 0, deadlineOut, 2);
const go::Type funcDone = funcType(&funcDone, "func() <-chan struct {}", nullptr, 0, doneOut, 1);
const go::Type funcValue = funcType(&funcValue, "func(interface {}) interface {}", anyList, 1, anyList, 1);
const go::Type &funcErr = errors::detail::funcError;

// context.Context itself, for the itabs below.
const go::Method contextMethods[] = {{"Deadline", &funcDeadline, nullptr},
                                     {"Done", &funcDone, nullptr},
                                     {"Err", &funcErr, nullptr},
                                     {"Value", &funcValue, nullptr}};
const go::Type contextType = {.self = &contextType, .kind = go::Kind::Interface, .flags = go::kNamed,
                              .size = sizeof(go::Iface), .name = "context.Context", .pkgPath = "context",
                              .methods = contextMethods, .numMethods = 4};

// The descriptor of a Context type with these five methods, and its itab.
struct ContextType {
  go::Method methods[5];
  go::Type type;
  errors::detail::ItabN<4> itab;
};

template <class D, class S, class E, class St, class V>
void fillMethods(go::Method *m, D deadline, S done, E err, St str, V value) {
  m[0] = {"Deadline", &funcDeadline, reinterpret_cast<void *>(deadline)};
  m[1] = {"Done", &funcDone, reinterpret_cast<void *>(done)};
  m[2] = {"Err", &funcErr, reinterpret_cast<void *>(err)};
  m[3] = {"String", &go::funcStringType, reinterpret_cast<void *>(str)};
  m[4] = {"Value", &funcValue, reinterpret_cast<void *>(value)};
}

// ---------------------------------------------------------- helpers

// Go's contextName: c's String method if it has one, else its type.
go::String contextName(go::Iface c) {
  go::String s;
  if (go::callStringMethod(c, "String", &s))
    return s;
  return c.type()->name;
}

// Go's stringify for WithValue's String (Go 1.21 and later).
go::String stringify(go::Iface v) {
  go::String s;
  if (go::callStringMethod(v, "String", &s))
    return s;
  if (v.isNil())
    return "<nil>";
  if (v.type() == &go::stringType)
    return go::unboxData<go::String>(v.data);
  return v.type()->name;
}

go::String cat(std::initializer_list<go::String> parts) {
  go::Slice<uint8_t> b;
  for (const go::String &p : parts)
    b = go::appendString(b, p);
  return go::makeString(b.p, b.len());
}

const std::tuple<time::Time, bool> noDeadline{time::Time{}, false};

// ---------------------------------------------------------- background, todo

std::tuple<time::Time, bool> emptyDeadline(void *) { return noDeadline; }
DoneChan emptyDone(void *) { return DoneChan(); }
go::Iface emptyErr(void *) { return go::Iface(); }
go::Iface emptyValue(void *, go::Iface) { return go::Iface(); }
go::String backgroundString(void *) { return "context.Background"; }
go::String todoString(void *) { return "context.TODO"; }

// ---------------------------------------------------------- cancel nodes

std::tuple<time::Time, bool> cancelDeadline(void *p) {
  auto *c = static_cast<cancelCtx *>(p);
  if (c->kind == Kind::Timer)
    return {c->deadline, true};
  return ctxDeadline(c->parent);
}
DoneChan cancelDone(void *p) {
  auto *c = static_cast<cancelCtx *>(p);
  if (go::hchan *d = c->done.load(std::memory_order_acquire))
    return DoneChan(d);
  c->mu.lock();
  go::hchan *d = c->done.load(std::memory_order_relaxed);
  if (!d) {
    d = go::makeChan<Empty>(0).c;
    c->done.store(d, std::memory_order_release);
  }
  c->mu.unlock();
  return DoneChan(d);
}
go::Iface cancelErr(void *p) {
  auto *c = static_cast<cancelCtx *>(p);
  c->mu.lock();
  go::Iface err = c->err;
  c->mu.unlock();
  return err;
}
go::String cancelString(void *p) {
  auto *c = static_cast<cancelCtx *>(p);
  if (c->kind != Kind::Timer)
    return cat({contextName(c->parent), ".WithCancel"});
  return cat({contextName(c->parent), ".WithDeadline(", time::Time_String(c->deadline), " [",
              time::Duration_String(time::Until(c->deadline)), "])"});
}
go::Iface cancelValue(void *p, go::Iface key);

// ---------------------------------------------------------- values

std::tuple<time::Time, bool> valueDeadline(void *p) { return ctxDeadline(static_cast<valueCtx *>(p)->parent); }
DoneChan valueDone(void *p) { return ctxDone(static_cast<valueCtx *>(p)->parent); }
go::Iface valueErr(void *p) { return ctxErr(static_cast<valueCtx *>(p)->parent); }
go::String valueString(void *p) {
  auto *c = static_cast<valueCtx *>(p);
  return cat({contextName(c->parent), ".WithValue(", stringify(c->key), ", ", stringify(c->val), ")"});
}
go::Iface valueValue(void *p, go::Iface key);

go::String withoutCancelString(void *p) {
  return cat({contextName(static_cast<withoutCancelCtx *>(p)->c), ".WithoutCancel"});
}
go::Iface withoutCancelValue(void *p, go::Iface key);
bool withoutCancelEqual(const void *a, const void *b) {
  return static_cast<const withoutCancelCtx *>(a)->c == static_cast<const withoutCancelCtx *>(b)->c;
}

// ---------------------------------------------------------- the types

struct Types {
  ContextType background, todo, cancel, timer, value, withoutCancel;
  go::Type cancelElem, timerElem, valueElem;
};

void finish(ContextType &ct) {
  ct.type.methods = ct.methods;
  ct.type.numMethods = 5;
  ct.itab.type = &ct.type;
  const int slot[] = {0, 1, 2, 4}; // Context's methods within the five
  for (int k = 0; k < 4; k++)
    ct.itab.fn[k] = ct.methods[slot[k]].fn;
}

const Types &types() {
  static const Types *t = [] {
    auto *t = new Types();
    t->background.type = structType(&t->background.type, "context.backgroundCtx", "context", 0, alwaysEqual, nullptr, 0);
    fillMethods(t->background.methods, emptyDeadline, emptyDone, emptyErr, backgroundString, emptyValue);
    t->todo.type = structType(&t->todo.type, "context.todoCtx", "context", 0, alwaysEqual, nullptr, 0);
    fillMethods(t->todo.methods, emptyDeadline, emptyDone, emptyErr, todoString, emptyValue);
    t->cancelElem = structType(&t->cancelElem, "context.cancelCtx", "context", sizeof(cancelCtx), nullptr, nullptr, 0);
    t->cancel.type = pointerType(&t->cancel.type, "*context.cancelCtx", &t->cancelElem, nullptr, 0);
    fillMethods(t->cancel.methods, cancelDeadline, cancelDone, cancelErr, cancelString, cancelValue);
    t->timerElem = structType(&t->timerElem, "context.timerCtx", "context", sizeof(cancelCtx), nullptr, nullptr, 0);
    t->timer.type = pointerType(&t->timer.type, "*context.timerCtx", &t->timerElem, nullptr, 0);
    fillMethods(t->timer.methods, cancelDeadline, cancelDone, cancelErr, cancelString, cancelValue);
    t->valueElem = structType(&t->valueElem, "context.valueCtx", "context", sizeof(valueCtx), nullptr, nullptr, 0);
    t->value.type = pointerType(&t->value.type, "*context.valueCtx", &t->valueElem, nullptr, 0);
    fillMethods(t->value.methods, valueDeadline, valueDone, valueErr, valueString, valueValue);
    t->withoutCancel.type = structType(&t->withoutCancel.type, "context.withoutCancelCtx", "context",
                                       sizeof(withoutCancelCtx), withoutCancelEqual, nullptr, 0);
    fillMethods(t->withoutCancel.methods, emptyDeadline, emptyDone, emptyErr, withoutCancelString,
                withoutCancelValue);
    for (ContextType *ct : {&t->background, &t->todo, &t->cancel, &t->timer, &t->value, &t->withoutCancel})
      finish(*ct);
    return t;
  }();
  return *t;
}

int cancelCtxKeyWord; // its address is the key, as in Go
const go::Type intPtrType = pointerType(&intPtrType, "*int", &go::intType, nullptr, 0);
Empty emptyValueWord; // what a boxed background/todo points at

// Go's value(): walks our own contexts without calls, then asks the first
// foreign one.
go::Iface value(go::Iface c, go::Iface key) {
  const Types &t = types();
  for (;;) {
    const go::Type *dyn = c.type();
    if (dyn == &t.value.type) {
      auto *v = static_cast<valueCtx *>(c.data);
      if (key == v->key)
        return v->val;
      c = v->parent;
    } else if (dyn == &t.cancel.type || dyn == &t.timer.type) {
      if (key.type() == &intPtrType && key.data == &cancelCtxKeyWord)
        return go::box(&t.cancel.type, static_cast<cancelCtx *>(c.data));
      c = static_cast<cancelCtx *>(c.data)->parent;
    } else if (dyn == &t.withoutCancel.type) {
      if (key.type() == &intPtrType && key.data == &cancelCtxKeyWord)
        return go::Iface();
      c = static_cast<withoutCancelCtx *>(c.data)->c;
    } else if (dyn == &t.background.type || dyn == &t.todo.type) {
      return go::Iface();
    } else {
      return ctxValue(c, key);
    }
  }
}

go::Iface cancelValue(void *p, go::Iface key) { return value(boxCancelCtx(static_cast<cancelCtx *>(p)), key); }
go::Iface valueValue(void *p, go::Iface key) { return value(boxValueCtx(static_cast<valueCtx *>(p)), key); }
go::Iface withoutCancelValue(void *p, go::Iface key) {
  return value(go::Iface(types().withoutCancel.itab.get(), p), key);
}

} // namespace

const go::Type *cancelCtxPtrType() { return &types().cancel.type; }

DoneChan doneOf(cancelCtx *c) { return cancelDone(c); }

go::Iface cancelCtxKey() { return go::box(&intPtrType, &cancelCtxKeyWord); }

go::Iface boxCancelCtx(cancelCtx *c) {
  const Types &t = types();
  return go::Iface(c->kind == Kind::Timer ? t.timer.itab.get() : t.cancel.itab.get(), c);
}
go::Iface boxValueCtx(valueCtx *c) { return go::Iface(types().value.itab.get(), c); }
go::Iface boxWithoutCancelCtx(withoutCancelCtx *c) { return go::Iface(types().withoutCancel.itab.get(), c); }

} // namespace pkg::context::detail

namespace pkg::context {

go::Iface Background() { return go::Iface(detail::types().background.itab.get(), &detail::emptyValueWord); }
go::Iface TODO() { return go::Iface(detail::types().todo.itab.get(), &detail::emptyValueWord); }

} // namespace pkg::context
