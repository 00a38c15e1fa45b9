// The standard logger's default header is the local date and time, "2009/01/23 01:23:23 " (LstdFlags); Lmicroseconds adds six digits and LUTC switches to UTC.
package main

import (
	"fmt"
	"log"
	"strings"
)

type capture struct{ lines []string }

func (c *capture) Write(p []byte) (int, error) {
	c.lines = append(c.lines, string(p))
	return len(p), nil
}

// shape replaces every digit by 9.
func shape(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return '9'
		}
		return r
	}, s)
}

func main() {
	fmt.Println(log.Flags() == log.LstdFlags, log.Prefix() == "")
	c := &capture{}
	log.SetOutput(c)
	log.Println("default")
	log.SetFlags(log.LstdFlags | log.Lmicroseconds | log.LUTC)
	log.Println("micro")
	log.SetFlags(log.Ldate)
	log.Println("date only")
	log.SetFlags(log.Ltime | log.LUTC)
	log.SetPrefix("p ")
	log.Println("time only")
	for _, l := range c.lines {
		fmt.Printf("%q\n", shape(l))
	}
}
