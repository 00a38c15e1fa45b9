#!/usr/bin/env bash
# The accepting corpus: programs and packages that gc compiles, which
# `gopp check` must therefore accept without a diagnostic.
#
# Usage: run_accept.sh [--list] GOPP
#
#   (a) every `// run` program and `// compile` file of
#       $(go env GOROOT)/test (first line exactly that, in the directories
#       Go's test/run.go runs: ., ken, chan, interface, fixedbugs,
#       typeparam, ...; no rundir); compile files are checked with
#       -complete=false, as Go's harness compiles them with plain gc
#       whose imports are all listed in supported_packages.txt (beside this
#       script); a program without imports is selected too;
#   (c) the programs of tests/conformance (gopp's own corpus);
#   (b) every package of $(go env GOROOT)/src (not internal, vendor or cmd)
#       whose imports are all in supported_packages.txt (found with
#       `go list std`: today 26, among them unicode/utf8, unicode/utf16,
#       container/list, container/ring and container/heap), each checked as
#       a directory (`gopp check DIR` takes its non-test .go files).
#
# Each failure (a non-zero exit, or anything printed on standard error) is
# reported on one line; the closing line is
#   accept: N of M programs, K of L packages checked without error
#   (programs count both groups (a) and (c))
# and the exit status is 1 if anything failed.
#
# --list prints the selected programs and packages (one path a line, then
# a count) and checks nothing; GOPP may then be omitted.
# GOROOT_DIR overrides $(go env GOROOT).
set -u

here=$(cd "$(dirname "$0")" && pwd)
supported="$here/supported_packages.txt"

list=0
gopp=""
for arg in "$@"; do
  case "$arg" in
    --list) list=1 ;;
    -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
    -*) echo "run_accept.sh: unknown option $arg" >&2; exit 2 ;;
    *)
      if [ -n "$gopp" ]; then echo "run_accept.sh: more than one GOPP given" >&2; exit 2; fi
      gopp=$arg ;;
  esac
done
if [ "$list" = 0 ] && [ -z "$gopp" ]; then
  echo "usage: run_accept.sh [--list] GOPP" >&2
  exit 2
fi
if [ -n "$gopp" ] && [ ! -x "$gopp" ]; then
  echo "run_accept.sh: $gopp is not an executable" >&2
  exit 2
fi

goroot=${GOROOT_DIR:-$(go env GOROOT)}

