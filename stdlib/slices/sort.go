// The API of package slices as gopp provides it: sorting, binary search,
// minimum and maximum, written in Go.
//
// Sort and SortFunc are an introsort: quicksort with a median-of-three
// pivot, insertion sort below 12 elements, heapsort once the depth passes
// 2*log2(n). SortStableFunc is insertion sort on blocks of 20 followed by
// bottom-up merging through a buffer of len(x) elements. A cmp function
// must be a strict weak order; an inconsistent one gives an unspecified
// order but never an out-of-range index.

package slices

import "cmp"

// Sort sorts x in increasing order, NaNs first.
func Sort[S ~[]E, E cmp.Ordered](x S) {
	SortFunc(x, cmp.Compare[E])
}

// SortFunc sorts x by cmp (not stable).
func SortFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	depth := 0
	for n := len(x); n > 0; n >>= 1 {
		depth += 2
	}
	quickSort(x, 0, len(x), depth, cmp)
}

// SortStableFunc sorts x by cmp, keeping equal elements in their order.
func SortStableFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	const block = 20
	n := len(x)
	for lo := 0; lo < n; lo += block {
		insertionSort(x, lo, minInt(lo+block, n), cmp)
	}
	if n <= block {
		return
	}
	src, dst := []E(x), make([]E, n)
	for width := block; width < n; width *= 2 {
		for lo := 0; lo < n; lo += 2 * width {
			mid, hi := minInt(lo+width, n), minInt(lo+2*width, n)
			merge(dst[lo:hi], src[lo:mid], src[mid:hi], cmp)
		}
		src, dst = dst, src
	}
	if n > 0 && &src[0] != &x[0] {
		copy(x, src)
	}
}

// IsSorted reports whether x is in increasing order, NaNs first.
func IsSorted[S ~[]E, E cmp.Ordered](x S) bool {
	for i := 1; i < len(x); i++ {
		if cmp.Less(x[i], x[i-1]) {
			return false
		}
	}
	return true
}

// IsSortedFunc reports whether x is sorted by cmp.
func IsSortedFunc[S ~[]E, E any](x S, cmp func(a, b E) int) bool {
	for i := 1; i < len(x); i++ {
		if cmp(x[i], x[i-1]) < 0 {
			return false
		}
	}
	return true
}

// BinarySearch finds target in x, sorted as by Sort: it returns where
// target is or would be inserted, and whether it is there.
func BinarySearch[S ~[]E, E cmp.Ordered](x S, target E) (int, bool) {
	lo, hi := 0, len(x)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if cmp.Less(x[mid], target) {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < len(x) && cmp.Compare(x[lo], target) == 0
}

// BinarySearchFunc is BinarySearch for x sorted by cmp, which compares an
// element with the target.
func BinarySearchFunc[S ~[]E, E, T any](x S, target T, cmp func(E, T) int) (int, bool) {
	lo, hi := 0, len(x)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if cmp(x[mid], target) < 0 {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < len(x) && cmp(x[lo], target) == 0
}

// Min returns the least element of x, or a NaN if x has one; it panics if
// x is empty. (Unlike Go's, which uses the min built-in, Min(-0.0, 0.0)
// returns the first of the two zeros.)
func Min[S ~[]E, E cmp.Ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Min: empty list")
	}
	m := x[0]
	for _, v := range x[1:] {
		if v != v {
			return v
		}
		if v < m {
			m = v
		}
	}
	return m
}

// MinFunc returns the first least element of x by cmp; it panics if x is empty.
func MinFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MinFunc: empty list")
	}
	m := x[0]
	for _, v := range x[1:] {
		if cmp(v, m) < 0 {
			m = v
		}
	}
	return m
}

// Max returns the greatest element of x, or a NaN if x has one; it panics
// if x is empty. (Max(-0.0, 0.0) returns the first of the two zeros.)
func Max[S ~[]E, E cmp.Ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Max: empty list")
	}
	m := x[0]
	for _, v := range x[1:] {
		if v != v {
			return v
		}
		if v > m {
			m = v
		}
	}
	return m
}

