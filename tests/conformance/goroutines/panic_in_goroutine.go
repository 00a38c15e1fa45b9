// An unrecovered panic in a goroutine other than main kills the whole program with status 2.
package main

import (
	"fmt"
	"time"
)

func main() {
	ready := make(chan bool)
	go func() {
		defer fmt.Println("deferred call in the panicking goroutine runs")
		<-ready
		panic("boom in goroutine")
	}()
	fmt.Println("main started it")
	ready <- true
	time.Sleep(2 * time.Second)
	fmt.Println("not reached")
}
