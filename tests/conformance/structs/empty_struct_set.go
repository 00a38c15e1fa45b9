// struct{} values carry no data; map[T]struct{} is a set; all struct{} values are equal.
package main

import (
	"fmt"
	"sort"
)

func main() {
	set := map[string]struct{}{}
	for _, w := range []string{"b", "a", "b", "c", "a"} {
		set[w] = struct{}{}
	}
	_, has := set["a"]
	_, hasZ := set["z"]
	fmt.Println(len(set), has, hasZ)
	keys := []string{}
	for k := range set {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, set)
	var e struct{}
	arr := [3]struct{}{}
	fmt.Println(e, arr, len(arr), e == struct{}{})
	fmt.Printf("%#v %T\n", e, arr)
}
