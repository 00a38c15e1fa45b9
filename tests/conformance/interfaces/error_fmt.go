// fmt prefers Error() over String(); %v, %s and Println of an error print its message.
package main

import (
	"errors"
	"fmt"
)

type E struct{ code int }

func (e E) Error() string  { return fmt.Sprintf("E%d", e.code) }
func (e E) String() string { return "stringer" }

func main() {
	var err error = E{42}
	fmt.Println(err)
	fmt.Printf("%v|%s|%q|%+v|%d\n", err, err, err, err, err)
	fmt.Println(E{1}, []error{E{2}, errors.New("plain")})
	fmt.Printf("%#v\n", err)
	var nilErr error
	fmt.Println(nilErr)
	fmt.Printf("%v\n", nilErr)
	fmt.Println(errors.New("a") == errors.New("a"))
	sentinel := errors.New("s")
	e2 := sentinel
	fmt.Println(e2 == sentinel)
}
