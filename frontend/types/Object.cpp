// Object.cpp — objects, scopes and the small accessors of types.
#include "frontend/types/Object.h"

#include "frontend/syntax/Literals.h"
#include "frontend/types/Subst.h"

namespace gopp::types {

using llvm::dyn_cast;
using llvm::isa;
using llvm::dyn_cast_or_null;
using llvm::isa_and_nonnull;

bool Object::exported() const {
  if (name_.empty())
    return false;
  unsigned char c = static_cast<unsigned char>(name_[0]);
  if (c < 0x80)
    return c >= 'A' && c <= 'Z';
  // A non-ASCII first letter: exported if it is an upper-case letter.
  // Go's rule uses unicode.IsUpper; the common scripts without case
  // (and lower-case letters) are not exported.
  size_t i = 0;
  uint32_t r = syntax::decodeUtf8(std::string_view(name_.data(), name_.size()), i);
  return (r >= 0xC0 && r <= 0xDE && r != 0xD7) || (r >= 0x391 && r <= 0x3A9) || (r >= 0x410 && r <= 0x42F);
}

std::string Object::qualifiedName() const {
  if (pkg_ && !pkg_->name.empty())
    return pkg_->name + "." + name_.str();
  return name_.str();
}

bool TypeName::isAlias() const {
  const Type *t = type();
  if (!t)
    return false;
  if (auto *n = dyn_cast<Named>(t))
    return n->obj != this;
  if (auto *p = dyn_cast<TypeParam>(t))
    return p->obj != this;
  if (auto *b = dyn_cast<Basic>(t))
    return pkg() != nullptr || b->name() != name(); // unsafe.Pointer is not an alias
  return true;
}

Object *Scope::lookup(llvm::StringRef name) const {
  auto it = elems_.find(name);
  return it == elems_.end() ? nullptr : it->second;
}

Object *Scope::insert(Object *obj) {
  if (Object *old = lookup(obj->name()))
    return old;
  elems_[obj->name()] = obj;
  order_.push_back(obj);
  if (!obj->parent())
    obj->setParent(this);
  return nullptr;
}

Object *Scope::lookupParent(llvm::StringRef name, Pos pos, Scope **where) const {
  for (const Scope *s = this; s; s = s->parent_) {
    Object *obj = s->lookup(name);
    if (obj && (!pos.isValid() || !obj->scopePos.isValid() || !(pos < obj->scopePos))) {
      if (where)
        *where = const_cast<Scope *>(s);
      return obj;
    }
  }
  return nullptr;
}

const Type *Tuple::at(size_t i) const { return vars[i]->type(); }

const Type *Type::underlying() const {
  if (auto *n = dyn_cast<Named>(this)) {
    if (!n->under && n->orig)
      expandNamed(n);
    return n->under;
  }
  if (auto *p = dyn_cast<TypeParam>(this))
    return p->iface();
  return this;
}

const Interface *TypeParam::iface() const {
  if (!bound)
    return nullptr;
  return llvm::dyn_cast_or_null<Interface>(bound->underlying());
}

} // namespace gopp::types
