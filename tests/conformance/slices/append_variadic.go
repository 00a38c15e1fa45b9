// append(s, t...) appends a whole slice; append with no values returns s itself; append of a slice to itself.
package main

import "fmt"

func main() {
	s := []int{1, 2}
	s = append(s, s...)
	fmt.Println(s)
	t := append(s)
	t[0] = 9
	fmt.Println(s[0])
	var n []int
	n = append(n)
	fmt.Println(n == nil)
	n = append(n, []int{}...)
	fmt.Println(n == nil)
	u := append([]int{0}, s[1:3]...)
	fmt.Println(u)
	words := append([]string{}, "a", "b")
	words = append(words[:1], words[1:]...)
	fmt.Println(words, len(words))
	s = append(s[:1], s[2:]...)
	fmt.Println(s)
}
