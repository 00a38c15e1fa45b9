// errorcheck

// Values that are not assignable to the type they are given to: in an
// assignment, an argument, a return statement and a variable declaration.

package main

type Celsius float64

func takesString(s string) {}

func returnsInt() int {
	var s string
	return s // ERROR "cannot use s \(variable of type string\) as (type int|int value) in return statement"
}

func main() {
	var i int
	var s string
	var c Celsius
	var f float64
	i = s // ERROR "cannot use s \(variable of type string\) as (type int|int value) in assignment"
	takesString(i) // ERROR "cannot use i \(variable of type int\) as (type string|string value) in argument to takesString"
	var g float64 = c // ERROR "cannot use c \(variable of type Celsius\) as (type float64|float64 value) in variable declaration"
	c = f // ERROR "cannot use f \(variable of type float64\) as (type Celsius|Celsius value) in assignment"
	var p *int = &s // ERROR "cannot use &s \(value of type \*string\) as (type \*int|\*int value) in variable declaration"
	var b bool = 1 // ERROR "cannot use 1 \(untyped int constant\) as bool value in variable declaration"
	_, _ = g, p
	_ = b
}
