// source.cpp — the generator: Go's rngSource (Seed, Int63, Uint64) and
// NewSource, with the descriptor that boxes it as a Source.
//
// Seeding follows Go: the seed is reduced modulo 2^31-1 (0 becomes
// 89482311), then a Lehmer generator (x' = 48271 x mod 2^31-1, Schrage's
// method) is stepped 20 times and three words at a time fill the state,
// each XORed with the cooked value of its slot.
#include "math/rand/rand.h"

#include <cstring>

#include "errors/errors.h"
#include "io/io.h"

namespace pkg::math::rand {
namespace detail {
namespace {

int32_t seedrand(int32_t x) {
  constexpr int32_t A = 48271, Q = 44488, R = 3399, int32max = 0x7fffffff;
  int32_t hi = x / Q, lo = x % Q;
  x = A * lo - R * hi;
  if (x < 0)
    x += int32max;
  return x;
}

int64_t rngInt63(void *rng) { return int64_t(next(static_cast<rngSource *>(rng)) & 0x7fffffffffffffff); }
void rngSeed(void *rng, int64_t s) { seed(static_cast<rngSource *>(rng), s); }
uint64_t rngUint64(void *rng) { return next(static_cast<rngSource *>(rng)); }

const go::Type *const outInt64[] = {&go::int64Type};
const go::Type *const inInt64[] = {&go::int64Type};
const go::Type *const outUint64[] = {&go::uint64Type};
const go::Type funcInt64 = errors::detail::funcType(&funcInt64, "func() int64", nullptr, 0, outInt64, 1);
const go::Type funcSeed = errors::detail::funcType(&funcSeed, "func(int64)", inInt64, 1, nullptr, 0);
const go::Type funcUint64 = errors::detail::funcType(&funcUint64, "func() uint64", nullptr, 0, outUint64, 1);

const go::Method rngSourceMethods[] = {
    {go::String("Int63"), &funcInt64, reinterpret_cast<void *>(&rngInt63)},
    {go::String("Seed"), &funcSeed, reinterpret_cast<void *>(&rngSeed)},
    {go::String("Uint64"), &funcUint64, reinterpret_cast<void *>(&rngUint64)},
};
const go::Type rngSourceType =
    errors::detail::structType(&rngSourceType, "rand.rngSource", "math/rand", sizeof(rngSource),
                               [](const void *a, const void *b) { return std::memcmp(a, b, sizeof(rngSource)) == 0; },
                               nullptr, 0);

go::Type interfaceType(const go::Type *self, go::String name, const go::Method *methods, int64_t n) {
  go::Type t = io::detail::interfaceType(self, name, methods, n);
  t.pkgPath = "math/rand";
  return t;
}
const go::Method sourceMethods[] = {{go::String("Int63"), &funcInt64, nullptr},
                                    {go::String("Seed"), &funcSeed, nullptr}};
const go::Method source64Methods[] = {{go::String("Int63"), &funcInt64, nullptr},
                                      {go::String("Seed"), &funcSeed, nullptr},
                                      {go::String("Uint64"), &funcUint64, nullptr}};

} // namespace

const go::Type rngSourcePtrType =
    errors::detail::pointerType(&rngSourcePtrType, "*rand.rngSource", &rngSourceType, rngSourceMethods, 3);
const go::Type SourceType = interfaceType(&SourceType, "rand.Source", sourceMethods, 2);
const go::Type Source64Type = interfaceType(&Source64Type, "rand.Source64", source64Methods, 3);

void seed(rngSource *rng, int64_t s) {
  constexpr int64_t int32max = 0x7fffffff;
  rng->tap = 0;
  rng->feed = rngLen - rngTap;
  s %= int32max;
  if (s < 0)
    s += int32max;
  if (s == 0)
    s = 89482311;
  int32_t x = int32_t(s);
  for (int i = -20; i < rngLen; i++) {
    x = seedrand(x);
    if (i >= 0) {
      uint64_t u = uint64_t(int64_t(x)) << 40;
      x = seedrand(x);
      u ^= uint64_t(int64_t(x)) << 20;
      x = seedrand(x);
      u ^= uint64_t(int64_t(x));
      u ^= uint64_t(rngCooked[i]);
      rng->vec[i] = int64_t(u);
    }
  }
}

} // namespace detail

Source NewSource(int64_t seed) {
  auto *rng = go::newObject<detail::rngSource>();
  detail::seed(rng, seed);
  return go::Iface(go::itab(&detail::rngSourcePtrType, &detail::SourceType), rng);
}

} // namespace pkg::math::rand
