// An unrecovered NewTicker(0) panics with a string value: "panic: non-positive interval for NewTicker", exit status 2.
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("before")
	time.NewTicker(0)
	fmt.Println("after (not reached)")
}
