// fmt calls String/Error on nested operands in slices, maps and exported struct fields, not on unexported fields.
package main

import "fmt"

type Level int

func (l Level) String() string { return [...]string{"LOW", "HIGH"}[l] }

type Rec struct {
	Pub  Level
	priv Level
	Err  error
}

func main() {
	fmt.Println([]Level{0, 1}, map[Level]Level{0: 1})
	r := Rec{1, 1, fmt.Errorf("boom")}
	fmt.Println(r)
	fmt.Printf("%+v\n", r)
	fmt.Printf("%#v\n", Level(1))
	fmt.Printf("%d %v %s\n", Level(1), Level(1), []Level{1})
	fmt.Println(&r == nil, [1]Level{1})
}
