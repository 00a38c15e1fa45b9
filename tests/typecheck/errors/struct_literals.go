// errorcheck

// Struct literals: unknown fields, too few or too many values, mixed
// keyed and positional elements, duplicate fields, wrong value types.

package main

type P struct {
	X, Y int
	name string
}

func main() {
	_ = P{Z: 1} // ERROR "unknown field '?Z'? in struct literal of type P"
	_ = P{1, 2} // ERROR "too few values in (struct literal of type P|P\{…\})"
	_ = P{1, 2, "a", 4} // ERROR "too many values in (struct literal of type P|P\{…\})"
	_ = P{X: 1, 2} // ERROR "mixture of field:value and value elements in struct literal"
	_ = P{X: 1, X: 2} // ERROR "duplicate field name X in struct literal"
	_ = P{X: "s"} // ERROR "cannot use \"s\" \(untyped string constant\) as int value in struct literal"
	_ = P{1, "a", "b"} // ERROR "cannot use \"a\" \(untyped string constant\) as int value in struct literal"
	_ = &P{Y: 2, name: "n"}
	_ = struct{ a int }{b: 1} // ERROR "unknown field '?b'? in struct literal of type struct\{a int\}"
}
