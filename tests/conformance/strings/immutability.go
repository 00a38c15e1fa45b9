// Strings are immutable values: converting to []byte copies, so changing the bytes leaves the string alone.
package main

import "fmt"

func main() {
	s := "hello"
	b := []byte(s)
	b[0] = 'j'
	fmt.Println(s, string(b))
	t := s
	s += " world"
	fmt.Println(t, "|", s)
	r := []rune(t)
	r[4] = 'ö'
	fmt.Println(t, string(r))
	u := string(b)
	b[1] = 'a'
	fmt.Println(u, string(b))
	sub := s[0:4]
	s = "changed"
	fmt.Println(sub, s)
}
