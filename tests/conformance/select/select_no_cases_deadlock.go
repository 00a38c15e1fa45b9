// select {} blocks forever; with no other goroutine the program dies of deadlock (exit status 2).
package main

import "fmt"

func main() {
	fmt.Println("before")
	select {}
}
