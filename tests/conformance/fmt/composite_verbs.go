// %v, %+v, %#v and %d of slices, arrays, maps, pointers to structs and nested composites.
package main

import "fmt"

type P struct {
	X int
	S string
}

func main() {
	sl := []P{{1, "a"}, {2, "b"}}
	fmt.Printf("%v\n%+v\n%#v\n", sl, sl, sl)
	arr := [2]bool{true}
	fmt.Printf("%v %#v\n", arr, arr)
	m := map[string]P{"k": {3, "c"}}
	fmt.Printf("%v %+v %#v\n", m, m, m)
	pp := &P{4, "d"}
	fmt.Printf("%v %+v %#v\n", pp, pp, pp)
	ps := &[]int{1, 2}
	pm := &map[string]int{"a": 1}
	pa := &[2]int{5, 6}
	fmt.Println(ps, pm, pa)
	fmt.Printf("%d %x %02d\n", []int{10, 11}, []int{10, 11}, [2]int{1, 2})
	fmt.Printf("%#v %#v %#v %#v\n", 42, "s", 1.0, []interface{}{1, "a", nil})
	fmt.Printf("%#v %#v\n", uint8(3), map[int]bool(nil))
}
