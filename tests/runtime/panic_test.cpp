// panic_test.cpp — defer, panic and recover as the spec and go1.19 have
// them, lowered the way emitted code lowers them (common.h's frame), and
// the program-level handler's output (runMain in a child process).
#include <vector>

#include "common.h"

using namespace rt_test;
using go::DeferStack;
using go::Func;
using go::Iface;
using go::String;

namespace {

Iface str_(const char *s) { return go::box(&go::stringType, go::makeString(s)); }
std::string text(Iface v) {
  String s;
  if (go::callStringMethod(v, "Error", &s))
    return str(s);
  if (v.type() == &go::stringType)
    return str(go::unboxData<String>(v.data));
  return "?";
}

std::vector<std::string> *logp;
Func<void()> note(const char *what) {
  return Func<void()>([what] { logp->push_back(what); });
}

} // namespace

class Defer : public ::testing::Test {
protected:
  std::vector<std::string> log;
  void SetUp() override { logp = &log; }
  void TearDown() override { EXPECT_EQ(go::detail::panicHead(), nullptr) << "panic chain left dirty"; }
};

TEST_F(Defer, RunLastInFirstOutOnReturn) {
  frame([](DeferStack &ds) {
    ds.push(note("1"), false);
    ds.push(note("2"), false);
    logp->push_back("body");
  });
  EXPECT_EQ(log, (std::vector<std::string>{"body", "2", "1"}));
}

TEST_F(Defer, RunOnPanicThenPanicContinues) {
  Iface got = recovered([] {
    frame([](DeferStack &ds) {
      ds.push(note("1"), false);
      ds.push(note("2"), true); // may recover, does not call recover
      go::gopanic(str_("boom"));
    });
    logp->push_back("not reached");
  });
  EXPECT_EQ(log, (std::vector<std::string>{"2", "1"}));
  EXPECT_EQ(text(got), "boom");
}

TEST_F(Defer, RecoverStopsPanicAndFunctionReturnsNormally) {
  Iface got;
  frame([&](DeferStack &ds) {
    ds.push(note("runs after recovery"), false);
    ds.push(recoverInto(&got), true);
    ds.push(note("before recovery"), false);
    go::gopanic(str_("x"));
  });
  log.push_back("caller continues");
  EXPECT_EQ(text(got), "x");
  EXPECT_EQ(log, (std::vector<std::string>{"before recovery", "runs after recovery", "caller continues"}));
}

TEST_F(Defer, RecoverWithoutPanicIsNil) {
  Iface got = str_("sentinel");
  frame([&](DeferStack &ds) { ds.push(recoverInto(&got), true); });
  EXPECT_TRUE(got.isNil());
  EXPECT_TRUE(go::recover(true).isNil());
}

TEST_F(Defer, RecoverNotCalledDirectlyByDeferredCallIsNil) {
  // The deferred call is not marked mayRecover (it calls a helper that
  // calls recover): recover returns nil and the panic goes on.
  Iface inner = str_("sentinel");
  Iface outer = recovered([&] {
    frame([&](DeferStack &ds) {
      Iface *ip = &inner;
      ds.push(Func<void()>([ip] { *ip = go::recover(go::takeDeferArm()); }), false);
      go::gopanic(str_("p"));
    });
  });
  EXPECT_TRUE(inner.isNil());
  EXPECT_EQ(text(outer), "p");
}

TEST_F(Defer, RecoverInDefersOfANormalReturnIsNil) {
  // func f() { defer func() { r = recover() }() }  called from a deferred
  // call while a panic is in progress: f's deferred call is run by f's
  // return, not by the panic, so recover returns nil (Go's argp check).
  Iface inF = str_("sentinel");
  Iface outer = recovered([&] {
    frame([&](DeferStack &ds) {
      Iface *ip = &inF;
      ds.push(Func<void()>([ip] { frame([ip](DeferStack &ds2) { ds2.push(recoverInto(ip), true); }); }), false);
      go::gopanic(str_("p"));
    });
  });
  EXPECT_TRUE(inF.isNil());
  EXPECT_EQ(text(outer), "p");
}

