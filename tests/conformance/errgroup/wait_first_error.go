// errgroup.Group: Wait waits for every function and returns the first non-nil error; the zero Group works without a context.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"

	"golang.org/x/sync/errgroup"
)

func main() {
	var g errgroup.Group
	var ran int64
	for i := 0; i < 10; i++ {
		g.Go(func() error {
			atomic.AddInt64(&ran, 1)
			return nil
		})
	}
	fmt.Println("no errors:", g.Wait(), atomic.LoadInt64(&ran))

	// The second error comes after the first is recorded: ctx is cancelled
	// once Wait's error is set.
	g2, ctx := errgroup.WithContext(context.Background())
	g2.Go(func() error {
		return errors.New("first failure")
	})
	g2.Go(func() error {
		<-ctx.Done()
		return errors.New("second failure")
	})
	g2.Go(func() error { return nil })
	fmt.Println("first error:", g2.Wait())

	// A Group can be reused after Wait.
	g2.Go(func() error { return nil })
	fmt.Println("again:", g2.Wait())
	fmt.Println("empty group:", new(errgroup.Group).Wait())
}
