// A pointer kept in a variable of an enclosing block, or carried to a later loop iteration, keeps alive the variable of the inner block or earlier iteration it points to.
package main

import "fmt"

func blockScope() int {
	var p *int
	{
		x := 5
		p = &x
	}
	{
		y := [4]int{7, 7, 7, 7}
		fmt.Print("", y[0]*0)
	}
	return *p
}

func previousIteration() {
	var p *int
	for i := 0; i < 4; i++ {
		x := i * 10
		if p != nil {
			fmt.Print(*p, " ")
		}
		p = &x
	}
	fmt.Println(*p)
}

func switchCase(k int) int {
	var p *int
	switch k {
	case 1:
		a := 11
		p = &a
	case 2:
		b := 22
		p = &b
	}
	return *p
}

func throughACopy() []int {
	var s []int
	{
		var arr [3]int
		view := arr[:]
		for i := range view {
			view[i] = i + 100
		}
		s = view
	}
	var other [8]int
	for i := range other {
		other[i] = -1
	}
	return s
}

func loopHeader() {
	var seen []int
	for i, p := 0, (*int)(nil); i < 3; i, p = i+1, &i {
		if p != nil {
			seen = append(seen, *p)
		}
	}
	fmt.Println(seen)
}

func backwardGoto() {
	n := 0
	var p, first *int
L:
	x := n * 7
	p = &x
	if first == nil {
		first = p
	}
	n++
	if n < 3 {
		goto L
	}
	fmt.Println(*first, *p)
}

func main() {
	fmt.Println(blockScope())
	previousIteration()
	fmt.Println(switchCase(1), switchCase(2))
	fmt.Println(throughACopy())
	loopHeader()
	backwardGoto()
}
