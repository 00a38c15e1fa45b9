// AfterFunc: f runs once in its own goroutine after ctx is done; stop before that returns true and f never runs; stop after returns false.
// gopp: requires go1.22
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	ran := make(chan string, 4)
	stop1 := context.AfterFunc(ctx, func() { ran <- "f1" })
	stop2 := context.AfterFunc(ctx, func() { ran <- "f2" })
	fmt.Println("stop2 before cancel:", stop2())
	fmt.Println("stop2 again:", stop2())
	cancel()
	fmt.Println("ran:", <-ran)
	fmt.Println("stop1 after it ran:", stop1())
	time.Sleep(20 * time.Millisecond)
	fmt.Println("pending:", len(ran))

	// On a context that is already done, f runs at once.
	stop3 := context.AfterFunc(ctx, func() { ran <- "f3" })
	fmt.Println("ran:", <-ran)
	fmt.Println("stop3:", stop3())

	// On a context that is never done, f never runs and stop succeeds.
	stop4 := context.AfterFunc(context.Background(), func() { ran <- "f4" })
	fmt.Println("stop4:", stop4())

	// Deadlines trigger it too.
	tctx, tcancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer tcancel()
	context.AfterFunc(tctx, func() { ran <- "f5 " + tctx.Err().Error() })
	fmt.Println("ran:", <-ran)
}