# The GOROOT packages whose imports are all supported ("unsafe" aside).
mapfile -t packages < <(
  sup=" $(grep -v '^#' "$supported" | sed 's/#.*//' | tr '\n' ' ') unsafe "
  GOROOT="$goroot" go list -f '{{.ImportPath}} {{join .Imports " "}}' std 2>/dev/null |
    while read -r p imps; do
      case $p in vendor/* | *internal* | cmd/* | unsafe) continue ;; esac
      ok=1
      for i in $imps; do
        case "$sup" in *" $i "*) ;; *) ok=0 ;; esac
      done
      [ "$ok" = 1 ] && echo "$p"
    done
)
testdir="$goroot/test"
if [ ! -d "$testdir" ] || [ ! -d "$goroot/src" ]; then
  echo "run_accept.sh: $goroot has no test/ or src/ directory" >&2
  exit 2
fi

# Select the programs: first line `// run`, every import in the supported
# list. Imports are read from the file's header (after the package clause,
# before the first other declaration), comments removed, for the single
# (`import "p"`, `import name "p"`) and grouped (`import ( ... )`) forms.
mapfile -t programs < <(python3 - "$supported" "$testdir" <<'PY'
import os, re, sys

supported_file, testdir = sys.argv[1], sys.argv[2]
with open(supported_file) as f:
    supported = {l.split('#', 1)[0].strip() for l in f} - {''}

COMMENT = re.compile(r'//[^\n]*|/\*.*?\*/', re.S)
STRING = r'"(?:[^"\\\n]|\\.)*"|`[^`]*`'
SPEC = re.compile(r'(?:[A-Za-z_]\w*|\.)?\s*(' + STRING + ')')
DECL = re.compile(r'\bimport\s*(\((.*?)\)|(?:[A-Za-z_]\w*|\.)?\s*(?:' + STRING + '))', re.S)
OTHER = re.compile(r'^\s*(func|type|var|const)\b', re.M)

def imports(src):
    src = COMMENT.sub(' ', src)   # import paths never contain // or /*
    m = OTHER.search(src)
    header = src[:m.start()] if m else src
    paths = []
    for d in DECL.finditer(header):
        body = d.group(2) if d.group(2) is not None else d.group(1)
        for s in SPEC.finditer(body):
            lit = s.group(1)
            paths.append(lit[1:-1])
    return paths

# The directories Go's own harness runs (test/run.go's `dirs`).
dirs = ['.']
with open(os.path.join(testdir, 'run.go'), encoding='utf-8') as f:
    m = re.search(r'dirs\s*=\s*\[\]string\{([^}]*)\}', f.read())
    if m:
        dirs = re.findall(r'"([^"]+)"', m.group(1))
names = []
for d in dirs:
    full = os.path.join(testdir, d)
    if os.path.isdir(full):
        names += [os.path.normpath(os.path.join(d, n)) for n in os.listdir(full)]
for name in sorted(names):
    path = os.path.join(testdir, name)
    if not name.endswith('.go') or not os.path.isfile(path):
        continue
    with open(path, encoding='utf-8', errors='replace') as f:
        src = f.read()
    first = src.split('\n', 1)[0].rstrip()
    if first not in ('// run', '// compile'):
        continue
    if all(p in supported for p in imports(src)):
        print(path)
PY
)

# (c) gopp's own conformance corpus (tests/conformance): every program
# there is built by go, so gopp check must accept it.
mapfile -t conformance < <(find "$here/../conformance" -name '*.go' | sort)
programs+=("${conformance[@]}")

if [ "$list" = 1 ]; then
  printf '%s\n' "${programs[@]}"
  for p in "${packages[@]}"; do echo "$goroot/src/$p"; done
  echo "${#programs[@]} programs, ${#packages[@]} packages"
  exit 0
fi

# Runs `gopp check TARGET`; prints a one-line failure and returns 1 unless
# it exits 0 with nothing on standard error.
check() {
  local target=$1 out status
  # `// compile` tests are compiled by plain gc (bodyless functions
  # allowed); `// run` programs as go build compiles them.
  local flags=()
  if [ -f "$target" ] && [ "$(head -1 "$target")" = "// compile" ]; then
    flags=(-complete=false)
  fi
  out=$(timeout 120 "$gopp" check "${flags[@]}" "$target" 2>&1 >/dev/null)
  status=$?
  if [ "$status" -eq 0 ] && [ -z "$out" ]; then
    return 0
  fi
  local first=${out%%$'\n'*}
  if [ "$status" -eq 124 ]; then
    first="timed out after 120s"
  elif [ "$status" -gt 128 ]; then
    first="killed by signal $((status - 128))${first:+: $first}"
  fi
  local nlines
  nlines=$(printf '%s\n' "$out" | grep -c .)
  echo "FAIL $target (exit $status, $nlines lines): $first"
  return 1
}

prog_ok=0
for f in "${programs[@]}"; do
  check "$f" && prog_ok=$((prog_ok + 1))
done
pkg_ok=0
for p in "${packages[@]}"; do
  check "$goroot/src/$p" && pkg_ok=$((pkg_ok + 1))
done

echo "accept: $prog_ok of ${#programs[@]} programs, $pkg_ok of ${#packages[@]} packages checked without error"
if [ "$prog_ok" -ne "${#programs[@]}" ] || [ "$pkg_ok" -ne "${#packages[@]}" ]; then
  exit 1
fi
exit 0
