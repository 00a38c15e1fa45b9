// panic with a custom error type prints Error(); a deferred function still runs first.
package main

import "fmt"

type ValidationError struct {
	Field string
	Code  int
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s (code %d)", e.Field, e.Code)
}

func main() {
	defer fmt.Println("deferred runs before the crash")
	panic(&ValidationError{"name", 7})
}
