// Width and precision on integers: precision sets minimum digits; a zero value with precision 0 prints nothing.
package main

import "fmt"

func main() {
	fmt.Printf("[%.3d][%8.3d][%-8.3d][%08.3d]\n", 7, 7, 7, 7)
	fmt.Printf("[%.0d][%.0d][%5.0d]\n", 0, 1, 0)
	fmt.Printf("[%.2x][%#.4x][%+.3d]\n", 10, 10, -5)
	fmt.Printf("[%3d][%3d][%-3d|]\n", 12345, -1, -1)
	fmt.Printf("[%x][%X][%#x]\n", -255, -255, -255)
	fmt.Printf("[%c][%c][%c]\n", 0x1F600, -1, 0x110000)
	fmt.Printf("[%U][%#U][%#U]\n", -1, 'x', 0x7)
}
