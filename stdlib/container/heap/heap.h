// heap.h — package container/heap as docs/abi.md maps it.
//
// Invariants: the operations call the program's Len, Less, Swap, Push and
// Pop in exactly the order Go's heap.go does (a program that prints from
// its methods sees the same trace), through the interface's method table:
// heap.Interface's methods sorted by name are Len 0, Less 1, Pop 2,
// Push 3, Swap 4.
#pragma once

#include "gopp/go.h"

namespace pkg::container::heap {

using Interface = go::Iface;

void Init(Interface h);
void Push(Interface h, go::Iface x);
go::Iface Pop(Interface h);
go::Iface Remove(Interface h, int64_t i);
void Fix(Interface h, int64_t i);

} // namespace pkg::container::heap