TEST_F(Defer, SecondRecoverReturnsNil) {
  Iface a, b;
  frame([&](DeferStack &ds) {
    Iface *ap = &a, *bp = &b;
    ds.push(Func<void()>([ap, bp] {
              bool can = go::takeDeferArm();
              *ap = go::recover(can);
              *bp = go::recover(can);
            }),
            true);
    go::gopanic(str_("once"));
  });
  EXPECT_EQ(text(a), "once");
  EXPECT_TRUE(b.isNil());
}

TEST_F(Defer, ArmIsTakenOnce) {
  bool first = true, second = true;
  frame([&](DeferStack &ds) {
    bool *f = &first, *s = &second;
    ds.push(Func<void()>([f, s] {
              *f = go::takeDeferArm();
              *s = go::takeDeferArm();
              (void)go::recover(*f);
            }),
            true);
    go::gopanic(str_("x"));
  });
  EXPECT_TRUE(first);
  EXPECT_FALSE(second);
}

namespace {
// The chain as a deferred call sees it (records are freed once recovered,
// so the state is copied while the call runs).
struct ChainView {
  int length = 0;
  std::string newest, older;
  bool olderAborted = false, olderRecovered = false;
};
Func<void()> viewChain(ChainView *v) {
  return Func<void()>([v] {
    go::PanicRecord *h = go::detail::panicHead();
    for (go::PanicRecord *r = h; r; r = r->link)
      v->length++;
    if (h)
      v->newest = text(h->value);
    if (h && h->link) {
      v->older = text(h->link->value);
      v->olderAborted = h->link->aborted;
      v->olderRecovered = h->link->recovered;
    }
  });
}
} // namespace

TEST_F(Defer, PanicInDeferredCallAbortsTheFirstAndContinues) {
  ChainView view;
  Iface got = recovered([&] {
    frame([&](DeferStack &ds) {
      ds.push(viewChain(&view), false); // runs during the second panic
      ds.push(Func<void()>([] { go::gopanic(str_("second")); }), false);
      go::gopanic(str_("first"));
    });
  });
  EXPECT_EQ(text(got), "second");
  EXPECT_EQ(view.length, 2);
  EXPECT_EQ(view.newest, "second");
  EXPECT_EQ(view.older, "first");
  EXPECT_TRUE(view.olderAborted);
  EXPECT_FALSE(view.olderRecovered);
}

TEST_F(Defer, RecoverThenRepanicKeepsRecoveredRecordOnChain) {
  ChainView view;
  Iface got = recovered([&] {
    frame([&](DeferStack &ds) {
      ds.push(viewChain(&view), false);
      ds.push(Func<void()>([] {
                Iface r = go::recover(go::takeDeferArm());
                go::gopanic(go::box(&go::stringType, go::concat("second ", go::unboxData<String>(r.data))));
              }),
              true);
      go::gopanic(str_("first"));
    });
  });
  EXPECT_EQ(text(got), "second first");
  EXPECT_EQ(view.length, 2);
  EXPECT_TRUE(view.olderRecovered);
  EXPECT_TRUE(view.olderAborted);
}

TEST_F(Defer, RecoveringTheNewestAlsoEndsThePanicsItAborted) {
  // After the outer frame recovers "second", "first" (aborted by it) is
  // gone too: a later deferred call sees an empty chain.
  ChainView after;
  frame([&](DeferStack &ds) {
    ds.push(viewChain(&after), false);
    ds.push(recoverInto(new Iface), true);
    frame([](DeferStack &ds2) {
      ds2.push(Func<void()>([] { go::gopanic(str_("second")); }), false);
      go::gopanic(str_("first"));
    });
  });
  EXPECT_EQ(after.length, 0);
}

