// runtime.NumGoroutine counts live goroutines; runtime.Gosched yields without blocking.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.NumGoroutine())
	block := make(chan bool)
	started := make(chan bool)
	for i := 0; i < 10; i++ {
		go func() {
			started <- true
			<-block
		}()
	}
	for i := 0; i < 10; i++ {
		<-started
	}
	fmt.Println(runtime.NumGoroutine())
	runtime.Gosched()
	fmt.Println("after Gosched")
	fmt.Println(runtime.GOMAXPROCS(0) >= 1)
	close(block)
}
