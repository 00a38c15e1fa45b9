// time.Sleep parks a goroutine until its deadline (so sleepers wake in
// deadline order, whatever order they started in), and time.Duration
// prints as Go formats it: units below a second with a fraction, h/m/s
// fields above, "0s" for zero, a sign for negatives.
package main

import (
	"fmt"
	"time"
)

func main() {
	out := make(chan int, 5)
	for _, ms := range []int{150, 30, 120, 60, 90} {
		go func(ms int) {
			time.Sleep(time.Duration(ms) * time.Millisecond)
			out <- ms
		}(ms)
	}
	for i := 0; i < 5; i++ {
		fmt.Print(<-out, " ")
	}
	fmt.Println()
	time.Sleep(0)
	time.Sleep(-time.Second)

	ds := []time.Duration{
		0, 1, 999, 1000, 1500, time.Millisecond, 1234567, time.Second,
		90 * time.Second, time.Hour + 2*time.Minute + 3*time.Second + 4*time.Millisecond,
		-time.Minute, -1, 1<<63 - 1, -1 << 63,
	}
	for _, d := range ds {
		fmt.Println(d, d.String() == fmt.Sprint(d), d.Nanoseconds(), d.Milliseconds())
	}
	d := 90*time.Minute + 30*time.Second
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Microseconds())
	fmt.Println(d.Round(time.Hour), d.Truncate(time.Hour), (-d).Abs(), d.Round(0), time.Duration(-1<<63).Abs())
	fmt.Printf("%v %d %s %T\n", time.Second, time.Second, 2*time.Millisecond, d)
}
