// A deadline already in the past gives a context that is done at once with DeadlineExceeded; its CancelFunc changes nothing.
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	select {
	case <-ctx.Done():
		fmt.Println("done at once:", ctx.Err())
	default:
		fmt.Println("not done")
	}
	cancel()
	fmt.Println("after cancel:", ctx.Err())
	ctx2, cancel2 := context.WithTimeout(context.Background(), 0)
	defer cancel2()
	<-ctx2.Done()
	fmt.Println("zero timeout:", ctx2.Err())
}
