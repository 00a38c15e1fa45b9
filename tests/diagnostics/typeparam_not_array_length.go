// go: rejects at line 5
package p

// Read as a type parameter list, as gc reads it: `t[0]` is not a length.
type t [t[0]]t
