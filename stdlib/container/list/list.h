// list.h — package container/list as docs/abi.md maps it.
//
// Invariants: a List is a ring through its sentinel root (root.next is
// the front, root.prev the back) once initialised; the zero List is
// initialised lazily by its first insertion, as Go's. An element belongs
// to at most one list (e->list); operations given an element of another
// list do nothing, as Go's. Where Go dereferences a nil *Element or
// *List, these functions panic with Go's nil-dereference error (they
// check: gopp never relies on a fault).
#pragma once

#include "gopp/go.h"

namespace pkg::container::list {

struct List;

struct Element {
  Element *next;
  Element *prev;
  List *list;
  go::Iface Value;
  friend bool operator==(const Element &, const Element &) = default;
};

struct List {
  Element root;
  int64_t len;
  friend bool operator==(const List &, const List &) = default;
};

Element *Element_Next(Element *e);
Element *Element_Prev(Element *e);

List *New();
Element *List_Back(List *l);
Element *List_Front(List *l);
List *List_Init(List *l);
Element *List_InsertAfter(List *l, go::Iface v, Element *mark);
Element *List_InsertBefore(List *l, go::Iface v, Element *mark);
int64_t List_Len(List *l);
void List_MoveAfter(List *l, Element *e, Element *mark);
void List_MoveBefore(List *l, Element *e, Element *mark);
void List_MoveToBack(List *l, Element *e);
void List_MoveToFront(List *l, Element *e);
Element *List_PushBack(List *l, go::Iface v);
void List_PushBackList(List *l, List *other);
Element *List_PushFront(List *l, go::Iface v);
void List_PushFrontList(List *l, List *other);
go::Iface List_Remove(List *l, Element *e);

} // namespace pkg::container::list
