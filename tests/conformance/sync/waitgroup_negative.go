// An unrecovered negative WaitGroup counter ends the program: "panic: sync: negative WaitGroup counter", exit 2.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	wg.Done()
	wg.Done()
	fmt.Println("counter back to zero")
	wg.Done()
}
