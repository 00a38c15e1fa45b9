// Ranging over invalid UTF-8 yields U+FFFD for each bad byte, advancing one byte at a time.
package main

import "fmt"

func main() {
	s := "a\xffb\xe4\xb8c\xe4\xb8\xadd\x80"
	for i, r := range s {
		fmt.Printf("%d %U %q\n", i, r, r)
	}
	rs := []rune("\xff\xfe")
	fmt.Println(len(rs), rs[0] == 0xFFFD, rs[1] == '\uFFFD')
	fmt.Println(string(rs), len(string(rs)))
	// Surrogate halves and out-of-range values are invalid too.
	for i, r := range "\xed\xa0\x80!" {
		fmt.Println(i, r)
	}
}
