// rand.cpp — Rand's methods and the top-level functions: every value is
// derived from the source's Int63 (or Uint64) exactly as Go's math/rand
// derives it, so seeded sequences match Go's.
//
// The algorithms are written once (namespace `algo`) over a generator G
// with int63() and uint64(): a Rand over any Source, and the top-level
// functions' locked generator. That lock is the runtime's (gopp/lock.h),
// held for one generator step (a whole buffer for Read), which makes no
// call that could block or switch goroutines.
#include "math/rand/rand.h"

#include <cstring>

#include "gopp/lock.h"
#include "math/math.h"

namespace pkg::math::rand {
namespace {

[[noreturn]] void invalid(const char *what) { go::gopanic(go::box(&go::stringType, go::makeString(what, int64_t(std::strlen(what))))); }

namespace algo {

template <class G> uint32_t uint32(G &g) { return uint32_t(g.int63() >> 31); }
template <class G> int32_t int31(G &g) { return int32_t(g.int63() >> 32); }
template <class G> int64_t integer(G &g) { return int64_t(uint64_t(g.int63()) << 1 >> 1); }

template <class G> int64_t int63n(G &g, int64_t n) {
  if (n <= 0)
    invalid("invalid argument to Int63n");
  if ((n & (n - 1)) == 0) // a power of two: mask
    return g.int63() & (n - 1);
  int64_t max = int64_t((uint64_t(1) << 63) - 1 - (uint64_t(1) << 63) % uint64_t(n));
  int64_t v = g.int63();
  while (v > max)
    v = g.int63();
  return v % n;
}

template <class G> int32_t int31n(G &g, int32_t n) {
  if (n <= 0)
    invalid("invalid argument to Int31n");
  if ((n & (n - 1)) == 0)
    return int31(g) & (n - 1);
  int32_t max = int32_t((uint32_t(1) << 31) - 1 - (uint32_t(1) << 31) % uint32_t(n));
  int32_t v = int31(g);
  while (v > max)
    v = int31(g);
  return v % n;
}

// Lemire's multiply-and-shift, as Go's unexported int31n (Shuffle's).
template <class G> int32_t int31nFast(G &g, int32_t n) {
  uint32_t v = uint32(g);
  uint64_t prod = uint64_t(v) * uint64_t(n);
  uint32_t low = uint32_t(prod);
  if (low < uint32_t(n)) {
    uint32_t thresh = uint32_t(-n) % uint32_t(n);
    while (low < thresh) {
      v = uint32(g);
      prod = uint64_t(v) * uint64_t(n);
      low = uint32_t(prod);
    }
  }
  return int32_t(prod >> 32);
}

template <class G> int64_t intn(G &g, int64_t n) {
  if (n <= 0)
    invalid("invalid argument to Intn");
  if (n <= 0x7fffffff)
    return int31n(g, int32_t(n));
  return int63n(g, n);
}

template <class G> double float64(G &g) {
  for (;;) {
    double f = double(g.int63()) / 9223372036854775808.0; // 2^63
    if (f != 1)
      return f;
  }
}

template <class G> float float32(G &g) {
  for (;;) {
    float f = float(float64(g));
    if (f != 1)
      return f;
  }
}

template <class G> go::Slice<int64_t> perm(G &g, int64_t n) {
  go::Slice<int64_t> m = go::makeSlice<int64_t>(n);
  for (int64_t i = 0; i < n; i++) {
    int64_t j = intn(g, i + 1);
    m[i] = m[j];
    m[j] = i;
  }
  return m;
}

template <class G> void shuffle(G &g, int64_t n, go::Func<void(int64_t, int64_t)> swap) {
  if (n < 0)
    invalid("invalid argument to Shuffle");
  int64_t i = n - 1;
  for (; i > 0x7fffffff - 1; i--)
    swap(i, int63n(g, i + 1));
  for (; i > 0; i--)
    swap(i, int64_t(int31nFast(g, int32_t(i + 1))));
}

// Seven bytes of each Int63, low byte first; readVal and readPos carry
// the unused bytes over to the next call.
template <class G> int64_t read(G &g, go::Slice<uint8_t> p, int64_t *readVal, int8_t *readPos) {
  int8_t pos = *readPos;
  int64_t val = *readVal;
  int64_t n = 0;
  for (; n < p.len(); n++) {
    if (pos == 0) {
      val = g.int63();
      pos = 7;
    }
    p[n] = uint8_t(val);
    val >>= 8;
    pos--;
  }
  *readPos = pos;
  *readVal = val;
  return n;
}

// The ziggurat method (Marsaglia and Tsang), as Go's NormFloat64.
template <class G> double normFloat64(G &g) {
  constexpr double rn = 3.442619855899;
  for (;;) {
    int32_t j = int32_t(uint32(g)); // possibly negative
    int32_t i = j & 0x7F;
    double x = double(j) * double(detail::wn[i]);
    uint32_t absj = j < 0 ? uint32_t(0) - uint32_t(j) : uint32_t(j);
    if (absj < detail::kn[i])
      return x; // more than 99% of the time
    if (i == 0) {
      // The base strip's tail.
      for (;;) {
        x = -pkg::math::Log(float64(g)) * (1.0 / rn);
        double y = -pkg::math::Log(float64(g));
        if (y + y >= x * x)
          break;
      }
      return j > 0 ? rn + x : -rn - x;
    }
    if (detail::fn[i] + float(float64(g)) * (detail::fn[i - 1] - detail::fn[i]) < float(pkg::math::Exp(-.5 * x * x)))
      return x;
  }
}

// The ziggurat method for the exponential distribution, as Go's ExpFloat64.
template <class G> double expFloat64(G &g) {
  constexpr double re = 7.69711747013104972;
  for (;;) {
    uint32_t j = uint32(g);
    uint32_t i = j & 0xFF;
    double x = double(j) * double(detail::we[i]);
    if (j < detail::ke[i])
      return x;
    if (i == 0)
      return re - pkg::math::Log(float64(g));
    if (detail::fe[i] + float(float64(g)) * (detail::fe[i - 1] - detail::fe[i]) < float(pkg::math::Exp(-x)))
      return x;
  }
}

} // namespace algo

// A Rand's source: Go's generator directly, or any Source through its
// method table (Int63 is method 0, Seed 1; Source64's Uint64 is 2).
struct RandGen {
  Rand *r;
  int64_t int63() {
    if (r->src.tab && r->src.tab->type == &detail::rngSourcePtrType)
      return int64_t(detail::next(static_cast<detail::rngSource *>(r->src.data)) & 0x7fffffffffffffff);
    return go::method<int64_t (*)(void *)>(r->src, 0)(r->src.data);
  }
  uint64_t uint64() {
    if (r->s64.tab)
      return go::method<uint64_t (*)(void *)>(r->s64, 2)(r->s64.data);
    uint64_t lo = uint64_t(int63()) >> 31;
    return lo | uint64_t(int63()) << 32;
  }
};

// The top-level functions' generator: Go 1.19's, seeded with 1.
struct Global {
  go::RuntimeLock mu; // its lock is an acquire and its unlock a release
  bool seeded = false;
  detail::rngSource rng;
  int64_t readVal = 0;
  int8_t readPos = 0;

