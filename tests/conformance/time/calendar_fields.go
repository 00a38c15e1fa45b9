// A Time's calendar in UTC: Date, Clock, Year..Second, Weekday, YearDay, ISOWeek, across leap years, before 1970 and at the zero Time; Month and Weekday names.
package main

import (
	"fmt"
	"time"
)

func show(t time.Time) {
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	wy, wk := t.ISOWeek()
	fmt.Println(y, m, d, h, mi, s, t.Year(), int(t.Month()), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Weekday(), t.YearDay(), wy, wk)
}

func main() {
	for _, u := range []int64{0, -1, 951782400, 951868800, 1700000000, 1709164800, 4102444800, -2208988800, -62135596800, 253402300799} {
		show(time.Unix(u, 0).UTC())
	}
	show(time.Time{})
	show(time.Date(2021, time.January, 3, 0, 0, 0, 0, time.UTC))  // ISO week 53 of 2020
	show(time.Date(2024, time.December, 30, 0, 0, 0, 0, time.UTC)) // ISO week 1 of 2025
	for m := time.Month(0); m <= 13; m++ {
		fmt.Print(m, " ")
	}
	fmt.Println()
	for d := time.Weekday(-1); d <= 7; d++ {
		fmt.Print(d, " ")
	}
	fmt.Println()
}
