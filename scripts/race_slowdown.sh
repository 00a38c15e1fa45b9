#!/usr/bin/env bash
# The cost of -race: builds each program of ../shared/bench with go,
# go -race, gopp and gopp -race, runs each binary K times at one size
# (the --scaling sizes' middle entry: race builds are 5-20x slower, and
# gopp's race builds do not collect garbage), checks the four print the
# same checksum line, and prints the median times and the slowdowns
# side by side, Go's next to gopp's, with gopp -race's peak RSS.
#
#   bash scripts/race_slowdown.sh [--runs K] [--only a,b] [GOPP]
#
# GOPP defaults to build/bin/gopp. Exit status 1 if a build, run or
# checksum failed.
set -u -o pipefail

BENCH=${BENCH:-$(cd "$(dirname "$0")/../../shared/bench" 2>/dev/null && pwd)}
RUNS=3
ONLY=""
GOPP=""
while [ $# -gt 0 ]; do
	case $1 in
	--runs) RUNS=$2; shift 2 ;;
	--only) ONLY=$2; shift 2 ;;
	-h | --help) sed -n '2,13p' "$0"; exit 0 ;;
	*) GOPP=$1; shift ;;
	esac
done
GOPP=${GOPP:-$(dirname "$0")/../build/bin/gopp}
[ -x "$GOPP" ] || { echo "race_slowdown.sh: no gopp at $GOPP" >&2; exit 2; }
[ -d "$BENCH/programs" ] || { echo "race_slowdown.sh: no benchmarks at $BENCH" >&2; exit 2; }
GOPP=$(cd "$(dirname "$GOPP")" && pwd)/$(basename "$GOPP")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# name and size: the middle --scaling size of run.sh's table.
sizes=$(awk '/^SUITE="/{on=1; next} on && /^"/{exit} on && NF==3 {split($3, s, ","); print $1, s[2]}' "$BENCH/run.sh")

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# Runs BIN ARG RUNS times; prints "median-seconds median-rss-MB checksum".
measure() {
	local bin=$1 arg=$2 t rss line=""
	: >"$work/t"
	: >"$work/m"
	for _ in $(seq "$RUNS"); do
		if ! /usr/bin/time -f '%e %M' -o "$work/tm" "$bin" "$arg" >"$work/out" 2>"$work/err"; then
			echo "FAIL"
			return
		fi
		read -r t rss <"$work/tm"
		echo "$t" >>"$work/t"
		echo "$((rss / 1024))" >>"$work/m"
		line=$(tail -1 "$work/out")
	done
	echo "$(median <"$work/t") $(median <"$work/m") $line"
}

printf '%-16s %9s %9s %7s   %9s %9s %7s %9s\n' program go go-race slow gopp gopp-race slow race-RSS
status=0
while read -r name size; do
	[ -n "$ONLY" ] && [[ ",$ONLY," != *",$name,"* ]] && continue
	src=$BENCH/programs/$name/main.go
	d=$work/$name
	mkdir -p "$d"
	ok=1
	(cd "$d" && GO111MODULE=off go build -o go.bin "$src" && GO111MODULE=off go build -race -o gorace.bin "$src") >/dev/null 2>&1 || ok=0
	"$GOPP" build -o "$d/gopp.bin" "$src" >/dev/null 2>&1 || ok=0
	"$GOPP" build -race -o "$d/gopprace.bin" "$src" >/dev/null 2>&1 || ok=0
	if [ $ok = 0 ]; then
		echo "$name: build failed"
		status=1
		continue
	fi
	read -r g _ gsum <<<"$(measure "$d/go.bin" "$size")"
	read -r gr _ grsum <<<"$(measure "$d/gorace.bin" "$size")"
	read -r p _ psum <<<"$(measure "$d/gopp.bin" "$size")"
	read -r pr prm prsum <<<"$(measure "$d/gopprace.bin" "$size")"
	if [ "$g" = FAIL ] || [ "$gr" = FAIL ] || [ "$p" = FAIL ] || [ "$pr" = FAIL ]; then
		echo "$name: a run failed"
		status=1
		continue
	fi
	if [ "$gsum" != "$grsum" ] || [ "$gsum" != "$psum" ] || [ "$gsum" != "$prsum" ]; then
		echo "$name: checksums differ: go '$gsum' go-race '$grsum' gopp '$psum' gopp-race '$prsum'"
		status=1
	fi
	ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1fx", a / b; else print "-" }'; }
	printf '%-16s %8ss %8ss %7s   %8ss %8ss %7s %7sMB\n' "$name($size)" "$g" "$gr" "$(ratio "$gr" "$g")" \
		"$p" "$pr" "$(ratio "$pr" "$p")" "$prm"
done <<<"$sizes"
exit $status
