// pool_map_test.cpp — sync.Pool (New, per-P reuse, the victim cache
// across collections) and sync.Map (every method, interface-equality
// keys, Range during deletion, concurrent LoadOrStore).
#include <gtest/gtest.h>

#include <gc/gc.h>

#include "helpers.h"
#include "sync/sync.h"

using namespace go;
using namespace pkg::sync;
using synctest::runGo;
using synctest::spawn;

namespace {
class PoolMap : public synctest::WithWorkers {};
Iface boxInt(int64_t v) { return box(&intType, v); }
int64_t unboxInt(Iface x) { return unboxData<int64_t>(x.data); }
} // namespace

TEST_P(PoolMap, PoolGetCallsNewWhenEmptyAndReturnsWhatWasPut) {
  runGo(procs(), [] {
    Pool p{};
    EXPECT_TRUE(Pool_Get(&p).isNil()); // no New: nil
    p.New = Func<Iface()>([] { return boxInt(-1); });
    EXPECT_EQ(unboxInt(Pool_Get(&p)), -1);
    Pool_Put(&p, boxInt(5));
    EXPECT_EQ(unboxInt(Pool_Get(&p)), 5); // no park in between: same P
    Pool_Put(&p, Iface());
    EXPECT_EQ(unboxInt(Pool_Get(&p)), -1);
  });
}

TEST_P(PoolMap, PoolSurvivesOneCollectionNotTwo) {
  runGo(procs(), [] {
    Pool p{};
    Pool_Put(&p, boxInt(1));
    Pool_Put(&p, boxInt(2)); // to the shared stack
    GC_gcollect();
    Iface a = Pool_Get(&p), b = Pool_Get(&p);
    EXPECT_FALSE(a.isNil());
    EXPECT_FALSE(b.isNil());
    EXPECT_EQ(unboxInt(a) + unboxInt(b), 3);
    Pool_Put(&p, boxInt(3));
    GC_gcollect();
    GC_gcollect();
    EXPECT_TRUE(Pool_Get(&p).isNil());
  });
}

TEST_P(PoolMap, PoolNeverHandsOneObjectToTwoGetters) {
  runGo(procs(), [] {
    auto *p = newObject<Pool>();
    auto *inUse = static_cast<int64_t *>(alloc(64 * sizeof(int64_t)));
    auto *dup = newObject<bool>();
    for (int64_t i = 0; i < 64; i++)
      Pool_Put(p, boxInt(i));
    auto done = makeChan<int64_t>(8);
    for (int g = 0; g < 8; g++)
      spawn([=] {
        for (int i = 0; i < 2000; i++) {
          Iface x = Pool_Get(p);
          if (x.isNil())
            continue;
          int64_t k = unboxInt(x);
          if (__atomic_exchange_n(&inUse[k], 1, __ATOMIC_SEQ_CST))
            *dup = true;
          sched::gosched();
          __atomic_store_n(&inUse[k], 0, __ATOMIC_SEQ_CST);
          Pool_Put(p, x);
        }
        chanSend<int64_t>(done, 1);
      });
    for (int g = 0; g < 8; g++)
      chanRecv(done);
    EXPECT_FALSE(*dup);
  });
}

TEST_P(PoolMap, MapMethodsFollowGo) {
  runGo(procs(), [] {
    pkg::sync::Map m{};
    auto [v0, ok0] = Map_Load(&m, boxInt(1));
    EXPECT_FALSE(ok0);
    EXPECT_TRUE(v0.isNil());
    Map_Store(&m, boxInt(1), boxInt(10));
    auto [v1, ok1] = Map_Load(&m, boxInt(1));
    EXPECT_TRUE(ok1);
    EXPECT_EQ(unboxInt(v1), 10);
    EXPECT_FALSE(std::get<1>(Map_Load(&m, box(&int64Type, int64_t(1))))); // int64(1) is another key
    auto [a, loaded] = Map_LoadOrStore(&m, boxInt(1), boxInt(99));
    EXPECT_TRUE(loaded);
    EXPECT_EQ(unboxInt(a), 10);
    auto [prev, had] = Map_Swap(&m, boxInt(1), boxInt(11));
    EXPECT_TRUE(had);
    EXPECT_EQ(unboxInt(prev), 10);
    EXPECT_FALSE(Map_CompareAndSwap(&m, boxInt(1), boxInt(10), boxInt(12)));
    EXPECT_TRUE(Map_CompareAndSwap(&m, boxInt(1), boxInt(11), boxInt(12)));
    EXPECT_FALSE(Map_CompareAndDelete(&m, boxInt(1), boxInt(11)));
    EXPECT_TRUE(Map_CompareAndDelete(&m, boxInt(1), boxInt(12)));
    EXPECT_FALSE(std::get<1>(Map_LoadAndDelete(&m, boxInt(1))));
    for (int64_t i = 0; i < 10; i++)
      Map_Store(&m, boxInt(i), boxInt(i * i));
    Map_Delete(&m, boxInt(3));
    int64_t n = 0, sum = 0;
    int64_t *pn = &n, *psum = &sum;
    Map_Range(&m, Func<bool(Iface, Iface)>([pn, psum](Iface, Iface v) {
                ++*pn;
                *psum += unboxInt(v);
                return true;
              }));
    EXPECT_EQ(n, 9);
    EXPECT_EQ(sum, 285 - 9);
    Map_Clear(&m);
    EXPECT_FALSE(std::get<1>(Map_Load(&m, boxInt(0))));
  });
}

TEST_P(PoolMap, MapUnhashableKeyPanicsAndLeavesTheMapUsable) {
  runGo(procs(), [] {
    pkg::sync::Map m{};
    static const Type sliceT = [] {
      Type t{};
      t.self = &sliceT;
      t.kind = Kind::Slice;
      t.name = String("[]int");
      t.elem = &intType;
      t.size = sizeof(Slice<int64_t>);
      return t;
    }();
    Iface key = box(&sliceT, Slice<int64_t>{1, 2});
    EXPECT_EQ(rt_test::panicText([&] { Map_Store(&m, key, boxInt(1)); }),
              "runtime error: hash of unhashable type []int");
    Map_Store(&m, boxInt(1), boxInt(1)); // the lock was released
    EXPECT_TRUE(std::get<1>(Map_Load(&m, boxInt(1))));
  });
}

TEST_P(PoolMap, MapLoadOrStoreStoresOnceUnderContention) {
  runGo(procs(), [] {
    auto *m = newObject<pkg::sync::Map>();
    auto winners = makeChan<int64_t>(32);
    for (int64_t g = 0; g < 32; g++)
      spawn([=] {
        auto [v, loaded] = Map_LoadOrStore(m, boxInt(7), boxInt(g));
        (void)v;
        chanSend<int64_t>(winners, loaded ? 0 : 1);
      });
    int64_t total = 0;
    for (int g = 0; g < 32; g++)
      total += chanRecv(winners);
    EXPECT_EQ(total, 1);
  });
}

INSTANTIATE_TEST_SUITE_P(Workers, PoolMap, ::testing::Values(1, 2, 4));
