// A pending timer that will wake a blocked goroutine keeps the deadlock detector quiet, even when every goroutine is blocked meanwhile.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(100 * time.Millisecond)
	<-t.C
	fmt.Println("woken by the timer")
	done := make(chan bool)
	time.AfterFunc(100*time.Millisecond, func() { close(done) })
	<-done
	fmt.Println("woken by AfterFunc")
	tk := time.NewTicker(30 * time.Millisecond)
	for i := 0; i < 2; i++ {
		<-tk.C
	}
	tk.Stop()
	fmt.Println("woken by the ticker")
}
