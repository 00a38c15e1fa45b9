// Struct literals with field names may omit fields (zero values) and list them in any order.
package main

import "fmt"

type Config struct {
	Host    string
	Port    int
	Tags    []string
	Limits  map[string]int
	Enabled bool
	Ratio   float64
}

func main() {
	c := Config{Port: 8080, Host: "localhost"}
	fmt.Printf("%+v\n", c)
	fmt.Println(c.Tags == nil, c.Limits == nil, c.Enabled)
	var z Config
	fmt.Printf("%+v\n", z)
	p := &Config{Ratio: 0.5}
	fmt.Printf("%+v\n", p)
	type pair struct{ a, b int }
	ps := []pair{{1, 2}, {b: 3}, {}}
	fmt.Println(ps)
	pp := []*pair{{5, 6}}
	fmt.Println(*pp[0])
}
