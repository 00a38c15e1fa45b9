// Stop of an AfterFunc timer before it fires returns true and f never runs.
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	var ran int32
	t := time.AfterFunc(200*time.Millisecond, func() { atomic.AddInt32(&ran, 1) })
	fmt.Println("Stop:", t.Stop())
	fmt.Println("Stop again:", t.Stop())
	time.Sleep(300 * time.Millisecond)
	fmt.Println("ran:", atomic.LoadInt32(&ran))
	long := time.AfterFunc(time.Hour, func() { atomic.AddInt32(&ran, 1) })
	fmt.Println("Stop long:", long.Stop())
	fmt.Println("ran:", atomic.LoadInt32(&ran))
}
