// WaitGroup.Wait with a counter nobody will bring to zero, every goroutine blocked, is the deadlock fatal error.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go wg.Done()
	fmt.Println("waiting")
	wg.Wait()
}
