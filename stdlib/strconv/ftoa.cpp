// ftoa.cpp — FormatFloat, AppendFloat and FormatComplex.
//
// Invariants and why:
//  - Decimal digits come from std::to_chars: with no precision it yields
//    the shortest digits that round-trip (for float when bitSize is 32),
//    with a precision the exactly rounded digits (ties to even on the
//    exact binary value), which are the digits Go's Ryū and multiprecision
//    paths produce. They are held as Go's decimalSlice: digits without
//    trailing zeros, nd of them, decimal point dp digits from the left
//    (zero is nd = 0, dp = 0).
//  - The layout (%e, %f, %g and their upper-case forms; exponents of at
//    least two digits; %g's switch to %e when exp < -4 || exp >= eprec)
//    follows Go's formatDigits, fmtE and fmtF; %b and %x work on the bits.
#include <charconv>
#include <cstring>

#include "strconv/strconv.h"
#include "gopp/race.h"

namespace pkg::strconv {
namespace {

struct Digits {
  char d[1100];
  int nd = 0; // significant digits, no trailing zeros
  int dp = 0; // decimal point position
};

// Parses to_chars' scientific output "d.ddde±xx" (no sign) into digs.
void fromScientific(const char *p, const char *end, Digits &digs) {
  digs.nd = 0;
  const char *e = p;
  while (e < end && *e != 'e')
    e++;
  for (const char *q = p; q < e; q++)
    if (*q != '.')
      digs.d[digs.nd++] = *q;
  int exp = 0;
  bool eneg = false;
  const char *q = e + 1;
  if (q < end && (*q == '+' || *q == '-'))
    eneg = *q++ == '-';
  for (; q < end; q++)
    exp = exp * 10 + (*q - '0');
  if (eneg)
    exp = -exp;
  while (digs.nd > 0 && digs.d[digs.nd - 1] == '0')
    digs.nd--;
  digs.dp = digs.nd == 0 ? 0 : exp + 1;
}

// Shortest digits of |v| (as a float when bits32).
void shortest(double v, bool bits32, Digits &digs) {
  char buf[64];
  std::to_chars_result r = bits32 ? std::to_chars(buf, buf + sizeof buf, float(v), std::chars_format::scientific)
                                  : std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  fromScientific(buf, r.ptr, digs);
}

// |v| rounded to n significant digits (n >= 1).
void significant(double v, int n, Digits &digs) {
  GOPP_SCRATCH char buf[1200];
  if (n > 800)
    n = 800; // beyond the exact expansion of any double; only zeros follow
  std::to_chars_result r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific, n - 1);
  fromScientific(buf, r.ptr, digs);
}

// |v| rounded to prec digits after the point.
void fixed(double v, int prec, Digits &digs) {
  GOPP_SCRATCH char buf[1500];
  if (prec > 1100)
    prec = 1100;
  std::to_chars_result r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, prec);
  digs.nd = 0;
  digs.dp = 0;
  bool point = false, leading = true;
  for (const char *q = buf; q < r.ptr; q++) {
    if (*q == '.') {
      point = true;
      continue;
    }
    if (leading && *q == '0') {
      if (point)
        digs.dp--;
      continue;
    }
    leading = false;
    digs.d[digs.nd++] = *q;
    if (!point)
      digs.dp++;
  }
  while (digs.nd > 0 && digs.d[digs.nd - 1] == '0')
    digs.nd--;
  if (digs.nd == 0)
    digs.dp = 0;
}

// %e: -d.ddddde±dd
void fmtE(std::string &dst, bool neg, const Digits &d, int prec, char fmt) {
  if (neg)
    dst += '-';
  dst += d.nd == 0 ? '0' : d.d[0];
  if (prec > 0) {
    dst += '.';
    int i = 1;
    int m = d.nd < prec + 1 ? d.nd : prec + 1;
    if (i < m) {
      dst.append(d.d + i, size_t(m - i));
      i = m;
    }
    for (; i <= prec; i++)
      dst += '0';
  }
  dst += fmt;
  int exp = d.dp - 1;
  if (d.nd == 0)
    exp = 0;
  if (exp < 0) {
    dst += '-';
    exp = -exp;
  } else {
    dst += '+';
  }
  if (exp < 10) {
    dst += '0';
    dst += char('0' + exp);
  } else if (exp < 100) {
    dst += char('0' + exp / 10);
    dst += char('0' + exp % 10);
  } else {
    dst += char('0' + exp / 100);
    dst += char('0' + exp / 10 % 10);
    dst += char('0' + exp % 10);
  }
}

