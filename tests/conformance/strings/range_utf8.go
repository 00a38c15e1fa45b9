// for range over a string decodes UTF-8: the index is the byte offset of each rune.
package main

import "fmt"

func main() {
	s := "aé世😀z"
	for i, r := range s {
		fmt.Printf("%d %c %U %d\n", i, r, r, len(string(r)))
	}
	n := 0
	for range s {
		n++
	}
	fmt.Println(n, len(s))
	for i := range "héllo" {
		fmt.Print(i, " ")
	}
	fmt.Println()
}
