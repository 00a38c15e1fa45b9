// A ~T term admits every type whose underlying type is T, including named types.
package main

import "fmt"

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type MyInt int
type Score int8

func Double[T Integer](x T) T { return x * 2 }

func SumAll[T Integer](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type StringLike interface{ ~string }

func Concat[S StringLike](a, b S) S { return a + b }

type Path string

func main() {
	fmt.Println(Double(21), Double(MyInt(5)), Double(Score(100)))
	fmt.Printf("%T %T\n", Double(MyInt(5)), Double(Score(1)))
	fmt.Println(SumAll[MyInt](1, 2, 3), SumAll(int8(100), 100))
	p := Concat(Path("/usr"), "/bin")
	fmt.Printf("%v %T\n", p, p)
}
