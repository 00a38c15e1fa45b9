// Cause: the cause given to a CancelCauseFunc or a ...Cause constructor, inherited by descendants; Err is unchanged; no cause means Err.
// gopp: requires go1.22
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func main() {
	bg := context.Background()
	fmt.Println("background:", context.Cause(bg))

	ctx, cancel := context.WithCancelCause(bg)
	child, cancelChild := context.WithCancel(ctx)
	defer cancelChild()
	fmt.Println("before:", context.Cause(ctx), context.Cause(child))
	boom := errors.New("boom")
	cancel(boom)
	cancel(errors.New("second"))
	fmt.Println("err:", ctx.Err(), "cause:", context.Cause(ctx), context.Cause(ctx) == boom)
	fmt.Println("child err:", child.Err(), "child cause:", context.Cause(child))
	fmt.Println("value child:", context.Cause(context.WithValue(child, "k", 1)))

	ctx2, cancel2 := context.WithCancelCause(bg)
	cancel2(nil)
	fmt.Println("nil cause:", context.Cause(ctx2))

	tctx, tcancel := context.WithTimeoutCause(bg, 10*time.Millisecond, errors.New("too slow"))
	defer tcancel()
	<-tctx.Done()
	fmt.Println("timeout err:", tctx.Err(), "cause:", context.Cause(tctx))

	dctx, dcancel := context.WithDeadlineCause(bg, time.Now().Add(time.Hour), errors.New("late"))
	dcancel()
	fmt.Println("cancelled early:", dctx.Err(), context.Cause(dctx))

	pctx, pcancel := context.WithDeadlineCause(bg, time.Now().Add(-time.Second), errors.New("already late"))
	defer pcancel()
	fmt.Println("past:", pctx.Err(), context.Cause(pctx))
}
