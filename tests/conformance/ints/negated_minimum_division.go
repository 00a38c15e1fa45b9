// Negating the minimum value wraps to itself, so -x/c and (0-x)%c at the minimum equal x/c and x%c.
package main

import (
	"fmt"
	"math"
)

func main() {
	for _, x := range []int64{math.MinInt64, -7, 7} {
		fmt.Println(x/2, -x/2, (0-x)/3, -x%7, -x/-3)
	}
	for _, y := range []int32{math.MinInt32, 9} {
		fmt.Println(y/7, (0-y)/7, -y%5, -y/2)
	}
	for _, z := range []int16{math.MinInt16} {
		fmt.Println(-z/2, -z%3)
	}
}
