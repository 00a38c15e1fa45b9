// func.h — Go function values: top-level functions, closures, method
// values.
//
// Invariants and why:
//  - A Func<R(A...)> is {fn, env}: fn takes env first. A top-level function
//    has a null env; a closure's env is a collected copy of a C++ lambda
//    whose captures are the boxed variables it shares with its enclosing
//    function (captured variables live on the collected heap, so the
//    closure sees and makes every later change, as Go requires).
//  - The lambda types stored as environments are trivially destructible:
//    the collector never runs destructors.
//  - nil is fn == null; calling nil panics with Go's nil dereference.
#pragma once

#include "gopp/core.h"

namespace go {

template <class Sig> struct Func;

template <class R, class... A> struct Func<R(A...)> {
  R (*fn)(void *, A...) = nullptr;
  void *env = nullptr;

  constexpr Func() = default;
  constexpr Func(std::nullptr_t) {}
  Func(R (*fn)(void *, A...), void *env) : fn(fn), env(env) {}

  // From a lambda (a closure, or a captureless adapter of a function).
  template <class L,
            // (conjunction stops at the first false: copying a Func, or a
            // struct deriving from one (a self-referential func type), must not
            // ask whether it is invocable, which needs complete parameter and
            // result types that a self-referential func type does not have yet)
            class = std::enable_if_t<std::conjunction_v<std::negation<std::is_base_of<Func, std::decay_t<L>>>,
                                                        std::is_invocable_r<R, L &, A...>>>>
  Func(L lambda) {
    static_assert(std::is_trivially_destructible_v<L>, "closure environments are never destroyed");
    if constexpr (std::is_empty_v<L>) {
      fn = [](void *, A... a) -> R { return L{}(static_cast<A>(a)...); };
    } else {
      env = ::new (alloc(sizeof(L))) L(lambda);
      fn = [](void *e, A... a) -> R { return (*static_cast<L *>(e))(static_cast<A>(a)...); };
    }
  }

  R operator()(A... a) const {
    if (__builtin_expect(fn == nullptr, 0))
      panicNilDeref();
    return fn(env, static_cast<A>(a)...);
  }
  bool isNil() const { return fn == nullptr; }
};

} // namespace go