// %f: -ddddddd.ddddd
void fmtF(std::string &dst, bool neg, const Digits &d, int prec) {
  if (neg)
    dst += '-';
  if (d.dp > 0) {
    int m = d.nd < d.dp ? d.nd : d.dp;
    dst.append(d.d, size_t(m));
    for (; m < d.dp; m++)
      dst += '0';
  } else {
    dst += '0';
  }
  if (prec > 0) {
    dst += '.';
    for (int i = 0; i < prec; i++) {
      int j = d.dp + i;
      dst += 0 <= j && j < d.nd ? d.d[j] : '0';
    }
  }
}

// %b: -ddddp±ddd
void fmtB(std::string &dst, bool neg, uint64_t mant, int exp, int mantbits) {
  if (neg)
    dst += '-';
  detail::appendBits(dst, mant, 10, false);
  dst += 'p';
  exp -= mantbits;
  if (exp >= 0)
    dst += '+';
  detail::appendBits(dst, uint64_t(exp < 0 ? -exp : exp), 10, exp < 0);
}

// %x: -0x1.yyyyp±dd or -0x0p+00
void fmtX(std::string &dst, int64_t prec, char fmt, bool neg, uint64_t mant, int exp, int mantbits) {
  if (mant == 0)
    exp = 0;
  mant <<= 60 - mantbits;
  while (mant != 0 && (mant & (uint64_t(1) << 60)) == 0) {
    mant <<= 1;
    exp--;
  }
  if (prec >= 0 && prec < 15) {
    unsigned shift = unsigned(prec * 4);
    uint64_t extra = (mant << shift) & ((uint64_t(1) << 60) - 1);
    mant >>= 60 - shift;
    if ((extra | (mant & 1)) > (uint64_t(1) << 59))
      mant++;
    mant <<= 60 - shift;
    if (mant & (uint64_t(1) << 61)) {
      mant >>= 1;
      exp++;
    }
  }
  const char *hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
  if (neg)
    dst += '-';
  dst += '0';
  dst += fmt;
  dst += char('0' + ((mant >> 60) & 1));
  mant <<= 4;
  if (prec < 0 && mant != 0) {
    dst += '.';
    while (mant != 0) {
      dst += hex[(mant >> 60) & 15];
      mant <<= 4;
    }
  } else if (prec > 0) {
    dst += '.';
    for (int64_t i = 0; i < prec; i++) {
      dst += hex[(mant >> 60) & 15];
      mant <<= 4;
    }
  }
  dst += fmt == 'X' ? 'P' : 'p';
  if (exp < 0) {
    dst += '-';
    exp = -exp;
  } else {
    dst += '+';
  }
  if (exp < 100) {
    dst += char('0' + exp / 10);
    dst += char('0' + exp % 10);
  } else if (exp < 1000) {
    dst += char('0' + exp / 100);
    dst += char('0' + exp / 10 % 10);
    dst += char('0' + exp % 10);
  } else {
    dst += char('0' + exp / 1000);
    dst += char('0' + exp / 100 % 10);
    dst += char('0' + exp / 10 % 10);
    dst += char('0' + exp % 10);
  }
}

} // namespace

