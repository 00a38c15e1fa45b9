// len and cap of an array or pointer to array are constants, and the operand is not evaluated, unless the operand contains a function call or channel receive: then it is evaluated (once), and a nil pointer to an array does not panic; ranging over such a call evaluates it once too.
package main

import "fmt"

var calls int

func mk() *[5]int {
	calls++
	return nil
}

func arr() [3]string {
	calls++
	return [3]string{"a", "b", "c"}
}

var b struct{ a [10]int }

const constLen = len(b.a) // no call: a constant

func main() {
	var p *[4]int
	fmt.Println(len(p), cap(p), constLen)

	fmt.Println(len(mk()), calls)
	fmt.Println(cap(mk()), calls)
	fmt.Println(len(arr()), cap(arr()), calls)

	ch := make(chan *[7]byte, 2)
	ch <- nil
	ch <- new([7]byte)
	fmt.Println(len(<-ch), len(ch))
	fmt.Println(cap(<-ch), len(ch))

	calls = 0
	sum := 0
	for i := range mk() {
		sum += i
	}
	fmt.Println(sum, calls)
	for range arr() {
	}
	fmt.Println(calls)

	defer func() { fmt.Println("recovered:", recover(), calls) }()
	for _, v := range mk() {
		fmt.Println(v)
	}
}
