// A sync.Cond copied after first use panics with "sync.Cond is copied" when the copy is used.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	c.Signal() // first use: the Cond remembers its address
	c.Broadcast()
	fmt.Println("original works")
	d := *c
	defer func() { fmt.Println("recovered:", recover()) }()
	d.Signal()
}
