// Time's String and GoString, and fmt printing a Time (String through fmt's Stringer support); a Time with a monotonic reading adds " m=+..." to String.
package main

import (
	"fmt"
	"strings"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)
	fmt.Println(t)
	fmt.Println(t.String())
	fmt.Printf("%v|%s|%#v\n", t, t, t)
	fmt.Println(time.Date(2024, 2, 29, 1, 2, 3, 450000000, time.UTC))
	fmt.Println(time.Time{})
	fmt.Println(time.Unix(0, 1).UTC().GoString())
	fmt.Println([]time.Time{time.Unix(0, 0).UTC(), time.Unix(86400, 0).UTC()})
	now := time.Now()
	s := now.String()
	fmt.Println("monotonic suffix:", strings.Contains(s, " m=+"), strings.Contains(now.Round(0).String(), " m="))
	fmt.Println("zone:", strings.Contains(s, " +0000 UTC"))
	name, off := now.Zone()
	fmt.Println(name, off, now.IsDST())
	fmt.Println(t.Month(), t.Weekday(), time.Saturday)
	b, err := t.MarshalJSON()
	fmt.Println(string(b), err)
	b, err = time.Date(2009, 11, 10, 23, 0, 0, 5, time.UTC).MarshalText()
	fmt.Println(string(b), err)
	_, err = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC).MarshalJSON()
	fmt.Println(err)
	_, err = time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC).MarshalText()
	fmt.Println(err)
	b, err = t.MarshalBinary()
	fmt.Println(b, err)
}
