// Cancellation cascades to every descendant and never to parents or siblings.
package main

import (
	"context"
	"fmt"
)

type node struct {
	name   string
	ctx    context.Context
	cancel context.CancelFunc
}

func main() {
	root, cancelRoot := context.WithCancel(context.Background())
	a, cancelA := context.WithCancel(root)
	a1, cancelA1 := context.WithCancel(a)
	a2 := context.WithValue(a, "k", "v")
	a2a, cancelA2a := context.WithCancel(a2)
	b, cancelB := context.WithCancel(root)
	b1, cancelB1 := context.WithTimeout(b, 1<<40)
	defer cancelA1()
	defer cancelA2a()
	defer cancelB1()
	nodes := []node{{"root", root, cancelRoot}, {"a", a, cancelA}, {"a1", a1, cancelA1}, {"a2", a2, nil},
		{"a2a", a2a, cancelA2a}, {"b", b, cancelB}, {"b1", b1, cancelB1}}
	show := func(step string) {
		fmt.Print(step, ":")
		for _, n := range nodes {
			fmt.Printf(" %s=%v", n.name, n.ctx.Err())
		}
		fmt.Println()
	}
	show("start")
	cancelA1()
	show("cancel a1")
	cancelA()
	for _, c := range []context.Context{a, a1, a2, a2a} {
		<-c.Done()
	}
	show("cancel a")
	cancelRoot()
	<-b1.Done()
	show("cancel root")
	cancelB()
	show("cancel b")
}
