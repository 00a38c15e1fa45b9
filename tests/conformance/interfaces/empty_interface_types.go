// An interface{} value remembers its dynamic type; %T prints it, untyped constants take default types.
package main

import "fmt"

type Celsius float64
type Pair struct{ A, B int }

func main() {
	vals := []interface{}{1, 2.5, 'x', "s", true, nil, 3 + 4i, byte(1), Celsius(20), Pair{}, &Pair{}, []int{}, map[string]bool{}, [2]int{}, func() {}, make(chan int), struct{}{}, error(nil), fmt.Errorf("e")}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
	var a interface{} = Celsius(20)
	f, ok := a.(float64)
	fmt.Println(f, ok)
}
