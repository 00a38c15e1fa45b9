// ratelimit: a rate limiter built on a time.Ticker. Requests wait for a
// tick before they are served, so ten requests at 100 per second take at
// least 90 ms; a burst bucket (a buffered channel refilled by the ticker)
// lets the first three through at once.
package main

import (
	"fmt"
	"time"
)

func main() {
	const interval = 10 * time.Millisecond

	// Steady rate: one request per tick.
	limiter := time.NewTicker(interval)
	start := time.Now()
	for req := 1; req <= 10; req++ {
		<-limiter.C
		fmt.Println("served request", req)
	}
	limiter.Stop()
	fmt.Println("10 requests took at least 90ms:", time.Since(start) >= 9*interval)

	// Bursts: three tokens up front, then one per tick.
	bucket := make(chan time.Time, 3)
	for i := 0; i < 3; i++ {
		bucket <- time.Now()
	}
	refill := time.NewTicker(interval)
	defer refill.Stop()
	done := make(chan struct{})
	go func() {
		for {
			select {
			case t := <-refill.C:
				select {
				case bucket <- t:
				default: // bucket full: drop the token
				}
			case <-done:
				return
			}
		}
	}()
	start = time.Now()
	for req := 1; req <= 6; req++ {
		<-bucket
		fast := time.Since(start) < interval
		if req <= 3 {
			fmt.Printf("burst request %d served at once: %v\n", req, fast)
		} else {
			fmt.Printf("burst request %d served\n", req)
		}
	}
	close(done)
	fmt.Println("last three waited for the ticker:", time.Since(start) >= 2*interval)
}
