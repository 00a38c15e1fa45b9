// A constraint can require methods as well as a type set; generic code may call those methods.
package main

import (
	"fmt"
	"strings"
)

type Shower interface {
	Show() string
}

type Celsius float64

func (c Celsius) Show() string { return fmt.Sprintf("%.1fC", float64(c)) }

type Tag string

func (t Tag) Show() string { return "#" + string(t) }

func JoinAll[T Shower](xs []T) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.Show()
	}
	return strings.Join(parts, ", ")
}

type ShowNumber interface {
	~float64
	Show() string
}

func Warmest[T ShowNumber](xs []T) string {
	best := xs[0]
	for _, x := range xs[1:] {
		if x > best {
			best = x
		}
	}
	return best.Show()
}

func main() {
	fmt.Println(JoinAll([]Celsius{20, 21.5}))
	fmt.Println(JoinAll([]Tag{"go", "cpp"}))
	fmt.Println(Warmest([]Celsius{3, 30.25, -4}))
}
