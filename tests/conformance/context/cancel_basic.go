// WithCancel: Err is nil until cancel, then Canceled; Done closes; cancel is idempotent.
package main

import (
	"context"
	"errors"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	fmt.Println("before:", ctx.Err())
	select {
	case <-ctx.Done():
		fmt.Println("done too early")
	default:
		fmt.Println("not done")
	}
	d1 := ctx.Done()
	cancel()
	<-ctx.Done()
	fmt.Println("same channel:", d1 == ctx.Done())
	fmt.Println("after:", ctx.Err())
	fmt.Println("is Canceled:", ctx.Err() == context.Canceled, errors.Is(ctx.Err(), context.Canceled))
	cancel()
	cancel()
	fmt.Println("still:", ctx.Err())
	_, ok := ctx.Deadline()
	fmt.Println("deadline set:", ok)

	// Cancelled before anyone asked for Done: Done is a closed channel at once.
	ctx2, cancel2 := context.WithCancel(context.Background())
	cancel2()
	_, open := <-ctx2.Done()
	fmt.Println("done open:", open, ctx2.Err())
}
