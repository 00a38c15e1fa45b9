// No race: an atomic flag (atomic.Bool, and int32 Store/Load) publishes the plain writes made before its Store to readers that Load it set.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	var data []int
	var msg string
	var ready atomic.Bool
	go func() {
		data = []int{1, 2, 3}
		msg = "published"
		ready.Store(true)
	}()

	var count int
	var state int32
	go func() {
		count = 42
		atomic.StoreInt32(&state, 1)
	}()

	var wg sync.WaitGroup
	out := make([]string, 3)
	for r := 0; r < 3; r++ {
		r := r
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !ready.Load() {
				time.Sleep(time.Millisecond)
			}
			for atomic.LoadInt32(&state) == 0 {
				time.Sleep(time.Millisecond)
			}
			out[r] = fmt.Sprint(msg, " ", data, " ", count)
		}()
	}
	wg.Wait()
	for _, s := range out {
		fmt.Println(s)
	}
}
