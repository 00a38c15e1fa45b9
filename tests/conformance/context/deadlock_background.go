// Background's Done is nil: waiting on it blocks forever, which is a deadlock when nothing else runs.
package main

import (
	"context"
	"fmt"
)

func main() {
	ctx := context.Background()
	fmt.Println(ctx.Done() == nil, ctx.Err())
	<-ctx.Done()
}
