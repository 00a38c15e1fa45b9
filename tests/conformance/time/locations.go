// UTC and Local (the machine's zone is UTC): Location names, In/UTC/Local change only the Location, Zone reports UTC, and In or Date with a nil Location panic with Go's messages.
package main

import (
	"fmt"
	"time"
)

func try(name string, f func()) {
	defer func() { fmt.Printf("%s: %v\n", name, recover()) }()
	f()
}

func main() {
	u := time.Date(2024, time.May, 6, 7, 8, 9, 10, time.UTC)
	l := time.Date(2024, time.May, 6, 7, 8, 9, 10, time.Local)
	fmt.Println(u.Location(), l.Location(), time.UTC, time.Local)
	fmt.Println(u, "|", l)
	fmt.Println(u.Equal(l), u == l, u == l.UTC(), u.In(time.Local) == l, l.In(time.UTC) == u)
	fmt.Println(u.Local().Location(), l.UTC().Location(), time.Unix(0, 0).Location(), time.Now().Location())
	name, off := l.Zone()
	fmt.Println(name, off, u.IsDST(), l.IsDST())
	s, e := u.ZoneBounds()
	fmt.Println(s.IsZero(), e.IsZero())
	fmt.Printf("%#v\n%#v\n", u, l)
	var nilLoc *time.Location
	fmt.Println(nilLoc.String())
	try("In(nil)", func() { u.In(nil) })
	try("Date(nil)", func() { time.Date(2024, 1, 1, 0, 0, 0, 0, nil) })
}
