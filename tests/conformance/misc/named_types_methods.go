// Methods can be declared on any named non-pointer, non-interface type; conversions between named types with the same underlying type.
package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit   { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }

type Words []string

func (w Words) Len() int { return len(w) }

type Counter map[string]int

func (c Counter) Add(k string) { c[k]++ }

type Op func(int) int

func (o Op) Twice(x int) int { return o(o(x)) }

type Alias = Celsius

func main() {
	c := Celsius(100)
	fmt.Println(c.ToF(), Celsius(-40).ToF())
	fmt.Println(Words{"a", "b"}.Len())
	cnt := Counter{}
	cnt.Add("x")
	cnt.Add("x")
	fmt.Println(cnt)
	fmt.Println(Op(func(x int) int { return x * 3 }).Twice(2))
	var a Alias = 37
	fmt.Printf("%T %v\n", a, a.ToF())
	raw := float64(c) + 0.5
	fmt.Println(raw, Celsius(raw))
}
