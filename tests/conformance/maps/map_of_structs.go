// Map values are not addressable: update a struct value by copy-modify-store, or store pointers.
package main

import "fmt"

type acct struct {
	name    string
	balance int
}

func main() {
	m := map[string]acct{"a": {"alice", 10}}
	v := m["a"]
	v.balance += 5
	fmt.Println(m["a"].balance)
	m["a"] = v
	fmt.Println(m["a"].balance, m["a"].name)
	pm := map[string]*acct{"b": {"bob", 1}}
	pm["b"].balance = 99
	fmt.Println(pm["b"].balance, *pm["b"])
	am := map[int][2]int{}
	x := am[1]
	x[0] = 5
	fmt.Println(am[1], x, len(am))
}
