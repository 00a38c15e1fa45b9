// strings.Replace with a count, ReplaceAll, and Map (a negative result drops the rune).
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "oink oink oink"
	fmt.Println(strings.Replace(s, "k", "ky", 2))
	fmt.Println(strings.Replace(s, "oink", "moo", -1))
	fmt.Println(strings.ReplaceAll(s, "o", "0"))
	fmt.Println(strings.Replace("abc", "", "-", -1))
	fmt.Println(strings.Replace("aaa", "a", "b", 0))
	rot13 := func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "Hello, World!"))
	dropDigits := func(r rune) rune {
		if unicode.IsDigit(r) {
			return -1
		}
		return r
	}
	fmt.Println(strings.Map(dropDigits, "a1b22c333"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>x</b>"))
}
