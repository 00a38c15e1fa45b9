// The API of package sort as gopp provides it (Go 1.22 level).
// Declarations only: bodyless functions and methods are implemented in C++
// by gopp's runtime and standard library.

package sort

// Interface is a collection that can be sorted by index.
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

func Sort(data Interface)
func Stable(data Interface)
func IsSorted(data Interface) bool

// Reverse returns data with Less inverted.
func Reverse(data Interface) Interface

// Slice sorts x, which must be a slice, with less comparing elements i and j.
func Slice(x any, less func(i, j int) bool)
func SliceStable(x any, less func(i, j int) bool)
func SliceIsSorted(x any, less func(i, j int) bool) bool

// Search returns the smallest i in [0, n) with f(i) true, or n.
func Search(n int, f func(int) bool) int

// Find returns the smallest i in [0, n) with cmp(i) <= 0, and whether cmp(i) == 0.
func Find(n int, cmp func(int) int) (i int, found bool)

func Ints(x []int)
func Float64s(x []float64)
func Strings(x []string)
func IntsAreSorted(x []int) bool
func Float64sAreSorted(x []float64) bool
func StringsAreSorted(x []string) bool
func SearchInts(a []int, x int) int
func SearchFloat64s(a []float64, x float64) int
func SearchStrings(a []string, x string) int

// IntSlice attaches Interface to []int, in increasing order.
type IntSlice []int

func (x IntSlice) Len() int
func (x IntSlice) Less(i, j int) bool
func (x IntSlice) Swap(i, j int)
func (x IntSlice) Sort()
func (p IntSlice) Search(x int) int

// Float64Slice attaches Interface to []float64, in increasing order, NaNs first.
type Float64Slice []float64

func (x Float64Slice) Len() int
func (x Float64Slice) Less(i, j int) bool
func (x Float64Slice) Swap(i, j int)
func (x Float64Slice) Sort()
func (p Float64Slice) Search(x float64) int

// StringSlice attaches Interface to []string, in increasing order.
type StringSlice []string

func (x StringSlice) Len() int
func (x StringSlice) Less(i, j int) bool
func (x StringSlice) Swap(i, j int)
func (x StringSlice) Sort()
func (p StringSlice) Search(x string) int
