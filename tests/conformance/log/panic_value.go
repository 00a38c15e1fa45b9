// log.Panic writes its entry, then panics with the message string; recovered, the value is that string, and an uncaught one exits 2.
package main

import (
	"fmt"
	"log"
	"os"
)

func main() {
	l := log.New(os.Stdout, "L ", 0)
	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %T %q\n", r, r)
		}()
		l.Panicf("bad %s", "thing")
	}()
	func() {
		defer func() {
			fmt.Printf("recovered %q\n", recover())
		}()
		l.Panicln("with", "newline")
	}()
	log.SetFlags(0)
	log.Panic("uncaught ", 1)
}
