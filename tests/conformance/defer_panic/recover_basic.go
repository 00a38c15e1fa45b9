// recover in a deferred function stops the panic and returns its value; the function then returns normally.
package main

import "fmt"

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("caught: %v", r)
		}
	}()
	return a / b, nil
}

func main() {
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%v %T\n", r, r)
		}()
		panic(42)
	}()
	fmt.Println("recover outside panic:", recover())
	func() {
		defer func() { fmt.Println("no panic:", recover()) }()
	}()
	fmt.Println("end")
}
