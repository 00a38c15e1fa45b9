// String of a deadline context: the parent's name, then WithDeadline with the deadline as Time.String prints it (the remaining time after it is cut off here).
package main

import (
	"context"
	"fmt"
	"strings"
	"time"
)

func main() {
	d := time.Date(2099, time.January, 2, 3, 4, 5, 600, time.UTC)
	ctx, cancel := context.WithDeadline(context.Background(), d)
	defer cancel()
	s := fmt.Sprint(ctx)
	fmt.Println(s[:strings.Index(s, " [")])
	fmt.Println(strings.HasSuffix(s, "s])"))
	child, cancel2 := context.WithCancel(ctx)
	defer cancel2()
	s = fmt.Sprint(child)
	fmt.Println(strings.HasSuffix(s, ".WithCancel"), strings.HasPrefix(s, "context.Background.WithDeadline(2099-01-02 03:04:05.0000006 +0000 UTC ["))
	fmt.Printf("%T\n", ctx)
}
