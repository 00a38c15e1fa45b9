// go: rejects at line 6
package main

func main() {
	a, b := 1, "x"
	_ = a + b
	s, t := []int{}, []int{}
	_ = s == t
	m := map[string]int{}
	_ = &m["a"]
	a += b
}
