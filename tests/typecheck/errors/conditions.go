// errorcheck

// Conditions that are not boolean in if, for and switch-less statements.

package main

type MyBool bool

func main() {
	x := 1
	s := "s"
	var p *int
	if x { // ERROR "non-boolean condition in if statement"
	}
	if s { // ERROR "non-boolean condition in if statement"
	}
	for x { // ERROR "non-boolean condition in for statement"
	}
	for i := 0; i; i++ { // ERROR "non-boolean condition in for statement"
	}
	if p { // ERROR "non-boolean condition in if statement"
	}
	if x := 2; x { // ERROR "non-boolean condition in if statement"
	}
	var mb MyBool
	if mb { // a defined boolean type is fine
	}
	for nil { // ERROR "non-boolean condition in for statement"
	}
}
