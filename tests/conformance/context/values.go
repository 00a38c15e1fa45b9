// WithValue: lookups walk up the chain, inner values shadow outer ones, keys of distinct types never collide, cancellation layers pass values through.
package main

import (
	"context"
	"fmt"
)

type userKey int
type otherKey int

type ptrKey struct{ name string }

func main() {
	k1 := &ptrKey{"a"}
	k2 := &ptrKey{"a"}
	ctx := context.WithValue(context.Background(), userKey(1), "alice")
	ctx = context.WithValue(ctx, otherKey(1), "other")
	ctx = context.WithValue(ctx, k1, 42)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	ctx = context.WithValue(ctx, userKey(2), "bob")
	fmt.Println(ctx.Value(userKey(1)), ctx.Value(otherKey(1)), ctx.Value(userKey(2)))
	fmt.Println(ctx.Value(k1), ctx.Value(k2), ctx.Value(userKey(3)), ctx.Value(1))
	shadow := context.WithValue(ctx, userKey(1), "carol")
	fmt.Println(shadow.Value(userKey(1)), ctx.Value(userKey(1)))
	nilVal := context.WithValue(shadow, userKey(9), nil)
	fmt.Println(nilVal.Value(userKey(9)) == nil, nilVal.Value(userKey(2)))
	fmt.Println(context.Background().Value(userKey(1)), context.TODO().Value("x"))
}
