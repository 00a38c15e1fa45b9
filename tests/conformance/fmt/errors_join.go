// errors.Join (Go 1.20) joins messages with newlines, skips nils, and is matched by errors.Is.
// gopp: requires go1.22
package main

import (
	"errors"
	"fmt"
)

var errA = errors.New("first")
var errB = errors.New("second")

func main() {
	j := errors.Join(errA, nil, errB)
	fmt.Println(j)
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(j, errA), errors.Is(j, errB))
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	w := fmt.Errorf("ctx: %w and %w", errA, errB)
	fmt.Println(w, errors.Is(w, errB))
}