TEST_F(Defer, PanicRecoveredInsideDeferredCallLeavesOuterPanic) {
  Iface innerGot;
  Iface outer = recovered([&] {
    frame([&](DeferStack &ds) {
      Iface *ip = &innerGot;
      ds.push(Func<void()>([ip] { *ip = recovered([] { go::gopanic(str_("inner")); }); }), false);
      go::gopanic(str_("outer"));
    });
  });
  EXPECT_EQ(text(innerGot), "inner");
  EXPECT_EQ(text(outer), "outer");
}

TEST_F(Defer, PanicInDeferredCallOfNormalReturnPropagates) {
  Iface got = recovered([] {
    frame([](DeferStack &ds) {
      ds.push(note("still runs"), false);
      ds.push(Func<void()>([] { go::gopanic(str_("late")); }), false);
    });
  });
  EXPECT_EQ(text(got), "late");
  EXPECT_EQ(log, (std::vector<std::string>{"still runs"}));
}

TEST_F(Defer, LaterDeferredCallCanRecoverAPanicFromAnEarlierOne) {
  Iface got;
  frame([&](DeferStack &ds) {
    ds.push(recoverInto(&got), true);
    ds.push(Func<void()>([] { go::gopanic(str_("from defer")); }), false);
  });
  EXPECT_EQ(text(got), "from defer");
}

TEST_F(Defer, PanicValueSurvivesCollectionsDuringUnwinding) {
  // The record and its value are reachable only from the exception object
  // and a thread-local: collections while deferred calls run must not
  // free them.
  Iface got = recovered([] {
    frame([](DeferStack &ds) {
      ds.push(Func<void()>([] {
                for (int i = 0; i < 3; i++) {
                  for (int j = 0; j < 10000; j++)
                    (void)go::alloc(64);
                  GC_gcollect();
                }
              }),
              false);
      go::gopanic(go::box(&go::stringType, go::concat(go::makeString("still "), go::makeString("here"))));
    });
  });
  EXPECT_EQ(text(got), "still here");
}

TEST_F(Defer, PanicValueIsRecoveredUnchanged) {
  Iface got = recovered([] { go::gopanic(go::box(&go::intType, int64_t(42))); });
  ASSERT_EQ(got.type(), &go::intType);
  EXPECT_EQ(go::unboxData<int64_t>(got.data), 42);
}

TEST_F(Defer, PanicNilBecomesPanicNilError) {
  Iface got = recovered([] { go::gopanic(Iface()); });
  ASSERT_FALSE(got.isNil());
  EXPECT_EQ(str(got.type()->name), "*runtime.PanicNilError");
  EXPECT_EQ(text(got), "panic called with nil argument");
}

// ----------------------------------------------------- whole programs

namespace {

const std::string kTail = "\ngoroutine 1 [running]:\n";

const go::Type myIntType{.self = &myIntType, .kind = go::Kind::Int, .flags = go::kNamed, .size = 8,
                         .name = "main.MyInt", .pkgPath = "main", .equal = go::equalOf<int64_t>};
const go::Type myStringType{.self = &myStringType, .kind = go::Kind::String, .flags = go::kNamed, .size = 16,
                            .name = "main.MyString", .pkgPath = "main", .equal = go::equalOf<String>};
const go::Type myFloatType{.self = &myFloatType, .kind = go::Kind::Float64, .flags = go::kNamed, .size = 8,
                           .name = "main.MyF", .pkgPath = "main", .equal = go::equalOf<double>};
const go::Type myComplexType{.self = &myComplexType, .kind = go::Kind::Complex128, .flags = go::kNamed,
                             .size = 16, .name = "main.MyC", .pkgPath = "main",
                             .equal = go::equalOf<go::complex128>};
const go::Type myBoolType{.self = &myBoolType, .kind = go::Kind::Bool, .flags = go::kNamed, .size = 1,
                          .name = "main.MyB", .pkgPath = "main", .equal = go::equalOf<bool>};
struct TV {
  int64_t a;
};
const go::Type tvType{.self = &tvType, .kind = go::Kind::Struct, .flags = go::kNamed, .size = 8,
                      .name = "main.T", .pkgPath = "main", .equal = go::equalOf<int64_t>};
String St_String(void *) { return "stringer!"; }
const go::Method stMethods[] = {{"String", &go::funcStringType, reinterpret_cast<void *>(&St_String)}};
const go::Type stType{.self = &stType, .kind = go::Kind::Struct, .flags = go::kNamed, .size = 1,
                      .name = "main.St", .pkgPath = "main", .equal = go::equalOf<uint8_t>,
                      .methods = stMethods, .numMethods = 1};

void expectPanicOutput(void (*main)(), const std::string &chain) {
  ProgramResult r = runProgram(main);
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, chain + kTail);
}

} // namespace

