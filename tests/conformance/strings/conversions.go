// Conversions between string, []byte, []rune and integers: string(rune) encodes one code point.
package main

import "fmt"

func main() {
	s := "Go€"
	fmt.Println([]byte(s))
	fmt.Println([]rune(s))
	fmt.Println(string([]byte{72, 105}), string([]rune{0x4e16, 0x754c}))
	fmt.Println(string(rune(65)), string(rune(0x20AC)), string(rune(-1)) == "\uFFFD")
	fmt.Println(string(rune(0x110000)) == "\uFFFD", string(rune(0xD800)) == "\uFFFD")
	var b byte = 'x'
	fmt.Println(string(b), string(rune(b)))
	fmt.Println(len(string(rune(0x10FFFF))), []byte(string(rune(0x10FFFF))))
	empty := []byte(nil)
	fmt.Printf("%q %q\n", string(empty), string([]rune{}))
	r := 'é'
	fmt.Printf("%T %v %c\n", r, r, r)
}
