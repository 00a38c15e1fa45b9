// Imports of packages gopp does not provide, and of large ones it does:
// the checker reports the missing ones once each and checks the rest.
package main

import (
	"flag"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"unicode"
)

func main() {
	n := flag.Int("n", 10, "count")
	x := new(big.Int).SetInt64(int64(*n))
	fmt.Println(strings.Repeat("=", 3), x, unicode.IsUpper('A'))
	_ = testing.Short()
}
