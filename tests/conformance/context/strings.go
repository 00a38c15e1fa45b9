// String of every context kind and %T of each, as current Go prints them (the format changed in Go 1.21).
// gopp: requires go1.22
package main

import (
	"context"
	"fmt"
)

type key int

func (k key) String() string { return fmt.Sprintf("key#%d", int(k)) }

type point struct{ x, y int }

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO())
	fmt.Printf("%T %T\n", bg, context.TODO())
	c, cancel := context.WithCancel(bg)
	defer cancel()
	fmt.Println(c)
	fmt.Printf("%T\n", c)
	v := context.WithValue(c, key(7), "seven")
	fmt.Println(v)
	fmt.Println(context.WithValue(context.TODO(), "plain", 3))
	fmt.Println(context.WithValue(bg, point{1, 2}, nil))
	fmt.Println(context.WithValue(bg, 1.5, key(2)))
	fmt.Printf("%T\n", v)
	cc, cancelCause := context.WithCancelCause(v)
	defer cancelCause(nil)
	fmt.Println(cc)
	fmt.Println(context.WithoutCancel(cc))
	fmt.Printf("%s|%v\n", c, bg)
}
