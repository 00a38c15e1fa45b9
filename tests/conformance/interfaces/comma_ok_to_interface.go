// The comma-ok forms (map index, type assertion, channel receive) assign their untyped bool to interface variables as a bool value, at package level, in declarations and in assignments; and to named bool types.
package main

import "fmt"

var m = map[string]int{"a": 1}

var pv, pok any = m["a"]
var av, aok any = any(nil).(bool)

type Flag bool

func main() {
	fmt.Printf("%v %v %v %v\n", pv, pok, av, aok)

	var v, ok interface{} = m["b"]
	fmt.Printf("%v %T %v %T\n", v, v, ok, ok)

	var x, y any
	x, y = any("s").(string)
	fmt.Printf("%v %T\n", x, y)

	ch := make(chan int, 1)
	ch <- 7
	x, y = <-ch
	fmt.Println(x, y)
	close(ch)
	x, y = <-ch
	fmt.Println(x, y)

	var f Flag
	_, f = m["a"]
	fmt.Printf("%v %T\n", f, f)

	var s fmt.Stringer
	var e any
	s, e = any(nil).(fmt.Stringer)
	fmt.Println(s == nil, e)
}