namespace detail {

void appendFloat(std::string &dst, double val, char fmt, int64_t prec, int bitSize) {
  uint64_t bits, mant;
  int exp, mantbits, expbits, bias;
  if (bitSize == 32) {
    float f = float(val);
    uint32_t b;
    std::memcpy(&b, &f, 4);
    bits = b;
    mantbits = 23, expbits = 8, bias = -127;
  } else if (bitSize == 64) {
    std::memcpy(&bits, &val, 8);
    mantbits = 52, expbits = 11, bias = -1023;
  } else {
    go::gopanic(go::box(&go::stringType, go::String("strconv: illegal AppendFloat/FormatFloat bitSize")));
  }
  bool neg = (bits >> (expbits + mantbits)) != 0;
  exp = int(bits >> mantbits) & ((1 << expbits) - 1);
  mant = bits & ((uint64_t(1) << mantbits) - 1);
  if (exp == (1 << expbits) - 1) {
    dst += mant != 0 ? "NaN" : neg ? "-Inf" : "+Inf";
    return;
  }
  if (exp == 0)
    exp++;
  else
    mant |= uint64_t(1) << mantbits;
  exp += bias;

  if (fmt == 'b') {
    fmtB(dst, neg, mant, exp, mantbits);
    return;
  }
  if (fmt == 'x' || fmt == 'X') {
    fmtX(dst, prec, fmt, neg, mant, exp, mantbits);
    return;
  }
  if (fmt != 'e' && fmt != 'E' && fmt != 'f' && fmt != 'g' && fmt != 'G') {
    dst += '%';
    dst += fmt;
    return;
  }

  double a = std::fabs(bitSize == 32 ? double(float(val)) : val);
  GOPP_SCRATCH Digits digs;
  bool isShortest = prec < 0;
  if (isShortest) {
    shortest(a, bitSize == 32, digs);
    if (fmt == 'e' || fmt == 'E')
      prec = digs.nd - 1 > 0 ? digs.nd - 1 : 0;
    else if (fmt == 'f')
      prec = digs.nd - digs.dp > 0 ? digs.nd - digs.dp : 0;
    else
      prec = digs.nd;
  } else if (fmt == 'e' || fmt == 'E') {
    significant(a, int(prec > 2000 ? 2000 : prec) + 1, digs);
  } else if (fmt == 'f') {
    fixed(a, int(prec > 2000 ? 2000 : prec), digs);
  } else {
    if (prec == 0)
      prec = 1;
    significant(a, int(prec > 2000 ? 2000 : prec), digs);
  }

  if (fmt == 'e' || fmt == 'E') {
    fmtE(dst, neg, digs, int(prec), fmt);
  } else if (fmt == 'f') {
    fmtF(dst, neg, digs, int(prec));
  } else {
    int64_t eprec = prec;
    if (eprec > digs.nd && digs.nd >= digs.dp)
      eprec = digs.nd;
    if (isShortest)
      eprec = 6;
    int64_t e = digs.dp - 1;
    if (e < -4 || e >= eprec) {
      if (prec > digs.nd)
        prec = digs.nd;
      fmtE(dst, neg, digs, int(prec - 1), char(fmt + 'e' - 'g'));
    } else {
      if (prec > digs.dp)
        prec = digs.nd;
      fmtF(dst, neg, digs, int(prec - digs.dp > 0 ? prec - digs.dp : 0));
    }
  }
}

} // namespace detail

go::String FormatFloat(double f, uint8_t fmt, int64_t prec, int64_t bitSize) {
  std::string out;
  detail::appendFloat(out, f, char(fmt), prec, int(bitSize));
  return detail::toGo(out);
}

go::Slice<uint8_t> AppendFloat(go::Slice<uint8_t> dst, double f, uint8_t fmt, int64_t prec, int64_t bitSize) {
  std::string out;
  detail::appendFloat(out, f, char(fmt), prec, int(bitSize));
  return go::appendString(dst, go::String(out.data(), int64_t(out.size())));
}

go::String FormatComplex(go::complex128 c, uint8_t fmt, int64_t prec, int64_t bitSize) {
  if (bitSize != 64 && bitSize != 128)
    go::gopanic(go::box(&go::stringType, go::String("invalid bitSize")));
  int b = int(bitSize / 2);
  std::string out = "(";
  detail::appendFloat(out, c.real(), char(fmt), prec, b);
  std::string im;
  detail::appendFloat(im, c.imag(), char(fmt), prec, b);
  if (im[0] != '+' && im[0] != '-')
    out += '+';
  out += im;
  out += "i)";
  return detail::toGo(out);
}

} // namespace pkg::strconv

