// type.h — run-time type descriptors: what interfaces, maps, fmt and
// panics need to know about a Go type while the program runs.
//
// Invariants and why:
//  - Emitted code defines one descriptor per Go type that needs one, as a
//    C++17 inline variable whose name is derived from the type's identity,
//    so identical types share one descriptor across translation units and
//    libraries. Type identity at run time is pointer equality.
//  - `equal` is null exactly when the type is not comparable; comparing
//    such values inside interfaces panics, as Go does. Hashing for maps
//    walks the descriptor (hashValue), so it needs no function per type.
//  - `methods` of a concrete type lists its method set (value receivers
//    for T, all for *T) sorted by name; each entry's `fn` takes the
//    interface's data word first (see iface.h for what that word is).
//  - `methods` of an interface type lists the interface's methods sorted
//    by name, with `fn` null; an itab is the array of concrete `fn`s in
//    that order.
#pragma once

#include "gopp/string.h"

namespace go {

enum class Kind : uint8_t {
  Invalid,
  Bool,
  Int,
  Int8,
  Int16,
  Int32,
  Int64,
  Uint,
  Uint8,
  Uint16,
  Uint32,
  Uint64,
  Uintptr,
  Float32,
  Float64,
  Complex64,
  Complex128,
  Array,
  Chan,
  Func,
  Interface,
  Map,
  Pointer,
  Slice,
  String,
  Struct,
  UnsafePointer,
};

struct Type;

struct Field {
  String name{};             // "" never: embedded fields carry their type's name
  const Type *type = nullptr;
  uintptr_t offset = 0;
  bool embedded = false;
  bool exported = false;
};

struct Method {
  String name{};
  const Type *type = nullptr; // the method's signature without receiver
  void *fn = nullptr;         // concrete types: R (*)(void *data, Args...)
};

enum TypeFlags : uint8_t {
  kNamed = 1,        // a defined type (has a name of its own)
  kPointerShaped = 2 // the interface data word is the value itself
};

struct Type {
  // Every member has a default, so descriptors may be written with
  // designated initialisers naming only what they need (no
  // -Wmissing-field-initializers noise), constant-initialised all the same.
  const Type *self = nullptr; // always this: a Type doubles as the itab of `any` (iface.h)
  Kind kind = Kind::Invalid;
  uint8_t flags = 0;
  uint32_t size = 0;
  String name{};    // as %T prints it: "main.Point", "[]int", "map[string]int"
  String pkgPath{}; // defined types: the package's path ("main"); else ""
  bool (*equal)(const void *, const void *) = nullptr; // null: not comparable
  const Type *elem = nullptr; // Pointer, Slice, Array, Chan, Map (value)
  const Type *key = nullptr;  // Map
  int64_t len = 0;            // Array: length; Chan: direction (0 both, 1 send, 2 recv)
  const Field *fields = nullptr;
  int64_t numFields = 0;
  const Method *methods = nullptr;
  int64_t numMethods = 0;
  const Type *const *in = nullptr; // Func: parameter types
  int64_t numIn = 0;
  const Type *const *out = nullptr; // Func: result types
  int64_t numOut = 0;
  bool variadic = false;

  bool comparable() const { return equal != nullptr; }
  bool named() const { return flags & kNamed; }
  bool pointerShaped() const { return flags & kPointerShaped; }
  // The method named `name`, or null.
  const Method *method(String name) const;
};

// Descriptors of the predeclared types, defined by the runtime.
extern const Type boolType, intType, int8Type, int16Type, int32Type, int64Type, uintType, uint8Type,
    uint16Type, uint32Type, uint64Type, uintptrType, float32Type, float64Type, complex64Type,
    complex128Type, stringType, unsafePointerType, errorType, anyType;
// func() string: the signature of Error and String methods, for
// descriptors written by hand (the stdlib) and by emitted code.
extern const Type funcStringType;

// Equality and hashing of common representations, for descriptors.
template <class T> bool equalOf(const void *a, const void *b) {
  return *static_cast<const T *>(a) == *static_cast<const T *>(b);
}
// The hash of the value of type t at p, consistent with t->equal: +0 and
// -0 hash alike, NaNs hash randomly, interfaces hash their dynamic value
// (and panic when it is unhashable).
uint64_t hashValue(const Type *t, const void *p, uint64_t seed);

} // namespace go
