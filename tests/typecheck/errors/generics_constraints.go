// errorcheck

// Type arguments that do not satisfy their constraints: a missing method,
// a type outside the type set, a non-comparable type for comparable.

package main

type Stringer interface{ String() string }

type Number interface{ ~int | ~float64 }

func Str[T Stringer](x T) string { return x.String() }

func Sum[T Number](xs ...T) T { var s T; return s }

func Eq[T comparable](a, b T) bool { return a == b }

type Box[T Number] struct{ v T }

type MyInt int

func main() {
	_ = Str(1)          // ERROR "int does not (satisfy|implement) Stringer \(missing (method String|String method)\)"
	_ = Sum("a", "b")   // ERROR "string does not (satisfy|implement) Number \(string missing in ~int \| ~float64\)"
	_ = Sum[MyInt](1, 2)
	_ = Sum[string]()   // ERROR "string does not (satisfy|implement) Number \(string missing in ~int \| ~float64\)"
	_ = Eq([]int{}, nil) // ERROR "\[\]int does not (satisfy|implement) comparable"
	var b Box[bool]     // ERROR "bool does not (satisfy|implement) Number \(bool missing in ~int \| ~float64\)"
	_ = b
}
