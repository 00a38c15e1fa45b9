// sort.Ints/Strings/Float64s sort in place; sort.SliceStable keeps equal elements in order; SearchInts.
package main

import (
	"fmt"
	"sort"
)

type person struct {
	name string
	age  int
}

func main() {
	xs := []int{5, 2, 8, -1, 2}
	sort.Ints(xs)
	fmt.Println(xs, sort.IntsAreSorted(xs), sort.SearchInts(xs, 5), sort.SearchInts(xs, 3), sort.SearchInts(xs, 100))
	ss := []string{"pear", "Apple", "banana", "apple"}
	sort.Strings(ss)
	fmt.Println(ss)
	fs := []float64{2.5, -1, 0}
	sort.Float64s(fs)
	fmt.Println(fs)
	people := []person{{"al", 30}, {"bo", 25}, {"cy", 30}, {"di", 25}, {"ed", 40}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	fmt.Println(xs)
	i := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(i)
}
