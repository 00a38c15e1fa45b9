#!/usr/bin/env bash
# Parse-corpus agreement test for gopp's parser.
#
# What: parses every .go file under $(go env GOROOT)/src (about 5,500 files)
# with both Go's own parser (go/parser, via the small helper in ./goparse)
# and gopp's parser (`GOPP_BINARY parse`), then compares the two verdicts
# file by file:
#   - both accept                                   -> agree
#   - both reject, first error on the same line     -> agree
#   - anything else                                 -> disagree
# It also reports parsing throughput of both parsers, both in-process
# (parse time only, from each tool's own stats line) and whole-process wall
# time.
#
# Why: the Go standard library and toolchain sources are a large, real-world,
# version-matched corpus, including deliberately malformed test inputs, so
# they exercise the accept/reject boundary of the grammar as well as the
# happy path.
#
# Usage: run.sh GOPP_BINARY [--update-known]
#
# Known disagreements live in known_disagreements.txt next to this script,
# one per line: "relative/path/from/GOROOT/src.go: reason". The script fails
# (exit 1) if
#   (a) any disagreement is not listed there ("NEW"), or
#   (b) the number of disagreements exceeds 0.1% of the files (floor(N/1000)),
# or if gopp crashes / behaves inconsistently. Listed entries that now agree
# are printed as "stale entry" but do not fail the run. With --update-known,
# NEW disagreements are appended to the file with reason "TODO: explain" and
# then count as known (never use this in CI).
#
# Exit status: 0 pass, 1 test failure, 2 usage or setup error.
#
# Environment knobs (mostly for testing this script itself):
#   GO                         go command to use (default: go)
#   PARSE_CORPUS_FORCE_XARGS=1 run gopp through xargs in batches even when a
#                              single invocation would fit in ARG_MAX
#   PARSE_CORPUS_LIST=FILE     use this list of absolute .go paths instead of
#                              the whole GOROOT/src tree (paths must be
#                              under the symlink-resolved GOROOT/src, e.g.
#                              /usr/share/go-1.19/src on Debian)

set -euo pipefail
export LC_ALL=C

usage() {
	echo "usage: $0 GOPP_BINARY [--update-known]" >&2
	exit 2
}
die() {
	echo "run.sh: $*" >&2
	exit 2
}

