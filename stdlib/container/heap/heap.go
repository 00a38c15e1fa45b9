// The API of package container/heap as gopp provides it (Go 1.22 level).
// Declarations only: bodyless functions are implemented in C++ by gopp's
// standard library.

package heap

import "sort"

// Interface is a min-heap's storage: Less orders it, and Push and Pop
// add and remove at the end (index Len()-1).
type Interface interface {
	sort.Interface
	Push(x any) // add x as element Len()
	Pop() any   // remove and return element Len() - 1.
}

func Init(h Interface)
func Push(h Interface, x any)
func Pop(h Interface) any
func Remove(h Interface, i int) any
func Fix(h Interface, i int)
