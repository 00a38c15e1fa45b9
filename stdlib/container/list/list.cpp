// list.cpp — container/list, operation for operation as Go's list.go.
#include "container/list/list.h"

namespace pkg::container::list {
namespace {

template <class T> T *nonNil(T *p) {
  if (!p)
    go::panicNilDeref();
  return p;
}

// Whether e is in l. Go goes on to dereference l when both are nil (a
// detached element and a nil list) and panics there; so does this.
bool in(Element *e, List *l) {
  if (nonNil(e)->list != l)
    return false;
  nonNil(l);
  return true;
}

void lazyInit(List *l) {
  if (!nonNil(l)->root.next)
    List_Init(l);
}

Element *insert(List *l, Element *e, Element *at) {
  e->prev = at;
  e->next = at->next;
  e->prev->next = e;
  e->next->prev = e;
  e->list = l;
  l->len++;
  return e;
}

Element *insertValue(List *l, go::Iface v, Element *at) {
  auto *e = go::newObject<Element>();
  e->Value = v;
  return insert(l, e, at);
}

void remove(List *l, Element *e) {
  e->prev->next = e->next;
  e->next->prev = e->prev;
  e->next = nullptr; // no references from a removed element keep others alive
  e->prev = nullptr;
  e->list = nullptr;
  l->len--;
}

void move(Element *e, Element *at) {
  if (e == at)
    return;
  e->prev->next = e->next;
  e->next->prev = e->prev;
  e->prev = at;
  e->next = at->next;
  e->prev->next = e;
  e->next->prev = e;
}

} // namespace

Element *Element_Next(Element *e) {
  Element *p = nonNil(e)->next;
  return e->list && p != &e->list->root ? p : nullptr;
}
Element *Element_Prev(Element *e) {
  Element *p = nonNil(e)->prev;
  return e->list && p != &e->list->root ? p : nullptr;
}

List *New() { return List_Init(go::newObject<List>()); }

List *List_Init(List *l) {
  nonNil(l)->root.next = &l->root;
  l->root.prev = &l->root;
  l->len = 0;
  return l;
}

int64_t List_Len(List *l) { return nonNil(l)->len; }
Element *List_Front(List *l) { return nonNil(l)->len == 0 ? nullptr : l->root.next; }
Element *List_Back(List *l) { return nonNil(l)->len == 0 ? nullptr : l->root.prev; }

go::Iface List_Remove(List *l, Element *e) {
  if (in(e, l))
    remove(l, e);
  return e->Value;
}

Element *List_PushFront(List *l, go::Iface v) {
  lazyInit(l);
  return insertValue(l, v, &l->root);
}
Element *List_PushBack(List *l, go::Iface v) {
  lazyInit(l);
  return insertValue(l, v, l->root.prev);
}
Element *List_InsertBefore(List *l, go::Iface v, Element *mark) {
  if (!in(mark, l))
    return nullptr;
  return insertValue(l, v, mark->prev);
}
Element *List_InsertAfter(List *l, go::Iface v, Element *mark) {
  if (!in(mark, l))
    return nullptr;
  return insertValue(l, v, mark);
}

void List_MoveToFront(List *l, Element *e) {
  if (!in(e, l) || l->root.next == e)
    return;
  move(e, &l->root);
}
void List_MoveToBack(List *l, Element *e) {
  if (!in(e, l) || l->root.prev == e)
    return;
  move(e, l->root.prev);
}
void List_MoveBefore(List *l, Element *e, Element *mark) {
  if (!in(e, l) || e == mark || !in(mark, l))
    return;
  move(e, mark->prev);
}
void List_MoveAfter(List *l, Element *e, Element *mark) {
  if (!in(e, l) || e == mark || !in(mark, l))
    return;
  move(e, mark);
}

void List_PushBackList(List *l, List *other) {
  lazyInit(l);
  Element *e = List_Front(other);
  for (int64_t i = List_Len(other); i > 0; i--, e = Element_Next(e))
    insertValue(l, e->Value, l->root.prev);
}
void List_PushFrontList(List *l, List *other) {
  lazyInit(l);
  Element *e = List_Back(other);
  for (int64_t i = List_Len(other); i > 0; i--, e = Element_Prev(e))
    insertValue(l, e->Value, &l->root);
}

} // namespace pkg::container::list
