// types.cpp — the predeclared type descriptors, method lookup, hashing of
// values through their descriptors, and the runtime's random numbers.
//
// Invariants and why:
//  - The predeclared descriptors are constinit, so they are valid before
//    any dynamic initialiser runs (stdlib globals may box values into
//    interfaces while C++ static initialisation is still under way).
//  - Their names are Go's %T spelling: "int", "uint8" (byte is uint8),
//    "int32" (rune is int32), "interface {}" for any, "error".
//  - hashValue is consistent with the `equal` the same descriptor gives:
//    +0 and -0 hash alike, a NaN hashes to a fresh random number (so NaN
//    keys never collide into one entry, as in Go), blank struct fields
//    and padding are skipped, and an interface hashes its dynamic type
//    and value. Values whose type has no `equal` are unhashable and panic
//    with Go's "hash of unhashable type T".
//  - randomU64 is a per-thread generator (wyrand-style: a Weyl sequence
//    through a 128-bit multiply mix), seeded from getrandom, so map seeds
//    and iteration starts differ between runs, as Go's do.
#include <ctime>
#include <sys/random.h>

#include "internal.h"

namespace go {

namespace {

constexpr uint64_t kP0 = 0xa0761d6478bd642full, kP1 = 0xe7037ed1a0b428dbull, kP2 = 0x8ebc6af09c88c6e3ull;

inline uint64_t mum(uint64_t a, uint64_t b) {
  __uint128_t r = __uint128_t(a) * b;
  return uint64_t(r) ^ uint64_t(r >> 64);
}
inline uint64_t mixWord(uint64_t v, uint64_t seed) { return mum(v ^ kP0, seed ^ kP1); }

constexpr uint8_t kNamedFlag = kNamed;

// A predeclared basic type's descriptor.
template <class T> constexpr Type basic(const Type *self, Kind k, String name, uint8_t flags = kNamedFlag) {
  return Type{self, k, flags, uint32_t(sizeof(T)), name, String(), &equalOf<T>, nullptr, nullptr, 0, nullptr, 0,
              nullptr, 0, nullptr, 0, nullptr, 0, false};
}

constinit const Type *const kStringOut[1] = {&stringType};

constinit const Method kErrorMethods[1] = {{GOPP_LIT("Error"), &funcStringType, nullptr}};

} // namespace

constinit const Type boolType = basic<bool>(&boolType, Kind::Bool, GOPP_LIT("bool"));
constinit const Type intType = basic<int64_t>(&intType, Kind::Int, GOPP_LIT("int"));
constinit const Type int8Type = basic<int8_t>(&int8Type, Kind::Int8, GOPP_LIT("int8"));
constinit const Type int16Type = basic<int16_t>(&int16Type, Kind::Int16, GOPP_LIT("int16"));
constinit const Type int32Type = basic<int32_t>(&int32Type, Kind::Int32, GOPP_LIT("int32"));
constinit const Type int64Type = basic<int64_t>(&int64Type, Kind::Int64, GOPP_LIT("int64"));
constinit const Type uintType = basic<uint64_t>(&uintType, Kind::Uint, GOPP_LIT("uint"));
constinit const Type uint8Type = basic<uint8_t>(&uint8Type, Kind::Uint8, GOPP_LIT("uint8"));
constinit const Type uint16Type = basic<uint16_t>(&uint16Type, Kind::Uint16, GOPP_LIT("uint16"));
constinit const Type uint32Type = basic<uint32_t>(&uint32Type, Kind::Uint32, GOPP_LIT("uint32"));
constinit const Type uint64Type = basic<uint64_t>(&uint64Type, Kind::Uint64, GOPP_LIT("uint64"));
constinit const Type uintptrType = basic<uintptr_t>(&uintptrType, Kind::Uintptr, GOPP_LIT("uintptr"));
constinit const Type float32Type = basic<float>(&float32Type, Kind::Float32, GOPP_LIT("float32"));
constinit const Type float64Type = basic<double>(&float64Type, Kind::Float64, GOPP_LIT("float64"));
constinit const Type complex64Type = basic<complex64>(&complex64Type, Kind::Complex64, GOPP_LIT("complex64"));
constinit const Type complex128Type = basic<complex128>(&complex128Type, Kind::Complex128, GOPP_LIT("complex128"));
constinit const Type stringType = basic<String>(&stringType, Kind::String, GOPP_LIT("string"));
constinit const Type unsafePointerType =
    basic<void *>(&unsafePointerType, Kind::UnsafePointer, GOPP_LIT("unsafe.Pointer"), kNamedFlag | kPointerShaped);

constinit const Type errorType{&errorType,     Kind::Interface, kNamedFlag, uint32_t(sizeof(Iface)),
                               GOPP_LIT("error"), String(),     &equalOf<Iface>, nullptr,
                               nullptr,       0,               nullptr,    0,
                               kErrorMethods, 1,               nullptr,    0,
                               nullptr,       0,               false};
constinit const Type anyType{&anyType, Kind::Interface, 0,       uint32_t(sizeof(Iface)), GOPP_LIT("interface {}"),
                             String(), &equalOf<Iface>, nullptr, nullptr,
                             0,        nullptr,         0,       nullptr,
                             0,        nullptr,         0,       nullptr,
                             0,        false};

constinit const Type funcStringType{&funcStringType, Kind::Func, 0,       16,      GOPP_LIT("func() string"),
                                    String(),        nullptr,    nullptr, nullptr, 0,
                                    nullptr,         0,          nullptr, 0,       nullptr,
                                    0,               kStringOut, 1,       false};

namespace detail {

constinit const Type funcVoidType{&funcVoidType, Kind::Func, 0,       16,      GOPP_LIT("func()"),
                                  String(),      nullptr,    nullptr, nullptr, 0,
                                  nullptr,       0,          nullptr, 0,       nullptr,
                                  0,             nullptr,    0,       false};

bool isPredeclared(const Type *t) {
  if (!t)
    return false;
  switch (t->kind) {
  case Kind::Bool:
  case Kind::Int:
  case Kind::Int8:
  case Kind::Int16:
  case Kind::Int32:
  case Kind::Int64:
  case Kind::Uint:
  case Kind::Uint8:
  case Kind::Uint16:
  case Kind::Uint32:
  case Kind::Uint64:
  case Kind::Uintptr:
  case Kind::Float32:
  case Kind::Float64:
  case Kind::Complex64:
  case Kind::Complex128:
  case Kind::String:
    // Defined types carry their package's path; the predeclared ones
    // (ours, or a copy another translation unit made) have none.
    return t->pkgPath.n == 0;
  default:
    return false;
  }
}

bool identicalTypes(const Type *a, const Type *b) {
  if (a == b)
    return true;
  if (!a || !b || a->kind != b->kind || a->named() != b->named())
    return false;
  if (a->named() || isPredeclared(a))
    return a->name == b->name && a->pkgPath == b->pkgPath;
  switch (a->kind) {
  case Kind::Func:
    if (a->numIn != b->numIn || a->numOut != b->numOut || a->variadic != b->variadic)
      return false;
    for (int64_t i = 0; i < a->numIn; i++)
      if (!identicalTypes(a->in[i], b->in[i]))
        return false;
    for (int64_t i = 0; i < a->numOut; i++)
      if (!identicalTypes(a->out[i], b->out[i]))
        return false;
    return true;
  case Kind::Pointer:
  case Kind::Slice:
    return identicalTypes(a->elem, b->elem);
  case Kind::Array:
  case Kind::Chan:
    return a->len == b->len && identicalTypes(a->elem, b->elem);
  case Kind::Map:
    return identicalTypes(a->key, b->key) && identicalTypes(a->elem, b->elem);
  default:
    // Unnamed structs and interfaces: their spelling is their structure.
    return a->name == b->name;
  }
}

} // namespace detail

const Method *Type::method(String want) const {
  int64_t lo = 0, hi = numMethods;
  while (lo < hi) {
    int64_t mid = lo + (hi - lo) / 2;
    auto c = methods[mid].name <=> want;
    if (c == 0)
      return &methods[mid];
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return nullptr;
}

// ------------------------------------------------------------ hashing

uint64_t hashBytes(const void *data, size_t n, uint64_t seed) {
  // wyhash's shape: read the input in 16-byte pairs, fold each pair into
  // the state through a 64x64->128 multiply, finish with one more mix.
  const uint8_t *p = static_cast<const uint8_t *>(data);
  auto r64 = [](const uint8_t *q) {
    uint64_t v;
    std::memcpy(&v, q, 8);
    return v;
  };
  auto r32 = [](const uint8_t *q) {
    uint32_t v;
    std::memcpy(&v, q, 4);
    return uint64_t(v);
  };
  seed ^= mum(seed ^ kP0, kP1);
  uint64_t a = 0, b = 0;
  if (n <= 16) {
    if (n >= 4) {
      size_t mid = (n >> 3) << 2; // 0 for n < 8, 4 otherwise
      a = (r32(p) << 32) | r32(p + mid);
      b = (r32(p + n - 4) << 32) | r32(p + n - 4 - mid);
    } else if (n > 0) {
      a = (uint64_t(p[0]) << 16) | (uint64_t(p[n >> 1]) << 8) | p[n - 1];
    }
  } else {
    size_t i = n;
    if (i > 48) {
      uint64_t s1 = seed, s2 = seed;
      do {
        seed = mum(r64(p) ^ kP1, r64(p + 8) ^ seed);
        s1 = mum(r64(p + 16) ^ kP2, r64(p + 24) ^ s1);
        s2 = mum(r64(p + 32) ^ kP0, r64(p + 40) ^ s2);
        p += 48;
        i -= 48;
      } while (i > 48);
      seed ^= s1 ^ s2;
    }
    while (i > 16) {
      seed = mum(r64(p) ^ kP1, r64(p + 8) ^ seed);
      p += 16;
      i -= 16;
    }
    a = r64(p + i - 16);
    b = r64(p + i - 8);
  }
  a ^= kP1;
  b ^= seed;
  __uint128_t r = __uint128_t(a) * b;
  return mum(uint64_t(r) ^ kP0 ^ n, uint64_t(r >> 64) ^ kP1);
}

namespace {

template <class F> uint64_t hashFloat(F f, uint64_t seed) {
  if (f != f)
    return randomU64(); // NaN != NaN: any hash will do, a random one spreads them
  if (f == 0)
    return mixWord(0, seed); // +0 == -0
  double d = double(f);
  uint64_t bits;
  std::memcpy(&bits, &d, 8);
  return mixWord(bits, seed);
}

uint64_t hashWord(const void *p, size_t size, uint64_t seed) {
  uint64_t v = 0;
  std::memcpy(&v, p, size < 8 ? size : 8);
  return mixWord(v, seed);
}

} // namespace

uint64_t hashValue(const Type *t, const void *p, uint64_t seed) {
  if (!t)
    t = &anyType; // callers that know only "an interface key" pass null
  switch (t->kind) {
  case Kind::Bool:
  case Kind::Int:
  case Kind::Int8:
  case Kind::Int16:
  case Kind::Int32:
  case Kind::Int64:
  case Kind::Uint:
  case Kind::Uint8:
  case Kind::Uint16:
  case Kind::Uint32:
  case Kind::Uint64:
  case Kind::Uintptr:
  case Kind::Pointer:
  case Kind::Chan:
  case Kind::UnsafePointer:
    return hashWord(p, t->size, seed);
  case Kind::Float32:
    return hashFloat(*static_cast<const float *>(p), seed);
  case Kind::Float64:
    return hashFloat(*static_cast<const double *>(p), seed);
  case Kind::Complex64: {
    auto c = static_cast<const float *>(p);
    return hashFloat(c[1], hashFloat(c[0], seed));
  }
  case Kind::Complex128: {
    auto c = static_cast<const double *>(p);
    return hashFloat(c[1], hashFloat(c[0], seed));
  }
  case Kind::String: {
    auto s = static_cast<const String *>(p);
    return hashBytes(s->p, size_t(s->n), seed);
  }
  case Kind::Array: {
    if (!t->equal)
      panicUnhashable(t);
    const uint8_t *b = static_cast<const uint8_t *>(p);
    uint64_t h = mixWord(uint64_t(t->len), seed);
    for (int64_t i = 0; i < t->len; i++)
      h = hashValue(t->elem, b + size_t(i) * t->elem->size, h);
    return h;
  }
  case Kind::Struct: {
    if (!t->equal)
      panicUnhashable(t);
    const uint8_t *b = static_cast<const uint8_t *>(p);
    uint64_t h = mixWord(uint64_t(t->numFields), seed);
    for (int64_t i = 0; i < t->numFields; i++) {
      const Field &f = t->fields[i];
      if (f.name == String("_"))
        continue; // blank fields take no part in ==
      h = hashValue(f.type, b + f.offset, h);
    }
    return h;
  }
  case Kind::Interface: {
    auto x = static_cast<const Iface *>(p);
    if (!x->tab)
      return mixWord(0, seed);
    const Type *dt = x->tab->type;
    if (!dt->equal)
      panicUnhashable(dt);
    uint64_t h = mixWord(uint64_t(uintptr_t(dt)), seed);
    return dt->pointerShaped() ? hashValue(dt, &x->data, h) : hashValue(dt, x->data, h);
  }
  case Kind::Func:
  case Kind::Map:
  case Kind::Slice:
  case Kind::Invalid:
    break;
  }
  panicUnhashable(t);
}

// ------------------------------------------------------------- random

uint64_t randomU64() {
  thread_local uint64_t state = 0;
  if (__builtin_expect(state == 0, 0)) {
    uint64_t s = 0;
    if (getrandom(&s, sizeof s, GRND_NONBLOCK) != ssize_t(sizeof s)) {
      timespec ts{};
      clock_gettime(CLOCK_MONOTONIC, &ts);
      s = uint64_t(ts.tv_nsec) ^ (uint64_t(ts.tv_sec) << 30) ^ uint64_t(uintptr_t(&state));
    }
    state = s | 1;
  }
  state += kP0;
  return mum(state ^ kP1, state);
}

} // namespace go