  void lock() {
    mu.lock();
    if (!seeded) {
      detail::seed(&rng, 1);
      seeded = true;
    }
  }
  void unlock() { mu.unlock(); }
};
Global global;

// One locked step per value, as Go's lockedSource: the algorithms above
// call it several times for one result, each a separate critical section.
struct GlobalGen {
  int64_t int63() {
    global.lock();
    int64_t v = int64_t(detail::next(&global.rng) & 0x7fffffffffffffff);
    global.unlock();
    return v;
  }
  uint64_t uint64() {
    global.lock();
    uint64_t v = detail::next(&global.rng);
    global.unlock();
    return v;
  }
};

} // namespace

// ------------------------------------------------------------- Rand

Rand *New(Source src) {
  auto *r = go::newObject<Rand>();
  r->src = src;
  if (src.tab)
    if (const go::Itab *tab = go::findItab(src.tab->type, &detail::Source64Type))
      r->s64 = go::Iface(tab, src.data);
  return r;
}

void Rand_Seed(Rand *r, int64_t seed) {
  if (r->src.tab && r->src.tab->type == &detail::rngSourcePtrType)
    detail::seed(static_cast<detail::rngSource *>(r->src.data), seed);
  else
    go::method<void (*)(void *, int64_t)>(r->src, 1)(r->src.data, seed);
  r->readPos = 0;
}

int64_t Rand_Int63(Rand *r) { return RandGen{r}.int63(); }
uint32_t Rand_Uint32(Rand *r) {
  RandGen g{r};
  return algo::uint32(g);
}
uint64_t Rand_Uint64(Rand *r) { return RandGen{r}.uint64(); }
int32_t Rand_Int31(Rand *r) {
  RandGen g{r};
  return algo::int31(g);
}
int64_t Rand_Int(Rand *r) {
  RandGen g{r};
  return algo::integer(g);
}
int64_t Rand_Int63n(Rand *r, int64_t n) {
  RandGen g{r};
  return algo::int63n(g, n);
}
int32_t Rand_Int31n(Rand *r, int32_t n) {
  RandGen g{r};
  return algo::int31n(g, n);
}
int64_t Rand_Intn(Rand *r, int64_t n) {
  RandGen g{r};
  return algo::intn(g, n);
}
double Rand_Float64(Rand *r) {
  RandGen g{r};
  return algo::float64(g);
}
float Rand_Float32(Rand *r) {
  RandGen g{r};
  return algo::float32(g);
}
go::Slice<int64_t> Rand_Perm(Rand *r, int64_t n) {
  RandGen g{r};
  return algo::perm(g, n);
}
void Rand_Shuffle(Rand *r, int64_t n, go::Func<void(int64_t, int64_t)> swap) {
  RandGen g{r};
  algo::shuffle(g, n, swap);
}
std::tuple<int64_t, go::Iface> Rand_Read(Rand *r, go::Slice<uint8_t> p) {
  RandGen g{r};
  return {algo::read(g, p, &r->readVal, &r->readPos), go::Iface()};
}

double Rand_NormFloat64(Rand *r) {
  RandGen g{r};
  return algo::normFloat64(g);
}
double Rand_ExpFloat64(Rand *r) {
  RandGen g{r};
  return algo::expFloat64(g);
}

// ------------------------------------------------------------- Zipf

namespace {
double zipfH(const Zipf *z, double x) { return pkg::math::Exp(z->oneminusQ * pkg::math::Log(z->v + x)) * z->oneminusQinv; }
double zipfHinv(const Zipf *z, double x) {
  return pkg::math::Exp(z->oneminusQinv * pkg::math::Log(z->oneminusQ * x)) - z->v;
}
} // namespace

Zipf *NewZipf(Rand *r, double s, double v, uint64_t imax) {
  if (s <= 1.0 || v < 1)
    return nullptr;
  auto *z = go::newObject<Zipf>();
  z->r = r;
  z->imax = double(imax);
  z->v = v;
  z->q = s;
  z->oneminusQ = 1.0 - z->q;
  z->oneminusQinv = 1.0 / z->oneminusQ;
  z->hxm = zipfH(z, z->imax + 0.5);
  z->hx0minusHxm = zipfH(z, 0.5) - pkg::math::Exp(pkg::math::Log(z->v) * (-z->q)) - z->hxm;
  z->s = 1 - zipfHinv(z, zipfH(z, 1.5) - pkg::math::Exp(-z->q * pkg::math::Log(z->v + 1.0)));
  return z;
}

// Rejection-inversion (Hörmann and Derflinger), as Go's Zipf.Uint64.
uint64_t Zipf_Uint64(Zipf *z) {
  if (!z)
    invalid("rand: nil Zipf");
  double k = 0.0;
  for (;;) {
    double r = Rand_Float64(z->r);
    double ur = z->hxm + r * z->hx0minusHxm;
    double x = zipfHinv(z, ur);
    k = pkg::math::Floor(x + 0.5);
    if (k - x <= z->s)
      break;
    if (ur >= zipfH(z, k + 0.5) - pkg::math::Exp(-pkg::math::Log(k + z->v) * z->q))
      break;
  }
  return uint64_t(k);
}

// ----------------------------------------------------- the top level

void Seed(int64_t seed) {
  global.lock();
  detail::seed(&global.rng, seed);
  global.readPos = 0;
  global.unlock();
}

int64_t Int63() { return GlobalGen{}.int63(); }
uint32_t Uint32() {
  GlobalGen g;
  return algo::uint32(g);
}
uint64_t Uint64() { return GlobalGen{}.uint64(); }
int32_t Int31() {
  GlobalGen g;
  return algo::int31(g);
}
int64_t Int() {
  GlobalGen g;
  return algo::integer(g);
}
int64_t Int63n(int64_t n) {
  GlobalGen g;
  return algo::int63n(g, n);
}
int32_t Int31n(int32_t n) {
  GlobalGen g;
  return algo::int31n(g, n);
}
int64_t Intn(int64_t n) {
  GlobalGen g;
  return algo::intn(g, n);
}
double Float64() {
  GlobalGen g;
  return algo::float64(g);
}
float Float32() {
  GlobalGen g;
  return algo::float32(g);
}
go::Slice<int64_t> Perm(int64_t n) {
  GlobalGen g;
  return algo::perm(g, n);
}
void Shuffle(int64_t n, go::Func<void(int64_t, int64_t)> swap) {
  GlobalGen g;
  algo::shuffle(g, n, swap);
}

double NormFloat64() {
  GlobalGen g;
  return algo::normFloat64(g);
}
double ExpFloat64() {
  GlobalGen g;
  return algo::expFloat64(g);
}

// Read holds the lock across the whole buffer, as Go's lockedSource.read.
std::tuple<int64_t, go::Iface> Read(go::Slice<uint8_t> p) {
  struct Unlocked {
    int64_t int63() { return int64_t(detail::next(&global.rng) & 0x7fffffffffffffff); }
  } g;
  global.lock();
  int64_t n = algo::read(g, p, &global.readVal, &global.readPos);
  global.unlock();
  return {n, go::Iface()};
}

} // namespace pkg::math::rand
