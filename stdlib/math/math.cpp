// math.cpp — package math on <cmath>, with Go's results where Go's
// definition differs from C's: Modf of ±Inf and NaN, Frexp's exponent
// for non-finite values, Ilogb's sentinels, Max/Min's ±0 and NaN rules,
// Log (Go's own algorithm) and Log10 and Log2 (computed from it),
// Pow10 from Go's power tables, and Lgamma's and Y0/Y1/Yn's special cases.
//
// Invariants: every special case listed in Go's documentation holds.
// Elsewhere a result may differ from Go's in the last bit where Go's
// pure-Go algorithm and the C library round differently (Erfinv is
// computed by Newton steps on erf).
#include "math/math.h"

#include <cmath>
#include <cstring>

namespace pkg::math {

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();
}



double Ceil(double x) { return std::ceil(x); }
double Floor(double x) { return std::floor(x); }
double Trunc(double x) { return std::trunc(x); }
double Round(double x) { return std::round(x); }
double RoundToEven(double x) { return std::nearbyint(x); }
double Dim(double x, double y) {
  double v = x - y;
  if (v <= 0)
    return 0;
  return v; // NaN stays NaN
}
double Max(double x, double y) {
  if (IsInf(x, 1) || IsInf(y, 1))
    return kInf;
  if (x != x || y != y)
    return NaN();
  if (x == 0 && x == y)
    return Signbit(x) ? y : x;
  return x > y ? x : y;
}
double Min(double x, double y) {
  if (IsInf(x, -1) || IsInf(y, -1))
    return -kInf;
  if (x != x || y != y)
    return NaN();
  if (x == 0 && x == y)
    return Signbit(x) ? x : y;
  return x < y ? x : y;
}
double Mod(double x, double y) { return std::fmod(x, y); }
double Remainder(double x, double y) { return std::remainder(x, y); }

std::tuple<double, double> Modf(double f) {
  if (f < 1) {
    if (f < 0) {
      auto [i, fr] = Modf(-f);
      return {-i, -fr};
    }
    if (f == 0)
      return {f, f};
    return {0.0, f};
  }
  uint64_t x = Float64bits(f);
  uint64_t e = ((x >> 52) & 0x7FF) - 1023;
  if (e < 64 - 12)
    x &= ~((uint64_t(1) << (64 - 12 - e)) - 1);
  double i = Float64frombits(x);
  return {i, f - i};
}

