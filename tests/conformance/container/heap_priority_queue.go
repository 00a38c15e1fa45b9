// container/heap: Init, Push, Pop, Fix and Remove call the program's Len, Less, Swap, Push and Pop in Go's order, here traced, and keep a priority queue ordered.
package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type traced struct {
	xs  []int
	log []string
}

func (h *traced) Len() int { h.log = append(h.log, "L"); return len(h.xs) }
func (h *traced) Less(i, j int) bool {
	h.log = append(h.log, fmt.Sprintf("<%d%d", i, j))
	return h.xs[i] < h.xs[j]
}
func (h *traced) Swap(i, j int) {
	h.log = append(h.log, fmt.Sprintf("s%d%d", i, j))
	h.xs[i], h.xs[j] = h.xs[j], h.xs[i]
}
func (h *traced) Push(x any) { h.log = append(h.log, "push"); h.xs = append(h.xs, x.(int)) }
func (h *traced) Pop() any {
	h.log = append(h.log, "pop")
	x := h.xs[len(h.xs)-1]
	h.xs = h.xs[:len(h.xs)-1]
	return x
}

func (h *traced) flush(what string) {
	fmt.Println(what, h.xs, strings.Join(h.log, " "))
	h.log = nil
}

type item struct {
	name     string
	priority int
	index    int
}

type queue []*item

func (q queue) Len() int           { return len(q) }
func (q queue) Less(i, j int) bool { return q[i].priority > q[j].priority }
func (q queue) Swap(i, j int)      { q[i], q[j] = q[j], q[i]; q[i].index = i; q[j].index = j }
func (q *queue) Push(x any)        { it := x.(*item); it.index = len(*q); *q = append(*q, it) }
func (q *queue) Pop() any {
	old := *q
	it := old[len(old)-1]
	*q = old[:len(old)-1]
	it.index = -1
	return it
}
func (q *queue) update(it *item, p int) { it.priority = p; heap.Fix(q, it.index) }

func main() {
	h := &traced{xs: []int{5, 2, 8, 1, 9, 3}}
	heap.Init(h)
	h.flush("init")
	heap.Push(h, 0)
	h.flush("push")
	fmt.Println(heap.Pop(h))
	h.flush("pop")
	fmt.Println(heap.Remove(h, 2))
	h.flush("remove")
	h.xs[0] = 100
	heap.Fix(h, 0)
	h.flush("fix")
	var sorted []int
	for h.Len() > 0 {
		sorted = append(sorted, heap.Pop(h).(int))
	}
	fmt.Println(sorted)

	q := queue{}
	heap.Init(&q)
	items := map[string]*item{}
	for i, name := range []string{"banana", "apple", "pear", "kiwi", "fig"} {
		it := &item{name: name, priority: (i * 7) % 5}
		items[name] = it
		heap.Push(&q, it)
	}
	q.update(items["fig"], 10)
	q.update(items["apple"], -1)
	for q.Len() > 0 {
		it := heap.Pop(&q).(*item)
		fmt.Printf("%s:%d ", it.name, it.priority)
	}
	fmt.Println()

	// Remove from the middle and from the end.
	ints := &traced{xs: []int{7, 3, 9, 1}}
	heap.Init(ints)
	fmt.Println(heap.Remove(ints, 1), heap.Remove(ints, ints.Len()-1), ints.xs)
}
