// len, cap, copy, make, complex, real, []byte(s), []rune(s), s[a:b] and x.(T) for a non-pointer T take their place among the calls; string(b), m[k] and x.(*T) are plain operands, read after the calls.
package main

import "fmt"

var (
	s   = []int{1, 2, 3}
	str = "abc"
	b   = []byte("abc")
	i   interface{} = 1
	p   interface{} = &T{1}
	c   = complex(1, 2)
	m   = map[string]int{"a": 1}
)

type T struct{ N int }

func grow() int      { s = append(s, 4, 5); return 0 }
func setStr() int    { str = "xyz"; return 1 }
func setB() int      { b[0] = 'X'; return 1 }
func setI() int      { i = 100; return 10 }
func setP() int      { p = &T{100}; return 10 }
func setC() float64  { c = complex(10, 20); return 0 }
func setM() int      { m["a"] = 50; return 1 }
func pr(v ...any)    { fmt.Println(v...) }
func bytes(b []byte, n int) string { return fmt.Sprint(string(b), n) }

func main() {
	pr(len(s), grow(), len(s))
	s = []int{1, 2, 3}
	pr(s[0:2], grow(), s[0:2])
	s = []int{1, 2, 3}
	pr(cap(s) > 3, grow())
	pr(bytes([]byte(str), setStr()))
	str = "abc"
	pr(string([]rune(str)), setStr(), str)
	pr(string(b), setB())
	pr(i.(int)+setI(), p.(*T).N+setP())
	pr(real(c)+setC(), real(c))
	pr(m["a"]+setM())
	dst := make([]int, 3)
	pr(copy(dst, s), grow(), dst)
}
