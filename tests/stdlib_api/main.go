// Command apicheck checks the API declarations of gopp's stdlib/ with Go's
// own type checker. It type-checks every package under -root (one
// directory per import path, importing its siblings from there), compares
// the kind and comparability of each exported type with the installed Go's
// package of the same path, and compares each package's exported API, as
// lines in the format of $(go env GOROOT)/api/go1*.txt, with those lists
// (for linux/amd64) plus -next (later releases' additions) less -omit
// (deliberate omissions). Run from tests/stdlib_api, the defaults need no
// flags. It exits 1 on a type error or a missing API line.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
)

var (
	root    = flag.String("root", "../../stdlib", "the stdlib directory (one subdirectory per import path)")
	apiDir  = flag.String("api", filepath.Join(runtime.GOROOT(), "api"), "directory of Go's go1*.txt API lists (empty: no API comparison)")
	extra   = flag.String("next", "lists/next.txt", "file of API lines added after the lists in -api")
	omitted = flag.String("omit", "lists/omit.txt", "file of API lines deliberately not provided")
	verbose = flag.Bool("v", false, "print the missing and the extra lines")
	dump    = flag.Bool("dump", false, "print each package's API lines")
	kinds   = flag.Bool("kinds", true, "compare each type's kind and comparability with the installed Go's package")
)

// loader type-checks the packages under root, importing siblings from there.
type loader struct {
	fset    *token.FileSet
	pkgs    map[string]*types.Package
	loading map[string]bool
	errs    []string
}

func (l *loader) Import(path string) (*types.Package, error) {
	if path == "unsafe" {
		return types.Unsafe, nil
	}
	if p := l.pkgs[path]; p != nil {
		return p, nil
	}
	if l.loading[path] {
		return nil, fmt.Errorf("import cycle through %s", path)
	}
	l.loading[path] = true
	defer delete(l.loading, path)

	dir := filepath.Join(*root, filepath.FromSlash(path))
	names, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	var files []*ast.File
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(l.fset, name, nil, parser.ParseComments)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("package %s: no Go files in %s", path, dir)
	}
	conf := types.Config{
		Importer: l,
		Error:    func(err error) { l.errs = append(l.errs, err.Error()) },
	}
	pkg, _ := conf.Check(path, l.fset, files, nil)
	l.pkgs[path] = pkg
	return pkg, nil
}

// packagePaths lists the import paths of the directories under root that hold .go files.
func packagePaths() []string {
	var paths []string
	filepath.Walk(*root, func(p string, info os.FileInfo, err error) error {
		if err != nil || !info.IsDir() {
			return err
		}
		if names, _ := filepath.Glob(filepath.Join(p, "*.go")); len(names) > 0 {
			rel, _ := filepath.Rel(*root, p)
			if rel != "apicheck" {
				paths = append(paths, filepath.ToSlash(rel))
			}
		}
		return nil
	})
	sort.Strings(paths)
	return paths
}

func main() {
	flag.Parse()
	paths := flag.Args()
	if len(paths) == 0 {
		paths = packagePaths()
	}

	// 1. Type-check.
	l := &loader{fset: token.NewFileSet(), pkgs: map[string]*types.Package{}, loading: map[string]bool{}}
	for _, path := range paths {
		if _, err := l.Import(path); err != nil {
			l.errs = append(l.errs, err.Error())
		}
	}
	for _, e := range l.errs {
		fmt.Println("error:", e)
	}
	fmt.Printf("%d packages type-checked, %d errors\n", len(paths), len(l.errs))
	bad := len(l.errs) > 0

	// 2. Compare the kinds of types with Go's.
	if *kinds {
		goImporter := newGoImporter()
		n := 0
		for _, path := range paths {
			if pkg := l.pkgs[path]; pkg != nil {
				n += compareKinds(pkg, goImporter)
			}
		}
		fmt.Printf("%d types differ in kind from Go's\n", n)
	}

	// 3. Compare the API with Go's lists.
	required, except := readLists()
	omit := lineSet(*omitted)
	fmt.Printf("%-28s %8s %8s %8s %8s\n", "package", "provided", "missing", "omitted", "extra")
	for _, path := range paths {
		pkg := l.pkgs[path]
		if pkg == nil {
			continue
		}
		have := features(pkg)
		if *dump {
			for _, f := range sortedKeys(have) {
				fmt.Println(f)
			}
		}
		var missing, skipped, added []string
		for f := range required {
			if strings.HasPrefix(f, "pkg "+path+", ") && !have[f] {
				if omit[f] {
					skipped = append(skipped, f)
				} else {
					missing = append(missing, f)
				}
			}
		}
		for f := range have {
			if !required[f] && !except[f] {
				added = append(added, f)
			}
		}
		fmt.Printf("%-28s %8d %8d %8d %8d\n", path, len(have), len(missing), len(skipped), len(added))
		if *verbose {
			sort.Strings(missing)
			sort.Strings(added)
			for _, f := range missing {
				fmt.Println("  missing:", f)
			}
			for _, f := range added {
				fmt.Println("  extra:  ", f)
			}
		}
		bad = bad || len(missing) > 0
	}
	exitIf(bad)
}

func exitIf(b bool) {
	if b {
		os.Exit(1)
	}
}

// readLists returns the API lines required for linux/amd64 (go1*.txt and
// -next, less those that -next marks with a leading "-") and those of
// except.txt (allowed to be missing or changed).
func readLists() (required, except map[string]bool) {
	required = map[string]bool{}
	except = map[string]bool{}
	if *apiDir != "" {
		names, _ := filepath.Glob(filepath.Join(*apiDir, "go1*.txt"))
		for _, name := range names {
			for f := range lineSet(name) {
				if f, ok := forLinuxAMD64(f); ok {
					required[f] = true
				}
			}
		}
		except = lineSet(filepath.Join(*apiDir, "except.txt"))
		for f := range except {
			delete(required, f)
		}
	}
	for f := range lineSet(*extra) {
		if strings.HasPrefix(f, "-") {
			delete(required, strings.TrimPrefix(f, "-"))
			except[strings.TrimPrefix(f, "-")] = true
		} else {
			required[f] = true
		}
	}
	return required, except
}

// forLinuxAMD64 drops a "(linux-amd64)" context from a line and rejects other contexts.
func forLinuxAMD64(f string) (string, bool) {
	head, rest, ok := strings.Cut(f, ", ")
	if !ok {
		return f, false
	}
	if i := strings.Index(head, " ("); i >= 0 {
		if head[i:] != " (linux-amd64)" {
			return f, false
		}
		head = head[:i]
	}
	return head + ", " + rest, true
}

// lineSet reads an API list: one line each, "#" comments and issue suffixes dropped.
func lineSet(name string) map[string]bool {
	set := map[string]bool{}
	if name == "" {
		return set
	}
	file, err := os.Open(name)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if i := strings.Index(line, " #"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		set[line] = true
	}
	return set
}

func sortedKeys(m map[string]bool) []string {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
