// strings.Builder accumulates bytes; Len is in bytes; it implements io.Writer.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	fmt.Println(sb.Len(), sb.String() == "")
	sb.WriteString("héllo")
	sb.WriteByte(' ')
	sb.WriteRune('世')
	n, err := sb.Write([]byte("!?"))
	fmt.Println(n, err)
	fmt.Fprintf(&sb, " %d-%s", 42, "x")
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	for i := 0; i < 3; i++ {
		fmt.Fprint(&sb, i)
	}
	fmt.Println(sb.String())
}
