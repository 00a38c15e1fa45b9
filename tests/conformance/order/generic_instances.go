// In generic code what gc copies at its place follows the instance's types: boxing a large type argument and map keys compared by address are copied; a type assertion to a type parameter is read after the calls.
package main

import "fmt"

type P2 struct{ A, B int }

func Show[T any](v, w T) {
	mod := func() int { v = w; return 0 }
	fmt.Println(v, mod())
}

func Get[K comparable](m map[K]int, k, other K) {
	mod := func() int { k = other; return 0 }
	fmt.Println(m[k] + mod())
}

func show(v any, _ int) { fmt.Println(v) }

func As[T any](i, other interface{}) {
	mod := func() int { i = other; return 0 }
	show(i.(T), mod())
}

func main() {
	Show(P2{1, 1}, P2{2, 2})
	Show(1, 2)
	Get(map[int]int{1: 10, 2: 20}, 1, 2)
	Get(map[string]int{"a": 10, "b": 20}, "a", "b")
	Get(map[[3]int]int{{1}: 10, {2}: 20}, [3]int{1}, [3]int{2})
	As[int](1, 2)
	As[P2](P2{1, 1}, P2{2, 2})
}
