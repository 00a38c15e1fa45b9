// *T's method set includes T's methods; an interface holding T holds a copy, one holding *T shares.
package main

import "fmt"

type Incr interface{ Inc() }
type Getter interface{ Get() int }

type C struct{ n int }

func (c *C) Inc()    { c.n++ }
func (c C) Get() int { return c.n }

func main() {
	c := C{1}
	var i Incr = &c
	i.Inc()
	i.Inc()
	fmt.Println(c.n)
	var g Getter = c
	c.n = 100
	fmt.Println(g.Get())
	var gp Getter = &c
	c.n = 200
	fmt.Println(gp.Get())
	_, ok := interface{}(c).(Incr)
	_, okp := interface{}(&c).(Incr)
	fmt.Println(ok, okp)
	_, okg := interface{}(&c).(Getter)
	fmt.Println(okg)
}
