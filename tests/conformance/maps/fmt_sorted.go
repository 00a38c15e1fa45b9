// fmt prints maps with keys sorted (numbers numerically, strings lexically, NaN first, false before true).
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(map[string]int{"b": 2, "a": 1, "c": 3, "B": 0})
	fmt.Println(map[int]string{10: "x", -5: "y", 2: "z"})
	fmt.Printf("%v\n", map[float64]bool{2.5: true, math.NaN(): false, math.Inf(-1): true, 0: false})
	fmt.Printf("%+v\n", map[bool]int{true: 1, false: 0})
	fmt.Printf("%#v\n", map[string][]int{"k": {1}, "a": nil})
	type p struct{ X, Y int }
	fmt.Println(map[p]int{{2, 1}: 0, {1, 9}: 1, {1, 2}: 2})
	fmt.Println(map[[2]int]string{{1, 2}: "a", {0, 5}: "b"})
	fmt.Println(map[string]int{}, map[string]map[string]int{"o": {"z": 1, "y": 2}})
	var im = map[interface{}]int{"b": 1, "a": 3, "c": 4}
	fmt.Println(im)
}
