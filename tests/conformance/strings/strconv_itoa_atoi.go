// strconv.Itoa/Atoi and the exact text of Atoi's *NumError for bad syntax and out-of-range input.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-42) + "!")
	for _, in := range []string{"123", "-7", "+8", "12a", "", " 1", "99999999999999999999", "0x10"} {
		n, err := strconv.Atoi(in)
		fmt.Println(n, err)
		if err != nil {
			fmt.Println("  syntax:", errors.Is(err, strconv.ErrSyntax), "range:", errors.Is(err, strconv.ErrRange))
		}
	}
	_, err := strconv.Atoi("x")
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err)
	}
}
