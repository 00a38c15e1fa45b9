// The blank identifier discards values; a blank package-level variable is still initialized (its side effects run).
package main

import "fmt"

type T struct{}

func (T) String() string { return "T!" }

var _ fmt.Stringer = T{}
var _ = initSideEffect()

func initSideEffect() int {
	fmt.Println("blank var initializer runs")
	return 0
}

func pair() (int, int) { return 1, 2 }

func main() {
	_, second := pair()
	fmt.Println(second)
	for _, v := range []int{7} {
		fmt.Println(v)
	}
	_ = T{}
	var _ int = 5
	fmt.Println(T{})
}
