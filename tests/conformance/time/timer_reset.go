// Reset re-arms a Timer: on a pending timer it returns true and the new duration applies; after the value was received it returns false and the timer fires again.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := time.NewTimer(time.Hour)
	fmt.Println("Reset of pending timer:", t.Reset(20*time.Millisecond))
	<-t.C
	fmt.Println("fired after the new duration:", time.Since(start) >= 20*time.Millisecond && time.Since(start) < time.Minute)
	mid := time.Now()
	fmt.Println("Reset of fired timer:", t.Reset(30*time.Millisecond))
	<-t.C
	fmt.Println("fired again after >= 30ms:", time.Since(mid) >= 30*time.Millisecond)
	// Reset after Stop.
	fmt.Println("Stop:", t.Stop())
	fmt.Println("Reset after Stop:", t.Reset(10*time.Millisecond))
	<-t.C
	fmt.Println("fired after Stop and Reset")
	// Reset to a longer duration: the earlier deadline no longer applies.
	t2 := time.NewTimer(10 * time.Millisecond)
	t2.Reset(200 * time.Millisecond)
	select {
	case <-t2.C:
		fmt.Println("fired at the old deadline (wrong)")
	case <-time.After(60 * time.Millisecond):
		fmt.Println("old deadline ignored")
	}
	<-t2.C
	fmt.Println("fired at the new deadline")
}
