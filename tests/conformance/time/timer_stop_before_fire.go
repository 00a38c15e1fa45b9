// Stop before a Timer fires returns true and nothing is ever sent; a second Stop returns false.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(200 * time.Millisecond)
	fmt.Println("first Stop:", t.Stop())
	fmt.Println("second Stop:", t.Stop())
	select {
	case <-t.C:
		fmt.Println("value arrived (wrong)")
	case <-time.After(300 * time.Millisecond):
		fmt.Println("nothing arrived")
	}
	long := time.NewTimer(time.Hour)
	fmt.Println("Stop of a long timer:", long.Stop())
}
