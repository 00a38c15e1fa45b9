// WithTimeout: the context is done with DeadlineExceeded after the timeout; Deadline reports it; the error is a timeout.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	dl, ok := ctx.Deadline()
	fmt.Println("has deadline:", ok, "in the future:", dl.After(start))
	fmt.Println("err before:", ctx.Err())
	<-ctx.Done()
	elapsed := time.Since(start)
	fmt.Println("waited at least 20ms:", elapsed >= 20*time.Millisecond)
	fmt.Println("err:", ctx.Err())
	fmt.Println("is DeadlineExceeded:", ctx.Err() == context.DeadlineExceeded, errors.Is(ctx.Err(), context.DeadlineExceeded))
	te, isTimeout := ctx.Err().(interface{ Timeout() bool })
	fmt.Println("timeout method:", isTimeout, isTimeout && te.Timeout())
	fmt.Printf("%T\n", ctx.Err())
	cancel()
	fmt.Println("after cancel:", ctx.Err())
}
