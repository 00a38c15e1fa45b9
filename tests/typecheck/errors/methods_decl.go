// errorcheck

// Method declarations: duplicate methods, methods on non-local and
// invalid receiver types, and a field and a method with the same name.

package main

type T struct{ X int }

func (T) M()  {}
func (*T) M() {} // ERROR "method T.M already declared at|T.M redeclared in this block"

func (T) X() {} // ERROR "field and method with the same name X"

func (int) N() {} // ERROR "cannot define new methods on non-local type int"

type P *T

func (P) Q() {} // ERROR "invalid receiver type P \(pointer or interface type\)"

type I interface{ M() }

func (I) R() {} // ERROR "invalid receiver type I \(pointer or interface type\)"

func (x UndefinedType) S() {} // ERROR "undefined: UndefinedType"

func main() {}
