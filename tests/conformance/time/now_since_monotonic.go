// Now carries a monotonic reading: Since, Sub, Until, Before, After and Equal use it; Add keeps it; Round(0) strips it, leaving an Equal but not == Time.
package main

import (
	"fmt"
	"time"
)

func main() {
	t0 := time.Now()
	time.Sleep(20 * time.Millisecond)
	t1 := time.Now()
	fmt.Println("Since >= 20ms:", time.Since(t0) >= 20*time.Millisecond)
	fmt.Println("Sub >= 20ms:", t1.Sub(t0) >= 20*time.Millisecond)
	fmt.Println("Sub is antisymmetric:", t0.Sub(t1) == -t1.Sub(t0))
	fmt.Println("Until of the past < 0:", time.Until(t0) < 0)
	fmt.Println("Until of the future > 0:", time.Until(t1.Add(time.Hour)) > 59*time.Minute)
	fmt.Println("Before/After:", t0.Before(t1), t1.After(t0), t0.After(t1), t1.Before(t0))
	fmt.Println("Equal self:", t0.Equal(t0), t0 == t0)
	t2 := t0.Add(1500 * time.Millisecond)
	fmt.Println("Add keeps the reading:", t2.Sub(t0), t0.Sub(t2))
	fmt.Println("Add then Sub:", t2.Add(-1500*time.Millisecond).Equal(t0), t2.Add(-1500*time.Millisecond) == t0)
	s := t0.Round(0)
	fmt.Println("Round(0) is Equal:", s.Equal(t0), "but not ==:", s == t0)
	fmt.Println("Truncate(0) is Equal:", t0.Truncate(0).Equal(t0))
	fmt.Println("Sub of stripped:", t1.Round(0).Sub(s) == t1.Round(0).Sub(t0.Round(0)))
	fmt.Println("zero Time:", time.Time{}.IsZero(), t0.IsZero())
	fmt.Println("Now is after 2020:", t0.After(time.Unix(1577836800, 0)))
	var z time.Time
	fmt.Println("Now after the zero Time:", t0.After(z), z.Before(t0))
}
