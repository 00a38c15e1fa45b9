// errorcheck

// Map literals: missing keys, duplicate constant keys, wrong key and
// value types.

package main

type K struct{ a, b int }

func main() {
	_ = map[string]int{"a": 1, "a": 2} // ERROR "duplicate key \"a\" in map literal"
	_ = map[int]string{1: "x", 2: "y", 1: "z"} // ERROR "duplicate key 1 in map literal"
	_ = map[string]int{1} // ERROR "missing key in map literal"
	_ = map[string]int{1: 1} // ERROR "cannot use 1 \(untyped int constant\) as string value in map literal"
	_ = map[string]int{"a": "b"} // ERROR "cannot use \"b\" \(untyped string constant\) as int value in map literal"
	_ = map[K]int{{1, 2}: 1, {1, 2}: 2} // non-constant keys may repeat
	_ = map[float64]int{1: 1, 1.0: 2} // ERROR "duplicate key 1 in map literal"
	_ = map[interface{}]int{1: 1, "1": 2}
}
