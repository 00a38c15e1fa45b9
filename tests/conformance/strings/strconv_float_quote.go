// strconv.ParseFloat (incl. range errors returning ±Inf), FormatFloat, Quote, QuoteToASCII, Unquote.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, in := range []string{"3.25", "-1e-3", "1e400", "inf", "NaN", "0x1p-2", "abc", "1_000.5"} {
		f, err := strconv.ParseFloat(in, 64)
		fmt.Println(f, err)
	}
	f32, err := strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err)
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.5, 'e', 3, 64))
	fmt.Println(strconv.Quote("hi\n\"é\x00\t"), strconv.QuoteToASCII("é世"), strconv.QuoteRune('☺'))
	fmt.Println(strconv.Quote("\xff"), strconv.Quote("\u2028"))
	u, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Printf("%q %v\n", u, err)
	_, err = strconv.Unquote("'ab'")
	fmt.Println(err)
	fmt.Println(strconv.Unquote("`raw\\n`"))
}
