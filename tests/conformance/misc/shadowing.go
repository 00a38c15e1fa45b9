// := in an inner scope declares a new variable that shadows the outer one; := with an existing name reuses it.
package main

import (
	"errors"
	"fmt"
)

var pkg = "package"

func get() (int, error) { return 0, errors.New("inner failure") }

func main() {
	x := 1
	{
		x := 2
		x++
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
	var err error
	if true {
		_, err := get()
		fmt.Println("shadowed err:", err)
	}
	fmt.Println("outer err:", err)
	a, err := 5, errors.New("reused")
	fmt.Println(a, err)
	pkg := "local"
	fmt.Println(pkg)
	for i := 0; i < 2; i++ {
		i := i * 10
		fmt.Print(i, " ")
	}
	fmt.Println()
	len := func(s string) int { return 42 }
	fmt.Println(len("x"))
	true := false
	fmt.Println(true)
}
