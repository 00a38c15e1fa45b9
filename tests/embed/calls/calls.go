// Package calls is called from many C++ threads at once by
// tests/embed/calls_test.cpp: plain values, strings, slices, maps,
// structs, errors, func values, panics, and goroutines that outlive a call.
package calls

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
)

// Point is a struct crossing the boundary by value and by pointer.
type Point struct {
	X, Y int
}

// Scale multiplies both coordinates (a value receiver: a const member).
func (p Point) Scale(k int) Point { return Point{p.X * k, p.Y * k} }

// Move shifts p in place (a pointer receiver).
func (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }

// Constants of every kind C++ can hold.
const (
	MaxItems      = 1 << 20
	Ratio         = 0.25
	Name          = "calls"
	Initial  rune = 'c'
	Small    int8 = -3
	Huge          = 1 << 70 // no C++ type holds it: listed in a comment
)

// Celsius is a defined type that is not a struct: its methods are free
// functions in C++ (Celsius_Fahrenheit).
type Celsius float64

// Fahrenheit converts c.
func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

// Map is generic: C++ cannot call it (the header lists it in a comment).
func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

// Lengths uses Map inside Go, where it is instantiated.
func Lengths(words []string) []int {
	return Map(words, func(s string) int { return len(s) })
}

// ErrOdd is returned by Half for odd numbers.
var ErrOdd = errors.New("calls: odd number")

// Calls counts every call of Tally, across threads.
var calls int64
var mu sync.Mutex

// Square is the simplest call.
func Square(n int) int { return n * n }

// Label formats a thread's call as a string.
func Label(thread, i int) string { return fmt.Sprintf("t%d-%d", thread, i) }

// Sum adds up a slice; Sum of a nil slice is 0.
func Sum(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

// ParallelSum sums xs in chunks on goroutines that report over a channel.
func ParallelSum(xs []int, parts int) int {
	ch := make(chan int)
	n := (len(xs) + parts - 1) / parts
	started := 0
	for lo := 0; lo < len(xs); lo += n {
		hi := lo + n
		if hi > len(xs) {
			hi = len(xs)
		}
		started++
		go func(part []int) { ch <- Sum(part) }(xs[lo:hi])
	}
	total := 0
	for i := 0; i < started; i++ {
		total += <-ch
	}
	return total
}

// Words counts the words of s.
func Words(s string) map[string]int {
	m := map[string]int{}
	for _, w := range strings.Fields(s) {
		m[w]++
	}
	return m
}

// Half returns n/2, or ErrOdd wrapped with n.
func Half(n int) (int, error) {
	if n%2 != 0 {
		return 0, fmt.Errorf("half of %d: %w", n, ErrOdd)
	}
	return n / 2, nil
}

// Apply calls f on every element (f may be C++).
func Apply(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

// Adder returns a Go closure for C++ to call through go::call.
func Adder(k int) func(int) int { return func(x int) int { return x + k } }

// Index panics with Go's run-time error when i is out of range.
func Index(xs []int, i int) int { return xs[i] }

// Must panics with a message of its own when ok is false.
func Must(ok bool, what string) string {
	if !ok {
		panic("calls: " + what + " failed")
	}
	return what
}

// Tally counts calls under a Mutex; Total reads the count.
func Tally() {
	mu.Lock()
	calls++
	mu.Unlock()
}

// Total is the number of Tally calls so far.
func Total() int64 {
	mu.Lock()
	defer mu.Unlock()
	return calls
}

// Background starts a goroutine that outlives the call and reports on done.
func Background(n int, done chan<- int) {
	go func() { done <- Square(n) }()
}

var ring [64]string

// Churn makes a million short strings, collecting as it goes: small Go
// memory that nothing roots is reused (and overwritten) by then.
func Churn() {
	b := []byte("zzzzzzz")
	for i := 0; i < 1<<20; i++ {
		b[i%7] = byte('a' + i%26)
		ring[i%64] = string(b)
		if i%(1<<16) == 0 {
			runtime.GC()
		}
	}
}

var spins int

// SpinForever starts a goroutine that never blocks nor calls: shutdown
// must still stop the thread running it (sysmon preempts it).
func SpinForever() {
	go func() {
		for {
			spins++
		}
	}()
}

// NewChan makes a channel C++ can hand back to Background and Receive.
func NewChan() chan int { return make(chan int, 1) }

// Receive waits for a value on c.
func Receive(c chan int) int { return <-c }
