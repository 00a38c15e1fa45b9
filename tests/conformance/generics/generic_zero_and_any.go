// Inside generic code a type parameter's zero value is "var z T"; any-typed values convert to interfaces.
package main

import "fmt"

func FirstOr[T any](xs []T, def T) T {
	if len(xs) == 0 {
		return def
	}
	return xs[0]
}

func IsZero[T comparable](v T) bool {
	var z T
	return v == z
}

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return fmt.Sprint("int ", x)
	case string:
		return "string " + x
	}
	return fmt.Sprintf("other %T", v)
}

type Opt[T any] struct {
	val T
	ok  bool
}

func main() {
	fmt.Println(FirstOr([]int{}, -1), FirstOr([]string{"x"}, "d"))
	fmt.Println(IsZero(0), IsZero(""), IsZero("a"), IsZero(struct{ a int }{}), IsZero[*int](nil))
	fmt.Println(Describe(3), Describe("s"), Describe(2.5), Describe([]int{}))
	fmt.Printf("%+v %+v\n", Opt[int]{}, Opt[string]{"v", true})
}