// Cbrt follows the algorithm Go uses (from FreeBSD's s_cbrt.c: a bit-level
// first guess, a rational polynomial to 23 bits, then one Newton step),
// because glibc's cbrt differs in the last bit (cbrt(27) is not 3 there).
double Cbrt(double x) {
  constexpr uint64_t B1 = 715094163, B2 = 696219795;
  constexpr double C = 5.42857142857142815906e-01, D = -7.05306122448979611050e-01,
                   E = 1.41428571428571436819e+00, F = 1.60714285714285720630e+00,
                   G = 3.57142857142857150787e-01, smallestNormal = 2.22507385850720138309e-308;
  if (x == 0 || x != x || std::isinf(x))
    return x;
  bool sign = x < 0;
  if (sign)
    x = -x;
  auto bits = [](double d) { uint64_t b; std::memcpy(&b, &d, 8); return b; };
  auto from = [](uint64_t b) { double d; std::memcpy(&d, &b, 8); return d; };
  double t = from(bits(x) / 3 + (B1 << 32));
  if (x < smallestNormal) {
    t = double(uint64_t(1) << 54);
    t *= x;
    t = from(bits(t) / 3 + (B2 << 32));
  }
  double r = t * t / x;
  double s = C + r * t;
  t *= G + F / (s + E + D / s);
  t = from((bits(t) & (uint64_t(0xFFFFFFFFC) << 28)) + (uint64_t(1) << 30));
  s = t * t;
  r = x / s;
  double w = t + t;
  r = (r - t) / (w + r);
  t = t + t * r;
  return sign ? -t : t;
}
double Exp(double x) { return std::exp(x); }
double Exp2(double x) { return std::exp2(x); }
double Expm1(double x) { return std::expm1(x); }
double FMA(double x, double y, double z) { return std::fma(x, y, z); }
std::tuple<double, int64_t> Frexp(double f) {
  if (f == 0 || std::isinf(f) || f != f)
    return {f, 0};
  int e;
  double fr = std::frexp(f, &e);
  return {fr, e};
}
double Hypot(double p, double q) { return std::hypot(p, q); }
int64_t Ilogb(double x) {
  if (x == 0)
    return INT32_MIN;
  if (x != x || std::isinf(x))
    return INT32_MAX;
  return std::ilogb(x);
}
double Logb(double x) {
  if (x == 0)
    return -kInf;
  if (std::isinf(x))
    return kInf;
  if (x != x)
    return x;
  return double(std::ilogb(x));
}
double Ldexp(double frac, int64_t exp) {
  if (exp > 100000)
    exp = 100000;
  else if (exp < -100000)
    exp = -100000;
  return std::ldexp(frac, int(exp));
}
// Go's Log (FreeBSD's e_log.c algorithm, which Go's amd64 assembly also
// follows), so that Log10 and Log2, computed from it, give Go's bits.
double Log(double x) {
  const double Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10;
  const double L1 = 6.666666666666735130e-01, L2 = 3.999999999940941908e-01, L3 = 2.857142874366239149e-01,
               L4 = 2.222219843214978396e-01, L5 = 1.818357216161805012e-01, L6 = 1.531383769920937332e-01,
               L7 = 1.479819860511658591e-01;
  if (x != x || x == kInf)
    return x;
  if (x < 0)
    return NaN();
  if (x == 0)
    return -kInf;
  // Go's amd64 assembly takes the exponent and mantissa bits as they are
  // (denormals are not normalised), so this does too.
  uint64_t bits = Float64bits(x);
  double f1 = Float64frombits((bits & 0x000FFFFFFFFFFFFFull) | 0x3FE0000000000000ull);
  double k = double(int((bits >> 52) & 0x7FF) - 0x3FE);
  if (f1 < 7.07106781186547524401e-01) {
    k -= 1;
    f1 *= 2;
  }
  double f = f1 - 1;
  double s = f / (2 + f);
  double s2 = s * s;
  double s4 = s2 * s2;
  double t1 = s2 * (L1 + s4 * (L3 + s4 * (L5 + s4 * L7)));
  double t2 = s4 * (L2 + s4 * (L4 + s4 * L6));
  double R = t1 + t2;
  double hfsq = 0.5 * f * f;
  return k * Ln2Hi - ((hfsq - (s * (hfsq + R) + k * Ln2Lo)) - f);
}
// 1/Ln10 and 1/Ln2 as Go's exact constant arithmetic rounds them.
double Log10(double x) { return Log(x) * 0.43429448190325182765112891891660508229439700580366656611445378; }
double Log2(double x) {
  auto [frac, exp] = Frexp(x);
  if (frac == 0.5)
    return double(exp - 1);
  return Log(frac) * 1.44269504088896340735992468100189213742664595415298593413544940 + double(exp);
}
double Log1p(double x) { return std::log1p(x); }
double Nextafter(double x, double y) { return x == y ? x : std::nextafter(x, y); }
float Nextafter32(float x, float y) { return x == y ? x : std::nextafter(x, y); }
double Pow(double x, double y) { return std::pow(x, y); }

double Pow10(int64_t n) {
  static const double tab[] = {1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09, 1e10,
                               1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21,
                               1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31};
  static const double pos32[] = {1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288};
  static const double neg32[] = {1e-00, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320};
  if (0 <= n && n <= 308)
    return pos32[n / 32] * tab[n % 32];
  if (-323 <= n && n <= 0)
    return neg32[-n / 32] / tab[-n % 32];
  return n > 0 ? kInf : 0;
}

