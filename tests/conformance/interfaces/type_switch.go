// Type switches: a nil case, several types per case (the variable keeps the interface type), default.
package main

import "fmt"

type Stringer interface{ String() string }
type Name string

func (n Name) String() string { return "Name(" + string(n) + ")" }

func classify(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %T %v", v, v)
	case string:
		return "string of len " + fmt.Sprint(len(v))
	case Stringer:
		return "stringer " + v.String()
	case []int:
		return fmt.Sprint("slice ", len(v))
	case error:
		return "error " + v.Error()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	var np *int
	for _, x := range []interface{}{nil, 1, int64(2), "abc", Name("n"), []int{1, 2}, fmt.Errorf("bad"), 3.5, np, int8(1)} {
		fmt.Println(classify(x))
	}
	var e error
	switch e.(type) {
	case nil:
		fmt.Println("nil error")
	}
	switch x := interface{}(Name("z")).(type) {
	case fmt.Stringer, error:
		fmt.Printf("%T\n", x)
	}
}
