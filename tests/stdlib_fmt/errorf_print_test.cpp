// errorf_print_test.cpp — Errorf's wrapping, the io.Writer and stdout
// paths of Fprint*/Print*, Append*, and FormatString.
//
// Expected strings come from /tmp Go 1.19 programs (go build, then run),
// except where a comment says the behaviour is Go 1.20's (several %w, and
// the dynamic type of an Errorf whose %w operand is not an error), which
// go 1.19 cannot show: those follow Go 1.20+'s fmt/errors.go.
#include <fcntl.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include "values.h"

using namespace fmttest;

namespace {

std::string errText(go::Iface e) { return e.isNil() ? "<nil>" : str(pkg::strconv::detail::errorText(e)); }
std::string typeName(go::Iface e) { return e.isNil() ? "<nil>" : str(e.type()->name); }

// errors.Unwrap: the Unwrap() error method, when the dynamic type has one.
go::Iface unwrap(go::Iface e) {
  const go::Type *t = e.type();
  for (int64_t i = 0; t && i < t->numMethods; i++)
    if (t->methods[i].name.view() == "Unwrap" && t->methods[i].type->out[0] == &go::errorType)
      return reinterpret_cast<go::Iface (*)(void *)>(t->methods[i].fn)(e.data);
  return go::Iface();
}

TEST(Errorf, WrapsOneError) {
  go::Iface e1 = ERR("inner");
  go::Iface w = pkg::fmt::Errorf("outer: %w", args({e1}));
  EXPECT_EQ(errText(w), "outer: inner");
  EXPECT_EQ(typeName(w), "*fmt.wrapError");
  go::Iface u = unwrap(w);
  EXPECT_EQ(u.data, e1.data);
  EXPECT_EQ(u.type(), e1.type());

  go::Iface w2 = pkg::fmt::Errorf("no wrap %d", args({I(5)}));
  EXPECT_EQ(errText(w2), "no wrap 5");
  EXPECT_EQ(typeName(w2), "*errors.errorString");
  EXPECT_TRUE(unwrap(w2).isNil());

  go::Iface w5 = pkg::fmt::Errorf("%[2]v then %[1]w", args({e1, I(7)}));
  EXPECT_EQ(errText(w5), "7 then inner");
  EXPECT_EQ(unwrap(w5).data, e1.data);

  EXPECT_EQ(str(pkg::fmt::Sprintf("%w", args({e1}))), "%!w(*errors.errorString=&{inner})");
  EXPECT_EQ(str(pkg::fmt::Sprintf("%v|%+v|%#v", args({w, w, w2}))),
            "outer: inner|outer: inner|&errors.errorString{s:\"no wrap 5\"}");
}

TEST(Errorf, NonErrorOperand) {
  go::Iface w3 = pkg::fmt::Errorf("bad %w", args({I(5)}));
  EXPECT_EQ(errText(w3), "bad %!w(int=5)");
  EXPECT_TRUE(unwrap(w3).isNil());
  EXPECT_EQ(typeName(w3), "*fmt.wrapError"); // Go 1.20+ (1.19: *errors.errorString)
  go::Iface w4 = pkg::fmt::Errorf("nil %w", args({NIL()}));
  EXPECT_EQ(errText(w4), "nil %!w(<nil>)");
  EXPECT_TRUE(unwrap(w4).isNil());
}

TEST(Errorf, WrapsSeveralErrors) { // Go 1.20+ semantics
  go::Iface e1 = ERR("a"), e2 = ERR("b");
  go::Iface w = pkg::fmt::Errorf("%w + %w + %[1]w", args({e1, e2}));
  EXPECT_EQ(errText(w), "a + b + a");
  EXPECT_EQ(typeName(w), "*fmt.wrapErrors");
  const go::Type *t = w.type();
  ASSERT_EQ(t->numMethods, 2);
  ASSERT_EQ(t->methods[1].name.view(), "Unwrap");
  auto errs = reinterpret_cast<go::Slice<go::Iface> (*)(void *)>(t->methods[1].fn)(w.data);
  ASSERT_EQ(errs.len(), 2);
  EXPECT_EQ(errs[0].data, e1.data);
  EXPECT_EQ(errs[1].data, e2.data);
}

// A Go type with Write, as *main.W: records each call.
struct W {
  int64_t calls;
  std::string *data;
};
std::tuple<int64_t, go::Iface> wWrite(void *p, go::Slice<uint8_t> b) {
  W *w = static_cast<W *>(p);
  w->calls++;
  w->data->append(reinterpret_cast<const char *>(b.p), size_t(b.len()));
  return {b.len(), go::Iface()};
}
const go::Itab kWriterItab{nullptr, {reinterpret_cast<void *>(&wWrite)}};

TEST(Fprint, OneWritePerCall) {
  std::string data;
  W w{0, &data};
  go::Iface writer(&kWriterItab, &w);
  auto [n1, e1] = pkg::fmt::Fprintf(writer, "a%db", args({I(12)}));
  EXPECT_EQ(n1, 4);
  EXPECT_TRUE(e1.isNil());
  EXPECT_EQ(w.calls, 1);
  EXPECT_EQ(data, "a12b");
  auto [n2, e2] = pkg::fmt::Fprint(writer, args({S("x"), I(1), I(2), S("y")}));
  EXPECT_EQ(n2, 5);
  EXPECT_EQ(w.calls, 2);
  EXPECT_EQ(data, "a12bx1 2y");
  auto [n3, e3] = pkg::fmt::Fprintln(writer, args({S("x"), I(1)}));
  EXPECT_EQ(n3, 4);
  EXPECT_EQ(w.calls, 3);
  EXPECT_EQ(data, "a12bx1 2yx 1\n");
  (void)e2, (void)e3;
}

TEST(Append, AppendsToSlice) {
  auto b = bytesOf("pre:");
  b = pkg::fmt::Append(b, args({I(1), S("a"), I(2)}));
  b = pkg::fmt::Appendf(b, "[%03d]", args({I(7)}));
  b = pkg::fmt::Appendln(b, args({S("end"), F(3.5)}));
  EXPECT_EQ(std::string(reinterpret_cast<const char *>(b.p), size_t(b.len())), "pre:1a2[007]end 3.5\n");
}

// Captures what f writes to file descriptor 1, and how many bytes each
// read of the pipe returned (one write(2) per Print call shows as one
// chunk when the reader waits for each call).
std::string captureStdout(void (*f)()) {
  fflush(stdout);
  int fds[2];
  EXPECT_EQ(pipe(fds), 0);
  int saved = dup(1);
  dup2(fds[1], 1);
  f();
  dup2(saved, 1);
  close(saved);
  close(fds[1]);
  std::string out;
  char buf[256];
  ssize_t n;
  while ((n = read(fds[0], buf, sizeof buf)) > 0)
    out.append(buf, size_t(n));
  close(fds[0]);
  return out;
}

TEST(Print, WritesToStdout) {
  std::string out = captureStdout([] {
    auto [n1, e1] = pkg::fmt::Print(args({S("a"), I(1), I(2), S("b")}));
    EXPECT_EQ(n1, 5);
    EXPECT_TRUE(e1.isNil());
    auto [n2, e2] = pkg::fmt::Println(args({S("x"), B(true)}));
    EXPECT_EQ(n2, 7);
    auto [n3, e3] = pkg::fmt::Printf("%5.1f|%v\n", args({F(3.14159), MSI()}));
    EXPECT_EQ(n3, 23);
    (void)e2, (void)e3;
  });
  EXPECT_EQ(out, "a1 2bx true\n  3.1|map[a:1 b:2 c:3]\n");
}

TEST(FormatString, RebuildsDirective) {
  // Through a Formatter: FMTR prints F[<directive>] (values.h).
  EXPECT_EQ(str(pkg::fmt::Sprintf("%-+#0 8.2x", args({FMTR()}))), "F[% +-#8.2x]"); // 0 after - is ignored
  EXPECT_EQ(str(pkg::fmt::Sprintf("%+#0 8.2x", args({FMTR()}))), "F[% +#08.2x]");
  EXPECT_EQ(str(pkg::fmt::Sprintf("%[1]*v", args({I(6), FMTR()}))), "F[%6v]");
  EXPECT_EQ(str(pkg::fmt::Sprintf("%#v", args({FMTR()}))), "F[%#v]");
}

} // namespace

namespace {

TEST(Panics, RecoveredPanicLeavesNoRecord) {
  // String panics with "boom": printed as Go prints it, and the panic is
  // over (a later panic has no older record linked below it).
  EXPECT_EQ(str(pkg::fmt::Sprintf("%v|%s|%d", args({BAD(), BAD(), BAD()}))),
            "%!v(PANIC=String method: boom)|%!s(PANIC=String method: boom)|1");
  EXPECT_EQ(str(pkg::fmt::Sprintf("%v", args({NILPS()}))), "<nil>");
  try {
    go::gopanic(S("later"));
  } catch (go::PanicUnwind &u) {
    EXPECT_EQ(u.rec->link, nullptr);
    go::DeferStack ds; // recover it, so this test leaves no record either
    ds.push(go::Func<void()>([] { (void)go::recover(go::takeDeferArm()); }), true);
    ds.run(u.rec);
  }
}

} // namespace
