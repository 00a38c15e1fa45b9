// Selectors auto-dereference pointers to structs; pointer methods are callable on addressable values.
package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()    { c.n++ }
func (c Counter) Get() int { return c.n }

type Holder struct{ C *Counter }

func main() {
	c := Counter{}
	c.Inc()
	c.Inc()
	p := &c
	p.Inc()
	fmt.Println(c.n, p.n, p.Get(), (*p).Get())
	pp := &p
	(*pp).Inc()
	fmt.Println(c.Get())
	h := Holder{&c}
	h.C.Inc()
	h.C.n += 10
	fmt.Println(c.n)
	cs := []Counter{{1}, {2}}
	cs[0].Inc()
	for i := range cs {
		cs[i].Inc()
	}
	for _, v := range cs {
		v.Inc()
	}
	fmt.Println(cs)
	m := map[string]*Counter{"a": {5}}
	m["a"].Inc()
	fmt.Println(m["a"].Get())
}
