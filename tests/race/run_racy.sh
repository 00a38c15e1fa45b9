#!/usr/bin/env bash
# The racy corpus (racy/*.go): each program must be reported by the race
# detector with the pairs of Go lines in racy/NAME.race (README.md).
#
#   bash tests/race/run_racy.sh GOPP [--lines-only] [FILE.go...]
#       build each with `GOPP build -race -o prog FILE.go`, run it (120 s),
#       and check: exit status 66; stdout equals NAME.out; at least one
#       "WARNING: DATA RACE" report; the pairs reported are a non-empty
#       subset of NAME.race (--lines-only: ignoring function names); the
#       last stderr line is "Found N data race(s)" with N the number of
#       reports. Prints PASS/FAIL per program, then "N passed, M failed";
#       exits 1 if any failed.
#   bash tests/race/run_racy.sh --oracle [--write] [--runs N]
#       the same programs with `go build -race`, each run N times (10):
#       every run must exit 66 and report the same pairs; compares them
#       and stdout with NAME.race and NAME.out (--write rewrites those).
#   bash tests/race/run_racy.sh --selftest
#       the report parser on built-in samples, then the GOPP check with go
#       standing in for gopp (Go's own reports must pass it).
exec python3 "$(dirname "$0")/racecheck.py" racy "$@"
