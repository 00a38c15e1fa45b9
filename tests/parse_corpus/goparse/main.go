// Command goparse is the reference side of gopp's parse-corpus test
// (tests/parse_corpus/run.sh). It parses Go source files with the standard
// library's own parser (go/parser) and reports which files are rejected, in
// the same "path:line:col: message" format that `gopp parse` uses, so the two
// parsers' verdicts can be compared file by file.
//
// Usage:
//
//	goparse LISTFILE
//
// LISTFILE holds one source path per line (blank lines are ignored). For
// every file, goparse reads it and calls
//
//	parser.ParseFile(fset, path, src, parser.SkipObjectResolution)
//
// i.e. no comments are kept and no identifier resolution is done: just
// parsing and AST construction, which is the same amount of work gopp's
// parser does, so the timing below is a fair comparison.
//
// Output:
//   - stdout: one line per REJECTED file, "path:line:col: message", taken
//     from the first error after sorting the scanner.ErrorList by position.
//     Nothing is printed for accepted files.
//   - stderr: one final line "goparse: N files, B bytes, T seconds parsing",
//     where T counts only the time spent inside ParseFile (not reading).
//
// The exit status is 0 whatever the files contain; 2 on a usage error or if
// LISTFILE (or a listed file) cannot be read, since then the comparison would
// be meaningless.
//
// This program uses only the standard library and has its own go.mod, so it
// builds offline with `go build` (no GOPATH or network needed).
package main

import (
	"bufio"
	"fmt"
	"go/parser"
	"go/scanner"
	"go/token"
	"os"
	"time"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: goparse LISTFILE")
		os.Exit(2)
	}
	paths, err := readList(os.Args[1])
	if err != nil {
		fmt.Fprintf(os.Stderr, "goparse: %v\n", err)
		os.Exit(2)
	}

	out := bufio.NewWriter(os.Stdout)
	var (
		files   int
		bytes   int64
		parsing time.Duration // time spent inside parser.ParseFile only
	)
	for _, path := range paths {
		src, err := os.ReadFile(path)
		if err != nil {
			// An unreadable file is an infrastructure problem, not a parse
			// result; stop rather than report a bogus verdict.
			out.Flush()
			fmt.Fprintf(os.Stderr, "goparse: %v\n", err)
			os.Exit(2)
		}
		files++
		bytes += int64(len(src))

		// A fresh FileSet per file keeps memory flat across the corpus; its
		// cost is negligible and it is outside the timed region anyway.
		fset := token.NewFileSet()
		start := time.Now()
		_, err = parser.ParseFile(fset, path, src, parser.SkipObjectResolution)
		parsing += time.Since(start)

		if err != nil {
			fmt.Fprintln(out, firstError(path, err))
		}
	}
	out.Flush()
	fmt.Fprintf(os.Stderr, "goparse: %d files, %d bytes, %.6f seconds parsing\n",
		files, bytes, parsing.Seconds())
}

// firstError formats the first (by position) error of a failed ParseFile as
// "path:line:col: message".
func firstError(path string, err error) string {
	if list, ok := err.(scanner.ErrorList); ok && len(list) > 0 {
		list.Sort()
		e := list[0]
		return fmt.Sprintf("%s:%d:%d: %s", path, e.Pos.Line, e.Pos.Column, e.Msg)
	}
	// ParseFile only returns scanner.ErrorList when given the source, but be
	// defensive: report an unknown position rather than dropping the error.
	return fmt.Sprintf("%s:0:0: %v", path, err)
}

// readList returns the non-empty lines of the list file.
func readList(name string) ([]string, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var paths []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for sc.Scan() {
		if line := sc.Text(); line != "" {
			paths = append(paths, line)
		}
	}
	return paths, sc.Err()
}
