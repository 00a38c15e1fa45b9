// This file writes a package's exported API as lines in the format of Go's
// api/go1*.txt lists ("pkg strings, func Contains(string, string) bool").

package main

import (
	"fmt"
	"go/types"
	"sort"
	"strings"
)

type apiWriter struct {
	pkg  *types.Package
	pfx  string // "pkg <path>, "
	have map[string]bool
}

func features(pkg *types.Package) map[string]bool {
	w := &apiWriter{pkg: pkg, pfx: "pkg " + pkg.Path() + ", ", have: map[string]bool{}}
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		if obj := scope.Lookup(name); obj.Exported() {
			w.object(obj)
		}
	}
	return w.have
}

func (w *apiWriter) add(format string, args ...any) {
	w.have[w.pfx+fmt.Sprintf(format, args...)] = true
}

func (w *apiWriter) object(obj types.Object) {
	switch obj := obj.(type) {
	case *types.Const:
		w.add("const %s %s", obj.Name(), w.typ(obj.Type()))
		short, exact := obj.Val().String(), obj.Val().ExactString()
		if short == exact {
			w.add("const %s = %s", obj.Name(), short)
		} else {
			w.add("const %s = %s  // %s", obj.Name(), short, exact)
		}
	case *types.Var:
		w.add("var %s %s", obj.Name(), w.typ(obj.Type()))
	case *types.Func:
		w.add("func %s%s", obj.Name(), w.sig(obj.Type().(*types.Signature)))
	case *types.TypeName:
		w.typeName(obj)
	}
}

func (w *apiWriter) typeName(obj *types.TypeName) {
	name := obj.Name()
	if obj.IsAlias() {
		w.add("type %s = %s", name, w.typ(obj.Type()))
		return
	}
	named := obj.Type().(*types.Named)
	if tps := named.TypeParams(); tps != nil {
		name += w.tparams(tps, true)
	}
	switch u := named.Underlying().(type) {
	case *types.Struct:
		w.add("type %s struct", name)
		for i := 0; i < u.NumFields(); i++ {
			f := u.Field(i)
			if !f.Exported() {
				continue
			}
			if f.Embedded() {
				w.add("type %s struct, embedded %s", name, w.typ(f.Type()))
			} else {
				w.add("type %s struct, %s %s", name, f.Name(), w.typ(f.Type()))
			}
		}
	case *types.Interface:
		var names []string
		sealed := false
		for i := 0; i < u.NumMethods(); i++ {
			m := u.Method(i)
			if !m.Exported() {
				sealed = true
				continue
			}
			names = append(names, m.Name())
			w.add("type %s interface, %s%s", name, m.Name(), w.sig(m.Type().(*types.Signature)))
		}
		if sealed {
			w.add("type %s interface, unexported methods", name)
			return
		}
		sort.Strings(names)
		names = append(names, w.unionTerms(u)...)
		if len(names) == 0 {
			w.add("type %s interface {}", name)
		} else {
			w.add("type %s interface { %s }", name, strings.Join(names, ", "))
		}
		return
	default:
		w.add("type %s %s", name, w.typ(u))
	}

	// Methods: those of T, then those only *T has.
	seen := map[string]bool{}
	for _, t := range []types.Type{named, types.NewPointer(named)} {
		ms := types.NewMethodSet(t)
		for i := 0; i < ms.Len(); i++ {
			sel := ms.At(i)
			m := sel.Obj()
			if !m.Exported() || seen[m.Name()] {
				continue
			}
			seen[m.Name()] = true
			sig := sel.Type().(*types.Signature)
			recv := w.typ(sig.Recv().Type())
			if rtps := sig.RecvTypeParams(); rtps != nil {
				recv += w.tparams(rtps, false)
			}
			w.add("method (%s) %s%s", recv, m.Name(), w.sig(sig))
		}
	}
}

