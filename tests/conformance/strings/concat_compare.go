// String concatenation and comparison: comparison is lexicographic by bytes.
package main

import "fmt"

func main() {
	a := "abc"
	b := a + "def"
	b += "!"
	fmt.Println(b, len(b))
	pairs := [][2]string{{"a", "b"}, {"Z", "a"}, {"abc", "abd"}, {"ab", "abc"}, {"", "a"}, {"é", "z"}, {"abc", "abc"}}
	for _, p := range pairs {
		fmt.Println(p[0] < p[1], p[0] == p[1], p[0] > p[1], p[0] <= p[1])
	}
	x := "hello"
	y := "hel"
	y += "lo"
	fmt.Println(x == y)
	s := ""
	for i := 0; i < 5; i++ {
		s += string(rune('a' + i))
	}
	fmt.Println(s)
}
