// The API of package slices as gopp provides it (Go 1.23 level, without
// the iterator functions: see stdlib/README.md): comparing, searching and
// modifying; sorting is in sort.go.
// Written in Go, not declared: Go requires a body on every generic
// function, so gopp compiles this package like user code. As in Go 1.22,
// functions that shorten a slice zero the elements they vacate.

package slices

import "cmp"

// Comparing.

// Equal reports whether s1 and s2 have the same length and equal elements
// (so a NaN makes them unequal).
func Equal[S ~[]E, E comparable](s1, s2 S) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if s1[i] != s2[i] {
			return false
		}
	}
	return true
}

// EqualFunc is Equal with elements compared by eq.
func EqualFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, eq func(E1, E2) bool) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if !eq(s1[i], s2[i]) {
			return false
		}
	}
	return true
}

// Compare compares s1 and s2 element by element with cmp.Compare; a
// shorter slice that is a prefix of the other is less.
func Compare[S ~[]E, E cmp.Ordered](s1, s2 S) int {
	for i := 0; i < len(s1) && i < len(s2); i++ {
		if c := cmp.Compare(s1[i], s2[i]); c != 0 {
			return c
		}
	}
	return compareLengths(len(s1), len(s2))
}

// CompareFunc is Compare with elements compared by cmp.
func CompareFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, cmp func(E1, E2) int) int {
	for i := 0; i < len(s1) && i < len(s2); i++ {
		if c := cmp(s1[i], s2[i]); c != 0 {
			return c
		}
	}
	return compareLengths(len(s1), len(s2))
}

func compareLengths(n1, n2 int) int {
	switch {
	case n1 < n2:
		return -1
	case n1 > n2:
		return +1
	}
	return 0
}

// Searching.

// Index returns the index of the first element equal to v, or -1.
func Index[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if s[i] == v {
			return i
		}
	}
	return -1
}

// IndexFunc returns the index of the first element satisfying f, or -1.
func IndexFunc[S ~[]E, E any](s S, f func(E) bool) int {
	for i := range s {
		if f(s[i]) {
			return i
		}
	}
	return -1
}

// Contains reports whether v is in s.
func Contains[S ~[]E, E comparable](s S, v E) bool {
	return Index(s, v) >= 0
}

// ContainsFunc reports whether an element of s satisfies f.
func ContainsFunc[S ~[]E, E any](s S, f func(E) bool) bool {
	return IndexFunc(s, f) >= 0
}

// Modifying.

// Insert inserts v at s[i] and returns the result; it panics unless 0 <= i <= len(s).
func Insert[S ~[]E, E any](s S, i int, v ...E) S {
	_ = s[i:] // bounds check
	return Replace(s, i, i, v...)
}

// Delete removes s[i:j] and returns the result; it panics unless s[i:j] is
// a valid part of s.
func Delete[S ~[]E, E any](s S, i, j int) S {
	_ = s[i:j:len(s)] // bounds check
	if i == j {
		return s
	}
	r := append(s[:i], s[j:]...)
	zero(s[len(r):])
	return r
}

// DeleteFunc removes the elements for which del returns true and returns the result.
func DeleteFunc[S ~[]E, E any](s S, del func(E) bool) S {
	n := 0
	for _, v := range s {
		if !del(v) {
			s[n] = v
			n++
		}
	}
	zero(s[n:])
	return s[:n]
}

// Replace replaces s[i:j] with v and returns the result; it panics unless
// s[i:j] is a valid part of s. v may overlap s.
func Replace[S ~[]E, E any](s S, i, j int, v ...E) S {
	_ = s[i:j:len(s)] // bounds check
	n := i + len(v) + len(s) - j
	if n > cap(s) {
		r := make(S, 0, n)
		r = append(r, s[:i]...)
		r = append(r, v...)
		return append(r, s[j:]...)
	}
	if len(v) > 0 {
		v = append([]E(nil), v...) // v may be part of s
	}
	r := s[:n]
	copy(r[i+len(v):], s[j:])
	copy(r[i:], v)
	if n < len(s) {
		zero(s[n:])
	}
	return r
}

// Clone returns a shallow copy of s (nil if s is nil).
func Clone[S ~[]E, E any](s S) S {
	return append(s[:0:0], s...)
}

// Compact replaces each run of equal elements with its first element and
// returns the result.
func Compact[S ~[]E, E comparable](s S) S {
	return CompactFunc(s, func(a, b E) bool { return a == b })
}

// CompactFunc is Compact with elements compared by eq.
func CompactFunc[S ~[]E, E any](s S, eq func(E, E) bool) S {
	if len(s) < 2 {
		return s
	}
	n := 1
	for i := 1; i < len(s); i++ {
		if !eq(s[i], s[n-1]) {
			s[n] = s[i]
			n++
		}
	}
	zero(s[n:])
	return s[:n]
}

// Grow makes room for n more elements without another allocation; it
// panics if n is negative.
func Grow[S ~[]E, E any](s S, n int) S {
	if n < 0 {
		panic("cannot be negative")
	}
	if n -= cap(s) - len(s); n > 0 {
		s = append(s[:cap(s)], make([]E, n)...)[:len(s)]
	}
	return s
}

// Clip removes the unused capacity of s.
func Clip[S ~[]E, E any](s S) S {
	return s[:len(s):len(s)]
}

// Reverse reverses s in place.
func Reverse[S ~[]E, E any](s S) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// Concat returns a new slice holding the elements of all the slices, in
// order (nil if there are none).
func Concat[S ~[]E, E any](slices ...S) S {
	n := 0
	for _, s := range slices {
		if n += len(s); n < 0 {
			panic("len out of range")
		}
	}
	r := Grow[S](nil, n)
	for _, s := range slices {
		r = append(r, s...)
	}
	return r
}

// Repeat returns a new slice holding count copies of x; it panics if count
// is negative or the length overflows.
func Repeat[S ~[]E, E any](x S, count int) S {
	if count < 0 {
		panic("cannot be negative")
	}
	const maxInt = int(^uint(0) >> 1)
	if len(x) > 0 && count > maxInt/len(x) {
		panic("the result of (len(x) * count) overflows")
	}
	r := make(S, len(x)*count)
	n := copy(r, x)
	for n < len(r) {
		n += copy(r[n:], r[:n])
	}
	return r
}

// zero sets every element of s to E's zero value.
func zero[E any](s []E) {
	var z E
	for i := range s {
		s[i] = z
	}
}
