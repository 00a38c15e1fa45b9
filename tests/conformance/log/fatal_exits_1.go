// log.Fatal writes its entry to standard error and exits with status 1, running no deferred calls.
package main

import (
	"fmt"
	"log"
)

func main() {
	defer fmt.Println("deferred: not printed")
	log.SetFlags(0)
	fmt.Println("before")
	log.Fatalf("fatal: %d problems", 3)
}