# ---------------------------------------------------------------- arguments
if [ $# -lt 1 ] || [ $# -gt 2 ]; then usage; fi
gopp_arg=$1
update_known=0
if [ $# -eq 2 ]; then
	[ "$2" = "--update-known" ] || usage
	update_known=1
fi
gopp=$(command -v -- "$gopp_arg") || die "gopp binary not found or not executable: $gopp_arg"
case $gopp in /*) ;; *) gopp=$PWD/$gopp ;; esac
[ -x "$gopp" ] || die "gopp binary not executable: $gopp"

here=$(cd "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)
known_file=$here/known_disagreements.txt
[ -f "$known_file" ] || die "missing $known_file"

GO=${GO:-go}
command -v -- "$GO" >/dev/null || die "go command not found: $GO"

# ---------------------------------------------------------------- temp dir
tmp=$(mktemp -d "${TMPDIR:-/tmp}/parse_corpus.XXXXXX")
cleanup() {
	chmod -R u+w -- "$tmp" 2>/dev/null || true
	rm -rf -- "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

now() { date +%s.%N; }
# elapsed START END -> seconds, with 3 decimals
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }

# ---------------------------------------------------------------- file list
goroot=$("$GO" env GOROOT) || die "go env GOROOT failed"
[ -d "$goroot/src" ] || die "no src directory in GOROOT $goroot"
# Resolve symlinks (Debian: /usr/lib/go-1.19/src -> /usr/share/go-1.19/src)
# so every path we hand out is canonical and shares one prefix.
src=$(cd "$goroot/src" && pwd -P)

list=$tmp/files.txt
if [ -n "${PARSE_CORPUS_LIST:-}" ]; then
	LC_ALL=C sort -u -- "$PARSE_CORPUS_LIST" >"$list"
else
	# -type f: GOROOT has a directory named not_a_file.go (go/parser testdata).
	find -L "$src" -type f -name '*.go' | LC_ALL=C sort >"$list"
fi
nfiles=$(wc -l <"$list")
nfiles=${nfiles//[[:space:]]/}
[ "$nfiles" -gt 0 ] || die "no .go files found under $src"
echo "corpus: $nfiles .go files under $src"

# ---------------------------------------------------------------- go/parser
# Build the reference helper. It has its own go.mod and no dependencies, so
# module mode works offline; GOPROXY=off guarantees no network access and
# GOFLAGS/GOWORK are cleared so user settings cannot interfere.
gocache=$("$GO" env GOCACHE 2>/dev/null || true)
if [ -z "$gocache" ] || [ "$gocache" = off ] ||
	! mkdir -p -- "$gocache" 2>/dev/null || [ ! -w "$gocache" ]; then
	gocache=$tmp/gocache
fi
if ! (cd "$here/goparse" &&
	GOCACHE=$gocache GOPROXY=off GOFLAGS='' GOWORK=off GO111MODULE=on \
		GOTOOLCHAIN=local "$GO" build -o "$tmp/goparse" .) >"$tmp/build.log" 2>&1; then
	cat "$tmp/build.log" >&2
	die "building goparse failed"
fi

t0=$(now)
"$tmp/goparse" "$list" >"$tmp/go.out" 2>"$tmp/go.err" || {
	cat "$tmp/go.err" >&2
	die "goparse failed"
}
t1=$(now)
go_wall=$(elapsed "$t0" "$t1")

# ---------------------------------------------------------------- gopp
# Preferably one single invocation with every file as an argument. Check it
# fits in ARG_MAX: argument and environment strings (with their NULs) plus
# one pointer per string, plus a safety margin.
mapfile -t files <"$list"
arg_max=$(getconf ARG_MAX 2>/dev/null || echo 131072)
list_bytes=$(wc -c <"$list") # = sum of (len+1) over paths, lines end in \n
env_bytes=$(env | wc -c)
env_count=$(env | wc -l)
need=$((list_bytes + ${#gopp} + 1 + 6 + 7 + 8 * (nfiles + 3 + env_count + 2) + env_bytes + 8 * env_count))
margin=16384

gopp_status=0
if [ -z "${PARSE_CORPUS_FORCE_XARGS:-}" ] && [ "$need" -lt $((arg_max - margin)) ]; then
	gopp_mode="single invocation"
	t0=$(now)
	"$gopp" parse -stats "${files[@]}" >"$tmp/gopp.out" 2>"$tmp/gopp.err" || gopp_status=$?
	t1=$(now)
	case $gopp_status in
	0) gopp_verdict=all-accepted ;;
	1) gopp_verdict=some-rejected ;;
	*) gopp_verdict=crashed ;;
	esac
else
	# Fallback: batches via xargs. Wall time then naturally sums over the
	# batches; the per-batch stats lines are summed below. xargs exits 123
	# if some invocation exited 1-125, i.e. gopp rejected something.
	gopp_mode="xargs batches"
	xargs_opts=()
	[ -n "${PARSE_CORPUS_FORCE_XARGS:-}" ] && xargs_opts=(-n 1000)
	t0=$(now)
	xargs -d '\n' "${xargs_opts[@]}" -- "$gopp" parse -stats <"$list" \
		>"$tmp/gopp.out" 2>"$tmp/gopp.err" || gopp_status=$?
	t1=$(now)
	case $gopp_status in
	0) gopp_verdict=all-accepted ;;
	123) gopp_verdict=some-rejected ;; # cannot tell exit 1 from 2..125 here
	*) gopp_verdict=crashed ;;
	esac
fi
gopp_wall=$(elapsed "$t0" "$t1")
echo "gopp: $gopp_mode, exit status $gopp_status"

if [ -s "$tmp/gopp.out" ]; then
	echo "warning: gopp wrote to stdout (expected nothing); first lines:"
	head -n 5 -- "$tmp/gopp.out" | sed 's/^/  | /'
fi

# ---------------------------------------------------------------- compare
# One awk program reads the file list, both parsers' outputs and the known
# list, prints the report, and writes any NEW entries (for --update-known)
# to $tmp/new_entries. Its exit status is the test result.
report_status=0
# Paths go through the environment (awk -v would interpret backslashes).
PC_LIST=$list PC_GO_OUT=$tmp/go.out PC_GO_ERR=$tmp/go.err \
PC_GOPP_ERR=$tmp/gopp.err PC_KNOWN=$known_file PC_NEW=$tmp/new_entries \
PC_SRC=$src/ \
awk \
	-v update_known="$update_known" \
	-v gopp_verdict="$gopp_verdict" -v gopp_status="$gopp_status" \
	-v go_wall="$go_wall" -v gopp_wall="$gopp_wall" '
# Split a diagnostic "path:line:col: message" (col optional) into
# D_PATH, D_LINE, D_COL, D_MSG. Returns 0 if the line does not look like one.
function split_diag(s,    p, rest, nums) {
	if (!match(s, /:[0-9]+(:[0-9]+)?:( |$)/))
		return 0
	D_PATH = substr(s, 1, RSTART - 1)
	nums = substr(s, RSTART + 1, RLENGTH - 1)   # "L:C: " or "L: "
	rest = substr(s, RSTART + RLENGTH)
	sub(/:? ?$/, "", nums)
	p = index(nums, ":")
	if (p) { D_LINE = substr(nums, 1, p - 1) + 0; D_COL = substr(nums, p + 1) + 0 }
	else   { D_LINE = nums + 0; D_COL = 0 }
	D_MSG = rest
	return 1
}
# Parse "NAME: N files, B bytes, T seconds parsing". Sets S_N, S_B, S_T.
function split_stats(s, name,    f) {
	if (s !~ ("^" name ": [0-9]+ files, [0-9]+ bytes, [0-9.eE+-]+ seconds parsing"))
		return 0
	split(s, f, /[ ,]+/)
	S_N = f[2] + 0; S_B = f[4] + 0; S_T = f[6] + 0
	return 1
}
function rel(p) {
	return (index(p, src) == 1) ? substr(p, length(src) + 1) : p
}
function mbps(bytes, secs) {
	return (secs > 0) ? sprintf("%.1f", bytes / 1e6 / secs) : "n/a"
}
BEGIN {
	list = ENVIRON["PC_LIST"]; known_file = ENVIRON["PC_KNOWN"]
	go_out = ENVIRON["PC_GO_OUT"]; go_err = ENVIRON["PC_GO_ERR"]
	gopp_err = ENVIRON["PC_GOPP_ERR"]; new_entries = ENVIRON["PC_NEW"]
	src = ENVIRON["PC_SRC"]
	status = 0; nnew_appended = 0

	# --- corpus list, in (LC_ALL=C sorted) order
	n = 0
	while ((getline line < list) > 0) {
		if (line == "") continue
		files[++n] = line
		in_list[line] = 1
	}
	close(list)

	# --- go/parser: one line per rejected file, first error only
	while ((getline line < go_out) > 0) {
		if (!split_diag(line) || !(D_PATH in in_list)) {
			print "internal error: unexpected goparse output: " line
			status = 1
			continue
		}
		go_rej[D_PATH] = 1; go_line[D_PATH] = D_LINE; go_msg[D_PATH] = D_LINE ":" D_COL ": " D_MSG
	}
	close(go_out)
	go_stats = 0
	while ((getline line < go_err) > 0)
		if (split_stats(line, "goparse")) { go_stats = 1; go_n = S_N; go_b = S_B; go_t = S_T }
	close(go_err)

	# --- gopp: diagnostics on stderr, possibly several per file; keep the
	# smallest (line, col) per file, which the interface promises is the
	# first one printed anyway. Stats lines are summed (several in xargs mode).
	gopp_stats = 0; gopp_n = 0; gopp_b = 0; gopp_t = 0
	nstray = 0; ndiag = 0
	while ((getline line < gopp_err) > 0) {
		if (split_stats(line, "gopp")) {
			gopp_stats++; gopp_n += S_N; gopp_b += S_B; gopp_t += S_T
			continue
		}
		if (split_diag(line) && (D_PATH in in_list)) {
			ndiag++
			p = D_PATH
			if (!(p in gopp_rej) || D_LINE < gopp_line[p] ||
			    (D_LINE == gopp_line[p] && D_COL < gopp_col[p])) {
				gopp_rej[p] = 1; gopp_line[p] = D_LINE; gopp_col[p] = D_COL
				gopp_msg[p] = D_LINE ":" D_COL ": " D_MSG
			}
			continue
		}
		stray[++nstray] = line
	}
	close(gopp_err)

	# --- known disagreements: "relpath: reason", # comments, blank lines
	nknown = 0
	while ((getline line < known_file) > 0) {
		sub(/^[ \t]+/, "", line); sub(/[ \t\r]+$/, "", line)
		if (line == "" || substr(line, 1, 1) == "#") continue
		p = index(line, ":")
		kpath = (p ? substr(line, 1, p - 1) : line)
		sub(/[ \t]+$/, "", kpath)
		if (!(kpath in known)) known_order[++nknown] = kpath
		known[kpath] = (p ? substr(line, p + 1) : "")
		sub(/^[ \t]+/, "", known[kpath])
	}
	close(known_file)

	# --- sanity checks on gopp behaviour
	if (gopp_verdict == "crashed") {
		print "FAIL: gopp exited with status " gopp_status " (crash or usage error); last stderr lines:"
		start = nstray - 9; if (start < 1) start = 1
		for (i = start; i <= nstray; i++) print "  | " stray[i]
		status = 1
	} else if (gopp_verdict == "some-rejected" && ndiag == 0) {
		print "FAIL: gopp exited with status " gopp_status " but printed no diagnostic for any corpus file"
		status = 1
	} else if (gopp_verdict == "all-accepted" && ndiag > 0) {
		print "warning: gopp exited 0 but printed " ndiag " diagnostics; treating them as rejections"
	}
	if (nstray > 0 && gopp_verdict != "crashed") {
		print "warning: " nstray " unrecognized gopp stderr lines; first ones:"
		for (i = 1; i <= nstray && i <= 5; i++) print "  | " stray[i]
	}
	if (gopp_stats == 0)
		print "warning: no \"gopp: N files, B bytes, T seconds parsing\" line from gopp -stats"
	else if (gopp_n != n && gopp_verdict != "crashed")
		print "warning: gopp -stats counted " gopp_n " files, corpus has " n

	# --- per-file comparison
	agree = 0; dis = 0; nnew = 0; nknown_hit = 0; go_nrej = 0; gopp_nrej = 0
	for (i = 1; i <= n; i++) {
		f = files[i]; r = rel(f)
		g = (f in go_rej); o = (f in gopp_rej)
		go_nrej += g; gopp_nrej += o
		if (!g && !o) { agree++; continue }
		if (g && o && go_line[f] == gopp_line[f]) { agree++; continue }
		if (!g)     kind = "go accepts, gopp rejects"
		else if (!o) kind = "go rejects, gopp accepts"
		else        kind = "both reject, different first line (go " go_line[f] ", gopp " gopp_line[f] ")"
		dis++
		seen_dis[r] = 1
		if (r in known) {
			tag = "known"; nknown_hit++
		} else if (update_known) {
			tag = "NEW (appended to known list)"
			print r ": TODO: explain" > new_entries
			nnew_appended++
		} else {
			tag = "NEW"; nnew++
		}
		print tag ": " r ": " kind
		if (r in known) print "    reason: " known[r]
		print "    go:   " (g ? go_msg[f] : "(accepted)")
		print "    gopp: " (o ? gopp_msg[f] : "(accepted)")
	}
	close(new_entries)

	# --- stale entries in the known list (informational only)
	for (i = 1; i <= nknown; i++) {
		k = known_order[i]
		if (k in seen_dis) continue
		if (!((src k) in in_list))
			print "stale entry (file not in corpus): " k
		else
			print "stale entry (parsers now agree): " k
	}

	# --- summary
	limit = int(n / 1000)
	print ""
	printf "parse corpus: %d files, %d agree, %d disagree (%.2f%%)\n", n, agree, dis, (n ? 100 * agree / n : 0)
	printf "rejected: go/parser %d files, gopp %d files\n", go_nrej, gopp_nrej
	printf "disagreements: %d known, %d NEW%s; at most %d allowed (0.1%% of files)\n",
		nknown_hit + nnew_appended, nnew,
		(nnew_appended ? ", " nnew_appended " just appended to known list" : ""), limit

	# Throughput: in-process = parse time only, from each tool stats line;
	# wall = whole process (startup, reading, parsing, output). MB = 10^6 bytes.
	# The wall rates both use the corpus size measured by goparse.
	if (go_stats && gopp_stats) {
		x = mbps(go_b, go_t); y = mbps(gopp_b, gopp_t)
		ratio = (go_t > 0 && gopp_t > 0) ? sprintf("%.2f", (gopp_b / gopp_t) / (go_b / go_t)) : "n/a"
		printf "go/parser: %s MB/s (parse only), gopp: %s MB/s (parse only), ratio Y/X = %s\n", x, y, ratio
		printf "  (parse time: go/parser %.3f s, gopp %.3f s; %d bytes)\n", go_t, gopp_t, go_b
	} else {
		print "go/parser: " (go_stats ? mbps(go_b, go_t) : "n/a") " MB/s (parse only), gopp: n/a MB/s (parse only), ratio Y/X = n/a"
	}
	if (go_stats) {
		x = mbps(go_b, go_wall); y = mbps(go_b, gopp_wall)
		ratio = (go_wall > 0 && gopp_wall > 0) ? sprintf("%.2f", go_wall / gopp_wall) : "n/a"
		printf "go/parser: %s MB/s (wall, %.3f s), gopp: %s MB/s (wall, %.3f s), ratio Y/X = %s\n", x, go_wall, y, gopp_wall, ratio
	}

	if (nnew > 0) {
		print "FAIL: " nnew " disagreement(s) not listed in known_disagreements.txt"
		status = 1
	}
	if (dis > limit) {
		print "FAIL: " dis " disagreements exceed the limit of " limit " (0.1% of " n " files)"
		status = 1
	}
	print (status ? "parse corpus: FAIL" : "parse corpus: PASS")
	exit status
}' || report_status=$?

# ---------------------------------------------------------------- update
if [ "$update_known" = 1 ] && [ -s "$tmp/new_entries" ]; then
	# Make sure the file ends in a newline before appending.
	if [ -s "$known_file" ] && [ -n "$(tail -c 1 -- "$known_file")" ]; then
		echo >>"$known_file"
	fi
	cat -- "$tmp/new_entries" >>"$known_file"
	echo "appended $(wc -l <"$tmp/new_entries") entries to $known_file"
fi

exit "$report_status"
