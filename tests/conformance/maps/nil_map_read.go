// A nil map reads as empty: lookups give the zero value, len is 0, range and delete are no-ops.
package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m == nil, len(m), m["x"])
	v, ok := m["x"]
	fmt.Println(v, ok)
	for k := range m {
		fmt.Println("never", k)
	}
	delete(m, "x")
	fmt.Println(m, len(m))
	var ms map[int][]string
	fmt.Println(ms[1] == nil, len(ms[1]))
	fmt.Printf("%v %#v\n", m, m)
}