// MaxFunc returns the first greatest element of x by cmp; it panics if x is empty.
func MaxFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MaxFunc: empty list")
	}
	m := x[0]
	for _, v := range x[1:] {
		if cmp(v, m) > 0 {
			m = v
		}
	}
	return m
}

// quickSort sorts x[lo:hi], falling back to heapsort when depth runs out.
func quickSort[E any](x []E, lo, hi, depth int, cmp func(a, b E) int) {
	for hi-lo > 12 {
		if depth == 0 {
			heapSort(x, lo, hi, cmp)
			return
		}
		depth--
		p := partition(x, lo, hi, cmp)
		// Recurse into the smaller part and loop on the larger one.
		if p-lo < hi-p {
			quickSort(x, lo, p, depth, cmp)
			lo = p + 1
		} else {
			quickSort(x, p+1, hi, depth, cmp)
			hi = p
		}
	}
	insertionSort(x, lo, hi, cmp)
}

// partition puts the median of x[lo], x[mid] and x[hi-1] at its sorted
// place p in x[lo:hi], with no greater element before it and no smaller
// element after it, and returns p. Elements equal to the pivot are spread
// over both sides, which keeps runs of equal elements balanced.
func partition[E any](x []E, lo, hi int, cmp func(a, b E) int) int {
	mid := int(uint(lo+hi) >> 1)
	if cmp(x[mid], x[lo]) < 0 {
		x[mid], x[lo] = x[lo], x[mid]
	}
	if cmp(x[hi-1], x[mid]) < 0 {
		x[hi-1], x[mid] = x[mid], x[hi-1]
		if cmp(x[mid], x[lo]) < 0 {
			x[mid], x[lo] = x[lo], x[mid]
		}
	}
	x[lo], x[mid] = x[mid], x[lo]
	pivot := x[lo]
	i, j := lo+1, hi-1
	for {
		for i <= j && cmp(x[i], pivot) < 0 {
			i++
		}
		for i <= j && cmp(pivot, x[j]) < 0 {
			j--
		}
		if i >= j {
			break
		}
		x[i], x[j] = x[j], x[i]
		i++
		j--
	}
	x[lo], x[j] = x[j], x[lo]
	return j
}

// insertionSort sorts x[lo:hi] stably.
func insertionSort[E any](x []E, lo, hi int, cmp func(a, b E) int) {
	for i := lo + 1; i < hi; i++ {
		for j := i; j > lo && cmp(x[j], x[j-1]) < 0; j-- {
			x[j], x[j-1] = x[j-1], x[j]
		}
	}
}

// heapSort sorts x[lo:hi] with a max-heap rooted at x[lo].
func heapSort[E any](x []E, lo, hi int, cmp func(a, b E) int) {
	n := hi - lo
	for root := n/2 - 1; root >= 0; root-- {
		siftDown(x[lo:hi], root, n, cmp)
	}
	for end := n - 1; end > 0; end-- {
		x[lo], x[lo+end] = x[lo+end], x[lo]
		siftDown(x[lo:hi], 0, end, cmp)
	}
}

// siftDown restores the heap property of h[:n] below root.
func siftDown[E any](h []E, root, n int, cmp func(a, b E) int) {
	for {
		child := 2*root + 1
		if child >= n {
			return
		}
		if child+1 < n && cmp(h[child], h[child+1]) < 0 {
			child++
		}
		if cmp(h[root], h[child]) >= 0 {
			return
		}
		h[root], h[child] = h[child], h[root]
		root = child
	}
}

// merge merges the sorted a and b into dst, taking from a on ties.
func merge[E any](dst, a, b []E, cmp func(a, b E) int) {
	i, j, k := 0, 0, 0
	for i < len(a) && j < len(b) {
		if cmp(b[j], a[i]) < 0 {
			dst[k] = b[j]
			j++
		} else {
			dst[k] = a[i]
			i++
		}
		k++
	}
	k += copy(dst[k:], a[i:])
	copy(dst[k:], b[j:])
}

func minInt(a, b int) int {
	if a < b {
		return a
	}
	return b
}
