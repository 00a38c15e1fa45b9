// time.Date normalises out-of-range fields (month into year; nsec, sec, min, hour into the next field up, then the day into months), and AddDate adds calendar units the same way.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, t := range []time.Time{
		time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC),
		time.Date(2024, 14, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2024, 0, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2024, -13, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2023, time.February, 29, 0, 0, 0, 0, time.UTC),
		time.Date(2024, time.February, 29, 0, 0, 0, 0, time.UTC),
		time.Date(2024, time.March, 0, 0, 0, 0, 0, time.UTC),
		time.Date(2024, time.January, 1, 25, 61, 61, 1e9+5, time.UTC),
		time.Date(2024, time.January, 1, -1, -1, -1, -1, time.UTC),
		time.Date(2024, time.January, 400, 0, 0, 0, 0, time.UTC),
		time.Date(0, time.January, 1, 0, 0, 0, 0, time.UTC),
		time.Date(-1, time.December, 31, 0, 0, 0, 0, time.UTC),
	} {
		fmt.Println(t.Unix(), t.Nanosecond(), t.Format(time.RFC3339Nano))
	}
	base := time.Date(2024, time.January, 31, 12, 0, 0, 0, time.UTC)
	fmt.Println(base.AddDate(0, 1, 0).Format("2006-01-02 15:04:05"))
	fmt.Println(base.AddDate(1, 1, 1).Format("2006-01-02 15:04:05"))
	fmt.Println(base.AddDate(0, 0, -31).Format("2006-01-02 15:04:05"))
	fmt.Println(base.AddDate(-2024, 0, 0).Format("2006-01-02 15:04:05"))
	fmt.Println(time.Date(2024, time.March, 10, 0, 0, 0, 0, time.UTC).Sub(time.Date(2024, time.February, 10, 0, 0, 0, 0, time.UTC)))
}
