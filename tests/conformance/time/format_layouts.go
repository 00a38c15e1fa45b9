// Time.Format with the predefined layouts and custom ones: every element of the reference time, fractions with 0s and 9s, 12-hour clock, padding, and literal text; zones print as UTC.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 120034000, time.UTC)
	am := time.Date(2024, time.March, 7, 0, 9, 8, 0, time.UTC)
	layouts := []string{
		time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850,
		time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp,
		time.StampMilli, time.StampMicro, time.StampNano, "2006-01-02 15:04:05", "2006-01-02", "15:04:05",
		"Monday, January 2, 2006", "Mon Jan _2 3:4:5 pm", "02/01/06 03PM", "__2 002 day", "_2006",
		"15:04:05.000", "15:04:05.999", "15:04:05,000000", "15:04:05.99999", ".0 .9 .00 .99 .0000000000",
		"-07 -07:00 -0700 -070000 -07:00:00", "Z07 Z07:00 Z0700 Z070000 Z07:00:00", "MST",
		"Janet Monet 1 2 3 4 5 6 Jan2006", "no elements here!", "",
	}
	for _, l := range layouts {
		fmt.Printf("%q\n  %q\n  %q\n", l, t.Format(l), am.Format(l))
	}
	fmt.Println(string(t.AppendFormat([]byte("at: "), time.Kitchen)))
	fmt.Println(time.Date(-5, 1, 1, 0, 0, 0, 0, time.UTC).Format("2006 06"), time.Date(12345, 1, 1, 0, 0, 0, 0, time.UTC).Format("2006 06"))
}
