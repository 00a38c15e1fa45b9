// A Timer fires once, after at least its duration, sending the current time (not before it was made) on C; Stop after the value was received returns false.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := time.NewTimer(20 * time.Millisecond)
	v := <-t.C
	fmt.Println("fired after >= 20ms:", time.Since(start) >= 20*time.Millisecond)
	fmt.Println("value not before start:", !v.Before(start))
	fmt.Println("value not after now:", !v.After(time.Now()))
	fmt.Println("value minus start >= 20ms:", v.Sub(start) >= 20*time.Millisecond)
	fmt.Println("Stop after receive:", t.Stop())
	select {
	case <-t.C:
		fmt.Println("second value (wrong)")
	case <-time.After(50 * time.Millisecond):
		fmt.Println("fires only once")
	}
}
