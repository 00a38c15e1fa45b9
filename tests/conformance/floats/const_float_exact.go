// Untyped float constants are exact: 0.1+0.2 == 0.3 as constants, but not as float64 variables.
package main

import "fmt"

const a, b = 0.1, 0.2

func main() {
	fmt.Println(a+b == 0.3)
	x, y := 0.1, 0.2
	fmt.Println(x+y == 0.3, x+y)
	const third = 1.0 / 3
	fmt.Println(third*3 == 1, third*3)
	t := third
	fmt.Println(t*3 == 1)
	const huge = 1e300 * 1e300 / 1e300
	fmt.Println(huge)
	fmt.Println(float32(a+b) == float32(0.3))
}
