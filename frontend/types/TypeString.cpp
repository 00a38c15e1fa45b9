// TypeString.cpp — gc's spelling of types (types2/typestring.go's rules).
#include "frontend/types/TypeString.h"

#include <unordered_set>

namespace gopp::types {

using llvm::dyn_cast_or_null;
using llvm::isa_and_nonnull;

const Interface *universeAnyInterface = nullptr;

using llvm::cast;
using llvm::dyn_cast;

namespace {

class Writer {
public:
  Writer(std::string &out, const Package *current) : out_(out), current_(current) {}

  void type(const Type *t) {
    if (!t) {
      out_ += "<nil>";
      return;
    }
    switch (t->kind()) {
    case TypeKind::Basic: {
      auto *b = cast<Basic>(t);
      if (b->basicKind() == BasicKind::UnsafePointer) {
        out_ += "unsafe.Pointer";
        return;
      }
      out_ += b->name().str();
      return;
    }
    case TypeKind::Pointer:
      out_ += '*';
      type(cast<Pointer>(t)->elem);
      return;
    case TypeKind::Slice:
      out_ += "[]";
      type(cast<Slice>(t)->elem);
      return;
    case TypeKind::Array: {
      auto *a = cast<Array>(t);
      out_ += '[';
      out_ += a->len < 0 ? std::string("unknown") : std::to_string(a->len);
      out_ += ']';
      type(a->elem);
      return;
    }
    case TypeKind::Map: {
      auto *m = cast<Map>(t);
      out_ += "map[";
      type(m->key);
      out_ += ']';
      type(m->elem);
      return;
    }
    case TypeKind::Chan: {
      auto *c = cast<Chan>(t);
      bool parens = false;
      switch (c->dir) {
      case ChanDir::Both:
        out_ += "chan ";
        // chan (<-chan T) needs parentheses.
        if (auto *e = dyn_cast<Chan>(c->elem); e && e->dir == ChanDir::Recv)
          parens = true;
        break;
      case ChanDir::Send:
        out_ += "chan<- ";
        break;
      case ChanDir::Recv:
        out_ += "<-chan ";
        break;
      }
      if (parens)
        out_ += '(';
      type(c->elem);
      if (parens)
        out_ += ')';
      return;
    }
    case TypeKind::Struct: {
      auto *s = cast<Struct>(t);
      out_ += "struct{";
      for (size_t i = 0; i < s->fields.size(); i++) {
        if (i)
          out_ += "; ";
        Var *f = s->fields[i];
        if (!f->embedded) {
          out_ += f->name().str();
          out_ += ' ';
        }
        type(f->type());
        if (i < s->tags.size() && !s->tags[i].empty())
          out_ += " " + quote(s->tags[i]);
      }
      out_ += '}';
      return;
    }
    case TypeKind::Signature:
      out_ += "func";
      signature(cast<Signature>(t));
      return;
    case TypeKind::Interface: {
      auto *it = cast<Interface>(t);
      if (it->isComparableBuiltin) {
        out_ += "comparable";
        return;
      }
      if (it->implicit && it->embeddeds.size() == 1 && it->methods.empty()) {
        type(it->embeddeds[0]);
        return;
      }
      if (it->methods.empty() && it->embeddeds.empty() && isUniverseAny(it)) {
        out_ += "any";
        return;
      }
      out_ += "interface{";
      bool first = true;
      for (const Type *e : it->embeddeds) {
        if (!first)
          out_ += "; ";
        first = false;
        type(e);
      }
      for (Func *m : it->methods) {
        if (!first)
          out_ += "; ";
        first = false;
        out_ += m->name().str();
        signature(m->signature());
      }
      out_ += '}';
      return;
    }
    case TypeKind::Union: {
      auto *u = cast<Union>(t);
      for (size_t i = 0; i < u->terms.size(); i++) {
        if (i)
          out_ += " | ";
        if (u->terms[i].tilde)
          out_ += '~';
        type(u->terms[i].type);
      }
      return;
    }
    case TypeKind::Tuple:
      tuple(cast<Tuple>(t), false);
      return;
    case TypeKind::Named: {
      auto *n = cast<Named>(t);
      const Package *pkg = n->obj->pkg();
      if (pkg && pkg != current_ && !pkg->name.empty()) {
        out_ += pkg->name;
        out_ += '.';
      }
      out_ += n->obj->name().str();
      if (n->typeArgs.empty() && !n->typeParams.empty()) {
        // A generic type, not instantiated: List[T any].
        out_ += '[';
        for (size_t i = 0; i < n->typeParams.size(); i++) {
          if (i)
            out_ += ", ";
          out_ += n->typeParams[i]->obj->name().str();
          out_ += ' ';
          type(n->typeParams[i]->bound);
        }
        out_ += ']';
      }
      if (!n->typeArgs.empty()) {
        out_ += '[';
        for (size_t i = 0; i < n->typeArgs.size(); i++) {
          if (i)
            out_ += ", ";
          type(n->typeArgs[i]);
        }
        out_ += ']';
      }
      return;
    }
    case TypeKind::TypeParam:
      out_ += cast<TypeParam>(t)->obj->name().str();
      return;
    }
  }

  void tuple(const Tuple *t, bool variadic) {
    out_ += '(';
    if (t) {
      for (size_t i = 0; i < t->vars.size(); i++) {
        if (i)
          out_ += ", ";
        Var *v = t->vars[i];
        if (!v->name().empty()) {
          out_ += v->name().str();
          out_ += ' ';
        }
        const Type *ty = v->type();
        if (variadic && i + 1 == t->vars.size()) {
          out_ += "...";
          if (auto *s = dyn_cast_or_null<Slice>(ty))
            ty = s->elem;
        }
        type(ty);
      }
    }
    out_ += ')';
  }

  void signature(const Signature *sig) {
    if (!sig->typeParams.empty()) {
      out_ += '[';
      for (size_t i = 0; i < sig->typeParams.size(); i++) {
        if (i)
          out_ += ", ";
        TypeParam *tp = sig->typeParams[i];
        out_ += tp->obj->name().str();
        out_ += ' ';
        type(tp->bound);
      }
      out_ += ']';
    }
    tuple(sig->params, sig->variadic);
    const Tuple *res = sig->results;
    if (!res || res->vars.empty())
      return;
    out_ += ' ';
    if (res->vars.size() == 1 && res->vars[0]->name().empty()) {
      type(res->vars[0]->type());
      return;
    }
    tuple(res, false);
  }

private:
  static bool isUniverseAny(const Interface *it) { return it == universeAnyInterface; }

  static std::string quote(const std::string &s) {
    std::string q = "\"";
    for (char c : s) {
      if (c == '"' || c == '\\')
        q += '\\';
      q += c;
    }
    return q + "\"";
  }

  std::string &out_;
  const Package *current_;
};

} // namespace

void writeType(std::string &out, const Type *t, const Package *current) { Writer(out, current).type(t); }

void writeSignature(std::string &out, const Signature *sig, const Package *current) {
  Writer(out, current).signature(sig);
}

std::string typeString(const Type *t, const Package *current) {
  std::string s;
  writeType(s, t, current);
  return s;
}

} // namespace gopp::types
