// errorcheck

// Local variables that are declared and not used: plain declarations,
// := in nested blocks and closures, and the symbol of a type switch.

package main

func plain() {
	var a int // ERROR "declared and not used: a|a declared but not used"
	b := 1    // ERROR "declared and not used: b|b declared but not used"
	c, d := 1, 2 // ERROR "declared and not used: c|c declared but not used"
	_ = d
}

func nested() {
	if true {
		e := 3 // ERROR "declared and not used: e|e declared but not used"
	}
}

func closure() {
	f := func() {
		g := 4 // ERROR "declared and not used: g|g declared but not used"
	}
	f()
}

func typeSwitch(y interface{}) {
	switch x := y.(type) { // ERROR "declared and not used: x|x declared but not used"
	case int:
	case string:
	}
}

func assignedOnly() {
	h := 0 // ERROR "declared and not used: h|h declared but not used"
	h = 1
}

func main() {}
