// Indexing past the end panics: "index out of range [5] with length 3"; exit status 2.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	i := 5
	fmt.Println(s[2])
	fmt.Println(s[i])
}
