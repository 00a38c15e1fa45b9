// x.(T) with comma-ok never panics: ok reports whether the dynamic type is T (or implements T).
package main

import (
	"fmt"
	"io"
	"strings"
)

type MyInt int

func main() {
	var x interface{} = 42
	i, ok := x.(int)
	fmt.Println(i, ok)
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	m, ok := x.(MyInt)
	fmt.Println(m, ok)
	x = MyInt(7)
	m, ok = x.(MyInt)
	fmt.Println(m, ok)
	_, ok = x.(int)
	fmt.Println(ok)
	var r interface{} = strings.NewReader("abc")
	rd, ok := r.(io.Reader)
	fmt.Println(rd != nil, ok)
	_, ok = r.(io.Writer)
	fmt.Println(ok)
	var nilI interface{}
	v, ok := nilI.(int)
	fmt.Println(v, ok)
	var e error
	_, ok = e.(interface{ Error() string })
	fmt.Println(ok)
}
