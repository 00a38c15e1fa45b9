package p

type Number interface{ ~int | ~int64 | ~float64 }

type List[T any] struct {
	head *node[T]
}

type node[T any] struct {
	v    T
	next *node[T]
}

func (l *List[T]) Push(v T) { l.head = &node[T]{v, l.head} }

func Sum[T Number](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

var _ = Sum[int](1, 2, 3)
var f = Map[int, string]
