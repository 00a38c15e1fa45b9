// A goroutine blocked on the channel of a stopped Timer can never wake: with nothing else running it is a deadlock (exit 2).
package main

// (The Sleep lets Go 1.19 drop the stopped timer from its heap: its
// deadlock check counts stopped-but-not-yet-removed timers as pending and
// would wait an hour otherwise. Go 1.23 and gopp remove it at Stop.)

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("stopped:", t.Stop())
	time.Sleep(time.Millisecond)
	<-t.C
}
