// os.Args holds the program name followed by the arguments (none here, so its length is 1).
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args), len(os.Args[1:]), os.Args[0] != "")
}
