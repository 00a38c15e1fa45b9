// Mutex starvation measurement (not a timed test): one goroutine locks and
// unlocks a sync.Mutex in a tight loop while another repeatedly times how
// long its own Lock takes. Go's starvation mode (a waiter blocked for more
// than 1 ms gets the lock handed over) bounds that wait to a few
// milliseconds; without it the hog could keep the lock for as long as it
// runs. Prints the longest and the median wait over the samples.
//
//	gopp build -o starve main.go && ./starve     (or: go run main.go)
package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	stop := make(chan struct{})
	hogDone := make(chan int)
	go func() {
		n := 0
		for {
			select {
			case <-stop:
				hogDone <- n
				return
			default:
			}
			for i := 0; i < 1000; i++ {
				mu.Lock()
				n++
				mu.Unlock()
			}
		}
	}()
	const samples = 200
	waits := make([]time.Duration, 0, samples)
	for i := 0; i < samples; i++ {
		time.Sleep(500 * time.Microsecond)
		t0 := time.Now()
		mu.Lock()
		waits = append(waits, time.Since(t0))
		mu.Unlock()
	}
	close(stop)
	hogOps := <-hogDone
	sort.Slice(waits, func(i, j int) bool { return waits[i] < waits[j] })
	fmt.Printf("samples=%d max wait=%v median=%v p99=%v (hog ops=%d)\n",
		samples, waits[samples-1], waits[samples/2], waits[samples*99/100], hogOps)
}
