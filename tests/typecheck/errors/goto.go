// errorcheck

// goto statements that jump over variable declarations or into blocks.

package main

func a() {
	goto L // ERROR "goto L jumps over declaration of x at"
	x := 1
	_ = x
L:
}

func b() {
	goto M // ERROR "goto M jumps into block starting at"
	{
	M:
	}
}

func c(n int) {
	goto N // ERROR "goto N jumps into block starting at"
	for i := 0; i < n; i++ {
	N:
	}
}

func d(n int) {
	if n > 0 {
		goto P // ERROR "goto P jumps into block starting at"
	} else {
	P:
	}
}

func e() {
	goto Q // backward jumps and jumps out of blocks are fine
Q:
	{
		goto Q
	}
}

func main() {
	goto R // ERROR "goto R jumps over declaration of y at"
	var y int
R:
	_ = y
}
