// errors.As finds the first error in the chain assignable to the target; errors.Is uses == or an Is method.
package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

type Temporary struct{}

func (Temporary) Error() string        { return "temporary" }
func (Temporary) Is(target error) bool { return target == errTimeout }

var errTimeout = errors.New("timeout")

func main() {
	err := fmt.Errorf("lookup: %w", &NotFound{"k1"})
	var nf *NotFound
	fmt.Println(errors.As(err, &nf), nf.Key)
	var tmp Temporary
	fmt.Println(errors.As(err, &tmp))
	fmt.Println(errors.Is(fmt.Errorf("x: %w", Temporary{}), errTimeout))
	fmt.Println(errors.Is(err, errTimeout), errors.Is(nil, nil), errors.Is(errTimeout, errTimeout))
	var target interface{ Error() string }
	fmt.Println(errors.As(err, &target), target)
}
