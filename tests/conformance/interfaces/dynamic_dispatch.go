// A method call through an interface runs the method of the dynamic type stored in it.
package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64   { return r.W * r.H }
func (r Rect) Name() string    { return "rect" }
func (c Circle) Area() float64 { return math.Pi * c.R * c.R }
func (c Circle) Name() string  { return "circle" }

func main() {
	shapes := []Shape{Rect{2, 3}, Circle{1}, Rect{1, 1}}
	total := 0.0
	for _, s := range shapes {
		fmt.Printf("%s %.2f\n", s.Name(), s.Area())
		total += s.Area()
	}
	fmt.Printf("%.4f\n", total)
	var s Shape = Rect{1, 2}
	fmt.Println(s.Area())
	s = Circle{2}
	fmt.Println(s.Name())
}
