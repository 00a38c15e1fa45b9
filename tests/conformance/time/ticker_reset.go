// Ticker.Reset changes the period and restarts the phase from now; a stopped Ticker can be restarted with Reset.
package main

import (
	"fmt"
	"time"
)

func main() {
	tk := time.NewTicker(time.Hour)
	start := time.Now()
	tk.Reset(20 * time.Millisecond)
	<-tk.C
	<-tk.C
	el := time.Since(start)
	fmt.Println("two ticks at the new period:", el >= 40*time.Millisecond && el < time.Minute)

	tk.Reset(time.Hour)
	select {
	case <-tk.C:
		fmt.Println("tick at the old period (wrong)")
	case <-time.After(100 * time.Millisecond):
		fmt.Println("old period no longer applies")
	}

	tk.Stop()
	tk.Reset(15 * time.Millisecond)
	<-tk.C
	fmt.Println("restarted after Stop")
	tk.Stop()
}
