// Variables declared in an if/switch init statement are scoped to all its branches, including else.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	x := "outer"
	if x := 5; x > 3 {
		fmt.Println("then", x)
	} else {
		fmt.Println("else", x)
	}
	fmt.Println(x)
	for _, s := range []string{"12", "x"} {
		if n, err := strconv.Atoi(s); err != nil {
			fmt.Println("error:", err)
		} else if n > 10 {
			fmt.Println("big", n)
		} else {
			fmt.Println("small", n)
		}
	}
	if v := 1; v > 5 {
	} else if w := v * 2; w == 2 {
		fmt.Println("v, w:", v, w)
	}
}
