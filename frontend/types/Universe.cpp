// Universe.cpp — builds the universe scope and package unsafe.
#include "frontend/types/Universe.h"

#include "frontend/types/TypeString.h"

namespace gopp::types {

using llvm::dyn_cast_or_null;
using llvm::isa_and_nonnull;

namespace {
struct BasicDef {
  BasicKind kind;
  unsigned info;
  const char *name;
};

const BasicDef kBasics[] = {
    {BasicKind::Invalid, 0, "invalid type"},
    {BasicKind::Bool, IsBoolean, "bool"},
    {BasicKind::Int, IsInteger, "int"},
    {BasicKind::Int8, IsInteger, "int8"},
    {BasicKind::Int16, IsInteger, "int16"},
    {BasicKind::Int32, IsInteger, "int32"},
    {BasicKind::Int64, IsInteger, "int64"},
    {BasicKind::Uint, IsInteger | IsUnsigned, "uint"},
    {BasicKind::Uint8, IsInteger | IsUnsigned, "uint8"},
    {BasicKind::Uint16, IsInteger | IsUnsigned, "uint16"},
    {BasicKind::Uint32, IsInteger | IsUnsigned, "uint32"},
    {BasicKind::Uint64, IsInteger | IsUnsigned, "uint64"},
    {BasicKind::Uintptr, IsInteger | IsUnsigned, "uintptr"},
    {BasicKind::Float32, IsFloat, "float32"},
    {BasicKind::Float64, IsFloat, "float64"},
    {BasicKind::Complex64, IsComplex, "complex64"},
    {BasicKind::Complex128, IsComplex, "complex128"},
    {BasicKind::String, IsString, "string"},
    {BasicKind::UnsafePointer, 0, "Pointer"},
    {BasicKind::UntypedBool, IsBoolean | IsUntyped, "untyped bool"},
    {BasicKind::UntypedInt, IsInteger | IsUntyped, "untyped int"},
    {BasicKind::UntypedRune, IsInteger | IsUntyped, "untyped rune"},
    {BasicKind::UntypedFloat, IsFloat | IsUntyped, "untyped float"},
    {BasicKind::UntypedComplex, IsComplex | IsUntyped, "untyped complex"},
    {BasicKind::UntypedString, IsString | IsUntyped, "untyped string"},
    {BasicKind::UntypedNil, IsUntyped, "untyped nil"},
};

struct BuiltinDef {
  const char *name;
  BuiltinId id;
};

const BuiltinDef kBuiltins[] = {
    {"append", BuiltinId::Append},   {"cap", BuiltinId::Cap},       {"clear", BuiltinId::Clear},
    {"close", BuiltinId::Close},     {"complex", BuiltinId::Complex}, {"copy", BuiltinId::Copy},
    {"delete", BuiltinId::Delete},   {"imag", BuiltinId::Imag},     {"len", BuiltinId::Len},
    {"make", BuiltinId::Make},       {"max", BuiltinId::Max},       {"min", BuiltinId::Min},
    {"new", BuiltinId::New},         {"panic", BuiltinId::Panic},   {"print", BuiltinId::Print},
    {"println", BuiltinId::Println}, {"real", BuiltinId::Real},     {"recover", BuiltinId::Recover},
};

const BuiltinDef kUnsafeBuiltins[] = {
    {"Add", BuiltinId::Add},         {"Alignof", BuiltinId::Alignof},       {"Offsetof", BuiltinId::Offsetof},
    {"Sizeof", BuiltinId::Sizeof},   {"Slice", BuiltinId::Slice},           {"SliceData", BuiltinId::SliceData},
    {"String", BuiltinId::String},   {"StringData", BuiltinId::StringData},
};
} // namespace

Universe::Universe(TypeContext &ctx) : scope_(std::make_unique<Scope>(nullptr, Pos{}, Pos{}, false)) {
  Scope *s = scope_.get();
  auto def = [&](Object *obj) { s->insert(obj); };
  for (const BasicDef &b : kBasics) {
    const Basic *t = ctx.make<Basic>(b.kind, b.info, b.name);
    basics_[static_cast<unsigned>(b.kind)] = t;
    if (!(b.info & IsUntyped) && b.kind != BasicKind::Invalid && b.kind != BasicKind::UnsafePointer)
      def(ctx.make<TypeName>(nullptr, Pos{}, b.name, t));
  }
  byte_ = ctx.make<Basic>(BasicKind::Uint8, IsInteger | IsUnsigned, "byte");
  rune_ = ctx.make<Basic>(BasicKind::Int32, IsInteger, "rune");
  def(ctx.make<TypeName>(nullptr, Pos{}, "byte", byte_));
  def(ctx.make<TypeName>(nullptr, Pos{}, "rune", rune_));

  // type any = interface{}
  auto *any = ctx.make<Interface>();
  any->complete = true;
  any_ = any;
  universeAnyInterface = any;
  auto *anyName = ctx.make<TypeName>(nullptr, Pos{}, "any", any);
  anyAlias_ = any;
  def(anyName);

  // type error interface { Error() string }
  auto *errObj = ctx.make<TypeName>(nullptr, Pos{}, "error", nullptr);
  auto *err = ctx.make<Named>(errObj);
  errObj->setType(err);
  auto *errSig = ctx.make<Signature>();
  auto *res = ctx.make<Tuple>();
  res->vars.push_back(ctx.make<Var>(nullptr, Pos{}, "", basic(BasicKind::String)));
  errSig->params = ctx.emptyTuple();
  errSig->results = res;
  auto *recv = ctx.make<Var>(nullptr, Pos{}, "", err);
  errSig->recv = recv;
  auto *errMethod = ctx.make<Func>(nullptr, Pos{}, "Error", errSig);
  errorMethod_ = errMethod;
  auto *errIface = ctx.make<Interface>();
  errIface->methods.push_back(errMethod);
  errIface->complete = true;
  err->under = errIface;
  err->fromRHS = errIface;
  error_ = err;
  def(errObj);

  // type comparable interface{ /* comparable */ }
  auto *cmpObj = ctx.make<TypeName>(nullptr, Pos{}, "comparable", nullptr);
  auto *cmp = ctx.make<Named>(cmpObj);
  cmpObj->setType(cmp);
  auto *cmpIface = ctx.make<Interface>();
  cmpIface->isComparableBuiltin = true;
  cmpIface->complete = true;
  cmp->under = cmpIface;
  cmp->fromRHS = cmpIface;
  comparable_ = cmp;
  def(cmpObj);

  const Type *ubool = basic(BasicKind::UntypedBool);
  def(ctx.make<Const>(nullptr, Pos{}, "true", ubool, constant::Value::makeBool(true)));
  def(ctx.make<Const>(nullptr, Pos{}, "false", ubool, constant::Value::makeBool(false)));
  auto *iota = ctx.make<Const>(nullptr, Pos{}, "iota", basic(BasicKind::UntypedInt), constant::Value::makeInt64(0));
  iota_ = iota;
  def(iota);
  def(ctx.make<Nil>(basic(BasicKind::UntypedNil)));
  for (const BuiltinDef &b : kBuiltins)
    def(ctx.make<Builtin>(b.name, b.id));

  unsafe_ = std::make_unique<Package>("unsafe", "unsafe", s);
  unsafe_->complete = true;
  unsafe_->scope->insert(ctx.make<TypeName>(unsafe_.get(), Pos{}, "Pointer", basic(BasicKind::UnsafePointer)));
  for (const BuiltinDef &b : kUnsafeBuiltins)
    unsafe_->scope->insert(ctx.make<Builtin>(b.name, b.id));
}

} // namespace gopp::types
