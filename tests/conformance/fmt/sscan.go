// fmt.Sscan/Sscanf/Sscanln parse space-separated values and report counts and errors.
package main

import "fmt"

func main() {
	var a, b int
	var s string
	n, err := fmt.Sscan("10 20 word", &a, &b, &s)
	fmt.Println(n, err, a, b, s)
	var x float64
	var name string
	n, err = fmt.Sscanf("pi=3.25 name:go", "pi=%f name:%s", &x, &name)
	fmt.Println(n, err, x, name)
	n, err = fmt.Sscan("7 oops", &a, &b)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanln("1\n2", &a, &b)
	fmt.Println(n, err)
	var h int
	fmt.Sscanf("ff", "%x", &h)
	fmt.Println(h)
}
