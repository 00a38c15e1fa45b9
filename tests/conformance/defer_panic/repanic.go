// A new panic raised after recovering prints the first panic marked "[recovered]" before the new one.
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(fmt.Sprint("second after ", r))
	}()
	panic("first")
}
