// math.h — package math's functions as docs/abi.md maps them (the
// constants are emitted by value by codegen).
#pragma once

#include "gopp/go.h"

namespace pkg::math {

double Inf(int64_t sign);
bool IsInf(double f, int64_t sign);
bool IsNaN(double f);
double NaN();
bool Signbit(double x);
uint32_t Float32bits(float f);
float Float32frombits(uint32_t b);
uint64_t Float64bits(double f);
double Float64frombits(uint64_t b);

double Abs(double x);
double Ceil(double x);
double Copysign(double f, double sign);
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
double Sqrt(double x);

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
