// finalizer.cpp — runtime.SetFinalizer on the collector's finalization
// (GC_register_finalizer), run the way Go runs finalizers: one at a time,
// on a goroutine, some time after a collection found the object
// unreachable.
//
// Invariants and why:
//  - The collector runs in on-demand mode once a finalizer exists: it
//    never calls finalizers itself from inside an allocation (that could
//    be any goroutine, holding any runtime lock); it calls our notifier,
//    which starts one goroutine that invokes the ready finalizers. A flag
//    keeps one such goroutine at a time; it is cleared before invoking, so
//    a notification arriving meanwhile is not lost.
//  - Ordering is the collector's default (GC_register_finalizer): if A
//    points to B and both are finalizable, A's finalizer runs first and B
//    stays alive until then; cycles of finalizable objects are never
//    finalized. Go documents the same.
//  - Each registration's record (the finalizer value and how to call it)
//    is uncollectable memory, freed when replaced, removed or run, so the
//    finalizer's closure stays alive exactly as long as the registration.
//  - Checks and their fatal errors are Go's (runtime/mfinal.go). A
//    finalizer must take the object's pointer type or an interface it
//    implements; its results are ignored (see call() for how a call
//    through another result type stays within the ABI).
#include <atomic>
#include <cstring>

#include "runtime/runtime.h"

namespace pkg::runtime {

namespace {

struct Record {
  go::Iface fn;            // the finalizer: a func value
  const go::Type *param;   // its parameter type
  const go::Type *objType; // the object's pointer type
  bool memoryResult;       // its results come back through a hidden pointer
};

// Results are ignored, but the call must follow the callee's convention:
// results of up to 16 bytes come back in registers, which a call through
// a void-returning type simply ignores; larger ones are written through a
// hidden pointer, which a call through any large-struct-returning type
// provides (x86-64 and AArch64 alike).
constexpr size_t kMaxResultBytes = 4096;
struct LargeResult {
  unsigned char bytes[kMaxResultBytes];
};

template <class A> void call(const Record &r, A arg) {
  if (r.memoryResult)
    (void)(*static_cast<go::Func<LargeResult(A)> *>(r.fn.data))(arg);
  else
    (*static_cast<go::Func<void(A)> *>(r.fn.data))(arg);
}

std::atomic<bool> pending{false};

void invokeReady() {
  pending.store(false);
  GC_invoke_finalizers();
}

[[maybe_unused]] void notifier() { // unused in race builds (registerFinalizer)
  if (!pending.exchange(true))
    go::sched::spawn(go::Func<void()>([] { invokeReady(); }));
}

[[maybe_unused]] void run(void *obj, void *cd) { // unused in race builds (registerFinalizer)
  Record rec = *static_cast<Record *>(cd);
  go::freeMemory(cd);
  if (rec.param->kind == go::Kind::Interface) {
    const go::Itab *tab = rec.param->numMethods ? go::itab(rec.objType, rec.param) : go::anyItab(rec.objType);
    call(rec, go::Iface(tab, obj));
  } else {
    call(rec, obj);
  }
}

[[noreturn]] void fail(std::string_view msg) { go::fatal(go::makeString(msg)); }

std::string typeName(const go::Type *t) { return std::string(reinterpret_cast<const char *>(t->name.p), size_t(t->name.n)); }

// Makes rec p's finalizer (rec null: removes p's), replacing any earlier
// one. Race builds never collect (gc.cpp), so no finalizer could run
// there: they register nothing. libgc's lock is taken and released inside
// libgc, where TSan ignores the calls (race_report.cpp's suppression), yet
// TSan saw a release of it from here: "unlock of an unlocked mutex" and
// exit 66 for any race build that called SetFinalizer.
void registerFinalizer(void *p, const Record *rec) {
#ifdef GOPP_RACE
  (void)p, (void)rec;
#else
  static bool onDemand = [] {
    GC_set_finalize_on_demand(1);
    GC_set_finalizer_notifier(notifier);
    return true;
  }();
  (void)onDemand;
  Record *r = nullptr;
  if (rec) {
    r = static_cast<Record *>(GC_MALLOC_UNCOLLECTABLE(sizeof(Record)));
    *r = *rec;
  }
  GC_finalization_proc oldFn = nullptr;
  void *oldData = nullptr;
  GC_register_finalizer(p, r ? run : nullptr, r, &oldFn, &oldData);
  if (oldData)
    go::freeMemory(oldData);
#endif
}

} // namespace

void SetFinalizer(go::Iface obj, go::Iface finalizer) {
  const go::Type *et = obj.type();
  if (!et)
    fail("runtime.SetFinalizer: first argument is nil");
  if (et->kind != go::Kind::Pointer)
    fail("runtime.SetFinalizer: first argument is " + typeName(et) + ", not pointer");
  void *p = obj.data;
  if (!p)
    fail("runtime.SetFinalizer: first argument is nil");
  void *base = GC_base(p);
  if (!base)
    return; // a global or other memory the collector does not manage: never freed
  if (base != p)
    fail("runtime.SetFinalizer: pointer not at beginning of allocated block");
  if (finalizer.isNil()) {
    registerFinalizer(p, nullptr);
    return;
  }
  const go::Type *ft = finalizer.type();
  if (ft->kind != go::Kind::Func)
    fail("runtime.SetFinalizer: second argument is " + typeName(ft) + ", not a function");
  if (ft->numIn != 1 || ft->variadic)
    fail("runtime.SetFinalizer: cannot pass " + typeName(et) + " to finalizer " + typeName(ft));
  const go::Type *param = ft->in[0];
  bool ok = param == et ||
            (param->kind == go::Kind::Pointer && !param->named() && !et->named() && param->elem == et->elem) ||
            (param->kind == go::Kind::Interface && go::findItab(et, param) != nullptr);
  if (!ok)
    fail("runtime.SetFinalizer: cannot pass " + typeName(et) + " to finalizer " + typeName(ft));
  size_t resultBytes = 0;
  for (int64_t i = 0; i < ft->numOut; i++)
    resultBytes += (ft->out[i]->size + 7) & ~size_t(7);
  if (resultBytes > kMaxResultBytes)
    fail("gopp: runtime.SetFinalizer: finalizer results over 4 KiB are not supported (" + typeName(ft) + ")");
  Record rec{finalizer, param, et, resultBytes > 16};
  registerFinalizer(p, &rec);
}

} // namespace pkg::runtime
