// container/list: pushes, inserts, moves and removals keep the ring consistent; operations with elements of another list do nothing; the zero List is ready to use; an LRU cache built on it under a Mutex.
package main

import (
	"container/list"
	"fmt"
	"sync"
)

func dump(name string, l *list.List) {
	fmt.Print(name, " [", l.Len(), "]:")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(" ", e.Value)
	}
	fmt.Print(" | back:")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(" ", e.Value)
	}
	fmt.Println()
}

type lru struct {
	mu    sync.Mutex
	cap   int
	order *list.List
	items map[string]*list.Element
}

type entry struct {
	key   string
	value int
}

func (c *lru) Get(k string) (int, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.items[k]; ok {
		c.order.MoveToFront(e)
		return e.Value.(*entry).value, true
	}
	return 0, false
}

func (c *lru) Put(k string, v int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.items[k]; ok {
		e.Value.(*entry).value = v
		c.order.MoveToFront(e)
		return
	}
	c.items[k] = c.order.PushFront(&entry{k, v})
	if c.order.Len() > c.cap {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.items, last.Value.(*entry).key)
	}
}

func main() {
	var l list.List // the zero value works
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	dump("built", &l)
	l.MoveToBack(e1)
	l.MoveToFront(e4)
	dump("moved", &l)
	l.MoveBefore(e1, e4)
	l.MoveAfter(e4, l.Back())
	dump("before/after", &l)
	fmt.Println(l.Remove(e1), l.Remove(e1))
	dump("removed", &l)

	other := list.New()
	other.PushBack("x")
	other.PushBack("y")
	l.PushBackList(other)
	l.PushFrontList(other)
	dump("lists", &l)
	foreign := other.Front()
	fmt.Println(l.InsertAfter(9, foreign) == nil)
	l.MoveToFront(foreign)
	l.Remove(foreign)
	dump("foreign ignored", &l)
	dump("other", other)
	l.PushBackList(&l)
	dump("self", &l)
	l.Init()
	dump("init", &l)
	fmt.Println(l.Front() == nil, e4.Next() == nil)

	c := &lru{cap: 2, order: list.New(), items: map[string]*list.Element{}}
	c.Put("a", 1)
	c.Put("b", 2)
	c.Get("a")
	c.Put("c", 3)
	_, okB := c.Get("b")
	va, okA := c.Get("a")
	fmt.Println(okB, va, okA, c.order.Len())
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				c.Put(fmt.Sprint("k", (i+j)%5), j)
				c.Get(fmt.Sprint("k", j%5))
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(c.order.Len(), len(c.items))

	defer func() { fmt.Println("recovered:", recover()) }()
	var nl *list.List
	nl.PushBack(1)
}
