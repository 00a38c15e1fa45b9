// A panic with a named string type prints the type and quoted value: panic: main.Reason("...").
package main

type Reason string

func main() {
	panic(Reason("out of cheese"))
}
