// fmt calls String() on Stringers (per method set: a pointer-receiver String is not used for a value).
package main

import "fmt"

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type PT struct{ N int }

func (p *PT) String() string { return fmt.Sprintf("PT#%d", p.N) }

type Box struct {
	C Color
	c Color
}

func main() {
	fmt.Println(Color(0), Color(1), Color(5))
	fmt.Printf("%v %s %d %q %x\n", Color(1), Color(1), Color(1), Color(1), Color(1))
	fmt.Println([]Color{0, 1})
	p := PT{3}
	fmt.Println(p, &p)
	fmt.Printf("%v %+v\n", Box{1, 1}, Box{0, 0})
	m := map[Color]int{1: 10, 0: 20}
	fmt.Println(m)
}
