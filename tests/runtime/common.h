// common.h — helpers for the runtime's unit tests: lowering a Go function
// with defers the way emitted code does, catching a panic through
// recover(), capturing what the runtime writes to stderr, and running a
// whole program (runMain) in a child process.
#pragma once

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <string>

#include "gopp/go.h"
#include "internal.h" // detail::panicHead: tests check the chain is left clean

namespace rt_test {

inline std::string str(go::String s) { return std::string(s.view()); }
inline go::String gs(const std::string &s) { return go::makeString(s); }

// func f() { <body, which pushes its defers on ds> }, lowered as codegen
// lowers it: the body in a try block, the deferred calls run on both
// paths.
template <class Body> void frame(Body body) {
  go::DeferStack ds;
  try {
    body(ds);
  } catch (go::PanicUnwind &u) {
    ds.run(u.rec);
    return;
  }
  ds.run(nullptr);
}

// defer func() { *out = recover() }()
inline go::Func<void()> recoverInto(go::Iface *out) {
  return go::Func<void()>([out] {
    bool can = go::takeDeferArm();
    *out = go::recover(can);
  });
}

// Runs f in a frame whose deferred call recovers; returns the recovered
// value (nil when f did not panic).
template <class F> go::Iface recovered(F f) {
  go::Iface got;
  frame([&](go::DeferStack &ds) {
    ds.push(recoverInto(&got), true);
    f();
  });
  return got;
}

// The Error() text of the value f panics with ("" if none; the string
// itself for a string panic).
template <class F> std::string panicText(F f) {
  go::Iface v = recovered(f);
  EXPECT_FALSE(v.isNil()) << "expected a panic";
  go::String s;
  if (go::callStringMethod(v, "Error", &s))
    return str(s);
  if (v.type() == &go::stringType)
    return str(go::unboxData<go::String>(v.data));
  return "<not an error>";
}
// %T of the value f panics with.
template <class F> std::string panicType(F f) {
  go::Iface v = recovered(f);
  return v.isNil() ? "<nil>" : str(v.type()->name);
}

// What f writes to fd 2.
template <class F> std::string captureStderr(F f) {
  std::fflush(stderr);
  FILE *tmp = std::tmpfile();
  int saved = dup(2);
  dup2(fileno(tmp), 2);
  f();
  dup2(saved, 2);
  close(saved);
  std::string out;
  std::rewind(tmp);
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, tmp)) > 0)
    out.append(buf, n);
  std::fclose(tmp);
  return out;
}

struct ProgramResult {
  int status; // exit status
  std::string err;
};

// Runs go::runMain(main) in a child process; its stderr and exit status.
inline ProgramResult runProgram(void (*main)(), void (*init)() = nullptr) {
  std::fflush(nullptr);
  FILE *tmp = std::tmpfile();
  pid_t pid = fork();
  if (pid == 0) {
    dup2(fileno(tmp), 2);
    char arg0[] = "prog";
    char *argv[] = {arg0, nullptr};
    _exit(go::runMain(1, argv, init, main));
  }
  int st = 0;
  waitpid(pid, &st, 0);
  std::string out;
  std::rewind(tmp);
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, tmp)) > 0)
    out.append(buf, n);
  std::fclose(tmp);
  return {WIFEXITED(st) ? WEXITSTATUS(st) : -1, out};
}

} // namespace rt_test
