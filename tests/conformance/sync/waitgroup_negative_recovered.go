// A negative WaitGroup counter panics with the string "sync: negative WaitGroup counter", which recover returns.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T: %v\n", r, r)
		}()
		wg.Add(1)
		wg.Done()
		wg.Done()
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T: %v\n", r, r)
		}()
		var wg2 sync.WaitGroup
		wg2.Add(-3)
	}()
}
