// ParseDuration's three error texts, with the input (and unit) quoted as package time quotes them (non-ASCII and control bytes as \xNN).
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, s := range []string{
		"", "3", "-", "+", "s", ".", "-.", ".s", "+.s", "1d", "1.5", "3h1", "1hx", "x1h", "1e3s",
		"1µ", "1\xffs", "1\x00s", "2\"s", "3\\s", "\xef\xbf\xbd", "9223372036854775808ns",
		"-9223372036854775809ns", "3000000h", "9223372036854775807ns1ns", "18446744073709551616ns",
		"1 s", " 1s", "1s ", "1S", "1H", "--1s", "+-1s", "1h-1m",
	} {
		d, err := time.ParseDuration(s)
		fmt.Printf("%d %v\n", int64(d), err)
	}
}
