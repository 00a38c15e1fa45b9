// heap.cpp — container/heap's sift-up and sift-down over a program's
// heap.Interface, step for step as Go's heap.go.
#include "container/heap/heap.h"

namespace pkg::container::heap {
namespace {

int64_t len(Interface h) { return go::method<int64_t (*)(void *)>(h, 0)(h.data); }
bool less(Interface h, int64_t i, int64_t j) { return go::method<bool (*)(void *, int64_t, int64_t)>(h, 1)(h.data, i, j); }
go::Iface pop(Interface h) { return go::method<go::Iface (*)(void *)>(h, 2)(h.data); }
void push(Interface h, go::Iface x) { go::method<void (*)(void *, go::Iface)>(h, 3)(h.data, x); }
void swap(Interface h, int64_t i, int64_t j) { go::method<void (*)(void *, int64_t, int64_t)>(h, 4)(h.data, i, j); }

void up(Interface h, int64_t j) {
  for (;;) {
    int64_t i = (j - 1) / 2; // parent
    if (i == j || !less(h, j, i))
      break;
    swap(h, i, j);
    j = i;
  }
}

bool down(Interface h, int64_t i0, int64_t n) {
  int64_t i = i0;
  for (;;) {
    int64_t j1 = 2 * i + 1;
    if (j1 >= n || j1 < 0) // j1 < 0 after overflow
      break;
    int64_t j = j1; // left child
    if (int64_t j2 = j1 + 1; j2 < n && less(h, j2, j1))
      j = j2; // right child
    if (!less(h, j, i))
      break;
    swap(h, i, j);
    i = j;
  }
  return i > i0;
}

} // namespace

void Init(Interface h) {
  int64_t n = len(h);
  for (int64_t i = n / 2 - 1; i >= 0; i--)
    down(h, i, n);
}

void Push(Interface h, go::Iface x) {
  push(h, x);
  up(h, len(h) - 1);
}

go::Iface Pop(Interface h) {
  int64_t n = len(h) - 1;
  swap(h, 0, n);
  down(h, 0, n);
  return pop(h);
}

go::Iface Remove(Interface h, int64_t i) {
  int64_t n = len(h) - 1;
  if (n != i) {
    swap(h, i, n);
    if (!down(h, i, n))
      up(h, i);
  }
  return pop(h);
}

void Fix(Interface h, int64_t i) {
  if (!down(h, i, len(h)))
    up(h, i);
}

} // namespace pkg::container::heap
