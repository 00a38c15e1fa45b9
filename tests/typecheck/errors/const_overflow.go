// errorcheck

// Constants that overflow the type they are given, in assignments,
// declarations, conversions and constant arithmetic.

package main

const big = 1 << 100

func main() {
	var b byte
	var i8 int8
	b = 300 // ERROR "cannot use 300 \(untyped int constant\) as byte value in assignment \(overflows\)"
	i8 = 128 // ERROR "cannot use 128 \(untyped int constant\) as int8 value in assignment \(overflows\)"
	_ = byte(256) // ERROR "cannot convert 256 \(untyped int constant\) to type byte|constant 256 overflows byte"
	const c byte = 255 + 1 // ERROR "cannot use 255 \+ 1 \(untyped int constant 256\) as byte value in constant declaration \(overflows\)"
	const d int8 = 100
	_ = d * 2 // ERROR "d \* 2 \(constant 200 of type int8\) overflows int8"
	var x int = big // ERROR "cannot use big \(untyped int constant 1267650600228229401496703205376\) as int value in variable declaration \(overflows\)"
	_ = x
	_ = uint8(0) - 1 // ERROR "uint8\(0\) - 1 \(constant -1 of type uint8\) overflows uint8"
	_, _ = b, i8
}
