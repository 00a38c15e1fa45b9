// panic(fmt.Sprintf(...)) prints the plain string after "panic: ".
package main

import "fmt"

func main() {
	n := 3
	panic(fmt.Sprintf("bad count %d (want %q)", n, "two"))
}
