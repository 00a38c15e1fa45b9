// ASTContext.h — the arena that owns every AST node of a run.
//
// Nodes, child arrays and identifier strings are bump-allocated and freed
// together when the context dies; no node is ever freed alone, so nodes
// need no destructors (AST.h keeps them trivially destructible in spirit).
#pragma once

#include <string_view>

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Allocator.h"

namespace gopp::ast {

class ASTContext {
public:
  template <class T, class... Args> T *make(Args &&...args) {
    return new (alloc_.Allocate<T>()) T(std::forward<Args>(args)...);
  }

  // Copies a list into the arena.
  template <class T> llvm::ArrayRef<T> copy(llvm::ArrayRef<T> list) {
    if (list.empty())
      return {};
    T *mem = alloc_.Allocate<T>(list.size());
    std::uninitialized_copy(list.begin(), list.end(), mem);
    return llvm::ArrayRef<T>(mem, list.size());
  }

  // Copies a string into the arena.
  llvm::StringRef intern(std::string_view s) {
    if (s.empty())
      return {};
    char *mem = alloc_.Allocate<char>(s.size());
    std::copy(s.begin(), s.end(), mem);
    return llvm::StringRef(mem, s.size());
  }

  size_t bytesAllocated() const { return alloc_.getTotalMemory(); }

private:
  llvm::BumpPtrAllocator alloc_;
};

} // namespace gopp::ast
