// Unix, UnixMilli and UnixMicro build Times that Unix/UnixMilli/UnixMicro/UnixNano/Nanosecond read back, normalising out-of-range nanoseconds with floored division.
package main

import (
	"fmt"
	"time"
)

func show(name string, t time.Time) {
	fmt.Println(name, t.Unix(), t.Nanosecond(), t.UnixMilli(), t.UnixMicro(), t.UnixNano())
}

func main() {
	show("Unix(1700000000, 123456789)", time.Unix(1700000000, 123456789))
	show("Unix(0, 0)", time.Unix(0, 0))
	show("Unix(1, -1)", time.Unix(1, -1))
	show("Unix(0, 1500000000)", time.Unix(0, 1500000000))
	show("Unix(0, -1500000000)", time.Unix(0, -1500000000))
	show("Unix(-1, 0)", time.Unix(-1, 0))
	show("UnixMilli(-1)", time.UnixMilli(-1))
	show("UnixMilli(1700000000123)", time.UnixMilli(1700000000123))
	show("UnixMicro(-1)", time.UnixMicro(-1))
	show("UnixMicro(1700000000123456)", time.UnixMicro(1700000000123456))
	fmt.Println(time.Unix(1700000000, 0).Equal(time.UnixMilli(1700000000000)))
	fmt.Println(time.UnixMicro(5).Equal(time.Unix(0, 5000)))
	fmt.Println(time.Unix(0, 0).IsZero(), time.Time{}.Unix())
	fmt.Println(time.Unix(10, 0).Sub(time.Unix(4, 500)))
	fmt.Println(time.Unix(4, 500).Sub(time.Unix(10, 0)))
	// Far apart: Sub saturates.
	fmt.Println(time.Unix(1<<40, 0).Sub(time.Unix(-1<<40, 0)), time.Unix(-1<<40, 0).Sub(time.Unix(1<<40, 0)))
	now := time.Now()
	back := time.Unix(now.Unix(), int64(now.Nanosecond()))
	fmt.Println("Now round trip Equal:", back.Equal(now), back.UnixNano() == now.UnixNano())
	fmt.Println("UTC and Local are the same instant:", now.UTC().Equal(now.Local()))
	fmt.Println(time.Unix(5, 0).UTC() == time.Unix(5, 0).UTC(), time.UTC.String(), time.Local.String())
	fmt.Println(time.Unix(5, 0).UTC().Location().String(), time.Unix(5, 0).Location().String())
}
