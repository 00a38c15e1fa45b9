// Printf float verbs: %v %g %G %e %E %f %F with width and precision.
package main

import "fmt"

func main() {
	vals := []float64{0, 1, -1.5, 3.14159265, 1234567.891, 1e-7, 1e21, 2.0 / 3}
	for _, v := range vals {
		fmt.Printf("%v|%g|%e|%.3f|%8.2f|%-10.4g|%G|%E|%.0f|%+.2e\n", v, v, v, v, v, v, v, v, v, v)
	}
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%.2f %.2f %.1f\n", 1.005, 2.675, 0.25)
	fmt.Printf("%6.3v|%.3g|%.10g\n", 3.14159, 1234.5678, 1.0/3)
	fmt.Printf("%g %g\n", float32(0.1), float64(float32(0.1)))
}
