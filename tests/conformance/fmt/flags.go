// Printf flags: '-' left-justify, '+' sign, '#' alternate form, '0' zero padding, ' ' space for sign.
package main

import "fmt"

func main() {
	fmt.Printf("[%5d][%-5d][%05d][%+d][% d][% d][%+05d]\n", 42, 42, 42, 42, 42, -42, 42)
	fmt.Printf("[%#x][%#X][%#o][%#b][%#08x][%08.3f][%-08.3f]\n", 255, 255, 8, 5, 255, 3.14159, 3.14159)
	fmt.Printf("[%x][% x][%#x][% #x]\n", "abc", "abc", "abc", "abc")
	fmt.Printf("[%+q][%#q][%#v][%+v]\n", "é", "a\"b", "x", "x")
	fmt.Printf("[%05s][%-05d][%0-5d]\n", "ab", 7, 7)
	fmt.Printf("[%+.2e][% .2f][%+g]\n", 12345.678, 1.5, -0.0)
	fmt.Printf("[%#g][%#.3g][%#.0f]\n", 1.0, 2.0, 3.0)
	fmt.Printf("[%6.2v][%-6v][%06v]\n", 3.14159, true, -12)
}
