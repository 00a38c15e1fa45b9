#!/usr/bin/env bash
# Measures the CPU an idle gopp program burns: 100,000 goroutines blocked
# on channels and main asleep (issue: the runtime; Go's own such program
# uses about 0%). Prints the CPU seconds the process used over 2 s of
# wall time after it said "ready" (from /proc/PID/stat: utime + stime).
# A measurement, not a test: run it by hand.
#
#   bash scripts/idle_cpu.sh [GOPP]
set -eu
gopp=${1:-build/bin/gopp}
work=$(mktemp -d)
trap 'rm -rf "$work"; kill %1 2>/dev/null || true' EXIT
cat >"$work/idle.go" <<'GO'
package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	block := make(chan int)
	for i := 0; i < 100000; i++ {
		go func() { <-block }()
	}
	fmt.Fprintln(os.Stderr, "ready")
	time.Sleep(4 * time.Second)
}
GO
"$gopp" build -o "$work/idle" "$work/idle.go"
"$work/idle" 2>"$work/err" &
pid=$!
until grep -q ready "$work/err" 2>/dev/null; do sleep 0.05; done
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
a=$(ticks)
sleep 2
b=$(ticks)
hz=$(getconf CLK_TCK)
echo "idle CPU over 2 s with 100000 blocked goroutines: $(echo "scale=3; ($b - $a) / $hz" | bc) s"
wait $pid
