// errgroup SetLimit: Go blocks while the limit is reached, TryGo refuses; changing the limit while goroutines run panics.
package main

import (
	"fmt"
	"sync/atomic"

	"golang.org/x/sync/errgroup"
)

func main() {
	var g errgroup.Group
	g.SetLimit(2)
	var running, peak int64
	for i := 0; i < 20; i++ {
		g.Go(func() error {
			n := atomic.AddInt64(&running, 1)
			for {
				p := atomic.LoadInt64(&peak)
				if n <= p || atomic.CompareAndSwapInt64(&peak, p, n) {
					break
				}
			}
			for j := 0; j < 1000; j++ {
				_ = j * j
			}
			atomic.AddInt64(&running, -1)
			return nil
		})
	}
	fmt.Println("wait:", g.Wait(), "peak <= 2:", atomic.LoadInt64(&peak) <= 2)

	var h errgroup.Group
	h.SetLimit(1)
	block := make(chan struct{})
	fmt.Println("TryGo 1:", h.TryGo(func() error { <-block; return nil }))
	fmt.Println("TryGo 2:", h.TryGo(func() error { return nil }))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		h.SetLimit(5)
	}()
	close(block)
	fmt.Println("wait:", h.Wait())
	fmt.Println("TryGo 3:", h.TryGo(func() error { return nil }))
	fmt.Println("wait:", h.Wait())
	h.SetLimit(-1)
	for i := 0; i < 5; i++ {
		fmt.Print(h.TryGo(func() error { return nil }), " ")
	}
	fmt.Println()
	fmt.Println("wait:", h.Wait())

	// SetLimit(0): TryGo can never start anything.
	var z errgroup.Group
	z.SetLimit(0)
	fmt.Println("limit 0 TryGo:", z.TryGo(func() error { return nil }))
}
