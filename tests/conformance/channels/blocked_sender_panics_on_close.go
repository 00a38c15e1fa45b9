// A goroutine blocked sending panics with "send on closed channel" when the channel is closed.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		ch <- 1
	}()
	time.Sleep(100 * time.Millisecond)
	fmt.Println("closing")
	close(ch)
	time.Sleep(2 * time.Second)
	fmt.Println("not reached")
}
