// Integer verbs: %d %b %o %O %x %X %c %q %U %#U, with signs and widths.
package main

import "fmt"

func main() {
	for _, n := range []int{48, 65, 233, -255, 0x1F600} {
		fmt.Printf("%d|%b|%o|%O|%x|%X|%c|%q|%U|%#U\n", n, n, n, n, n, n, n, n, n, n)
	}
	var u8 uint8 = 200
	var i8 int8 = -100
	fmt.Printf("%d %x %b %d %x\n", u8, u8, u8, i8, i8)
	fmt.Printf("%x %X\n", uint64(1<<64-1), int64(-1<<63))
	fmt.Printf("%v %d\n", 'A', 'A')
	fmt.Printf("%08b %3c|%-4q|\n", 5, 'z', 'y')
}
