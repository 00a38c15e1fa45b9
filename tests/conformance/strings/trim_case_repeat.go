// strings.TrimSpace/Trim/TrimLeft (a set) vs TrimPrefix (a string), ToUpper/ToLower, Repeat.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.TrimSpace(" \t hi there \n "))
	fmt.Printf("%q\n", strings.Trim("xxhixyx", "xy"))
	fmt.Printf("%q %q\n", strings.TrimLeft("abcabcX", "abc"), strings.TrimPrefix("abcabcX", "abc"))
	fmt.Printf("%q %q\n", strings.TrimRight("X123321", "123"), strings.TrimSuffix("X123321", "21"))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Println(strings.ToUpper("héllo, wörld ß"), strings.ToLower("ÀÉÎ ABC"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("x", 0) == "", len(strings.Repeat("é", 4)))
	fmt.Println(strings.ToTitle("go"), strings.ToUpper(""), strings.ToLower("MiXeD"))
}
