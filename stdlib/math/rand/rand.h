// rand.h — package math/rand as docs/abi.md maps it, and the descriptor
// of its generator, *rand.rngSource.
//
// Invariants and why:
//  - Every sequence is Go's: the generator is Mitchell and Reeds' additive
//    lagged Fibonacci generator (607 words, tap 273) seeded as Go seeds
//    it, with Go's cooked values (cooked.cpp, recovered from the oracle's
//    outputs by tests/stdlib_rand/gen_cooked.go), and every method derives
//    its values from Int63/Uint64 as Go 1.19-1.23's math/rand does. So
//    rand.New(rand.NewSource(42)) prints what Go prints.
//  - The top-level functions use one generator behind a lock, seeded with
//    1 until Seed is called, as Go 1.19 does (Go 1.20 seeds it randomly
//    and Go 1.24 ignores Seed: their outputs are random, so Go 1.19's is
//    as good an outcome, and the only one a recorded output can match).
//  - NormFloat64 and ExpFloat64 are Marsaglia and Tsang's ziggurat method
//    with Go's tables (ziggurat.cpp, computed by
//    tests/stdlib_rand/gen_ziggurat.go and checked there against Go's
//    outputs); Zipf is Hörmann and Derflinger's rejection-inversion, as
//    Go's. Their exp and log are package math's, so they agree with it.
//  - Source and Source64 are interfaces: a Rand over a program's own
//    Source calls its methods through the method table (Int63 is method 0,
//    Seed 1, Uint64 2, sorted by name).
#pragma once

#include "gopp/go.h"

namespace pkg::math::rand {

using Source = go::Iface;
using Source64 = go::Iface;

Source NewSource(int64_t seed);

struct Rand {
  go::Iface src;
  go::Iface s64; // src as a Source64, or nil
  int64_t readVal;
  int8_t readPos;
  friend bool operator==(const Rand &, const Rand &) = default;
};

Rand *New(Source src);
void Rand_Seed(Rand *r, int64_t seed);
int64_t Rand_Int63(Rand *r);
uint32_t Rand_Uint32(Rand *r);
uint64_t Rand_Uint64(Rand *r);
int32_t Rand_Int31(Rand *r);
int64_t Rand_Int(Rand *r);
int64_t Rand_Int63n(Rand *r, int64_t n);
int32_t Rand_Int31n(Rand *r, int32_t n);
int64_t Rand_Intn(Rand *r, int64_t n);
double Rand_Float64(Rand *r);
float Rand_Float32(Rand *r);
go::Slice<int64_t> Rand_Perm(Rand *r, int64_t n);
void Rand_Shuffle(Rand *r, int64_t n, go::Func<void(int64_t, int64_t)> swap);
std::tuple<int64_t, go::Iface> Rand_Read(Rand *r, go::Slice<uint8_t> p);
double Rand_NormFloat64(Rand *r);
double Rand_ExpFloat64(Rand *r);

void Seed(int64_t seed);
int64_t Int63();
uint32_t Uint32();
uint64_t Uint64();
int32_t Int31();
int64_t Int();
int64_t Int63n(int64_t n);
int32_t Int31n(int32_t n);
int64_t Intn(int64_t n);
double Float64();
float Float32();
go::Slice<int64_t> Perm(int64_t n);
void Shuffle(int64_t n, go::Func<void(int64_t, int64_t)> swap);
std::tuple<int64_t, go::Iface> Read(go::Slice<uint8_t> p);
double NormFloat64();
double ExpFloat64();

struct Zipf {
  Rand *r;
  double imax, v, q, s, oneminusQ, oneminusQinv, hxm, hx0minusHxm;
  friend bool operator==(const Zipf &, const Zipf &) = default;
};
// Null when s <= 1 or v < 1, as Go's.
Zipf *NewZipf(Rand *r, double s, double v, uint64_t imax);
uint64_t Zipf_Uint64(Zipf *z);

namespace detail {

constexpr int rngLen = 607;
constexpr int rngTap = 273;
extern const int64_t rngCooked[rngLen];
extern const uint32_t kn[128], ke[256];      // ziggurat.cpp
extern const float wn[128], fn[128], we[256], fe[256];

// Go's rngSource: the generator NewSource returns.
struct rngSource {
  int64_t tap;
  int64_t feed;
  int64_t vec[rngLen];
};
void seed(rngSource *rng, int64_t seed);
inline uint64_t next(rngSource *rng) {
  if (--rng->tap < 0)
    rng->tap += rngLen;
  if (--rng->feed < 0)
    rng->feed += rngLen;
  uint64_t x = uint64_t(rng->vec[rng->feed]) + uint64_t(rng->vec[rng->tap]);
  rng->vec[rng->feed] = int64_t(x);
  return x;
}

// The descriptors of *rngSource and of the interfaces Source and Source64.
extern const go::Type rngSourcePtrType, SourceType, Source64Type;

} // namespace detail

} // namespace pkg::math::rand
