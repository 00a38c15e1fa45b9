// scan.cpp — Scan, Scanln, Scanf and their F- and S- forms (Go's
// fmt/scan.go rules, for operands that are pointers to basic types).
//
// Invariants and why:
//  - Input is read one byte at a time (fd 0 for Scan*, Read on the
//    io.Reader for Fscan*, the string for Sscan*), so nothing past the
//    last rune examined is consumed, except the one rune a scan may look
//    ahead at (Go loses it too: its readRune wrapper is per call).
//  - Errors are raised as a C++ ScanError carrying the Go error value and
//    caught at the entry point, exactly where Go's errorHandler recovers:
//    the count of operands filled so far is returned with the error.
//  - Running out of input before an operand is io.EOF; in the middle of
//    one, io.ErrUnexpectedEOF; other messages are Go's.
//  - Operands implementing fmt.Scanner are not supported: they get the
//    error "can't scan type: T" (see the package README note).
#include <cerrno>
#include <cmath>
#include <unistd.h>

#include "fmt/printer.h"
#include "io/io.h"
#include "strconv/strconv.h"


namespace pkg::fmt::detail {
namespace {

constexpr int32_t kEOF = -1;
constexpr int64_t kHugeWid = int64_t(1) << 30;

go::Iface ioEOF() { return io::EOF_; }
go::Iface ioErrUnexpectedEOF() { return io::ErrUnexpectedEOF; }

struct ScanError {
  go::Iface err;
};
struct EOFError {};

bool isSpace(int32_t r) {
  static const uint16_t space[][2] = {{0x0009, 0x000d}, {0x0020, 0x0020}, {0x0085, 0x0085}, {0x00a0, 0x00a0},
                                      {0x1680, 0x1680}, {0x2000, 0x200a}, {0x2028, 0x2029}, {0x202f, 0x202f},
                                      {0x205f, 0x205f}, {0x3000, 0x3000}};
  if (r < 0 || r >= 1 << 16)
    return false;
  for (auto &rng : space) {
    if (r < rng[0])
      return false;
    if (r <= rng[1])
      return true;
  }
  return false;
}

// Where the bytes come from.
struct Source {
  std::string_view str; // Sscan*
  size_t pos = 0;
  int kind = 0; // 0 string, 1 fd 0, 2 io.Reader
  go::Iface reader;

  // The next byte, or -1 at the end of input.
  int readByte() {
    if (kind == 0)
      return pos < str.size() ? uint8_t(str[pos++]) : -1;
    if (kind == 1) {
      uint8_t b;
      for (;;) {
        ssize_t n = ::read(0, &b, 1);
        if (n == 1)
          return b;
        if (n < 0 && errno == EINTR)
          continue;
        return -1;
      }
    }
    auto buf = go::makeSlice<uint8_t>(1);
    using ReadFn = std::tuple<int64_t, go::Iface> (*)(void *, go::Slice<uint8_t>);
    for (;;) {
      auto [n, err] = go::method<ReadFn>(reader, 0)(reader.data, buf);
      if (n == 1)
        return buf.p[0];
      if (!err.isNil()) {
        go::Iface eof = ioEOF();
        if (err.tab == eof.tab && err.data == eof.data)
          return -1;
        throw ScanError{err};
      }
    }
  }
};

class ScanState {
public:
  ScanState(Source &src, bool nlIsSpace, bool nlIsEnd) : src(src), nlIsSpace(nlIsSpace), nlIsEnd(nlIsEnd) {}

  Source &src;
  bool nlIsSpace, nlIsEnd;
  bool atEOF = false;
  int64_t count = 0, argLimit = kHugeWid, limit = kHugeWid, maxWid = kHugeWid;
  std::string buf;
  int32_t pending = kEOF;
  bool hasPending = false;
  int32_t last = kEOF; // the last rune read, for UnreadRune

