// ParseDuration accepts Go's grammar: signed sequences of decimals with fractions and units ns, us, µs, μs, ms, s, m, h; a lone "0" needs no unit; values at the extremes of int64.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, s := range []string{
		"0", "+0", "-0", "5s", "30s", "1478s", "-5s", "+5s", "-0s", "5.0s", "5.6s", "5.s", ".5s",
		"1.0s", "1.00s", "1.004s", "1.0040s", "100.00100s", "10ns", "11us", "12µs", "12μs", "13ms",
		"14s", "15m", "16h", "3h30m", "10.5s4m", "-2m3.4s", "1h2m3s4ms5us6ns", "39h9m14.425s",
		"52763797000ns", "0.3333333333333333333h", "9007199254740993ns", "9223372036854775807ns",
		"9223372036854775.807us", "9223372036854.775807ms", "-9223372036854775808ns",
		"-9223372036854775.808us", "0.100000000000000000000h", "0.830103483285477580700h",
		"2562047h47m16.854775807s", "-2562047h47m16.854775808s",
	} {
		d, err := time.ParseDuration(s)
		fmt.Printf("%-28q %d %v %v\n", s, int64(d), d, err)
	}
}
