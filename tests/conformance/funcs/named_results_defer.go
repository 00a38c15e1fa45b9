// A return statement assigns named results before deferred functions run, which may modify them.
package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func plain() int {
	x := 1
	defer func() { x = 100 }()
	return x
}

func wrap() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	return errors.New("inner")
}

func bare() (a, b int) {
	a, b = 1, 2
	defer func() { a, b = b, a }()
	return
}

func recovered() (result string) {
	defer func() {
		if r := recover(); r != nil {
			result = fmt.Sprint("recovered ", r)
		}
	}()
	panic("oops")
}

func main() {
	fmt.Println(double(), plain())
	fmt.Println(wrap())
	fmt.Println(bare())
	fmt.Println(recovered())
}
