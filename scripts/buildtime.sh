#!/usr/bin/env bash
# Build time of gopp beside go build and gccgo, in one run: hello world and
# a generated program of about 1,000 lines (structs, methods, maps, slices,
# closures, fmt). Each compiler builds each program RUNS times (gopp with
# its cache off); the median wall time is printed. A measurement, not a
# test: nothing here asserts a time.
#
#   bash scripts/buildtime.sh [GOPP] [RUNS]
set -u
gopp=$(realpath "${1:-build/bin/gopp}")
runs=${2:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello, world")\n}\n' > hello.go

{
	printf 'package main\n\nimport (\n\t"fmt"\n\t"sort"\n\t"strings"\n)\n\n'
	for i in $(seq 1 40); do
		cat <<GO
type Item$i struct {
	Name  string
	Score int
	Tags  []string
}

func (it *Item$i) Add(n int) { it.Score += n * $i }

func (it Item$i) String() string { return fmt.Sprintf("%s:%d", it.Name, it.Score) }

func build$i(n int) []Item$i {
	items := make([]Item$i, 0, n)
	for k := 0; k < n; k++ {
		items = append(items, Item$i{Name: fmt.Sprint("i", k), Score: k % 7, Tags: strings.Fields("a b c")})
	}
	sort.Slice(items, func(a, b int) bool { return items[a].Score < items[b].Score })
	return items
}

GO
	done
	printf 'func main() {\n\ttotal := map[string]int{}\n'
	for i in $(seq 1 40); do
		printf '\tfor _, it := range build%d(10) {\n\t\tit.Add(1)\n\t\ttotal[it.Name] += it.Score\n\t}\n' "$i"
	done
	printf '\tfmt.Println(len(total))\n}\n'
} > big.go
lines=$(wc -l < big.go)

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
timeit() { # timeit CMD...: median seconds of RUNS runs
	for _ in $(seq 1 "$runs"); do
		s=$(date +%s.%N)
		"$@" >/dev/null 2>&1 || { echo fail; return; }
		e=$(date +%s.%N)
		echo "$e - $s" | bc
	done | median
}

printf '%-24s %10s %10s %10s\n' program "go build" gccgo "gopp build"
for p in hello big; do
	g=$(GO111MODULE=off timeit go build -o $p.go.bin $p.go)
	c=$(command -v gccgo >/dev/null && timeit gccgo -O2 -o $p.gccgo.bin $p.go || echo n/a)
	o=$(GOPP_NOCACHE=1 timeit "$gopp" build -o $p.gopp.bin $p.go)
	label=$p.go
	[ $p = big ] && label="big.go ($lines lines)"
	printf '%-24s %9ss %9ss %9ss\n' "$label" "$g" "$c" "$o"
done
cached=$(timeit "$gopp" build -o hello.gopp.bin hello.go)
echo "gopp build of hello.go with its cache warm: ${cached}s"
