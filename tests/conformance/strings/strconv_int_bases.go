// strconv.FormatInt/FormatUint in bases 2, 8, 16, 36, and ParseInt/ParseUint with bases and bit sizes.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(-255, 2), strconv.FormatInt(255, 16), strconv.FormatInt(-255, 16))
	fmt.Println(strconv.FormatInt(35, 36), strconv.FormatUint(1<<64-1, 16), strconv.FormatInt(64, 8))
	fmt.Println(strconv.ParseInt("ff", 16, 64))
	fmt.Println(strconv.ParseInt("-101", 2, 8))
	fmt.Println(strconv.ParseInt("200", 10, 8))
	fmt.Println(strconv.ParseInt("-129", 10, 8))
	fmt.Println(strconv.ParseInt("0x1F", 0, 64))
	fmt.Println(strconv.ParseInt("0b101", 0, 64))
	fmt.Println(strconv.ParseInt("0o17", 0, 64))
	fmt.Println(strconv.ParseInt("1_000", 0, 64))
	fmt.Println(strconv.ParseInt("1_000", 10, 64))
	fmt.Println(strconv.ParseUint("-1", 10, 64))
	fmt.Println(strconv.ParseBool("TRUE"))
	fmt.Println(strconv.ParseBool("yes"))
	fmt.Println(strconv.FormatBool(false), strconv.AppendInt([]byte("n="), -5, 10))
}
