// Since Go 1.21, recover after panic(nil) returns a *runtime.PanicNilError, which the program can name.
// gopp: go1.22 semantics; Go 1.19 recovers nil and prints otherwise
package main

import (
	"fmt"
	"runtime"
)

func main() {
	r := func() (r any) {
		defer func() { r = recover() }()
		panic(nil)
	}()
	p, ok := r.(*runtime.PanicNilError)
	fmt.Println(ok, p)
	var re runtime.Error = p
	fmt.Println(re.Error())
	fmt.Printf("%T\n", r)
	var e error = new(runtime.PanicNilError)
	fmt.Println(e)
}
