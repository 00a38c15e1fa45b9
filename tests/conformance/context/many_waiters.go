// Cancelling one context wakes every goroutine blocked on its Done channel, and on its descendants' channels.
package main

import (
	"context"
	"fmt"
)

func main() {
	root, cancel := context.WithCancel(context.Background())
	results := make(chan error)
	const n = 200
	for i := 0; i < n; i++ {
		ctx := root
		if i%2 == 1 {
			var c context.CancelFunc
			ctx, c = context.WithCancel(root)
			defer c()
		}
		go func(ctx context.Context) {
			<-ctx.Done()
			results <- ctx.Err()
		}(ctx)
	}
	cancel()
	counts := map[string]int{}
	for i := 0; i < n; i++ {
		counts[(<-results).Error()]++
	}
	fmt.Println(counts)
}
