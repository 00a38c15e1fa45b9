// Indexing a string yields a byte (uint8), not a rune; slicing works on byte offsets.
package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Println(s[0], s[1], s[2], s[3])
	fmt.Printf("%T %c %x\n", s[1], s[0], s[1])
	fmt.Println(s[1:3], s[3:], s[:1])
	fmt.Printf("%q\n", s[1:2])
	var c byte = s[4]
	c++
	fmt.Println(c, string(c), string(rune(s[1])))
	e := "日本語"
	fmt.Println(e[0], e[3:6], len(e[3:6]))
}
