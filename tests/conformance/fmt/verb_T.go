// %T prints Go syntax for the dynamic type of the operand, and <nil> for a nil interface.
package main

import (
	"errors"
	"fmt"
	"os"
)

type MyMap map[string][]int

func main() {
	vals := []interface{}{
		nil, 1, uint(1), 'a', byte('a'), 1.5, float32(1), 2i, "s", true,
		[]int{}, [3]string{}, map[string]int{}, MyMap{}, &[]int{}, struct{ A int }{},
		func(int) string { return "" }, make(chan<- bool), errors.New("x"), os.Stdout,
		[]interface{}{}, new(interface{}), [][]*int{},
	}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
}
