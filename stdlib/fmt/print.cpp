// print.cpp — operands, methods and format strings (Go's fmt/print.go
// rules): printArg, handleMethods, badVerb, the per-kind verb tables, and
// doPrint / doPrintln / doPrintf.
//
// Invariants and why:
//  - An operand whose type has no methods and a basic kind is formatted
//    directly; others first get handleMethods (Formatter; GoStringer for
//    %#v; error, then Stringer, for %v %s %q %x %X), then printValue.
//  - A Go panic (go::PanicUnwind) raised by one of those methods is
//    recovered through the runtime's defer/recover machinery (so the panic
//    chain stays right) and printed as %!verb(PANIC=Method method: value),
//    or as <nil> when the receiver is a nil pointer, as Go's catchPanic
//    does; a panic while already printing a panic is raised again.
//  - doPrintf follows Go's state machine: flags, [n] argument indexes,
//    * widths and precisions taken from int operands, and the error forms
//    %!v(MISSING), %!v(BADINDEX), %!(BADWIDTH), %!(BADPREC), %!(NOVERB)
//    and %!(EXTRA type=value, ...).
#include "fmt/printer.h"
#include "strconv/strconv.h"

namespace pkg::fmt::detail {

bool isIntKind(go::Kind k) { return k >= go::Kind::Int && k <= go::Kind::Int64; }
bool isUintKind(go::Kind k) { return k >= go::Kind::Uint && k <= go::Kind::Uintptr; }

int64_t intAt(const go::Type *t, const void *p) {
  switch (t->kind) {
  case go::Kind::Int8: return *static_cast<const int8_t *>(p);
  case go::Kind::Int16: return *static_cast<const int16_t *>(p);
  case go::Kind::Int32: return *static_cast<const int32_t *>(p);
  default: return *static_cast<const int64_t *>(p);
  }
}

uint64_t uintAt(const go::Type *t, const void *p) {
  switch (t->kind) {
  case go::Kind::Uint8: return *static_cast<const uint8_t *>(p);
  case go::Kind::Uint16: return *static_cast<const uint16_t *>(p);
  case go::Kind::Uint32: return *static_cast<const uint32_t *>(p);
  default: return *static_cast<const uint64_t *>(p);
  }
}

static const go::Method *findMethod(const go::Type *t, std::string_view name) {
  if (!t)
    return nullptr;
  for (int64_t i = 0; i < t->numMethods; i++)
    if (t->methods[i].name.view() == name)
      return t->methods[i].fn ? &t->methods[i] : nullptr;
  return nullptr;
}

const go::Method *stringMethod(const go::Type *t, std::string_view name) {
  const go::Method *m = findMethod(t, name);
  if (!m || !m->type)
    return m; // no signature recorded: trust the name
  const go::Type *sig = m->type;
  if (sig->numIn != 0 || sig->numOut != 1 || sig->out[0]->kind != go::Kind::String ||
      sig->out[0]->name.view() != "string")
    return nullptr;
  return m;
}

const go::Method *formatMethod(const go::Type *t) {
  const go::Method *m = findMethod(t, "Format");
  if (!m || !m->type)
    return m;
  const go::Type *sig = m->type;
  if (sig->numIn != 2 || sig->numOut != 0 || sig->in[0]->kind != go::Kind::Interface ||
      sig->in[0]->name.view() != "fmt.State" || sig->in[1]->kind != go::Kind::Int32)
    return nullptr;
  return m;
}

// ---------------------------------------------------------------- verbs

void Printer::badVerb(int32_t verb) {
  erroring = true;
  buf += "%!";
  writeRune(verb);
  buf += '(';
  if (!arg.isNil()) {
    buf += arg.type()->name.view();
    buf += '=';
    printArg(arg, 'v');
  } else if (value.valid()) {
    buf += value.t->name.view();
    buf += '=';
    printValue(value, 'v', 0);
  } else {
    buf += "<nil>";
  }
  buf += ')';
  erroring = false;
}

void Printer::fmtBool(bool v, int32_t verb) {
  if (verb == 't' || verb == 'v')
    fmtBoolean(v);
  else
    badVerb(verb);
}

void Printer::fmt0x64(uint64_t v, bool leading0x) {
  bool sharp = f.sharp;
  f.sharp = leading0x;
  fmtIntegerBase(v, 16, false, 'v', false);
  f.sharp = sharp;
}

void Printer::fmtInteger(uint64_t v, bool isSigned, int32_t verb) {
  switch (verb) {
  case 'v':
    if (f.sharpV && !isSigned)
      fmt0x64(v, true);
    else
      fmtIntegerBase(v, 10, isSigned, verb, false);
    break;
  case 'd': fmtIntegerBase(v, 10, isSigned, verb, false); break;
  case 'b': fmtIntegerBase(v, 2, isSigned, verb, false); break;
  case 'o':
  case 'O': fmtIntegerBase(v, 8, isSigned, verb, false); break;
  case 'x': fmtIntegerBase(v, 16, isSigned, verb, false); break;
  case 'X': fmtIntegerBase(v, 16, isSigned, verb, true); break;
  case 'c': fmtC(v); break;
  case 'q': fmtQc(v); break;
  case 'U': fmtUnicode(v); break;
  default: badVerb(verb);
  }
}

void Printer::fmtFloat(double v, int size, int32_t verb) {
  switch (verb) {
  case 'v': fmtFloatPrec(v, size, 'g', -1); break;
  case 'b':
  case 'g':
  case 'G':
  case 'x':
  case 'X': fmtFloatPrec(v, size, verb, -1); break;
  case 'f':
  case 'e':
  case 'E': fmtFloatPrec(v, size, verb, 6); break;
  case 'F': fmtFloatPrec(v, size, 'f', 6); break;
  default: badVerb(verb);
  }
}

void Printer::fmtComplex(go::complex128 v, int size, int32_t verb) {
  switch (verb) {
  case 'v': case 'b': case 'g': case 'G': case 'x': case 'X': case 'f': case 'F': case 'e': case 'E': {
    bool oldPlus = f.plus;
    buf += '(';
    fmtFloat(v.real(), size / 2, verb);
    f.plus = true;
    fmtFloat(v.imag(), size / 2, verb);
    buf += "i)";
    f.plus = oldPlus;
    break;
  }
  default: badVerb(verb);
  }
}

void Printer::fmtString(std::string_view v, int32_t verb) {
  switch (verb) {
  case 'v':
    if (f.sharpV)
      fmtQ(v);
    else
      fmtS(v);
    break;
  case 's': fmtS(v); break;
  case 'x': fmtSbx(v, false); break;
  case 'X': fmtSbx(v, true); break;
  case 'q': fmtQ(v); break;
  default: badVerb(verb);
  }
}

void Printer::fmtBytes(std::string_view v, bool isNil, int32_t verb, std::string_view typeString, Value self) {
  switch (verb) {
  case 'v':
  case 'd':
    if (f.sharpV) {
      buf += typeString;
      if (isNil) {
        buf += "(nil)";
        return;
      }
      buf += '{';
      for (size_t i = 0; i < v.size(); i++) {
        if (i > 0)
          buf += ", ";
        fmt0x64(uint8_t(v[i]), true);
      }
      buf += '}';
    } else {
      buf += '[';
      for (size_t i = 0; i < v.size(); i++) {
        if (i > 0)
          buf += ' ';
        fmtIntegerBase(uint8_t(v[i]), 10, false, verb, false);
      }
      buf += ']';
    }
    break;
  case 's': pad(truncate(v)); break;
  case 'x': fmtSbx(v, false); break;
  case 'X': fmtSbx(v, true); break;
  case 'q': fmtQ(v); break;
  default: printValue(self, verb, 0);
  }
}

// -------------------------------------------------------------- methods

// Ends the panic u carries, as a deferred function calling recover()
// does (Go's catchPanic is one): through a DeferStack, so the runtime
// marks the record recovered and unlinks it from the panic chain.
static go::Iface recoverCaught(go::PanicUnwind &u) {
  go::Iface value;
  go::Iface *out = &value;
  go::DeferStack ds;
  ds.push(go::Func<void()>([out] { *out = go::recover(go::takeDeferArm()); }), true);
  ds.run(u.rec);
  return value;
}

void Printer::catchPanic(const go::Iface &a, int32_t verb, const char *method, go::Iface panicValue) {
  const go::Type *t = a.type();
  if (t && t->kind == go::Kind::Pointer && a.data == nullptr) {
    buf += "<nil>";
    return;
  }
  Flags old = f;
  clearflags();
  buf += "%!";
  writeRune(verb);
  buf += "(PANIC=";
  buf += method;
  buf += " method: ";
  panicking = true;
  printArg(panicValue, 'v');
  panicking = false;
  buf += ')';
  f = old;
}

bool Printer::handleMethods(int32_t verb) {
  if (erroring)
    return false;
  go::Iface a = arg; // this operand, whatever printing it re-enters
  const go::Type *t = a.type();
  if (verb == 'w') {
    if (!stringMethod(t, "Error") || !wrapErrs) {
      badVerb(verb);
      return true;
    }
    verb = 'v';
  }
  const char *which = nullptr;
  try {
    if (const go::Method *m = formatMethod(t)) {
      which = "Format";
      reinterpret_cast<void (*)(void *, go::Iface, int32_t)>(m->fn)(a.data, stateOf(this), verb);
      return true;
    }
    if (f.sharpV) {
      if (const go::Method *m = stringMethod(t, "GoString")) {
        which = "GoString";
        go::String s = reinterpret_cast<go::String (*)(void *)>(m->fn)(a.data);
        fmtS(s.view());
        return true;
      }
      return false;
    }
    switch (verb) {
    case 'v': case 's': case 'x': case 'X': case 'q':
      if (const go::Method *m = stringMethod(t, "Error")) {
        which = "Error";
        go::String s = reinterpret_cast<go::String (*)(void *)>(m->fn)(a.data);
        fmtString(s.view(), verb);
        return true;
      }
      if (const go::Method *m = stringMethod(t, "String")) {
        which = "String";
        go::String s = reinterpret_cast<go::String (*)(void *)>(m->fn)(a.data);
        fmtString(s.view(), verb);
        return true;
      }
    }
    return false;
  } catch (go::PanicUnwind &u) {
    if (!which)
      throw;
    go::Iface value = recoverCaught(u);
    if (panicking && !(a.type()->kind == go::Kind::Pointer && a.data == nullptr))
      go::gopanic(value); // a panic while printing a panic: Go re-panics
    catchPanic(a, verb, which, value);
    return true;
  }
}

static bool isBasicKind(go::Kind k) {
  return k == go::Kind::Bool || isIntKind(k) || isUintKind(k) || k == go::Kind::Float32 ||
         k == go::Kind::Float64 || k == go::Kind::Complex64 || k == go::Kind::Complex128 ||
         k == go::Kind::String;
}

void Printer::printArg(go::Iface a, int32_t verb) {
  arg = a;
  value = Value();
  if (a.isNil()) {
    if (verb == 'T' || verb == 'v')
      pad("<nil>");
    else
      badVerb(verb);
    return;
  }
  Value v = valueOf(a); // points into this frame's copy `a`
  const go::Type *t = v.t;
  if (verb == 'T') {
    fmtS(t->name.view());
    return;
  }
  if (verb == 'p') {
    fmtPointer(v, 'p');
    return;
  }
  if (t->numMethods == 0 && isBasicKind(t->kind)) {
    // Go's fast path for the predeclared types; without methods a defined
    // basic type prints the same way.
    switch (t->kind) {
    case go::Kind::Bool: fmtBool(*static_cast<const bool *>(v.p), verb); return;
    case go::Kind::Float32: fmtFloat(*static_cast<const float *>(v.p), 32, verb); return;
    case go::Kind::Float64: fmtFloat(*static_cast<const double *>(v.p), 64, verb); return;
    case go::Kind::Complex64: {
      go::complex64 c = *static_cast<const go::complex64 *>(v.p);
      fmtComplex(go::complex128(c.real(), c.imag()), 64, verb);
      return;
    }
    case go::Kind::Complex128: fmtComplex(*static_cast<const go::complex128 *>(v.p), 128, verb); return;
    case go::Kind::String: fmtString(static_cast<const go::String *>(v.p)->view(), verb); return;
    default:
      if (isIntKind(t->kind))
        fmtInteger(uint64_t(intAt(t, v.p)), true, verb);
      else
        fmtInteger(uintAt(t, v.p), false, verb);
      return;
    }
  }
  if (t->kind == go::Kind::Slice && !t->named() && t->numMethods == 0 && t->elem->kind == go::Kind::Uint8 &&
      t->elem->name.view() == "uint8") {
    auto *s = static_cast<const go::Slice<uint8_t> *>(v.p);
    fmtBytes(std::string_view(reinterpret_cast<const char *>(s->p), size_t(s->len_)), s->p == nullptr, verb,
             "[]byte", v);
    return;
  }
  if (!handleMethods(verb))
    printValue(v, verb, 0);
}

// -------------------------------------------------------- format strings

void Printer::doPrint(go::Slice<go::Iface> a) {
  bool prevString = false;
  for (int64_t i = 0; i < a.len_; i++) {
    go::Iface x = a.p[i];
    bool isString = !x.isNil() && x.type()->kind == go::Kind::String;
    if (i > 0 && !isString && !prevString)
      buf += ' ';
    printArg(x, 'v');
    prevString = isString;
  }
}

void Printer::doPrintln(go::Slice<go::Iface> a) {
  for (int64_t i = 0; i < a.len_; i++) {
    if (i > 0)
      buf += ' ';
    printArg(a.p[i], 'v');
  }
  buf += '\n';
}

namespace {

bool tooLarge(int64_t x) { return x > 1000000 || x < -1000000; }

// Go's parsenum: a decimal at format[start:end].
bool parsenum(std::string_view s, size_t start, size_t end, int64_t *num, size_t *newi) {
  *num = 0;
  bool isnum = false;
  if (start >= end) {
    *newi = end;
    return false;
  }
  size_t i = start;
  for (; i < end && '0' <= s[i] && s[i] <= '9'; i++) {
    if (tooLarge(*num)) {
      *num = 0;
      *newi = end;
      return false;
    }
    *num = *num * 10 + (s[i] - '0');
    isnum = true;
  }
  *newi = i;
  return isnum;
}

// Go's intFromArg: a[argNum] as an int for * widths and precisions.
bool intFromArg(go::Slice<go::Iface> a, int64_t &argNum, int64_t *num) {
  *num = 0;
  bool isInt = false;
  if (argNum < a.len_) {
    Value v = valueOf(a.p[argNum]);
    if (v.valid()) {
      if (isIntKind(v.t->kind)) {
        *num = intAt(v.t, v.p);
        isInt = true;
      } else if (isUintKind(v.t->kind)) {
        uint64_t u = uintAt(v.t, v.p);
        if (int64_t(u) >= 0) {
          *num = int64_t(u);
          isInt = true;
        }
      }
    }
    argNum++;
    if (tooLarge(*num)) {
      *num = 0;
      isInt = false;
    }
  }
  return isInt;
}

} // namespace

// Go's argNumber: an optional [n] at format[i]; returns afterIndex (found).
bool Printer::argNumber(int64_t &argNum, std::string_view format, size_t &i, int64_t numArgs) {
  if (format.size() <= i || format[i] != '[')
    return false;
  reordered = true;
  // parseArgNumber on format[i:]
  std::string_view s = format.substr(i);
  int64_t index = 0;
  size_t wid = 1;
  bool ok = false;
  if (s.size() >= 3) {
    for (size_t j = 1; j < s.size(); j++) {
      if (s[j] == ']') {
        int64_t width;
        size_t newi;
        bool isnum = parsenum(s, 1, j, &width, &newi);
        if (!isnum || newi != j) {
          wid = j + 1;
          ok = false;
        } else {
          index = width - 1;
          wid = j + 1;
          ok = true;
        }
        break;
      }
    }
  }
  if (ok && 0 <= index && index < numArgs) {
    argNum = index;
    i += wid;
    return true;
  }
  goodArgNum = false;
  i += wid;
  return ok;
}

void Printer::doPrintf(std::string_view format, go::Slice<go::Iface> a) {
  size_t end = format.size();
  int64_t argNum = 0;
  bool afterIndex = false;
  reordered = false;
  size_t i = 0;
  while (i < end) {
    goodArgNum = true;
    size_t lasti = i;
    while (i < end && format[i] != '%')
      i++;
    if (i > lasti)
      buf.append(format.substr(lasti, i - lasti));
    if (i >= end)
      break;
    i++;
    clearflags();
    bool simpleDone = false;
    for (; i < end; i++) {
      char c = format[i];
      if (c == '#') {
        f.sharp = true;
      } else if (c == '0') {
        f.zero = !f.minus;
      } else if (c == '+') {
        f.plus = true;
      } else if (c == '-') {
        f.minus = true;
        f.zero = false;
      } else if (c == ' ') {
        f.space = true;
      } else {
        if ('a' <= c && c <= 'z' && argNum < a.len_) {
          if (c == 'w')
            wrappedErrs.push_back(argNum);
          if (c == 'v' || c == 'w') {
            f.sharpV = f.sharp;
            f.sharp = false;
            f.plusV = f.plus;
            f.plus = false;
          }
          printArg(a.p[argNum], c);
          argNum++;
          i++;
          simpleDone = true;
        }
        break;
      }
    }
    if (simpleDone)
      continue;

    afterIndex = argNumber(argNum, format, i, a.len_);

    if (i < end && format[i] == '*') {
      i++;
      f.widPresent = intFromArg(a, argNum, &f.wid);
      if (!f.widPresent)
        buf += "%!(BADWIDTH)";
      if (f.wid < 0) {
        f.wid = -f.wid;
        f.minus = true;
        f.zero = false;
      }
      afterIndex = false;
    } else {
      f.widPresent = parsenum(format, i, end, &f.wid, &i);
      if (afterIndex && f.widPresent)
        goodArgNum = false;
    }

    if (i + 1 < end && format[i] == '.') {
      i++;
      if (afterIndex)
        goodArgNum = false;
      afterIndex = argNumber(argNum, format, i, a.len_);
      if (i < end && format[i] == '*') {
        i++;
        f.precPresent = intFromArg(a, argNum, &f.prec);
        if (f.prec < 0) {
          f.prec = 0;
          f.precPresent = false;
        }
        if (!f.precPresent)
          buf += "%!(BADPREC)";
        afterIndex = false;
      } else {
        f.precPresent = parsenum(format, i, end, &f.prec, &i);
        if (!f.precPresent) {
          f.prec = 0;
          f.precPresent = true;
        }
      }
    }

    if (!afterIndex)
      afterIndex = argNumber(argNum, format, i, a.len_);

    if (i >= end) {
      buf += "%!(NOVERB)";
      break;
    }

    int32_t verb = uint8_t(format[i]);
    int size = 1;
    if (verb >= 0x80)
      verb = strconv::detail::decodeRune(format.substr(i), &size);
    i += size_t(size);

    if (verb == '%') {
      buf += '%';
    } else if (!goodArgNum) {
      buf += "%!";
      writeRune(verb);
      buf += "(BADINDEX)";
    } else if (argNum >= a.len_) {
      buf += "%!";
      writeRune(verb);
      buf += "(MISSING)";
    } else {
      if (verb == 'w')
        wrappedErrs.push_back(argNum);
      if (verb == 'v' || verb == 'w') {
        f.sharpV = f.sharp;
        f.sharp = false;
        f.plusV = f.plus;
        f.plus = false;
      }
      printArg(a.p[argNum], verb);
      argNum++;
    }
  }

  if (!reordered && argNum < a.len_) {
    clearflags();
    buf += "%!(EXTRA ";
    for (int64_t k = argNum; k < a.len_; k++) {
      if (k > argNum)
        buf += ", ";
      go::Iface x = a.p[k];
      if (x.isNil()) {
        buf += "<nil>";
      } else {
        buf += x.type()->name.view();
        buf += '=';
        printArg(x, 'v');
      }
    }
    buf += ')';
  }
}

} // namespace pkg::fmt::detail
