// WithTimeout: the context is done with DeadlineExceeded after the timeout (1 s, long enough that a race build on a loaded machine still reads Err before it); Deadline reports it; the error is a timeout.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	dl, ok := ctx.Deadline()
	fmt.Println("has deadline:", ok, "in the future:", dl.After(start))
	fmt.Println("err before:", ctx.Err())
	<-ctx.Done()
	elapsed := time.Since(start)
	fmt.Println("waited at least 1s:", elapsed >= time.Second)
	fmt.Println("err:", ctx.Err())
	fmt.Println("is DeadlineExceeded:", ctx.Err() == context.DeadlineExceeded, errors.Is(ctx.Err(), context.DeadlineExceeded))
	te, isTimeout := ctx.Err().(interface{ Timeout() bool })
	fmt.Println("timeout method:", isTimeout, isTimeout && te.Timeout())
	fmt.Printf("%T\n", ctx.Err())
	cancel()
	fmt.Println("after cancel:", ctx.Err())
}
