// time.Time is a comparable value: == compares the representation (Location and monotonic reading included, so use Equal for instants), it works as a map key and in interfaces, and its methods are reachable through interfaces.
package main

import (
	"fmt"
	"time"
)

type adder interface{ Add(time.Duration) time.Time }

type event struct {
	name string
	at   time.Time
}

func main() {
	a := time.Unix(100, 5)
	b := time.Unix(100, 5)
	fmt.Println(a == b, a.UTC() == b.UTC(), a == a.UTC(), a.Equal(a.UTC()))
	seen := map[time.Time]string{}
	seen[a.UTC()] = "first"
	seen[b.UTC()] = "second"
	seen[time.Unix(101, 0).UTC()] = "third"
	fmt.Println(len(seen), seen[time.Unix(100, 5).UTC()])
	var x adder = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(x.Add(36 * time.Hour))
	var s fmt.Stringer = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(s.String())
	var any interface{} = a.UTC()
	if t, ok := any.(time.Time); ok {
		fmt.Println("asserted:", t.Unix(), t.Nanosecond())
	}
	ev := event{"launch", time.Date(1969, time.July, 16, 13, 32, 0, 0, time.UTC)}
	fmt.Printf("%v\n%+v\n", ev, ev)
	fmt.Println(time.March, time.Friday, []time.Month{1, 12}, time.Duration(90)*time.Second)
	fmt.Printf("%d %v %s\n", time.March, time.March, time.Sunday)
}
