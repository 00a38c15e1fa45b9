// The API of package container/list as gopp provides it (Go 1.22 level).
// Declarations only: bodyless functions and methods are implemented in C++
// by gopp's standard library.

package list

// An Element is an element of a linked list.
type Element struct {
	next, prev *Element
	list       *List
	Value      any // the value stored with this element
}

func (e *Element) Next() *Element
func (e *Element) Prev() *Element

// A List is a doubly linked list; the zero value is an empty list ready
// to use.
type List struct {
	root Element // sentinel: root.next is the front, root.prev the back
	len  int
}

func New() *List

func (l *List) Back() *Element
func (l *List) Front() *Element
func (l *List) Init() *List
func (l *List) InsertAfter(v any, mark *Element) *Element
func (l *List) InsertBefore(v any, mark *Element) *Element
func (l *List) Len() int
func (l *List) MoveAfter(e, mark *Element)
func (l *List) MoveBefore(e, mark *Element)
func (l *List) MoveToBack(e *Element)
func (l *List) MoveToFront(e *Element)
func (l *List) PushBack(v any) *Element
func (l *List) PushBackList(other *List)
func (l *List) PushFront(v any) *Element
func (l *List) PushFrontList(other *List)
func (l *List) Remove(e *Element) any
