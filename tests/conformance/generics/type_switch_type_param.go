// A type switch in a generic function may name a type parameter in its cases; in each instance the case is the type argument (an interface argument makes it an interface case, and a type argument equal to a later case shadows that case), and the bound variable has the argument's type.
package main

import (
	"fmt"
	"strconv"
)

func classify[T any](v any) string {
	switch x := v.(type) {
	case T:
		var zero T
		return fmt.Sprintf("T %T %v zero=%v", x, x, zero)
	case []T:
		return fmt.Sprintf("[]T len=%d", len(x))
	case string:
		return "string " + x
	case int, bool:
		return fmt.Sprintf("int or bool %v", x)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

type Num int

func (n Num) String() string { return "Num(" + strconv.Itoa(int(n)) + ")" }

func describe[T fmt.Stringer](v any) string {
	switch x := v.(type) {
	case T:
		return "T says " + x.String()
	default:
		return fmt.Sprintf("not T: %v", x)
	}
}

func main() {
	fmt.Println(classify[float64](1.5))
	fmt.Println(classify[float64]([]float64{1, 2}))
	fmt.Println(classify[float64]("s"))
	fmt.Println(classify[float64](3))
	fmt.Println(classify[int](3))
	fmt.Println(classify[string]("s"))
	fmt.Println(classify[any](true))
	fmt.Println(classify[any](nil))
	fmt.Println(classify[fmt.Stringer](Num(4)))
	fmt.Println(classify[fmt.Stringer](int8(4)))
	fmt.Println(describe[Num](Num(5)))
	fmt.Println(describe[Num](5))
	fmt.Println(describe[fmt.Stringer](Num(6)))
}
