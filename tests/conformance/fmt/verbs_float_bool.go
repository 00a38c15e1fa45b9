// %t for booleans; %e %E %f %g %G for floats and complex numbers; %v of complex.
package main

import "fmt"

func main() {
	fmt.Printf("%t %t %v\n", true, false, true)
	f := 1234.5678
	fmt.Printf("%e|%E|%f|%.1f|%g|%G|%.3g|%10.2f|%-10.2f|%+.2f\n", f, f, f, f, f, f, f, f, f, f)
	fmt.Printf("%f %g %e\n", 1e-10, 1e-10, 0.0)
	c := complex(1.5, -2)
	fmt.Printf("%v %.1f %g\n", c, c, c)
	fmt.Println(c, complex64(c), real(c), imag(c))
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%x %X\n", 1.0, 0.5)
}
