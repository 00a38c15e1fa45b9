// Time.Compare (Go 1.20) orders instants: -1, 0, +1, using monotonic readings when both have one and ignoring the Location.
// gopp: requires go1.22
package main

import (
	"fmt"
	"time"
)

func main() {
	t0 := time.Now()
	t1 := t0.Add(time.Nanosecond)
	fmt.Println(t0.Compare(t1), t1.Compare(t0), t0.Compare(t0))
	a, b := time.Unix(5, 1), time.Unix(5, 2)
	fmt.Println(a.Compare(b), b.Compare(a), a.Compare(a.UTC()))
	fmt.Println(time.Unix(4, 999999999).Compare(time.Unix(5, 0)), time.Unix(6, 0).Compare(time.Unix(5, 999999999)))
	fmt.Println(time.Time{}.Compare(time.Unix(0, 0)), t0.Round(0).Compare(t0))
}
