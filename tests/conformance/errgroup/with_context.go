// errgroup.WithContext: the first error cancels the derived context (others see it), the parent is untouched; Wait cancels it too.
package main

import (
	"context"
	"errors"
	"fmt"

	"golang.org/x/sync/errgroup"
)

func main() {
	parent, cancelParent := context.WithCancel(context.Background())
	defer cancelParent()
	g, ctx := errgroup.WithContext(parent)
	results := make(chan string, 3)
	for i := 0; i < 3; i++ {
		i := i
		g.Go(func() error {
			<-ctx.Done()
			results <- fmt.Sprint("worker ", i, " saw ", ctx.Err())
			return ctx.Err()
		})
	}
	g.Go(func() error { return errors.New("boom") })
	fmt.Println("wait:", g.Wait())
	close(results)
	n := 0
	for r := range results {
		_ = r
		n++
	}
	fmt.Println("workers that saw the cancellation:", n)
	fmt.Println("derived:", ctx.Err(), "parent:", parent.Err())

	// With no error, the context is cancelled when Wait returns.
	g2, ctx2 := errgroup.WithContext(context.Background())
	g2.Go(func() error { return nil })
	fmt.Println("before wait:", ctx2.Err())
	fmt.Println("wait:", g2.Wait(), "after wait:", ctx2.Err())

	// Cancelling the parent cancels the derived context.
	p3, c3 := context.WithCancel(context.Background())
	g3, ctx3 := errgroup.WithContext(p3)
	g3.Go(func() error { <-ctx3.Done(); return nil })
	c3()
	fmt.Println("parent cancelled:", g3.Wait(), ctx3.Err())
}
