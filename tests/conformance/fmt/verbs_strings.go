// String verbs: %s %q %#q %x % x %X, width, precision (in runes) and - padding.
package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Printf("%s|%q|%#q|%x|% x|%X\n", s, s, s, s, s, s)
	fmt.Printf("[%10s][%-10s][%.2s][%8.3s][%-8.3s]\n", s, s, s, s, s)
	fmt.Printf("%q %+q %#q\n", "a\tb\"c", "日本", "back`tick")
	b := []byte("hi")
	fmt.Printf("%s %q %x %v %d\n", b, b, b, b, b)
	fmt.Printf("%s %q\n", []string{"a", "b"}, []string{"a", "b"})
	fmt.Printf("%5s|%-5s|%05s\n", "ab", "ab", "ab")
	fmt.Printf("%x %X\n", "\xff\x00", []byte{1, 171})
	fmt.Printf("%.0s|%.10s|\n", "abc", "abc")
}
