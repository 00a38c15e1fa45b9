// unicode/utf8: DecodeRuneInString, DecodeLastRuneInString, EncodeRune, RuneLen, ValidString, FullRune.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "€uro"
	r, size := utf8.DecodeRuneInString(s)
	fmt.Println(r, size, string(r))
	r, size = utf8.DecodeLastRuneInString("ab世")
	fmt.Println(r, size)
	r, size = utf8.DecodeRuneInString("\xffx")
	fmt.Println(r == utf8.RuneError, size)
	r, size = utf8.DecodeRuneInString("")
	fmt.Println(r == utf8.RuneError, size)
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '世')
	fmt.Println(buf[:n], n)
	fmt.Println(utf8.RuneLen('a'), utf8.RuneLen('é'), utf8.RuneLen('世'), utf8.RuneLen('😀'), utf8.RuneLen(-1))
	fmt.Println(utf8.ValidString("héllo"), utf8.ValidString("h\xe9llo"), utf8.FullRune([]byte{0xe4, 0xb8}))
	fmt.Println(utf8.AppendRune(nil, 0x1F600), utf8.RuneCount([]byte("añb")))
}
