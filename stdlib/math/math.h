// math.h — package math's functions as docs/abi.md maps them (the
// constants are emitted by value by codegen).
#pragma once

#include <bit>
#include <cmath>
#include <limits>

#include "gopp/go.h"

namespace pkg::math {

// Inline, as Go's compiler makes them intrinsics: a call to Sqrt in an
// inner loop (nbody) cost a call, its entry poll and the reloads the call
// forced, where Go emits one SQRTSD.
inline uint64_t Float64bits(double f) { return std::bit_cast<uint64_t>(f); }
inline double Float64frombits(uint64_t b) { return std::bit_cast<double>(b); }
inline uint32_t Float32bits(float f) { return std::bit_cast<uint32_t>(f); }
inline float Float32frombits(uint32_t b) { return std::bit_cast<float>(b); }
inline double Inf(int64_t sign) {
  return sign >= 0 ? std::numeric_limits<double>::infinity() : -std::numeric_limits<double>::infinity();
}
inline bool IsInf(double f, int64_t sign) {
  return (sign >= 0 && f > std::numeric_limits<double>::max()) || (sign <= 0 && f < -std::numeric_limits<double>::max());
}
inline bool IsNaN(double f) { return f != f; }
inline double NaN() { return Float64frombits(0x7FF8000000000001ull); }
inline bool Signbit(double x) { return Float64bits(x) >> 63 != 0; }
inline double Sqrt(double x) { return std::sqrt(x); }

inline double Abs(double x) { return Float64frombits(Float64bits(x) & ~(1ull << 63)); }
double Ceil(double x);
inline double Copysign(double f, double sign) {
  return Float64frombits((Float64bits(f) & ~(1ull << 63)) | (Float64bits(sign) & (1ull << 63)));
}
double Dim(double x, double y);
double Floor(double x);
double Max(double x, double y);
double Min(double x, double y);
double Mod(double x, double y);
std::tuple<double, double> Modf(double f);
double Remainder(double x, double y);
double Round(double x);
double RoundToEven(double x);
double Trunc(double x);

double Cbrt(double x);
double Exp(double x);
double Exp2(double x);
double Expm1(double x);
double FMA(double x, double y, double z);
std::tuple<double, int64_t> Frexp(double f);
double Hypot(double p, double q);
int64_t Ilogb(double x);
double Ldexp(double frac, int64_t exp);
double Log(double x);
double Log10(double x);
double Log1p(double x);
double Log2(double x);
double Logb(double x);
double Nextafter(double x, double y);
float Nextafter32(float x, float y);
double Pow(double x, double y);
double Pow10(int64_t n);

double Acos(double x);
double Acosh(double x);
double Asin(double x);
double Asinh(double x);
double Atan(double x);
double Atan2(double y, double x);
double Atanh(double x);
double Cos(double x);
double Cosh(double x);
double Sin(double x);
std::tuple<double, double> Sincos(double x);
double Sinh(double x);
double Tan(double x);
double Tanh(double x);

double Erf(double x);
double Erfc(double x);
double Erfcinv(double x);
double Erfinv(double x);
double Gamma(double x);
std::tuple<double, int64_t> Lgamma(double x);
double J0(double x);
double J1(double x);
double Jn(int64_t n, double x);
double Y0(double x);
double Y1(double x);
double Yn(int64_t n, double x);

} // namespace pkg::math