double Acos(double x) { return std::acos(x); }
double Acosh(double x) { return std::acosh(x); }
double Asin(double x) { return std::asin(x); }
double Asinh(double x) { return std::asinh(x); }
double Atan(double x) { return std::atan(x); }
double Atan2(double y, double x) { return std::atan2(y, x); }
double Atanh(double x) { return std::atanh(x); }
double Cos(double x) { return std::cos(x); }
double Cosh(double x) { return std::cosh(x); }
double Sin(double x) { return std::sin(x); }
std::tuple<double, double> Sincos(double x) { return {std::sin(x), std::cos(x)}; }
double Sinh(double x) { return std::sinh(x); }
double Tan(double x) { return std::tan(x); }
double Tanh(double x) { return std::tanh(x); }

double Erf(double x) { return std::erf(x); }
double Erfc(double x) { return std::erfc(x); }
double Erfinv(double x) {
  if (x != x || x <= -1 || x >= 1) {
    if (x == 1)
      return kInf;
    if (x == -1)
      return -kInf;
    return NaN();
  }
  if (x == 0)
    return x;
  // Initial guess (Giles' single-precision approximation), then Newton
  // steps on erf(y) - x.
  double w = -std::log((1.0 - x) * (1.0 + x)), y;
  if (w < 5.0) {
    w -= 2.5;
    double p = 2.81022636e-08;
    p = 3.43273939e-07 + p * w;
    p = -3.5233877e-06 + p * w;
    p = -4.39150654e-06 + p * w;
    p = 0.00021858087 + p * w;
    p = -0.00125372503 + p * w;
    p = -0.00417768164 + p * w;
    p = 0.246640727 + p * w;
    p = 1.50140941 + p * w;
    y = p * x;
  } else {
    w = std::sqrt(w) - 3.0;
    double p = -0.000200214257;
    p = 0.000100950558 + p * w;
    p = 0.00134934322 + p * w;
    p = -0.00367342844 + p * w;
    p = 0.00573950773 + p * w;
    p = -0.0076224613 + p * w;
    p = 0.00943887047 + p * w;
    p = 1.00167406 + p * w;
    p = 2.83297682 + p * w;
    y = p * x;
  }
  const double twoOverSqrtPi = 1.12837916709551257389615890312154517;
  for (int i = 0; i < 3; i++) {
    double err = std::erf(y) - x;
    double d = twoOverSqrtPi * std::exp(-y * y);
    if (d == 0)
      break;
    y -= err / (d + y * err); // Halley's step
  }
  return y;
}
double Erfcinv(double x) { return Erfinv(1 - x); }

double Gamma(double x) { return std::tgamma(x); }
std::tuple<double, int64_t> Lgamma(double x) {
  if (x != x)
    return {x, 1};
  if (std::isinf(x))
    return {x, 1};
  if (x == 0)
    return {kInf, 1};
  if (x < 0 && x == std::floor(x))
    return {kInf, 1};
  int sign = 1;
  double r = ::lgamma_r(x, &sign);
  return {r, sign};
}
double J0(double x) { return ::j0(x); }
double J1(double x) { return ::j1(x); }
double Jn(int64_t n, double x) { return ::jn(int(n), x); }
double Y0(double x) {
  if (x < 0 || x != x)
    return NaN();
  if (x == 0)
    return -kInf;
  return ::y0(x);
}
double Y1(double x) {
  if (x < 0 || x != x)
    return NaN();
  if (x == 0)
    return -kInf;
  return ::y1(x);
}
double Yn(int64_t n, double x) {
  if (x < 0 || x != x)
    return NaN();
  if (std::isinf(x))
    return 0;
  if (n == 0)
    return Y0(x);
  if (x == 0) {
    if (n < 0 && (n & 1) == 1)
      return kInf;
    return -kInf;
  }
  return ::yn(int(n), x);
}

} // namespace pkg::math
