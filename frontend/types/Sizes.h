// Sizes.h — the memory layout gc gives Go types on 64-bit targets, for
// unsafe.Sizeof, Alignof and Offsetof (which are constants in Go, so the
// checker must know gc's numbers, not the C++ layout gopp uses).
//
// gc's rules (cmd/compile's type layout, as types2 sees it through the
// compiler's sizes): a word is 8 bytes; strings are 2 words, slices 3,
// interfaces 2, pointers, maps, channels and functions 1; complex64 aligns
// as float32; an array is len × element size, aligned as its element; a
// struct lays its fields out in order at their alignment, aligns as its
// most aligned field, and when its last field has size zero (and the
// struct is not empty) gets one byte of padding so that a pointer to that
// field cannot point past the object.
#pragma once

#include <cstdint>
#include <vector>

#include "frontend/types/Type.h"

namespace gopp::types {

// Whether the layout of t is known without type arguments (a type
// parameter anywhere in it makes the size a run-time value).
bool hasFixedLayout(const Type *t);

int64_t gcSizeof(const Type *t);
int64_t gcAlignof(const Type *t);
// The offset of each field of s.
std::vector<int64_t> gcOffsetsof(const Struct *s);

} // namespace gopp::types
