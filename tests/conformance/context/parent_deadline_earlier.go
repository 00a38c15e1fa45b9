// A child asking for a later deadline than its parent's keeps the parent's deadline and ends with DeadlineExceeded when the parent does.
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	parent, cancelP := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancelP()
	child, cancelC := context.WithTimeout(parent, time.Hour)
	defer cancelC()
	pd, _ := parent.Deadline()
	cd, ok := child.Deadline()
	fmt.Println("child has deadline:", ok, "equal to parent's:", cd.Equal(pd))
	<-child.Done()
	fmt.Println("child:", child.Err(), "parent:", parent.Err())

	// A child with an earlier deadline than its parent's ends first.
	p2, c2 := context.WithTimeout(context.Background(), time.Hour)
	defer c2()
	ch2, cc2 := context.WithTimeout(p2, 10*time.Millisecond)
	defer cc2()
	<-ch2.Done()
	fmt.Println("child2:", ch2.Err(), "parent2:", p2.Err())
}
