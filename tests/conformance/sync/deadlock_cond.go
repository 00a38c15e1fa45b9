// Cond.Wait that no Signal or Broadcast will end, every goroutine blocked, is the deadlock fatal error.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	mu.Lock()
	done := make(chan bool)
	go func() {
		mu.Lock() // gets the lock once main waits
		fmt.Println("other goroutine got the lock while main waits")
		mu.Unlock()
		done <- true
	}()
	go func() {
		<-done
	}()
	c.Wait()
}
