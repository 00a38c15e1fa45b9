// value.cpp — printing any value through its go::Type descriptor (Go's
// printValue and fmtPointer, which use reflect).
//
// Invariants and why:
//  - Below the top level (depth > 0) a value that can be converted to an
//    interface (not reached through an unexported field) first gets
//    handleMethods, so nested Stringers and errors print as Go prints
//    them.
//  - Layouts are the ABI's: structs by Field::offset, arrays inline with
//    elem->size stride, slices {p, len, cap}, strings {p, n}, maps a
//    pointer to a go::MapBase whose entries are sorted as fmtsort sorts
//    them, interfaces {tab, data}, funcs {fn, env} (printed by fn).
//  - A pointer to an array, slice, struct or map prints as &value only at
//    depth 0, deeper as its address (Go's guard against cycles).
#include "fmt/printer.h"

namespace pkg::fmt::detail {
namespace {

// The value of field i of the struct v; an interface field holding a
// value is replaced by that value (Go's getField).
Value fieldOf(Value v, int64_t i) {
  const go::Field &fd = v.t->fields[i];
  Value r{fd.type, static_cast<const uint8_t *>(v.p) + fd.offset, v.ro || !fd.exported};
  if (fd.type->kind == go::Kind::Interface) {
    auto *x = static_cast<const go::Iface *>(r.p);
    if (!x->isNil()) {
      Value e = valueOf(*x);
      e.ro = r.ro;
      return e;
    }
  }
  return r;
}

Value indexOf(Value v, const uint8_t *base, int64_t i) {
  return Value{v.t->elem, base + i * int64_t(v.t->elem->size), v.ro};
}

// The pointer that %p and %v show for a pointer-like value.
uintptr_t pointerOf(Value v) { return *static_cast<const uintptr_t *>(v.p); }

} // namespace

void Printer::fmtPointer(Value v, int32_t verb) {
  uintptr_t u;
  switch (v.t->kind) {
  case go::Kind::Chan:
  case go::Kind::Func:
  case go::Kind::Map:
  case go::Kind::Pointer:
  case go::Kind::Slice:
  case go::Kind::UnsafePointer:
    u = pointerOf(v); // every one of these layouts begins with the pointer
    break;
  default:
    badVerb(verb);
    return;
  }
  switch (verb) {
  case 'v':
    if (f.sharpV) {
      buf += '(';
      buf += v.t->name.view();
      buf += ")(";
      if (u == 0)
        buf += "nil";
      else
        fmt0x64(u, true);
      buf += ')';
    } else {
      if (u == 0)
        pad("<nil>");
      else
        fmt0x64(u, !f.sharp);
    }
    break;
  case 'p': fmt0x64(u, !f.sharp); break;
  case 'b':
  case 'o':
  case 'd':
  case 'x':
  case 'X': fmtInteger(u, false, verb); break;
  default: badVerb(verb);
  }
}

void Printer::printValue(Value v, int32_t verb, int depth) {
  if (depth > 0 && v.valid() && !v.ro) {
    arg = go::Iface(go::anyItab(v.t), v.dataWord());
    if (handleMethods(verb))
      return;
  }
  arg = go::Iface();
  value = v;
  if (!v.valid()) {
    if (depth == 0)
      buf += "<invalid reflect.Value>";
    else if (verb == 'v')
      buf += "<nil>";
    else
      badVerb(verb);
    return;
  }
  const go::Type *t = v.t;
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
  case go::Kind::Map: {
    auto *m = *static_cast<go::MapBase *const *>(v.p);
    if (f.sharpV) {
      buf += t->name.view();
      if (!m) {
        buf += "(nil)";
        return;
      }
      buf += '{';
    } else {
      buf += "map[";
    }
    if (m) {
      std::vector<int64_t> order = sortedMapEntries(m, t->key);
      for (size_t i = 0; i < order.size(); i++) {
        if (i > 0) {
          if (f.sharpV)
            buf += ", ";
          else
            buf += ' ';
        }
        printValue(Value{t->key, m->entryKey(order[i]), v.ro}, verb, depth + 1);
        buf += ':';
        printValue(Value{t->elem, m->entryValue(order[i]), v.ro}, verb, depth + 1);
      }
    }
    buf += f.sharpV ? '}' : ']';
    return;
  }
  case go::Kind::Struct:
    if (f.sharpV)
      buf += t->name.view();
    buf += '{';
    for (int64_t i = 0; i < t->numFields; i++) {
      if (i > 0) {
        if (f.sharpV)
          buf += ", ";
        else
          buf += ' ';
      }
      if (f.plusV || f.sharpV) {
        buf += t->fields[i].name.view();
        buf += ':';
      }
      printValue(fieldOf(v, i), verb, depth + 1);
    }
    buf += '}';
    return;
  case go::Kind::Interface: {
    auto *x = static_cast<const go::Iface *>(v.p);
    if (x->isNil()) {
      if (f.sharpV) {
        buf += t->name.view();
        buf += "(nil)";
      } else {
        buf += "<nil>";
      }
    } else {
      Value e = valueOf(*x);
      e.ro = v.ro;
      printValue(e, verb, depth + 1);
    }
    return;
  }
  case go::Kind::Array:
  case go::Kind::Slice: {
    const uint8_t *base;
    int64_t n;
    bool isNil = false;
    if (t->kind == go::Kind::Slice) {
      auto *s = static_cast<const go::Slice<uint8_t> *>(v.p);
      base = s->p;
      n = s->len_;
      isNil = s->p == nullptr;
    } else {
      base = static_cast<const uint8_t *>(v.p);
      n = t->len;
    }
    if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && t->elem->kind == go::Kind::Uint8) {
      fmtBytes(std::string_view(reinterpret_cast<const char *>(base), size_t(n)), isNil, verb, t->name.view(), v);
      return;
    }
    if (f.sharpV) {
      buf += t->name.view();
      if (t->kind == go::Kind::Slice && isNil) {
        buf += "(nil)";
        return;
      }
      buf += '{';
      for (int64_t i = 0; i < n; i++) {
        if (i > 0)
          buf += ", ";
        printValue(indexOf(v, base, i), verb, depth + 1);
      }
      buf += '}';
    } else {
      buf += '[';
      for (int64_t i = 0; i < n; i++) {
        if (i > 0)
          buf += ' ';
        printValue(indexOf(v, base, i), verb, depth + 1);
      }
      buf += ']';
    }
    return;
  }
  case go::Kind::Pointer:
    if (depth == 0) {
      void *target = *static_cast<void *const *>(v.p);
      go::Kind ek = t->elem->kind;
      if (target && (ek == go::Kind::Array || ek == go::Kind::Slice || ek == go::Kind::Struct || ek == go::Kind::Map)) {
        buf += '&';
        printValue(Value{t->elem, target, v.ro}, verb, depth + 1);
        return;
      }
    }
    fmtPointer(v, verb);
    return;
  case go::Kind::Chan:
  case go::Kind::Func:
  case go::Kind::UnsafePointer: fmtPointer(v, verb); return;
  default:
    if (isIntKind(t->kind)) {
      fmtInteger(uint64_t(intAt(t, v.p)), true, verb);
      return;
    }
    if (isUintKind(t->kind)) {
      fmtInteger(uintAt(t, v.p), false, verb);
      return;
    }
    buf += '?';
    buf += t->name.view();
    buf += '?';
  }
}

} // namespace pkg::fmt::detail
