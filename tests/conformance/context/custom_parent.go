// A user type implementing Context works as a parent: its cancellation reaches children (watched by a goroutine), its values are found, its Err is the children's.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type myCtx struct {
	done chan struct{}
	err  error
	vals map[any]any
}

func (c *myCtx) Deadline() (time.Time, bool) { return time.Time{}, false }
func (c *myCtx) Done() <-chan struct{}       { return c.done }
func (c *myCtx) Err() error {
	select {
	case <-c.done:
		return c.err
	default:
		return nil
	}
}
func (c *myCtx) Value(key any) any { return c.vals[key] }

func main() {
	p := &myCtx{done: make(chan struct{}), err: errors.New("custom stop"), vals: map[any]any{"who": "me"}}
	child, cancel := context.WithCancel(p)
	defer cancel()
	grand := context.WithValue(child, "k", "v")
	fmt.Println(grand.Value("who"), grand.Value("k"), child.Err())
	close(p.done)
	<-grand.Done()
	fmt.Println("child:", child.Err())
	fmt.Println("grand:", grand.Err())

	// A child of a user context that is already done is done at once.
	c2, cancel2 := context.WithCancel(p)
	defer cancel2()
	select {
	case <-c2.Done():
		fmt.Println("at once:", c2.Err())
	default:
		fmt.Println("not done")
	}

	// A user context embedding a real one.
	type wrapped struct{ context.Context }
	base, cancelBase := context.WithCancel(context.Background())
	w := wrapped{base}
	c3, cancel3 := context.WithCancel(w)
	defer cancel3()
	cancelBase()
	<-c3.Done()
	fmt.Println("wrapped:", c3.Err())
}
