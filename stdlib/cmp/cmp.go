// The API of package cmp as gopp provides it (Go 1.22 level).
// Written in Go, not declared: Go requires a body on every generic
// function, so gopp compiles this package like user code.

package cmp

// Ordered is satisfied by every type that supports < <= >= >.
type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 |
		~string
}

// Less reports x < y, ordering NaNs before all other values.
func Less[T Ordered](x, y T) bool {
	return x < y || (isNaN(x) && !isNaN(y))
}

// Compare returns -1, 0 or +1 as x is less than, equal to or greater than
// y; NaNs are equal to each other and less than everything else, and -0.0
// equals 0.0.
func Compare[T Ordered](x, y T) int {
	switch xNaN, yNaN := isNaN(x), isNaN(y); {
	case xNaN && yNaN:
		return 0
	case xNaN || x < y:
		return -1
	case yNaN || x > y:
		return +1
	}
	return 0
}

// Or returns the first argument that is not the zero value, or the zero value.
func Or[T comparable](vals ...T) T {
	var zero T
	for _, v := range vals {
		if v != zero {
			return v
		}
	}
	return zero
}

// isNaN reports whether x is a floating-point NaN (the one value unequal to itself).
func isNaN[T Ordered](x T) bool {
	return x != x
}
