// In a call to the program's own function, method, variadic function or func value, a call among the arguments runs before a later plain argument is read (gc's order).
package main

import "fmt"

var x int

func f() int { x += 10; return 1 }

type T struct{}

func show(a, b int)         { fmt.Println("call", a, b) }
func (T) m(a, b int)        { fmt.Println("method", a, b) }
func vshow(a int, b ...int) { fmt.Println("variadic", a, b) }
func max2(a, b int) int     { return b }

func main() {
	x = 0
	show(f(), x)
	x = 0
	T{}.m(f(), x)
	x = 0
	vshow(f(), x, x)
	x = 0
	fv := show
	fv(f(), x)
	x = 0
	func(a, b int) { fmt.Println("literal", a, b) }(f(), x)
	x = 0
	fmt.Println("nested", max2(f(), x+0))
	x = 0
	defer show(f(), x)
	x = 0
}
