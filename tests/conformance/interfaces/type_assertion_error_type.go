// A failed type assertion panics with a *runtime.TypeAssertionError, a type the program can name: in assertions, type switches, errors.As and as a runtime.Error.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

type I interface{ M() }

type T struct{}

func catch(f func()) (r any) {
	defer func() { r = recover() }()
	f()
	return nil
}

func main() {
	r := catch(func() {
		var x any = 1
		_ = x.(string)
	})
	e, ok := r.(*runtime.TypeAssertionError)
	fmt.Println(ok, e)
	var re runtime.Error = e
	fmt.Println(re.Error())
	fmt.Printf("%T %v\n", e, e)

	var err error = e
	var target *runtime.TypeAssertionError
	fmt.Println(errors.As(err, &target), target == e)

	r2 := catch(func() {
		var x any = T{}
		_ = x.(I)
	})
	fmt.Println(r2.(*runtime.TypeAssertionError).Error())

	r3 := catch(func() {
		var x any
		_ = x.(T)
	})
	switch v := r3.(type) {
	case *runtime.TypeAssertionError:
		fmt.Println("assertion:", v)
	case runtime.Error:
		fmt.Println("other runtime error:", v)
	}

	// Other run-time errors are not TypeAssertionErrors.
	r4 := catch(func() {
		var a []int
		_ = a[3]
	})
	_, isTA := r4.(*runtime.TypeAssertionError)
	fmt.Println(isTA, r4)

	// Equal pointers compare equal; distinct failures do not.
	fmt.Println(r == r, r == r2, any(e) == r)
}
