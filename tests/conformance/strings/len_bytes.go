// len of a string counts bytes; utf8.RuneCountInString and len([]rune(s)) count code points.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for _, s := range []string{"", "abc", "héllo", "日本語", "😀", "a\xffb"} {
		fmt.Println(len(s), utf8.RuneCountInString(s), len([]rune(s)), len([]byte(s)))
	}
	const c = "日本"
	var arr [len(c)]int
	fmt.Println(len(arr))
}
