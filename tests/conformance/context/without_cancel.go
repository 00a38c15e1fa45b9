// WithoutCancel keeps the parent's values but is never cancelled and has no deadline; its own children are independent of the parent.
// gopp: requires go1.22
package main

import (
	"context"
	"fmt"
)

type key string

func main() {
	parent, cancel := context.WithCancel(context.WithValue(context.Background(), key("user"), "ann"))
	wc := context.WithoutCancel(parent)
	child, cancelChild := context.WithCancel(wc)
	defer cancelChild()
	cancel()
	<-parent.Done()
	fmt.Println("parent:", parent.Err())
	fmt.Println("without cancel:", wc.Err(), wc.Done() == nil, wc.Value(key("user")))
	_, ok := wc.Deadline()
	fmt.Println("deadline:", ok)
	fmt.Println("child:", child.Err(), context.Cause(wc))
	cancelChild()
	fmt.Println("child after its cancel:", child.Err())
	fmt.Println(wc)
	fmt.Printf("%T\n", wc)
}
