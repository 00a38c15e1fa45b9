// With interface keys, the dynamic type is part of the key: 1, int64(1) and "1" are distinct.
package main

import "fmt"

type ID int

func main() {
	m := map[interface{}]string{}
	m[1] = "int"
	m[int64(1)] = "int64"
	m["1"] = "string"
	m[ID(1)] = "ID"
	m[1.0] = "float64"
	m[[2]int{1, 1}] = "array"
	m[nil] = "nil"
	fmt.Println(len(m), m[1], m[int64(1)], m[ID(1)], m[1.0], m[nil], m[[2]int{1, 1}])
	_, ok := m[int8(1)]
	fmt.Println(ok)
	var e error
	m[e] = "nil error"
	fmt.Println(len(m), m[nil])
}