  // ss.ReadRune: a rune, or kEOF.
  int32_t getRune() {
    if (atEOF || count >= argLimit)
      return kEOF;
    int32_t r;
    if (hasPending) {
      hasPending = false;
      r = pending;
    } else {
      int b = src.readByte();
      if (b < 0) {
        atEOF = true;
        return kEOF;
      }
      r = b;
      if (b >= 0x80) {
        // Gather a full UTF-8 sequence; invalid bytes decode as U+FFFD.
        char seq[4] = {char(b)};
        int need = (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 1;
        int n = 1;
        while (n < need) {
          int c = src.readByte();
          if (c < 0)
            break;
          seq[n++] = char(c);
          if ((c & 0xC0) != 0x80)
            break;
        }
        int w;
        r = strconv::detail::decodeRune(std::string_view(seq, size_t(n)), &w);
        // Bytes beyond the decoded rune are lost, as when Go's readRune
        // meets a truncated sequence (it keeps them pending; rare).
      }
    }
    count++;
    last = r;
    if (nlIsEnd && r == '\n')
      atEOF = true;
    return r;
  }
  int32_t mustReadRune() {
    int32_t r = getRune();
    if (r == kEOF)
      throw ScanError{ioErrUnexpectedEOF()};
    return r;
  }
  void unreadRune() {
    pending = last;
    hasPending = true;
    atEOF = false;
    count--;
  }
  [[noreturn]] void errorString(std::string_view msg) {
    throw ScanError{strconv::detail::newError(toGo(msg))};
  }
  [[noreturn]] void error(go::Iface err) { throw ScanError{err}; }

  void skipSpace() {
    for (;;) {
      int32_t r = getRune();
      if (r == kEOF)
        return;
      if (r == '\r' && peek("\n"))
        continue;
      if (r == '\n') {
        if (nlIsSpace)
          continue;
        errorString("unexpected newline");
      }
      if (!isSpace(r)) {
        unreadRune();
        break;
      }
    }
  }
  static bool contains(std::string_view ok, int32_t r) {
    for (char c : ok)
      if (int32_t(uint8_t(c)) == r)
        return true;
    return false;
  }
  bool consume(std::string_view ok, bool accept) {
    int32_t r = getRune();
    if (r == kEOF)
      return false;
    if (contains(ok, r)) {
      if (accept)
        strconv::detail::appendRune(buf, r);
      return true;
    }
    if (accept)
      unreadRune();
    return false;
  }
  bool peek(std::string_view ok) {
    int32_t r = getRune();
    if (r != kEOF)
      unreadRune();
    return contains(ok, r);
  }
  void notEOF() {
    if (getRune() == kEOF)
      throw EOFError{};
    unreadRune();
  }
  bool accept(std::string_view ok) { return consume(ok, true); }
  void okVerb(int32_t verb, std::string_view okVerbs, std::string_view typ) {
    if (contains(okVerbs, verb))
      return;
    std::string msg = "bad verb '%";
    strconv::detail::appendRune(msg, verb);
    msg += "' for ";
    msg += typ;
    errorString(msg);
  }

  bool scanBool(int32_t verb) {
    skipSpace();
    notEOF();
    okVerb(verb, "tv", "boolean");
    switch (getRune()) {
    case '0': return false;
    case '1': return true;
    case 't':
    case 'T':
      if (accept("rR") && (!accept("uU") || !accept("eE")))
        errorString("syntax error scanning boolean");
      return true;
    case 'f':
    case 'F':
      if (accept("aA") && (!accept("lL") || !accept("sS") || !accept("eE")))
        errorString("syntax error scanning boolean");
      return false;
    }
    return false;
  }

  int getBase(int32_t verb, std::string_view *digits) {
    okVerb(verb, "bdoUxXv", "integer");
    *digits = "0123456789";
    switch (verb) {
    case 'b': *digits = "01"; return 2;
    case 'o': *digits = "01234567"; return 8;
    case 'x': case 'X': case 'U': *digits = "0123456789aAbBcCdDeEfF"; return 16;
    }
    return 10;
  }
  std::string scanNumber(std::string_view digits, bool haveDigits) {
    if (!haveDigits) {
      notEOF();
      if (!accept(digits))
        errorString("expected integer");
    }
    while (accept(digits)) {
    }
    return buf;
  }
  int64_t scanRune(int bitSize) {
    notEOF();
    int32_t r = getRune();
    unsigned n = unsigned(bitSize);
    int64_t x = int64_t(uint64_t(int64_t(r)) << (64 - n)) >> (64 - n);
    if (x != int64_t(r)) {
      std::string msg = "overflow on character value ";
      strconv::detail::appendRune(msg, r);
      errorString(msg);
    }
    return r;
  }
  int scanBasePrefix(std::string_view *digits, bool *zeroFound) {
    *zeroFound = false;
    if (!peek("0")) {
      *digits = "0123456789_";
      return 0;
    }
    accept("0");
    *zeroFound = true;
    if (peek("bB")) {
      consume("bB", true);
      *digits = "01_";
    } else if (peek("oO")) {
      consume("oO", true);
      *digits = "01234567_";
    } else if (peek("xX")) {
      consume("xX", true);
      *digits = "0123456789aAbBcCdDeEfF_";
    } else {
      *digits = "01234567_";
    }
    return 0;
  }
  int64_t scanInt(int32_t verb, int bitSize) {
    if (verb == 'c')
      return scanRune(bitSize);
    skipSpace();
    notEOF();
    std::string_view digits;
    int base = getBase(verb, &digits);
    bool haveDigits = false;
    if (verb == 'U') {
      if (!consume("U", false) || !consume("+", false))
        errorString("bad unicode format ");
    } else {
      accept("+-");
      if (verb == 'v')
        base = scanBasePrefix(&digits, &haveDigits);
    }
    std::string tok = scanNumber(digits, haveDigits);
    auto [i, err] = strconv::ParseInt(toGo(tok), base, 64);
    if (!err.isNil())
      error(err);
    unsigned n = unsigned(bitSize);
    int64_t x = int64_t(uint64_t(i) << (64 - n)) >> (64 - n);
    if (x != i)
      errorString("integer overflow on token " + tok);
    return i;
  }
  uint64_t scanUint(int32_t verb, int bitSize) {
    if (verb == 'c')
      return uint64_t(scanRune(bitSize));
    skipSpace();
    notEOF();
    std::string_view digits;
    int base = getBase(verb, &digits);
    bool haveDigits = false;
    if (verb == 'U') {
      if (!consume("U", false) || !consume("+", false))
        errorString("bad unicode format ");
    } else if (verb == 'v') {
      base = scanBasePrefix(&digits, &haveDigits);
    }
    std::string tok = scanNumber(digits, haveDigits);
    auto [i, err] = strconv::ParseUint(toGo(tok), base, 64);
    if (!err.isNil())
      error(err);
    unsigned n = unsigned(bitSize);
    uint64_t x = (i << (64 - n)) >> (64 - n);
    if (x != i)
      errorString("unsigned integer overflow on token " + tok);
    return i;
  }
  std::string floatToken() {
    buf.clear();
    if (accept("nN") && accept("aA") && accept("nN"))
      return buf;
    accept("+-");
    if (accept("iI") && accept("nN") && accept("fF"))
      return buf;
    std::string_view digits = "0123456789_", exp = "eEpP";
    if (accept("0") && accept("xX")) {
      digits = "0123456789aAbBcCdDeEfF_";
      exp = "pP";
    }
    while (accept(digits)) {
    }
    if (accept(".")) {
      while (accept(digits)) {
      }
    }
    if (accept(exp)) {
      accept("+-");
      while (accept("0123456789_")) {
      }
    }
    return buf;
  }
  double convertFloat(const std::string &str, int n) {
    size_t p = str.find('p');
    if (p != std::string::npos && str.find_first_of("xX") == std::string::npos) {
      auto [f, err] = strconv::ParseFloat(toGo(std::string_view(str).substr(0, p)), n);
      if (!err.isNil()) {
        static_cast<strconv::NumError *>(err.data)->Num = toGo(str);
        error(err);
      }
      auto [m, err2] = strconv::Atoi(toGo(std::string_view(str).substr(p + 1)));
      if (!err2.isNil()) {
        static_cast<strconv::NumError *>(err2.data)->Num = toGo(str);
        error(err2);
      }
      return std::ldexp(f, int(m < -100000 ? -100000 : m > 100000 ? 100000 : m));
    }
    auto [f, err] = strconv::ParseFloat(toGo(str), n);
    if (!err.isNil())
      error(err);
    return f;
  }
  go::complex128 scanComplex(int32_t verb, int n) {
    okVerb(verb, "beEfFgGv", "complex");
    skipSpace();
    notEOF();
    bool parens = accept("(");
    std::string re = floatToken();
    buf.clear();
    if (!accept("+-"))
      errorString("syntax error scanning complex number");
    std::string imSign = buf;
    std::string im = floatToken();
    if (!accept("i"))
      errorString("syntax error scanning complex number");
    if (parens && !accept(")"))
      errorString("syntax error scanning complex number");
    return go::complex128(convertFloat(re, n / 2), convertFloat(imSign + im, n / 2));
  }
  static int hexDigit(int32_t d) {
    if ('0' <= d && d <= '9')
      return d - '0';
    if ('a' <= d && d <= 'f')
      return 10 + d - 'a';
    if ('A' <= d && d <= 'F')
      return 10 + d - 'A';
    return -1;
  }
  std::string convertString(int32_t verb) {
    okVerb(verb, "svqxX", "string");
    skipSpace();
    notEOF();
    if (verb == 'q') {
      int32_t quote = getRune();
      if (quote == '`') {
        for (;;) {
          int32_t r = mustReadRune();
          if (r == quote)
            break;
          strconv::detail::appendRune(buf, r);
        }
        return buf;
      }
      if (quote != '"')
        errorString("expected quoted string");
      buf += '"';
      for (;;) {
        int32_t r = mustReadRune();
        strconv::detail::appendRune(buf, r);
        if (r == '\\')
          strconv::detail::appendRune(buf, mustReadRune());
        else if (r == '"')
          break;
      }
      auto [res, err] = strconv::Unquote(toGo(buf));
      if (!err.isNil())
        error(err);
      return std::string(res.view());
    }
    if (verb == 'x' || verb == 'X') {
      notEOF();
      for (;;) {
        int32_t r1 = getRune();
        if (r1 == kEOF)
          break;
        int v1 = hexDigit(r1);
        if (v1 < 0) {
          unreadRune();
          break;
        }
        int v2 = hexDigit(mustReadRune());
        if (v2 < 0)
          errorString("illegal hex digit");
        buf += char(v1 << 4 | v2);
      }
      if (buf.empty())
        errorString("no hex data for %x string");
      return buf;
    }
    skipSpace();
    for (;;) {
      int32_t r = getRune();
      if (r == kEOF)
        break;
      if (isSpace(r)) {
        unreadRune();
        break;
      }
      strconv::detail::appendRune(buf, r);
    }
    return buf;
  }

  static int bitsOf(const go::Type *t) { return int(t->size * 8); }

  void scanOne(int32_t verb, go::Iface arg) {
    buf.clear();
    const go::Type *t = arg.type();
    if (!t || t->kind != go::Kind::Pointer) {
      errorString(std::string("type not a pointer: ") + (t ? std::string(t->name.view()) : "<nil>"));
    }
    void *p = arg.data;
    const go::Type *e = t->elem;
    if (findMethodNamed(t, "Scan"))
      errorString("can't scan type: " + std::string(t->name.view()));
    switch (e->kind) {
    case go::Kind::Bool: *static_cast<bool *>(go::nilcheck(p)) = scanBool(verb); return;
    case go::Kind::Int8: *static_cast<int8_t *>(go::nilcheck(p)) = int8_t(scanInt(verb, 8)); return;
    case go::Kind::Int16: *static_cast<int16_t *>(go::nilcheck(p)) = int16_t(scanInt(verb, 16)); return;
    case go::Kind::Int32: *static_cast<int32_t *>(go::nilcheck(p)) = int32_t(scanInt(verb, 32)); return;
    case go::Kind::Int:
    case go::Kind::Int64: *static_cast<int64_t *>(go::nilcheck(p)) = scanInt(verb, 64); return;
    case go::Kind::Uint8: *static_cast<uint8_t *>(go::nilcheck(p)) = uint8_t(scanUint(verb, 8)); return;
    case go::Kind::Uint16: *static_cast<uint16_t *>(go::nilcheck(p)) = uint16_t(scanUint(verb, 16)); return;
    case go::Kind::Uint32: *static_cast<uint32_t *>(go::nilcheck(p)) = uint32_t(scanUint(verb, 32)); return;
    case go::Kind::Uint:
    case go::Kind::Uint64:
    case go::Kind::Uintptr: *static_cast<uint64_t *>(go::nilcheck(p)) = scanUint(verb, 64); return;
    case go::Kind::Float32:
    case go::Kind::Float64: {
      okVerb(verb, "beEfFgGv", e->kind == go::Kind::Float32 ? "float32" : "float64");
      skipSpace();
      notEOF();
      double v = convertFloat(floatToken(), bitsOf(e));
      if (e->kind == go::Kind::Float32)
        *static_cast<float *>(go::nilcheck(p)) = float(v);
      else
        *static_cast<double *>(go::nilcheck(p)) = v;
      return;
    }
    case go::Kind::Complex64: {
      go::complex128 c = scanComplex(verb, 64);
      *static_cast<go::complex64 *>(go::nilcheck(p)) = go::complex64(float(c.real()), float(c.imag()));
      return;
    }
    case go::Kind::Complex128: *static_cast<go::complex128 *>(go::nilcheck(p)) = scanComplex(verb, 128); return;
    case go::Kind::String: *static_cast<go::String *>(go::nilcheck(p)) = toGo(convertString(verb)); return;
    case go::Kind::Slice:
      if (e->elem->kind == go::Kind::Uint8) {
        std::string s = convertString(verb);
        auto b = go::makeSlice<uint8_t>(int64_t(s.size()));
        if (!s.empty())
          std::memcpy(b.p, s.data(), s.size());
        *static_cast<go::Slice<uint8_t> *>(go::nilcheck(p)) = b;
        return;
      }
      [[fallthrough]];
    default: errorString("can't scan type: " + std::string(t->name.view()));
    }
  }

  static bool findMethodNamed(const go::Type *t, std::string_view name) {
    for (int64_t i = 0; i < t->numMethods; i++)
      if (t->methods[i].name.view() == name)
        return true;
    return false;
  }

  // Go's errorHandler around a scan: the count so far and the error.
  template <class F> std::tuple<int64_t, go::Iface> guarded(int64_t &n, F body) {
    try {
      body();
    } catch (ScanError &e) {
      return {n, e.err};
    } catch (EOFError &) {
      return {n, ioEOF()};
    }
    return {n, go::Iface()};
  }

  std::tuple<int64_t, go::Iface> doScan(go::Slice<go::Iface> a) {
    int64_t n = 0;
    return guarded(n, [&] {
      for (int64_t i = 0; i < a.len_; i++) {
        scanOne('v', a.p[i]);
        n++;
      }
      if (nlIsEnd) {
        for (;;) {
          int32_t r = getRune();
          if (r == '\n' || r == kEOF)
            break;
          if (!isSpace(r)) {
            errorString("expected newline");
          }
        }
      }
    });
  }

  // Go's advance: matches format text against the input; returns the
  // bytes of format consumed, or -1 on a mismatch.
  int64_t advance(std::string_view format) {
    size_t i = 0;
    while (i < format.size()) {
      int w;
      int32_t fmtc = strconv::detail::decodeRune(format.substr(i), &w);
      if (isSpace(fmtc)) {
        int newlines = 0;
        bool trailingSpace = false;
        while (isSpace(fmtc) && i < format.size()) {
          if (fmtc == '\n') {
            newlines++;
            trailingSpace = false;
          } else {
            trailingSpace = true;
          }
          i += size_t(w);
          fmtc = strconv::detail::decodeRune(format.substr(i), &w);
        }
        for (int j = 0; j < newlines; j++) {
          int32_t inputc = getRune();
          while (isSpace(inputc) && inputc != '\n')
            inputc = getRune();
          if (inputc != '\n' && inputc != kEOF)
            errorString("newline in format does not match input");
        }
        if (trailingSpace) {
          int32_t inputc = getRune();
          if (newlines == 0) {
            if (!isSpace(inputc) && inputc != kEOF)
              errorString("expected space in input to match format");
            if (inputc == '\n')
              errorString("newline in input does not match format");
          }
          while (isSpace(inputc) && inputc != '\n')
            inputc = getRune();
          if (inputc != kEOF)
            unreadRune();
        }
        continue;
      }
      if (fmtc == '%') {
        if (i + size_t(w) == format.size())
          errorString("missing verb: % at end of format string");
        int w2;
        int32_t nextc = strconv::detail::decodeRune(format.substr(i + size_t(w)), &w2);
        if (nextc != '%')
          return int64_t(i);
        i += size_t(w);
      }
      int32_t inputc = mustReadRune();
      if (fmtc != inputc) {
        unreadRune();
        return -1;
      }
      i += size_t(w);
    }
    return int64_t(i);
  }

  std::tuple<int64_t, go::Iface> doScanf(std::string_view format, go::Slice<go::Iface> a) {
    int64_t n = 0;
    return guarded(n, [&] {
      size_t end = format.size() - 1;
      for (size_t i = 0; format.size() > 0 && i <= end;) {
        int64_t w = advance(format.substr(i));
        if (w > 0) {
          i += size_t(w);
          continue;
        }
        if (format[i] != '%') {
          if (w < 0)
            errorString("input does not match format");
          break;
        }
        i++;
        // parsenum(format, i, end)
        int64_t wid = 0;
        bool widPresent = false;
        while (i < end && '0' <= format[i] && format[i] <= '9') {
          wid = wid * 10 + (format[i] - '0');
          widPresent = true;
          i++;
          if (wid > 1000000) {
            wid = 0;
            widPresent = false;
            i = end;
            break;
          }
        }
        maxWid = widPresent ? wid : kHugeWid;
        int cw;
        int32_t c = strconv::detail::decodeRune(format.substr(i), &cw);
        if (i >= format.size()) {
          c = 0xFFFD;
          cw = 0;
        }
        i += size_t(cw);
        if (c != 'c')
          skipSpace();
        if (c == '%') {
          skipSpace();
          notEOF();
          if (!accept("%"))
            errorString("missing literal %");
          continue;
        }
        argLimit = limit;
        if (count + maxWid < argLimit)
          argLimit = count + maxWid;
        if (n >= a.len_) {
          std::string msg = "too few operands for format '%";
          msg += format.substr(i - size_t(cw));
          msg += "'";
          errorString(msg);
        }
        scanOne(c, a.p[n]);
        n++;
        argLimit = limit;
      }
      if (n < a.len_)
        errorString("too many operands");
    });
  }
};

std::tuple<int64_t, go::Iface> scan(Source src, bool nlIsSpace, bool nlIsEnd, go::Slice<go::Iface> a) {
  ScanState s(src, nlIsSpace, nlIsEnd);
  return s.doScan(a);
}

std::tuple<int64_t, go::Iface> scanf(Source src, go::String format, go::Slice<go::Iface> a) {
  ScanState s(src, false, false);
  return s.doScanf(format.view(), a);
}

Source fromString(go::String str) {
  Source s;
  s.str = str.view();
  return s;
}
Source fromStdin() {
  Source s;
  s.kind = 1;
  return s;
}
Source fromReader(go::Iface r) {
  Source s;
  s.kind = 2;
  s.reader = r;
  return s;
}

} // namespace
} // namespace pkg::fmt::detail

namespace pkg::fmt {

using namespace detail;

std::tuple<int64_t, go::Iface> Scan(go::Slice<go::Iface> a) { return scan(fromStdin(), true, false, a); }
std::tuple<int64_t, go::Iface> Scanln(go::Slice<go::Iface> a) { return scan(fromStdin(), false, true, a); }
std::tuple<int64_t, go::Iface> Scanf(go::String format, go::Slice<go::Iface> a) {
  return scanf(fromStdin(), format, a);
}
std::tuple<int64_t, go::Iface> Fscan(go::Iface r, go::Slice<go::Iface> a) { return scan(fromReader(r), true, false, a); }
std::tuple<int64_t, go::Iface> Fscanln(go::Iface r, go::Slice<go::Iface> a) {
  return scan(fromReader(r), false, true, a);
}
std::tuple<int64_t, go::Iface> Fscanf(go::Iface r, go::String format, go::Slice<go::Iface> a) {
  return scanf(fromReader(r), format, a);
}
std::tuple<int64_t, go::Iface> Sscan(go::String str, go::Slice<go::Iface> a) {
  return scan(fromString(str), true, false, a);
}
std::tuple<int64_t, go::Iface> Sscanln(go::String str, go::Slice<go::Iface> a) {
  return scan(fromString(str), false, true, a);
}
std::tuple<int64_t, go::Iface> Sscanf(go::String str, go::String format, go::Slice<go::Iface> a) {
  return scanf(fromString(str), format, a);
}

} // namespace pkg::fmt
