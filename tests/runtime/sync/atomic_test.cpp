// atomic_test.cpp — sync/atomic (stdlib/sync/atomic): results of each
// operation (Add the new value, Swap/And/Or the old), the Pointer[T]
// templates, atomic.Value's fixed type and panics, and lost-update
// freedom under contention.
#include <gtest/gtest.h>

#include "helpers.h"
#include "sync/atomic/atomic.h"

using namespace go;
using namespace pkg::sync::atomic;
using synctest::runGo;
using synctest::spawn;

namespace {
class Atomics : public synctest::WithWorkers {};
struct PointerInt { // what codegen emits for atomic.Pointer[int]
  int64_t *v;
};
} // namespace

TEST(Atomic, OperationsReturnGosResults) {
  int32_t i = INT32_MAX;
  EXPECT_EQ(AddInt32(&i, 1), INT32_MIN);
  EXPECT_EQ(SwapInt32(&i, 3), INT32_MIN);
  EXPECT_FALSE(CompareAndSwapInt32(&i, 2, 4));
  EXPECT_TRUE(CompareAndSwapInt32(&i, 3, 4));
  EXPECT_EQ(AndInt32(&i, 6), 4);
  EXPECT_EQ(OrInt32(&i, 1), 4);
  EXPECT_EQ(LoadInt32(&i), 5);
  uint64_t u = 0;
  EXPECT_EQ(AddUint64(&u, ~uint64_t(0)), UINT64_MAX);
  Uint32 x{};
  EXPECT_EQ(Uint32_Add(&x, 5), 5u);
  EXPECT_EQ(Uint32_Swap(&x, 1), 5u);
  Bool b{};
  EXPECT_FALSE(Bool_Swap(&b, true));
  EXPECT_TRUE(Bool_Load(&b));
  EXPECT_TRUE(Bool_CompareAndSwap(&b, true, false));
}

TEST(Atomic, PointerTemplatesWorkOnTheInstanceStruct) {
  int64_t a = 1, b = 2;
  PointerInt p{};
  EXPECT_EQ(Pointer_Load(&p), nullptr);
  Pointer_Store(&p, &a);
  EXPECT_EQ(Pointer_Swap(&p, &b), &a);
  EXPECT_FALSE(Pointer_CompareAndSwap(&p, &a, &a));
  EXPECT_TRUE(Pointer_CompareAndSwap(&p, &b, nullptr));
  EXPECT_EQ(Pointer_Load(&p), nullptr);
}

TEST_P(Atomics, ValueKeepsItsFirstTypeAndPanicsLikeGo) {
  runGo(procs(), [] {
    Value v{};
    EXPECT_TRUE(Value_Load(&v).isNil());
    Value_Store(&v, box(&intType, int64_t(1)));
    EXPECT_EQ(unboxData<int64_t>(Value_Load(&v).data), 1);
    EXPECT_EQ(unboxData<int64_t>(Value_Swap(&v, box(&intType, int64_t(2))).data), 1);
    EXPECT_TRUE(Value_CompareAndSwap(&v, box(&intType, int64_t(2)), box(&intType, int64_t(3))));
    EXPECT_EQ(rt_test::panicText([&] { Value_Store(&v, Iface()); }), "sync/atomic: store of nil value into Value");
    EXPECT_EQ(rt_test::panicText([&] { Value_Store(&v, box(&stringType, String("s"))); }),
              "sync/atomic: store of inconsistently typed value into Value");
    EXPECT_EQ(rt_test::panicText(
                  [&] { Value_CompareAndSwap(&v, box(&intType, int64_t(3)), box(&stringType, String("s"))); }),
              "sync/atomic: compare and swap of inconsistently typed values");
  });
}

TEST_P(Atomics, ContendedAddsAndCasLoopsLoseNothing) {
  runGo(procs(), [] {
    auto *n = newObject<int64_t>();
    auto *c = newObject<Uint64>();
    auto done = makeChan<int64_t>(8);
    for (int g = 0; g < 8; g++)
      spawn([=] {
        for (int i = 0; i < 20000; i++) {
          AddInt64(n, 1);
          for (;;) {
            uint64_t old = Uint64_Load(c);
            if (Uint64_CompareAndSwap(c, old, old + 1))
              break;
          }
        }
        chanSend<int64_t>(done, 1);
      });
    for (int g = 0; g < 8; g++)
      chanRecv(done);
    EXPECT_EQ(LoadInt64(n), 160000);
    EXPECT_EQ(Uint64_Load(c), 160000u);
  });
}

INSTANTIATE_TEST_SUITE_P(Workers, Atomics, ::testing::Values(1, 2, 4));
