// ++, -- and op= assignments wrap like the corresponding binary operators.
package main

import "fmt"

func main() {
	var u uint16 = 65534
	u++
	u++
	fmt.Println(u)
	u--
	fmt.Println(u)
	var i int8 = 120
	i += 10
	fmt.Println(i)
	i *= 2
	fmt.Println(i)
	i <<= 1
	fmt.Println(i)
	var j uint32 = 3
	j -= 4
	fmt.Println(j)
	j >>= 28
	fmt.Println(j)
	var k int = -17
	k %= 5
	fmt.Println(k)
	k /= 2
	fmt.Println(k)
}