func (w *apiWriter) tparams(list *types.TypeParamList, constraints bool) string {
	var parts []string
	for i := 0; i < list.Len(); i++ {
		s := w.typ(list.At(i))
		if constraints {
			s += " " + w.typ(list.At(i).Constraint())
		}
		parts = append(parts, s)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

func (w *apiWriter) sig(sig *types.Signature) string {
	s := ""
	if tps := sig.TypeParams(); tps != nil {
		s = w.tparams(tps, true)
	}
	s += w.tuple(sig.Params(), sig.Variadic())
	switch res := sig.Results(); res.Len() {
	case 0:
	case 1:
		s += " " + w.typ(res.At(0).Type())
	default:
		s += " " + w.tuple(res, false)
	}
	return s
}

func (w *apiWriter) tuple(t *types.Tuple, variadic bool) string {
	var parts []string
	for i := 0; i < t.Len(); i++ {
		typ := t.At(i).Type()
		if variadic && i == t.Len()-1 {
			parts = append(parts, "..."+w.typ(typ.(*types.Slice).Elem()))
		} else {
			parts = append(parts, w.typ(typ))
		}
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// typ writes a type as the API lists do: byte and rune as uint8 and int32,
// untyped constants' types as ideal-*, struct types as "struct", type
// parameters as $index, and named types of other packages qualified.
func (w *apiWriter) typ(t types.Type) string {
	switch t := t.(type) {
	case *types.Basic:
		switch t.Kind() {
		case types.UnsafePointer:
			return "unsafe.Pointer"
		case types.UntypedBool:
			return "ideal-bool"
		case types.UntypedInt:
			return "ideal-int"
		case types.UntypedRune:
			return "ideal-char"
		case types.UntypedFloat:
			return "ideal-float"
		case types.UntypedComplex:
			return "ideal-complex"
		case types.UntypedString:
			return "ideal-string"
		case types.Uint8:
			return "uint8"
		case types.Int32:
			return "int32"
		}
		return t.Name()
	case *types.Array:
		return fmt.Sprintf("[%d]%s", t.Len(), w.typ(t.Elem()))
	case *types.Slice:
		return "[]" + w.typ(t.Elem())
	case *types.Struct:
		return "struct"
	case *types.Pointer:
		return "*" + w.typ(t.Elem())
	case *types.Signature:
		return "func" + w.sig(t)
	case *types.Map:
		return "map[" + w.typ(t.Key()) + "]" + w.typ(t.Elem())
	case *types.Chan:
		prefix := map[types.ChanDir]string{types.SendRecv: "chan ", types.SendOnly: "chan<- ", types.RecvOnly: "<-chan "}[t.Dir()]
		return prefix + w.typ(t.Elem())
	case *types.Named:
		s := t.Obj().Name()
		if p := t.Obj().Pkg(); p != nil && p != w.pkg {
			s = p.Name() + "." + s
		}
		return s
	case *types.TypeParam:
		return fmt.Sprintf("$%d", t.Index())
	case *types.Interface:
		var parts []string
		var names []string
		for i := 0; i < t.NumMethods(); i++ {
			names = append(names, t.Method(i).Name())
		}
		sort.Strings(names)
		if len(names) > 0 {
			parts = append(parts, strings.Join(names, ", "))
		}
		if embeds := w.unionTerms(t); len(embeds) > 0 {
			parts = append(parts, strings.Join(embeds, ", "))
		}
		if len(parts) == 0 {
			return "interface{}"
		}
		return "interface{ " + strings.Join(parts, "") + " }"
	}
	panic(fmt.Sprintf("unexpected type %T", t))
}

// unionTerms lists the type-set terms embedded in an interface (directly or
// through embedded interfaces), each union as "~a | b", sorted.
func (w *apiWriter) unionTerms(t *types.Interface) []string {
	var list []string
	for i := 0; i < t.NumEmbeddeds(); i++ {
		switch e := t.EmbeddedType(i).(type) {
		case *types.Interface:
			list = append(list, w.unionTerms(e)...)
		case *types.Union:
			var terms []string
			for j := 0; j < e.Len(); j++ {
				s := w.typ(e.Term(j).Type())
				if e.Term(j).Tilde() {
					s = "~" + s
				}
				terms = append(terms, s)
			}
			sort.Strings(terms)
			list = append(list, strings.Join(terms, " | "))
		default:
			if iface, ok := e.Underlying().(*types.Interface); ok {
				list = append(list, w.unionTerms(iface)...)
			} else {
				list = append(list, w.typ(e))
			}
		}
	}
	sort.Strings(list)
	return list
}
