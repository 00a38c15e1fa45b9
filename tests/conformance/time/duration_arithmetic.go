// Duration is an int64 of nanoseconds: arithmetic, conversions to float units, Truncate/Round/Abs, and String of computed values.
package main

import (
	"fmt"
	"time"
)

func main() {
	d := 90*time.Minute + 30*time.Second
	fmt.Println(d, int64(d), d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Println(d/2, d*3, d%time.Hour, -d, d-2*time.Hour, (d - 2*time.Hour).Abs())
	fmt.Println(time.Duration(1.5*float64(time.Second)), time.Duration(2)*time.Microsecond)
	fmt.Println(d.Truncate(time.Hour), d.Round(time.Hour), d.Round(7*time.Minute), d.Truncate(0), d.Round(-1))
	fmt.Println((1500 * time.Microsecond).Round(time.Millisecond), (-1500 * time.Microsecond).Round(time.Millisecond))
	fmt.Println(time.Duration(1<<63-1).Round(time.Hour), time.Duration(-1<<63).Round(time.Hour), time.Duration(-1<<63).Abs())
	var total time.Duration
	for i := 1; i <= 10; i++ {
		total += time.Duration(i) * 100 * time.Millisecond
	}
	fmt.Println(total, total > 5*time.Second, total == 5500*time.Millisecond)
	fmt.Printf("%v %d %s %.1f\n", time.Second, time.Second, 2*time.Minute, time.Duration(90*time.Second).Minutes())
	per := time.Second / 3
	fmt.Println(per, per*3, time.Second-per*3)
	fmt.Println(time.Duration(0).Hours(), time.Duration(-1).Seconds())
}
