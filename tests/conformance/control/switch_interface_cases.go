// In an expression switch, a case of interface type compares with a tag of non-interface type by converting the tag to the interface (tag type and value must both match), evaluating the tag once; untyped constant tags take their default type first; the same holds for a type parameter's value in a generic function, and for an interface tag against concrete cases.
package main

import "fmt"

type myint int

func (m myint) String() string { return fmt.Sprint("myint ", int(m)) }

type stringer interface{ String() string }

var calls int

func tag() int { calls++; return 3 }

func classify(i any) string {
	switch tag() {
	case 1, 2:
		return "small"
	case i:
		return "equal to i"
	case 3:
		return "three"
	}
	return "none"
}

func constTags(i any) {
	switch 5 {
	case i:
		fmt.Println("5 matches", i)
	default:
		fmt.Println("5 does not match", i)
	}
	switch 1.5 {
	case i:
		fmt.Println("1.5 matches", i)
	default:
		fmt.Println("1.5 does not match", i)
	}
	switch 'x' {
	case i:
		fmt.Println("'x' matches", i)
	default:
		fmt.Println("'x' does not match", i)
	}
	switch "s" {
	case i:
		fmt.Println(`"s" matches`, i)
	default:
		fmt.Println(`"s" does not match`, i)
	}
}

func generic[T comparable](t T, i any) string {
	switch t {
	case i:
		return "t == i"
	}
	switch i {
	case t:
		return "i == t (second switch)"
	}
	return "different"
}

func main() {
	fmt.Println(classify(3), calls)
	fmt.Println(classify(int64(3)), calls)
	fmt.Println(classify(nil), calls)
	constTags(5)
	constTags(1.5)
	constTags('x')
	constTags("s")
	constTags(int32(5))

	var s stringer = myint(4)
	switch myint(4) {
	case s:
		fmt.Println("myint(4) matches the stringer")
	}
	switch s {
	case myint(3):
		fmt.Println("wrong")
	case myint(4):
		fmt.Println("stringer matches myint(4)")
	}

	fmt.Println(generic(2, 2), generic(2, "2"), generic("a", "a"), generic(myint(1), any(myint(1))))

	defer func() { fmt.Println("recovered:", recover()) }()
	switch []int(nil) == nil {
	case any([]int{}) != nil:
		fmt.Println("bool cases")
	}
	var f any = func() {}
	switch 1 {
	case f:
		fmt.Println("unreachable: different types compare unequal")
	}
	var g any = []int{}
	switch struct{ a any }{g} {
	case any(struct{ a any }{1}):
		fmt.Println("no")
	case any(struct{ a any }{g}):
		fmt.Println("unreachable: comparing slices panics")
	}
}
