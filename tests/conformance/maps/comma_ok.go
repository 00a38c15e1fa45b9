// v, ok := m[k] distinguishes a missing key from a stored zero value.
package main

import "fmt"

func main() {
	m := map[string]int{"zero": 0, "one": 1}
	v, ok := m["zero"]
	fmt.Println(v, ok)
	v, ok = m["two"]
	fmt.Println(v, ok)
	if _, ok := m["one"]; ok {
		fmt.Println("has one")
	}
	m["two"]++
	fmt.Println(m["two"], len(m))
	var p map[string]*int
	ptr, ok := p["x"]
	fmt.Println(ptr == nil, ok)
	s := map[int]string{}
	str, ok := s[5]
	fmt.Printf("%q %v %d\n", str, ok, len(s))
}
