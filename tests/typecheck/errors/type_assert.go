// errorcheck

// Type assertions that can never succeed, and type assertions on values
// that are not interfaces.

package main

type I interface{ M() }

type T struct{}

func (*T) M() {}

type U struct{}

func main() {
	var i I
	_ = i.(T) // ERROR "impossible type assertion: i.\(T\)"
	_ = i.(U) // ERROR "impossible type assertion: i.\(U\)"
	_ = i.(*T)
	x := 1
	_ = x.(int) // ERROR "invalid operation: x \(variable of type int\) is not an interface"
	var t T
	_ = t.(I) // ERROR "invalid operation: t \(variable of type T\) is not an interface"
	var e interface{} = 1
	_ = e.(string)
	_, ok := i.(U) // ERROR "impossible type assertion: i.\(U\)"
	_ = ok
}
