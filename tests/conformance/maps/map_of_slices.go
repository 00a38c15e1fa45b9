// m[k] = append(m[k], v) works for missing keys since the zero value is a nil slice.
package main

import (
	"fmt"
	"sort"
)

func main() {
	words := []string{"apple", "avocado", "banana", "blueberry", "cherry", "apricot"}
	groups := map[byte][]string{}
	for _, w := range words {
		groups[w[0]] = append(groups[w[0]], w)
	}
	keys := make([]int, 0, len(groups))
	for k := range groups {
		keys = append(keys, int(k))
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Println(string(rune(k)), groups[byte(k)])
	}
	s := groups['a']
	s[0] = "APPLE"
	fmt.Println(groups['a'][0])
	counts := map[string]int{}
	for _, w := range []string{"x", "y", "x", "x"} {
		counts[w]++
	}
	fmt.Println(counts)
}
