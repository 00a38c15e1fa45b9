// A timeout context cancelled early reports Canceled forever after, even once the deadline has passed.
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	cancel()
	<-ctx.Done()
	fmt.Println("right away:", ctx.Err())
	time.Sleep(60 * time.Millisecond)
	fmt.Println("after the deadline:", ctx.Err())
}
