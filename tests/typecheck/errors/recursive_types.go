// errorcheck

// Types that contain themselves directly or through other types, and
// invalid cycles in declarations.

package main

type A struct { // ERROR "invalid recursive type:? A"
	a A
}

type B struct { // ERROR "invalid recursive type B"
	c C
}

type C struct {
	b B
}

type D [2]D // ERROR "invalid recursive type:? D"

type OK struct {
	p *OK
	s []OK
	m map[int]OK
}

type E = []E // ERROR "invalid recursive type:? E"

type I interface { // ERROR "invalid recursive type:? I"
	I
}

func main() {}
