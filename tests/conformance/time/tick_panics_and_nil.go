// time.Tick of a non-positive duration is nil; NewTicker and Ticker.Reset panic with Go's messages for d <= 0.
package main

import (
	"fmt"
	"time"
)

func try(name string, f func()) {
	defer func() {
		fmt.Printf("%s: panic %v\n", name, recover())
	}()
	f()
}

func main() {
	fmt.Println("Tick(0) is nil:", time.Tick(0) == nil)
	fmt.Println("Tick(-1s) is nil:", time.Tick(-time.Second) == nil)
	try("NewTicker(0)", func() { time.NewTicker(0) })
	try("NewTicker(-1)", func() { time.NewTicker(-1) })
	tk := time.NewTicker(time.Hour)
	try("Reset(0)", func() { tk.Reset(0) })
	try("Reset(-5s)", func() { tk.Reset(-5 * time.Second) })
	tk.Stop()
}
