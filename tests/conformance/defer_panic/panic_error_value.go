// An unrecovered panic whose value is an error prints "panic: " followed by its Error() text.
package main

import (
	"errors"
	"fmt"
)

func main() {
	fmt.Println("start")
	panic(fmt.Errorf("wrapped: %w", errors.New("disk full")))
}
