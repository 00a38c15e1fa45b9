// Channels carry interfaces and functions like any value (dynamic types and closures survive the trip).
package main

import (
	"errors"
	"fmt"
)

type shape interface{ area() float64 }
type sq float64

func (s sq) area() float64 { return float64(s * s) }

func main() {
	anyc := make(chan interface{}, 4)
	anyc <- 1
	anyc <- "two"
	anyc <- 3.0
	anyc <- nil
	close(anyc)
	for v := range anyc {
		fmt.Printf("%T %v\n", v, v)
	}
	ec := make(chan error, 1)
	ec <- errors.New("boom")
	fmt.Println(<-ec)
	sc := make(chan shape, 1)
	sc <- sq(3)
	fmt.Println((<-sc).area())
	fc := make(chan func(int) int)
	go func() {
		k := 7
		fc <- func(x int) int { return x * k }
		fc <- func(x int) int { return x + k }
		close(fc)
	}()
	for f := range fc {
		fmt.Println(f(6))
	}
}