TEST(Program, PanicOfPredeclaredValuesPrintsThemBare) {
  expectPanicOutput(+[] { go::gopanic(go::box(&go::intType, int64_t(42))); }, "panic: 42\n");
  expectPanicOutput(+[] { go::gopanic(go::box(&go::float64Type, 3.5)); }, "panic: +3.500000e+000\n");
  expectPanicOutput(+[] { go::gopanic(go::box(&go::boolType, true)); }, "panic: true\n");
  expectPanicOutput(+[] { go::gopanic(go::box(&go::int8Type, int8_t(-3))); }, "panic: -3\n");
  expectPanicOutput(+[] { go::gopanic(go::box(&go::uint64Type, uint64_t(1) << 63)); },
                    "panic: 9223372036854775808\n");
  expectPanicOutput(+[] { go::gopanic(go::box(&go::float32Type, 0.1f)); }, "panic: +1.000000e-001\n");
  expectPanicOutput(+[] { go::gopanic(go::box(&go::complex128Type, go::complex128(1, 2))); },
                    "panic: (+1.000000e+000+2.000000e+000i)\n");
  expectPanicOutput(+[] { go::gopanic(str_("multi\nline")); }, "panic: multi\nline\n");
}
TEST(Program, PanicOfDefinedBasicTypesShowsTheType) {
  expectPanicOutput(+[] { go::gopanic(go::box(&myIntType, int64_t(3))); }, "panic: main.MyInt(3)\n");
  expectPanicOutput(+[] { go::gopanic(go::box(&myStringType, String("x"))); }, "panic: main.MyString(\"x\")\n");
  expectPanicOutput(+[] { go::gopanic(go::box(&myFloatType, 1.5)); }, "panic: main.MyF(+1.500000e+000)\n");
  expectPanicOutput(+[] { go::gopanic(go::box(&myComplexType, go::complex128(1, 2))); },
                    "panic: main.MyC(+1.000000e+000+2.000000e+000i)\n");
  expectPanicOutput(+[] { go::gopanic(go::box(&myBoolType, true)); }, "panic: main.MyB(true)\n");
}
TEST(Program, PanicOfOtherValuesShowsTypeAndAddress) {
  ProgramResult r = runProgram(+[] { go::gopanic(go::box(&tvType, TV{1})); });
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err.rfind("panic: (main.T) 0x", 0), 0u) << r.err;
}
TEST(Program, ErrorsAndStringersPrintTheirText) {
  expectPanicOutput(+[] { go::gopanic(go::box(&stType, uint8_t(0))); }, "panic: stringer!\n");
  expectPanicOutput(+[] { go::panicDivide(); }, "panic: runtime error: integer divide by zero\n");
  expectPanicOutput(+[] { go::panicIndex(5, 3); }, "panic: runtime error: index out of range [5] with length 3\n");
  expectPanicOutput(+[] { go::panicNilMap(); }, "panic: assignment to entry in nil map\n");
  expectPanicOutput(+[] { (void)go::assertType<int64_t>(str_("s"), &go::intType, &go::anyType); },
                    "panic: interface conversion: interface {} is string, not int\n");
  expectPanicOutput(+[] { go::gopanic(Iface()); }, "panic: panic called with nil argument\n");
}
TEST(Program, RecoveredThenRepanickedChain) {
  // defer func() { r := recover(); panic(fmt.Sprint("second ", r)) }(); panic("first")
  expectPanicOutput(+[] {
    frame([](DeferStack &ds) {
      ds.push(Func<void()>([] {
                Iface r = go::recover(go::takeDeferArm());
                go::gopanic(go::box(&go::stringType, go::concat("second ", go::unboxData<String>(r.data))));
              }),
              true);
      go::gopanic(str_("first"));
    });
  },
                    "panic: first [recovered]\n\tpanic: second first\n");
}
TEST(Program, PanicInDeferredCallChain) {
  // defer func() { panic("second") }(); panic("first")
  expectPanicOutput(+[] {
    frame([](DeferStack &ds) {
      ds.push(Func<void()>([] { go::gopanic(str_("second")); }), false);
      go::gopanic(str_("first"));
    });
  },
                    "panic: first\n\tpanic: second\n");
  // the same after a normal return
  expectPanicOutput(+[] {
    frame([](DeferStack &ds) { ds.push(Func<void()>([] { go::gopanic(str_("second")); }), false); });
  },
                    "panic: second\n");
}
TEST(Program, ThreePanicsChain) {
  // defer func(){ panic("third") }(); defer func(){ panic("second") }(); panic("first")
  expectPanicOutput(+[] {
    frame([](DeferStack &ds) {
      ds.push(Func<void()>([] { go::gopanic(str_("third")); }), false);
      ds.push(Func<void()>([] { go::gopanic(str_("second")); }), false);
      go::gopanic(str_("first"));
    });
  },
                    "panic: first\n\tpanic: second\n\tpanic: third\n");
  // defer func(){ recover(); panic("third") }(); defer func(){ panic("second") }(); panic("first")
  expectPanicOutput(+[] {
    frame([](DeferStack &ds) {
      ds.push(Func<void()>([] {
                (void)go::recover(go::takeDeferArm());
                go::gopanic(str_("third"));
              }),
              true);
      ds.push(Func<void()>([] { go::gopanic(str_("second")); }), false);
      go::gopanic(str_("first"));
    });
  },
                    "panic: first\n\tpanic: second [recovered]\n\tpanic: third\n");
}
TEST(Program, RecoveredPanicsAreNotPrintedLater) {
  expectPanicOutput(+[] {
    (void)recovered([] { go::gopanic(str_("gone")); });
    go::gopanic(str_("last"));
  },
                    "panic: last\n");
}
TEST(Program, NormalReturnExitsZeroSilently) {
  ProgramResult r = runProgram(+[] {});
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.err, "");
}
TEST(Program, InitRunsBeforeMainAndPanicsThere) {
  ProgramResult r = runProgram(+[] { go::printString("main\n"); }, +[] { go::printString("init\n"); });
  EXPECT_EQ(r.err, "init\nmain\n");
  r = runProgram(+[] { go::printString("main\n"); }, +[] { go::gopanic(str_("in init")); });
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "panic: in init\n" + kTail);
}
TEST(Program, ExitSkipsDeferredCalls) {
  ProgramResult r = runProgram(+[] {
    frame([](DeferStack &ds) {
      ds.push(Func<void()>([] { go::printString("deferred\n"); }), false);
      go::exit(3);
    });
  });
  EXPECT_EQ(r.status, 3);
  EXPECT_EQ(r.err, "");
}
TEST(Program, FatalPrintsAndExitsTwo) {
  ProgramResult r = runProgram(+[] {
    frame([](DeferStack &ds) {
      ds.push(Func<void()>([] { go::printString("deferred\n"); }), false);
      go::fatal("all goroutines are asleep - deadlock!");
    });
  });
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "fatal error: all goroutines are asleep - deadlock!\n" + kTail);
}
TEST(Program, CommandLineArgsAreArgv) {
  ProgramResult r = runProgram(+[] {
    go::Slice<String> args = go::commandLineArgs();
    go::printInt(args.len());
    go::printString(" ");
    go::printString(args[0]);
  });
  EXPECT_EQ(r.err, "1 prog");
}
