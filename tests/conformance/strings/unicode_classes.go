// unicode: IsLetter/IsDigit/IsSpace/IsUpper/IsPunct and ToUpper/ToLower on non-ASCII runes.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range []rune{'a', 'Z', 'é', 'Ω', '5', '٣', ' ', '\u00a0', '!', '世', '_'} {
		fmt.Printf("%q L%v D%v N%v S%v U%v l%v P%v -> %q %q\n", r,
			b(unicode.IsLetter(r)), b(unicode.IsDigit(r)), b(unicode.IsNumber(r)), b(unicode.IsSpace(r)),
			b(unicode.IsUpper(r)), b(unicode.IsLower(r)), b(unicode.IsPunct(r)),
			unicode.ToUpper(r), unicode.ToLower(r))
	}
	fmt.Println(unicode.ToUpper('ß') == 'ß', string(unicode.ToTitle('ǆ')), unicode.SimpleFold('k'))
}

func b(v bool) int {
	if v {
		return 1
	}
	return 0
}
