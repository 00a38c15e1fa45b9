// Map literals with composite keys/values may elide the types; later duplicate non-constant keys overwrite.
package main

import "fmt"

type pt struct{ X, Y int }

func main() {
	m := map[pt][]string{
		{1, 2}: {"a", "b"},
		{0, 0}: nil,
	}
	fmt.Println(len(m), m[pt{1, 2}], m[pt{0, 0}] == nil)
	k := "dup"
	n := map[string]int{k: 1, "other": 2}
	n[k] = 3
	fmt.Println(n)
	nested := map[string]map[string]int{"a": {"x": 1}}
	nested["a"]["y"] = 2
	if nested["b"] == nil {
		nested["b"] = map[string]int{}
	}
	nested["b"]["z"] = 3
	fmt.Println(nested)
	ptrs := map[string]*pt{"p": {3, 4}}
	fmt.Println(*ptrs["p"], ptrs["q"] == nil)
}
