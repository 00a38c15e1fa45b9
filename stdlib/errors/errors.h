// errors.h — package errors as docs/abi.md maps it, and the descriptors
// of its unexported error types (*errors.errorString, *errors.joinError).
//
// Invariants: New returns a fresh *errorString each call, so two errors
// with the same text compare unequal, as in Go. Method tables list
// methods sorted by name; each fn takes the data word (the pointer) first.
// Method.type is each method's signature descriptor.
#pragma once

#include "gopp/go.h"

namespace pkg::errors {

go::Iface New(go::String text);
bool Is(go::Iface err, go::Iface target);
bool As(go::Iface err, go::Iface target);
go::Iface Unwrap(go::Iface err);
go::Iface Join(go::Slice<go::Iface> errs);

extern go::Iface ErrUnsupported;

namespace detail {

// Builders for descriptors of unexported types, shared with the other
// packages of stdlib/ that box values of their own unexported types.
inline go::Type structType(const go::Type *self, go::String name, go::String pkgPath, uint32_t size,
                           bool (*equal)(const void *, const void *), const go::Field *fields, int64_t numFields) {
  go::Type t{};
  t.self = self;
  t.kind = go::Kind::Struct;
  t.flags = go::kNamed;
  t.size = size;
  t.name = name;
  t.pkgPath = pkgPath;
  t.equal = equal;
  t.fields = fields;
  t.numFields = numFields;
  return t;
}
inline go::Type pointerType(const go::Type *self, go::String name, const go::Type *elem, const go::Method *methods,
                            int64_t numMethods) {
  go::Type t{};
  t.self = self;
  t.kind = go::Kind::Pointer;
  t.flags = go::kPointerShaped;
  t.size = sizeof(void *);
  t.name = name;
  t.equal = &go::equalOf<const void *>;
  t.elem = elem;
  t.methods = methods;
  t.numMethods = numMethods;
  return t;
}
inline go::Type funcType(const go::Type *self, go::String name, const go::Type *const *in, int64_t numIn,
                         const go::Type *const *out, int64_t numOut) {
  go::Type t{};
  t.self = self;
  t.kind = go::Kind::Func;
  t.flags = go::kPointerShaped;
  t.size = sizeof(void *) * 2;
  t.name = name;
  t.in = in;
  t.numIn = numIn;
  t.out = out;
  t.numOut = numOut;
  return t;
}
inline go::Type sliceType(const go::Type *self, go::String name, const go::Type *elem) {
  go::Type t{};
  t.self = self;
  t.kind = go::Kind::Slice;
  t.size = sizeof(go::Slice<uint8_t>);
  t.name = name;
  t.elem = elem;
  return t;
}
// Signature descriptors of the methods the stdlib's own types have (the
// runtime compares method signatures structurally when building itabs).
inline const go::Type errorSliceType = sliceType(&errorSliceType, "[]error", &go::errorType);
inline const go::Type byteSliceType = sliceType(&byteSliceType, "[]uint8", &go::uint8Type);
inline const go::Type *const outError[] = {&go::errorType};
inline const go::Type *const outBool[] = {&go::boolType};
inline const go::Type *const outErrorSlice[] = {&errorSliceType};
inline const go::Type *const inError[] = {&go::errorType};
inline const go::Type *const inAny[] = {&go::anyType};
inline const go::Type *const inBytes[] = {&byteSliceType};
inline const go::Type *const inString[] = {&go::stringType};
inline const go::Type *const outIntError[] = {&go::intType, &go::errorType};
inline const go::Type funcError = funcType(&funcError, "func() error", nullptr, 0, outError, 1);
inline const go::Type funcBool = funcType(&funcBool, "func() bool", nullptr, 0, outBool, 1);
inline const go::Type funcErrorSlice = funcType(&funcErrorSlice, "func() []error", nullptr, 0, outErrorSlice, 1);
inline const go::Type funcIsError = funcType(&funcIsError, "func(error) bool", inError, 1, outBool, 1);
inline const go::Type funcAsAny = funcType(&funcAsAny, "func(interface {}) bool", inAny, 1, outBool, 1);
inline const go::Type funcReadWrite = funcType(&funcReadWrite, "func([]uint8) (int, error)", inBytes, 1, outIntError, 2);
inline const go::Type funcWriteString =
    funcType(&funcWriteString, "func(string) (int, error)", inString, 1, outIntError, 2);

// The method `name` of concrete type t, or null (t->methods is sorted).
inline const go::Method *method(const go::Type *t, go::String name) {
  for (int64_t i = 0; t && i < t->numMethods; i++)
    if (t->methods[i].name == name)
      return &t->methods[i];
  return nullptr;
}
// An itab with room for N methods, laid out as go::Itab.
template <int N> struct ItabN {
  const go::Type *type;
  void *fn[N];
  const go::Itab *get() const { return reinterpret_cast<const go::Itab *>(this); }
};
// x.Error() for an `error` value x (non-nil): its itab's only method.
inline go::String callError(go::Iface err) { return go::method<go::String (*)(void *)>(err, 0)(err.data); }

// type errorString struct{ s string }
struct errorString {
  go::String s;
};
go::String errorString_Error(void *e);
inline const go::Field errorStringFields[] = {{go::String("s"), &go::stringType, 0, false, false}};
inline const go::Type errorStringType =
    structType(&errorStringType, "errors.errorString", "errors", sizeof(errorString),
               [](const void *a, const void *b) {
                 return static_cast<const errorString *>(a)->s == static_cast<const errorString *>(b)->s;
               },
               errorStringFields, 1);
inline const go::Method errorStringPtrMethods[] = {
    {go::String("Error"), &go::funcStringType, reinterpret_cast<void *>(&errorString_Error)}};
inline const go::Type errorStringPtrType =
    pointerType(&errorStringPtrType, "*errors.errorString", &errorStringType, errorStringPtrMethods, 1);
inline const go::Itab errorStringErrorItab = {&errorStringPtrType, {reinterpret_cast<void *>(&errorString_Error)}};

// type joinError struct{ errs []error }
struct joinError {
  go::Slice<go::Iface> errs;
};
go::String joinError_Error(void *e);
go::Slice<go::Iface> joinError_Unwrap(void *e);
inline const go::Type joinErrorType = structType(&joinErrorType, "errors.joinError", "errors", sizeof(joinError),
                                                 nullptr, nullptr, 0);
inline const go::Method joinErrorPtrMethods[] = {
    {go::String("Error"), &go::funcStringType, reinterpret_cast<void *>(&joinError_Error)},
    {go::String("Unwrap"), &funcErrorSlice, reinterpret_cast<void *>(&joinError_Unwrap)}};
inline const go::Type joinErrorPtrType =
    pointerType(&joinErrorPtrType, "*errors.joinError", &joinErrorType, joinErrorPtrMethods, 2);
inline const go::Itab joinErrorErrorItab = {&joinErrorPtrType, {reinterpret_cast<void *>(&joinError_Error)}};

} // namespace detail
} // namespace pkg::errors
