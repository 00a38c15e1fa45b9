// Go 1.23 timers under races with firing: Stop of an unreceived timer always returns true and leaves nothing to receive; after Reset(d) the next value comes no sooner than d; an AfterFunc either runs or its Stop returns true, never both.
// gopp: go1.23 semantics; Go 1.23 timer channels (Go 1.19 and 1.22 may return false from Stop and deliver stale values)
//
// (Expectations written by hand: each line reports that its invariant held
// over every trial. Go 1.23 with asynctimerchan=0 prints them; Go 1.19
// prints counts of violations instead, since a timer that fired just
// before Stop leaves its value in the channel there.)
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func spin(n int) {
	for i := 0; i < n; i++ {
		_ = i * i
	}
}

func main() {
	const trials = 2000
	var wg sync.WaitGroup
	var stopFalse, staleAfterStop, earlyAfterReset int64
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < trials; i++ {
				t := time.NewTimer(time.Duration(i%7) * time.Microsecond)
				spin((i * 37) % 3000)
				if !t.Stop() {
					atomic.AddInt64(&stopFalse, 1)
				}
				select {
				case <-t.C:
					atomic.AddInt64(&staleAfterStop, 1)
				default:
				}
				t = time.NewTimer(time.Duration(i%5) * time.Microsecond)
				spin((i * 53) % 3000)
				r := time.Now()
				t.Reset(time.Millisecond)
				<-t.C
				if time.Since(r) < time.Millisecond {
					atomic.AddInt64(&earlyAfterReset, 1)
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("Stop returned false:", stopFalse)
	fmt.Println("stale value after Stop:", staleAfterStop)
	fmt.Println("value sooner than Reset's duration:", earlyAfterReset)

	var ran, stopped int64
	var fwg sync.WaitGroup
	for i := 0; i < trials; i++ {
		fwg.Add(1)
		var once int32
		t := time.AfterFunc(time.Duration(i%9)*time.Microsecond, func() {
			if atomic.AddInt32(&once, 1) == 1 {
				atomic.AddInt64(&ran, 1)
				fwg.Done()
			}
		})
		spin((i * 41) % 3000)
		if t.Stop() {
			stopped++
			fwg.Done()
		}
	}
	fwg.Wait()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("AfterFunc ran or stopped, exactly once each:", atomic.LoadInt64(&ran)+stopped == trials)
}
