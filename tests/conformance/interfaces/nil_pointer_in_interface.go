// An interface holding a nil pointer is not nil; methods with pointer receivers can still be called.
package main

import "fmt"

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil MyErr"
	}
	return e.msg
}

func find(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p
}

func findGood(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

func main() {
	err := find(false)
	fmt.Println(err == nil, err != nil, err)
	fmt.Printf("%T %v\n", err, err.(*MyErr) == nil)
	err = findGood(false)
	fmt.Println(err == nil, err)
	var i interface{} = (*int)(nil)
	fmt.Println(i == nil, i == (*int)(nil))
	var s fmt.Stringer
	fmt.Println(s == nil)
}
