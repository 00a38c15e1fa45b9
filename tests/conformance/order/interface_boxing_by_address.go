// A value boxed into an interface through its address (not a 2-, 4- or 8-byte scalar, string or slice) is copied at its place among the calls when it is a local variable or a literal; globals, fields and elements are read after the calls.
package main

import "fmt"

type T struct{ A, B int }
type One struct{ A int }

var (
	gt = T{1, 2}
	ga = [3]int{1, 2, 3}
)

func main() {
	t := T{1, 2}
	f := func() int { t.A = 100; return 3 }
	fmt.Println(t, f(), t)

	n := 1
	g := func() int { n = 100; return 3 }
	fmt.Println(n, g())

	arr := [3]int{1, 2, 3}
	str := "old"
	sl := []int{1}
	h := func() int { arr[0] = 100; str = "new"; sl[0] = 2; return 3 }
	fmt.Println(arr, str, sl, h())

	fmt.Println(gt, ga, func() int { gt.A = 100; ga[0] = 100; return 3 }())

	y := 1
	k := func() int { y = 2; return 3 }
	fmt.Println(T{y, 0}, One{y}, [2]int{y, y}, k())

	pt := &T{1, 1}
	other := &T{2, 2}
	swap := func() int { pt = other; return 0 }
	fmt.Println(pt.A, pt, swap())

	holder := struct{ In T }{T{1, 2}}
	set := func() int { holder.In.A = 100; return 0 }
	fmt.Println(holder.In, set())
}
