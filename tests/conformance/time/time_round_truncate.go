// Time.Round and Truncate work on the absolute time since year 1 (not Unix time), round halves up, and leave d <= 0 alone.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Unix(1700000000, 123456789)
	for _, d := range []time.Duration{
		0, -time.Second, time.Nanosecond, 2, time.Microsecond, time.Millisecond, 250 * time.Millisecond,
		time.Second, 7 * time.Second, time.Minute, time.Hour, 24 * time.Hour, 7 * 24 * time.Hour, 1<<63 - 1,
	} {
		r, tr := t.Round(d), t.Truncate(d)
		fmt.Println(d, r.Unix(), r.Nanosecond(), tr.Unix(), tr.Nanosecond())
	}
	half := time.Unix(10, 500000000)
	fmt.Println("half rounds up:", half.Round(time.Second).Unix())
	neg := time.Unix(-10, 500000000)
	fmt.Println("before 1970:", neg.Round(time.Second).Unix(), neg.Truncate(time.Second).Unix(), neg.Truncate(time.Hour).Unix())
	fmt.Println("zero Time:", time.Time{}.Round(time.Hour).IsZero(), time.Time{}.Truncate(time.Hour).IsZero())
}
