// This file compares the kind of each exported type with Go's own package
// of the same path: what its underlying type is (struct, interface, a basic
// type, ...), whether it is comparable, and whether a struct has
// unexported fields (which forbids unkeyed composite literals elsewhere).

package main

import (
	"fmt"
	"go/importer"
	"go/token"
	"go/types"
)

// kindOf describes t's shape for the comparison.
func kindOf(t types.Type) string {
	u := t.Underlying()
	s := ""
	switch u := u.(type) {
	case *types.Struct:
		s = "struct"
		for i := 0; i < u.NumFields(); i++ {
			if !u.Field(i).Exported() {
				s += " (unexported fields)"
				break
			}
		}
	case *types.Interface:
		s = "interface"
	case *types.Basic:
		s = u.Name()
	default:
		s = fmt.Sprintf("%T", u)
	}
	if _, ok := t.(*types.Named); ok && t.(*types.Named).TypeParams() != nil {
		return s // comparability of a generic type depends on its arguments
	}
	if types.Comparable(t) {
		s += ", comparable"
	} else {
		s += ", not comparable"
	}
	return s
}

// compareKinds prints the exported types of pkg whose kind differs from
// Go's, and returns how many there are.
func compareKinds(pkg *types.Package, goImporter types.Importer) int {
	goPkg, err := goImporter.Import(pkg.Path())
	if err != nil {
		return 0 // not a package of the installed Go
	}
	n := 0
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || !tn.Exported() {
			continue
		}
		goTn, ok := goPkg.Scope().Lookup(name).(*types.TypeName)
		if !ok {
			continue
		}
		mine, theirs := kindOf(tn.Type()), kindOf(goTn.Type())
		if mine != theirs {
			fmt.Printf("  kind: %s.%s is %s; Go's is %s\n", pkg.Path(), name, mine, theirs)
			n++
		}
	}
	return n
}

func newGoImporter() types.Importer {
	return importer.ForCompiler(token.NewFileSet(), "source", nil)
}
