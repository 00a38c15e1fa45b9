#!/usr/bin/env bash
# Re-derive the expected results of the conformance corpus with the installed
# Go toolchain and compare them with the files in the repository.
#
#   bash tests/conformance/oracle.sh [--write] [FILE.go | DIR]...
#
# Without arguments every tests/conformance/*/*.go is checked. For each
# program: `go build` into a temporary directory, run the binary there with
# no arguments and empty stdin, and compare
#   stdout            with NAME.out
#   the exit status   with NAME.status (absent means 0)
#   stderr, cut       with NAME.err (only when the status is not 0)
# The cut keeps stderr up to, not including, the first line that starts with
# "goroutine ", and drops the blank lines at its end (see README.md).
#
# Programs whose second line is "// gopp: requires go1.22" or
# "// gopp: go1.22 semantics; ..." have hand-written expectations; they are
# skipped when the installed Go is older than 1.22, and checked otherwise.
# "// gopp: go1.23 semantics; ..." (Go 1.23's timer channels) likewise
# waits for Go 1.23.
#
# --write rewrites the expected files of every program it does not skip
# (use it for new programs, then review the results by hand).
#
# A program that differs is run twice more; if a retry agrees, the first
# difference is printed and the program named as timing-dependent, but not
# counted as differing.
#
# Prints each difference, then "N agree, M differ, K skipped"; exits 1 if any
# program differs (or fails to build), 0 otherwise.

set -u

here=$(cd "$(dirname "$0")" && pwd)
write=0
args=()
for a in "$@"; do
  case "$a" in
    --write) write=1 ;;
    -h|--help) sed -n '2,25p' "$0"; exit 0 ;;
    *) args+=("$a") ;;
  esac
done

if ! command -v go >/dev/null 2>&1; then
  echo "oracle.sh: no go command in PATH" >&2
  exit 2
fi
export GOTOOLCHAIN=local GOFLAGS= GO111MODULE=on
unset GOTRACEBACK GODEBUG
gover=$(go env GOVERSION)           # e.g. go1.19.8
minor=$(echo "$gover" | sed -E 's/^go1\.([0-9]+).*/\1/')
case "$minor" in ''|*[!0-9]*) echo "oracle.sh: cannot parse Go version '$gover'" >&2; exit 2 ;; esac

tmp=$(mktemp -d "${TMPDIR:-/tmp}/gopp-oracle.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

files=()
if [ ${#args[@]} -eq 0 ]; then
  while IFS= read -r f; do files+=("$f"); done < <(find "$here" -mindepth 2 -name '*.go' | sort)
else
  for a in "${args[@]}"; do
    if [ -d "$a" ]; then
      while IFS= read -r f; do files+=("$f"); done < <(find "$a" -name '*.go' | sort)
    else
      files+=("$a")
    fi
  done
fi

# cut_stderr: keep lines before the first traceback (a line that starts
# with "goroutine " or "runtime stack:"), minus those
# that print an address (0x and six or more hex digits), drop trailing
# blank lines.
cut_stderr() {
  awk '/^(goroutine |runtime stack:)/{exit} /0x[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]/{next} {l[n++]=$0} END{while(n>0 && l[n-1]=="") n--; for(i=0;i<n;i++) print l[i]}' "$1"
}

# run_and_compare: run $tmp/prog as the oracle does, (with --write) store
# what it printed, and set ok (1 or 0) and report (what differs).
run_and_compare() {
  (cd "$tmp" && timeout 60 ./prog </dev/null >"$tmp/stdout" 2>"$tmp/stderr")
  status=$?
  cut_stderr "$tmp/stderr" >"$tmp/err"

  if [ "$write" = 1 ]; then
    cp "$tmp/stdout" "$base.out"
    if [ "$status" -ne 0 ]; then
      echo "$status" >"$base.status"
      cp "$tmp/err" "$base.err"
    else
      rm -f "$base.status" "$base.err"
    fi
  fi

  ok=1; report=""
  if [ -f "$base.out" ]; then
    if ! cmp -s "$base.out" "$tmp/stdout"; then
      ok=0; report+="--- stdout differs:"$'\n'"$(diff "$base.out" "$tmp/stdout" | head -40)"$'\n'
    fi
  else
    ok=0; report+="--- missing $(basename "$base").out"$'\n'
  fi
  want_status=0
  [ -f "$base.status" ] && want_status=$(tr -d ' \n' <"$base.status")
  if [ "$status" != "$want_status" ]; then
    ok=0; report+="--- exit status: want $want_status, got $status"$'\n'
  fi
  if [ "$status" -ne 0 ]; then
    if [ ! -f "$base.err" ]; then
      ok=0; report+="--- missing $(basename "$base").err"$'\n'
    elif ! cmp -s "$base.err" "$tmp/err"; then
      ok=0; report+="--- stderr differs:"$'\n'"$(diff "$base.err" "$tmp/err" | head -40)"$'\n'
    fi
  fi
}

agree=0; differ=0; skipped=0; flaky=()
for f in "${files[@]}"; do
  f=$(cd "$(dirname "$f")" && pwd)/$(basename "$f")
  rel=${f#"$here"/}
  base=${f%.go}
  line2=$(sed -n 2p "$f")
  case "$line2" in
    "// gopp: requires go1.22"*|"// gopp: go1.22 semantics"*)
      if [ "$minor" -lt 22 ]; then skipped=$((skipped+1)); continue; fi ;;
    "// gopp: go1.23 semantics"*)
      if [ "$minor" -lt 23 ]; then skipped=$((skipped+1)); continue; fi ;;
  esac

  rm -f "$tmp/prog"
  # Programs importing golang.org/x/sync build in GOPATH mode against the
  # Debian package golang-golang-x-sync-dev (no module download).
  gomode=()
  if grep -q '"golang.org/x/sync/' "$f"; then
    gomode=(env GO111MODULE=off GOPATH=/usr/share/gocode)
  fi
  if ! (cd "$tmp" && "${gomode[@]}" go build -o "$tmp/prog" "$f") >"$tmp/build.log" 2>&1; then
    echo "=== $rel: go build failed"
    sed 's/^/    /' "$tmp/build.log"
    differ=$((differ+1))
    continue
  fi
  run_and_compare
  # A program whose go binary differs is run twice more: a difference that
  # does not repeat is Go's own timing under load (CI runs this beside the
  # other tests on two cores), reported by name but not counted; one that
  # repeats is a real disagreement.
  if [ "$ok" = 0 ] && [ "$write" = 0 ]; then
    first=$report
    for retry in 1 2; do
      run_and_compare
      [ "$ok" = 1 ] && break
    done
    if [ "$ok" = 1 ]; then
      flaky+=("$rel")
      echo "=== $rel: differed once, agreed on retry $retry (timing-dependent under go?)"
      printf '%s' "$first"
    fi
  fi

  if [ "$ok" = 1 ]; then
    agree=$((agree+1))
  else
    differ=$((differ+1))
    echo "=== $rel"
    printf '%s' "$report"
  fi
done

echo "($gover)"
echo "$agree agree, $differ differ, $skipped skipped"
if [ ${#flaky[@]} -gt 0 ]; then
  echo "agreed only on a retry: ${flaky[*]}"
fi
[ "$differ" -eq 0 ]
