#!/usr/bin/env bash
# No false positives: every conformance program that uses goroutines (a go
# statement, or an import of sync, sync/atomic, context, time or
# golang.org/x/sync/errgroup) and every program in tests/race/clean/ runs
# clean in a race build (README.md).
#
#   bash tests/race/run_clean.sh GOPP [-j N] [FILE.go|DIR]...
#       build each with `GOPP build -race -o prog FILE.go`, run it in a
#       fresh directory with no arguments and empty stdin (120 s), and pass
#       it when stderr has no "WARNING: DATA RACE", the exit status is
#       NAME.status (absent: 0), stdout is NAME.out and, for a non-zero
#       status, the cut stderr is NAME.err (as tests/conformance/run_one.sh).
#       Files or directories given restrict the run to them. -j N runs N
#       programs at once. Prints PASS/FAIL/SKIP per program, then
#       "N passed, M failed, K skipped" and the skip reasons; exits 1 if any
#       failed.
#   bash tests/race/run_clean.sh --oracle [--write] [--runs N] [-j N] [FILE.go|DIR]...
#       the same with `go build -race`, each program run N times (1);
#       --write (re)writes clean/NAME.out from a race-free run (never the
#       conformance corpus's files).
#
# The programs skipped, and why, are listed in RACE_SKIP in racecheck.py.
exec python3 "$(dirname "$0")/racecheck.py" clean "$@"
