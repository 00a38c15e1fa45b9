#!/usr/bin/env python3
"""The race-detector corpus's checker (see README.md in this directory).

Run through the two wrappers beside it:

    bash tests/race/run_racy.sh GOPP               racy/ built with GOPP build -race
    bash tests/race/run_racy.sh --oracle [--write] [--runs N]
    bash tests/race/run_racy.sh --selftest         the report parser on Go's own output
    bash tests/race/run_clean.sh GOPP [-j N] [FILE.go|DIR]...
    bash tests/race/run_clean.sh --oracle [--write] [--runs N] [-j N] [FILE.go|DIR]...

The parser of race reports (Go's format, as `go build -race` prints it,
which gopp's race runtime prints too) is racereport.py; building and
running a program is racerun.py; this file compares with the expected
files, for the racy corpus, the clean set and the parser's self-test.
"""

import concurrent.futures
import os
import re
import sys

from racereport import *  # noqa: F401,F403 (the report parser)
from racerun import *  # noqa: F401,F403 (building, running, paths)


# ---------------------------------------------------------------------------
# Racy programs: run_racy.sh
# ---------------------------------------------------------------------------

def racy_files():
    return sorted(os.path.join(RACY, f) for f in os.listdir(RACY) if f.endswith(".go"))


def check_racy_run(r, want_out, want_pairs, lines_only=False, is_go=False):
    """The gopp-side checks of one run of a racy program; a list of failure
    reasons (empty: PASS)."""
    why = []
    if r.timed_out:
        return ["timed out after %d s" % RUN_TIMEOUT]
    if r.status != RACE_EXIT:
        why.append("exit status %d, want %d" % (r.status, RACE_EXIT))
    if r.stdout != want_out:
        why.append("stdout differs:\n" + diff_text(want_out, r.stdout))
    rep = parse_races(r.stderr)
    if rep["blocks"] == 0:
        why.append("no WARNING: DATA RACE report on stderr")
    for b in rep["bad"]:
        why.append("unparsed report: " + b)
    got = set(rep["pairs"])
    if rep["blocks"] and not got and not rep["bad"]:
        why.append("no access pair parsed")
    want = want_pairs
    if lines_only:
        got = set(strip_func(p) for p in got)
        want = set(strip_func(p) for p in want)
    if not is_go:
        got = set(strip_kind(p) for p in got)
        want = set(strip_kind(p) for p in want)
    extra = sorted(got - want)
    if extra:
        why.append("reported pairs not in the expectation:\n" +
                   "\n".join("    got  " + p for p in extra) + "\n" +
                   "\n".join("    want " + p for p in sorted(want)))
    if rep["found"] is None:
        why.append("last stderr line is not 'Found N data race(s)'")
    elif rep["found"] != rep["blocks"]:
        why.append("'Found %d data race(s)' but %d WARNING blocks" % (rep["found"], rep["blocks"]))
    if why:
        why.append("stderr (last lines):\n" + stderr_tail(r.stderr))
    return why


def racy_gopp(gopp, lines_only=False, is_go=False, files=None):
    passed = failed = 0
    for src in files or racy_files():
        base = src[:-3]
        name = rel(src)
        err, runs = build_and_run(gopp, src, is_go)
        if err:
            print("FAIL %s: %s" % (name, err.rstrip()))
            failed += 1
            continue
        missing = [e for e in (".out", ".race") if not os.path.exists(base + e)]
        if missing:
            print("FAIL %s: missing %s" % (name, ", ".join(missing)))
            failed += 1
            continue
        why = check_racy_run(runs[0], read_bytes(base + ".out"), read_race_file(base + ".race"),
                             lines_only, is_go)
        if why:
            print("FAIL %s: %s" % (name, "\n  ".join(why)))
            failed += 1
        else:
            print("PASS %s" % name)
            passed += 1
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


def racy_oracle(write, runs):
    """Builds every racy program with go build -race, runs it `runs` times,
    and re-derives NAME.race / NAME.out; every run must agree with the
    others (same stdout, same set of pairs, status 66)."""
    v, _ = go_minor()
    agree = differ = 0
    for src in racy_files():
        base = src[:-3]
        name = rel(src)
        err, results = build_and_run("go", src, True, runs)
        problems = []
        if err:
            print("=== %s: %s" % (name, err.rstrip()))
            differ += 1
            continue
        first = results[0]
        first_pairs = None
        for k, r in enumerate(results):
            tag = "run %d: " % (k + 1)
            if r.timed_out or r.status != RACE_EXIT:
                problems.append(tag + status_text(r) + ", want %d" % RACE_EXIT)
                continue
            rep = parse_races(r.stderr)
            problems += [tag + b for b in rep["bad"]]
            if rep["found"] != rep["blocks"]:
                problems.append(tag + "Found %s but %d blocks" % (rep["found"], rep["blocks"]))
            pairs = set(rep["pairs"])
            if not pairs:
                problems.append(tag + "no race reported")
            if first_pairs is None:
                first_pairs = pairs
            elif pairs != first_pairs:
                problems.append(tag + "pairs differ from run 1:\n" +
                                "\n".join("    run 1: " + p for p in sorted(first_pairs)) + "\n" +
                                "\n".join("    now:   " + p for p in sorted(pairs)))
            if r.stdout != first.stdout:
                problems.append(tag + "stdout differs from run 1")
        if not problems and write:
            with open(base + ".race", "w") as f:
                f.write(format_race_file(first_pairs))
            with open(base + ".out", "wb") as f:
                f.write(first.stdout)
        if not problems:
            for ext, want, got in ((".race", None, format_race_file(first_pairs).encode()),
                                   (".out", None, first.stdout)):
                if not os.path.exists(base + ext):
                    problems.append("missing " + os.path.basename(base + ext))
                elif read_bytes(base + ext) != got:
                    problems.append(ext + " differs:\n" + diff_text(read_bytes(base + ext), got))
        if problems:
            differ += 1
            print("=== %s\n  %s" % (name, "\n  ".join(problems)))
        else:
            agree += 1
            print("ok  %s (%d runs, %d pair(s))" % (name, runs, len(first_pairs)))
    print("(%s)" % v)
    print("%d agree, %d differ" % (agree, differ))
    return 1 if differ else 0


# ---------------------------------------------------------------------------
# Self-test of the parser
# ---------------------------------------------------------------------------

SAMPLE = """==================
WARNING: DATA RACE
Write at 0x00c000012030 by goroutine 9:
  main.main.func1()
      /w/append_shared.go:16 +0x12a
  main.main.func2()
      /w/append_shared.go:17 +0x47

Previous read at 0x00c000012030 by goroutine 8:
  main.main.func1()
      /w/append_shared.go:16 +0xa6

Goroutine 9 (running) created at:
  main.main()
      /w/append_shared.go:14 +0xae
==================
==================
WARNING: DATA RACE
Write at 0x00c00007a150 by main goroutine:
  runtime.mapassign_faststr()
      /usr/lib/go-1.19/src/runtime/map_faststr.go:203 +0x0
  main.main()
      /w/map_write.go:24 +0xaf

Previous write at 0x00c00007a150 by goroutine 7:
  runtime.mapassign_faststr()
      /usr/lib/go-1.19/src/runtime/map_faststr.go:203
  main.(*T).set()
      /w/map_write.go:16

Goroutine 7 (finished) created at:
  main.main()
      /w/map_write.go:14 +0x10e
==================
==================
WARNING: DATA RACE
Atomic write of size 8 at 0x7b0400000000 by thread T2:
    #0 go::mapAssign(go::Map*, long) /work/runtime/map.h:12:3 (prog+0x1234)
    #1 main.main.func2 /w/iface_var.go:21:7 (prog+0x4321)

Previous read of size 8 at 0x7b0400000000 by goroutine 3:
    #0 main.main.func1 /w/iface_var.go:25 (prog+0x99)

==================
done
Found 3 data race(s)
"""

SAMPLE_PAIRS = [
    "Read main.main.func1 append_shared.go:16 | Write main.main.func1 append_shared.go:16",
    "Write main.(*T).set map_write.go:16 | Write main.main map_write.go:24",
    "Read main.main.func1 iface_var.go:25 | Write main.main.func2 iface_var.go:21",
]


def selftest():
    failures = []

    def expect(cond, what):
        if not cond:
            failures.append(what)

    rep = parse_races(SAMPLE)
    expect(rep["blocks"] == 3, "blocks: %r" % rep["blocks"])
    expect(rep["pairs"] == SAMPLE_PAIRS, "pairs: %r" % rep["pairs"])
    expect(rep["bad"] == [], "bad: %r" % rep["bad"])
    expect(rep["found"] == 3, "found: %r" % rep["found"])

    class R:
        timed_out = False
        status = RACE_EXIT
        stdout = b"done\n"
        stderr = SAMPLE
    want = set(SAMPLE_PAIRS)
    expect(check_racy_run(R, b"done\n", want) == [], "synthetic run should pass")
    R.stderr = SAMPLE.replace("Found 3", "Found 2")
    expect(any("Found 2" in w for w in check_racy_run(R, b"done\n", want)), "wrong Found count")
    R.stderr = SAMPLE.replace("Found 3 data race(s)\n", "")
    expect(any("last stderr line" in w for w in check_racy_run(R, b"done\n", want)),
           "missing Found line")
    R.stderr = SAMPLE
    expect(any("not in the expectation" in w for w in check_racy_run(R, b"done\n", want - {SAMPLE_PAIRS[0]})),
           "extra pair")
    expect(check_racy_run(R, b"done\n", want | {"Read x a.go:1 | Write y a.go:2"}) == [],
           "a subset of the expectation passes")
    R.stderr = "done\n"
    expect(any("no WARNING" in w for w in check_racy_run(R, b"done\n", want)), "no report")
    R.stderr, R.status = SAMPLE, 0
    expect(any("exit status 0" in w for w in check_racy_run(R, b"done\n", want)), "status")
    R.status, R.stdout = RACE_EXIT, b"other\n"
    expect(any("stdout" in w for w in check_racy_run(R, b"done\n", want)), "stdout")
    expect(strip_func(SAMPLE_PAIRS[1]) == "Write map_write.go:16 | Write map_write.go:24",
           "strip_func: %r" % strip_func(SAMPLE_PAIRS[1]))
    expect(uses_goroutines_text('package main\nimport "fmt"\nfunc main() {\n\tgo f()\n}\n'), "go stmt")
    expect(not uses_goroutines_text('package main\n// go away\nimport "fmt"\nvar s = "go x"\n'), "no go stmt")
    expect(uses_goroutines_text('package main\nimport (\n\t"fmt"\n\t"sync/atomic"\n)\n'), "sync/atomic import")
    expect(not uses_goroutines_text('package main\nimport (\n\t"fmt"\n)\nvar t = "time"\n'), "string is no import")

    for f in failures:
        print("selftest FAIL: " + f)
    print("parser selftest: %s" % ("FAIL" if failures else "ok"))
    if failures:
        return 1
    # The whole gopp-side check, with go standing in for gopp: every racy
    # program must pass against its stored expectation.
    if shutil.which("go") is None:
        print("(no go in PATH: the check of Go's own output is skipped)")
        return 0
    print("gopp-side check with `go` as the compiler:")
    return racy_gopp("go", is_go=True)


# ---------------------------------------------------------------------------
# Clean programs: run_clean.sh
# ---------------------------------------------------------------------------

# Programs whose expected behaviour cannot hold in a race build. Keep this
# short; every entry says why.
#
# Skipped in every mode (the expectation fails under go build -race too):
RACE_SKIP = {
    "conformance/channels/blocked_sender_panics_on_close.go":
        "racy by Go's rules: the race detector reports a send racing with close "
        "(runtime/chan.go: chansend reads the channel, closechan writes it), and go build -race "
        "prints that report for this program",
    "conformance/sync/pool_get_put.go":
        "a race build's Pool.Put drops one object in four, as Go's does (sync/pool.go under "
        "race.Enabled; stdlib/sync/pool.cpp Pool_racePut), so its Get-after-Put lines fail at "
        "random",
}
# Skipped for gopp only (go build -race keeps them):
NO_COLLECTOR_REASON = ("finalizers run after collections, and gopp's race builds disable the collector "
                       "(Boehm's stop-the-world signals and TSan do not coexist: runtime/src/sched/gc.cpp)")
GOPP_RACE_SKIP = {
    "conformance/misc/finalizer_runs.go": NO_COLLECTOR_REASON,
    "conformance/misc/finalizer_after_returned_calls.go": NO_COLLECTOR_REASON,
}
# Skipped for the oracle only: Go's race runtime never reports a deadlock
# (golang/go#20588; the program just hangs), so programs whose expected
# stderr is "fatal error: all goroutines are asleep - deadlock!" time out
# under go build -race. gopp's scheduler, not TSan, detects deadlocks, so
# they stay in gopp's run.
ORACLE_DEADLOCK_REASON = ("expects the deadlock error, which go build -race never prints "
                          "(golang/go#20588: the race runtime hides deadlocks)")


def expects_deadlock(src):
    err = src[:-3] + ".err"
    return os.path.exists(err) and b"deadlock!" in read_bytes(err)


IMPORTS_CONCURRENT = {"sync", "sync/atomic", "context", "time", "golang.org/x/sync/errgroup"}
_COMMENT_RE = re.compile(r"//[^\n]*|/\*.*?\*/", re.S)
_STRING_RE = re.compile(r'"(?:[^"\\\n]|\\.)*"|`[^`]*`|\'(?:[^\'\\\n]|\\.)*\'')
_GO_STMT_RE = re.compile(r"(?:^|[;{}:]|\belse\b)\s*go\s+[\w(\[*]", re.M)
_IMPORT_BLOCK_RE = re.compile(r"^import\s*\((.*?)\)", re.S | re.M)
_IMPORT_ONE_RE = re.compile(r'^import\s+(?:[\w.]+\s+)?"([^"]+)"', re.M)
_IMPORT_PATH_RE = re.compile(r'"([^"]+)"')


def uses_goroutines_text(text):
    """True when a Go source has a go statement or imports sync,
    sync/atomic, context, time or golang.org/x/sync/errgroup."""
    no_comments = _COMMENT_RE.sub(" ", text)
    imports = set(_IMPORT_ONE_RE.findall(no_comments))
    for block in _IMPORT_BLOCK_RE.findall(no_comments):
        imports.update(_IMPORT_PATH_RE.findall(block))
    if imports & IMPORTS_CONCURRENT:
        return True
    code = _STRING_RE.sub('""', no_comments)
    return bool(_GO_STMT_RE.search(code))


def uses_goroutines(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return uses_goroutines_text(f.read())


def known_failures():
    names = {}
    try:
        with open(os.path.join(CONFORMANCE, "known_failures.txt")) as f:
            for line in f:
                if re.match(r"^[a-z]", line):
                    name, _, why = line.partition(":")
                    names["conformance/" + name.strip() + ".go"] = why.strip()
    except OSError:
        pass
    return names


def skip_key(src):
    """conformance/<feature>/<name>.go, clean/<name>.go, ... for skip lists."""
    src = os.path.abspath(src)
    for root, prefix in ((CONFORMANCE, "conformance/"), (HERE, "")):
        if src.startswith(root + os.sep):
            return prefix + os.path.relpath(src, root)
    return src


def expand(args, keep=None):
    """The .go files named by args: files as given, directories walked (and,
    when keep is given, their files filtered by it)."""
    files = []
    for a in args:
        if os.path.isdir(a):
            for d, _, fs in sorted(os.walk(a)):
                found = sorted(os.path.join(d, f) for f in fs if f.endswith(".go"))
                files += [f for f in found if keep is None or keep(f)]
        else:
            files.append(a)
    return [os.path.abspath(f) for f in files]


def clean_set():
    files = []
    for d in sorted(os.listdir(CONFORMANCE)):
        full = os.path.join(CONFORMANCE, d)
        if not os.path.isdir(full):
            continue
        for f in sorted(os.listdir(full)):
            p = os.path.join(full, f)
            if f.endswith(".go") and os.path.exists(p[:-3] + ".out") and uses_goroutines(p):
                files.append(p)
    files += sorted(os.path.join(CLEAN, f) for f in os.listdir(CLEAN) if f.endswith(".go"))
    return files


def cut_stderr(text):
    """stderr up to, not including, the first line starting with
    "goroutine ", trailing blank lines dropped, each line ending in a
    newline (tests/conformance/README.md)."""
    out = []
    for line in text.split("\n"):
        if line.startswith("goroutine "):
            break
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "".join(l + "\n" for l in out)


def check_clean_run(r, base):
    why = []
    if r.timed_out:
        return ["timed out after %d s" % RUN_TIMEOUT]
    if WARNING in r.stderr:
        rep = parse_races(r.stderr)
        why.append("data race reported (%d report(s)):\n%s" % (
            rep["blocks"], "\n".join("    " + p for p in rep["pairs"]) or stderr_tail(r.stderr, 30)))
    want_status = 0
    if os.path.exists(base + ".status"):
        want_status = int(read_bytes(base + ".status").decode().strip())
    if r.status != want_status:
        why.append("exit status %d, want %d" % (r.status, want_status))
    if not os.path.exists(base + ".out"):
        why.append("missing " + os.path.basename(base) + ".out")
    elif r.stdout != read_bytes(base + ".out"):
        why.append("stdout differs:\n" + diff_text(read_bytes(base + ".out"), r.stdout))
    if want_status != 0 and os.path.exists(base + ".err"):
        want_err = read_bytes(base + ".err")
        got_err = cut_stderr(r.stderr).encode()
        if got_err != want_err:
            why.append("stderr differs:\n" + diff_text(want_err, got_err))
    if why and WARNING not in r.stderr and r.stderr.strip():
        why.append("stderr (last lines):\n" + stderr_tail(r.stderr))
    return why


def clean_one(compiler, src, is_go, runs, write):
    """(verdict, message): verdict is PASS or FAIL."""
    base = src[:-3]
    err, results = build_and_run(compiler, src, is_go, runs)
    if err:
        return "FAIL", err.rstrip()
    if write and src.startswith(CLEAN + os.sep):
        r = results[0]
        if not r.timed_out and r.status == 0 and WARNING not in r.stderr:
            with open(base + ".out", "wb") as f:
                f.write(r.stdout)
    for k, r in enumerate(results):
        why = check_clean_run(r, base)
        if why:
            tag = "run %d of %d: " % (k + 1, runs) if runs > 1 else ""
            return "FAIL", tag + "\n  ".join(why)
    return "PASS", ""


def clean_main(compiler, args, jobs, is_go, runs, write):
    in_set = lambda f: os.path.exists(f[:-3] + ".out") and (
        f.startswith(CLEAN + os.sep) or uses_goroutines(f))
    files = expand(args, in_set) if args else clean_set()
    known = known_failures()
    minor = go_minor()[1] if is_go else None
    pending, skipped = [], {}
    for src in files:
        key = skip_key(src)
        reason = RACE_SKIP.get(key)
        if reason is None and not is_go:
            reason = GOPP_RACE_SKIP.get(key)
        if reason is None and not is_go and key in known:
            reason = "in conformance/known_failures.txt (gopp cannot build or run it yet)"
        if reason is None and is_go and needs_newer_go(src, minor):
            reason = "needs a newer Go than the installed one (hand-written expectation)"
        if reason is None and is_go and expects_deadlock(src):
            reason = ORACLE_DEADLOCK_REASON
        if reason is not None:
            skipped.setdefault(reason, []).append(key)
        else:
            pending.append(src)
    passed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        futures = [pool.submit(clean_one, compiler, src, is_go, runs, write) for src in pending]
        for src, fut in zip(pending, futures):
            verdict, msg = fut.result()
            name = skip_key(src)
            if verdict == "PASS":
                passed += 1
                print("PASS %s" % name)
            else:
                failed += 1
                print("FAIL %s: %s" % (name, msg))
            sys.stdout.flush()
    for reason, names in skipped.items():
        for n in names:
            print("SKIP %s: %s" % (n, reason))
    nskip = sum(len(v) for v in skipped.values())
    print("%d passed, %d failed, %d skipped" % (passed, failed, nskip))
    for reason, names in skipped.items():
        print("  %d skipped (%s)" % (len(names), reason))
    return 1 if failed else 0


# ---------------------------------------------------------------------------

USAGE_RACY = """usage: run_racy.sh GOPP [--lines-only] [FILE.go...]
       run_racy.sh --oracle [--write] [--runs N]
       run_racy.sh --selftest"""
USAGE_CLEAN = """usage: run_clean.sh GOPP [-j N] [FILE.go|DIR]...
       run_clean.sh --oracle [--write] [--runs N] [-j N] [FILE.go|DIR]..."""


def main(argv):
    if not argv or argv[0] not in ("racy", "clean"):
        sys.exit("racecheck.py: first argument must be racy or clean")
    mode, args = argv[0], argv[1:]
    oracle = write = lines_only = False
    runs, jobs, rest = None, 1, []
    i = 0
    while i < len(args):
        a = args[i]
        if a == "--oracle":
            oracle = True
        elif a == "--write":
            write = True
        elif a == "--lines-only" and mode == "racy":
            lines_only = True
        elif a == "--selftest" and mode == "racy":
            return selftest()
        elif a in ("--runs", "-j") and i + 1 < len(args):
            try:
                v = int(args[i + 1])
            except ValueError:
                sys.exit("%s wants a number" % a)
            if a == "--runs":
                runs = v
            else:
                jobs = v
            i += 1
        elif a.startswith("-j") and a[2:].isdigit():
            jobs = int(a[2:])
        elif a in ("-h", "--help"):
            print(USAGE_RACY if mode == "racy" else USAGE_CLEAN)
            return 0
        elif a.startswith("-"):
            sys.exit("unknown option %s\n%s" % (a, USAGE_RACY if mode == "racy" else USAGE_CLEAN))
        else:
            rest.append(a)
        i += 1
    if write and not oracle:
        sys.exit("--write goes with --oracle")

    if mode == "racy":
        if oracle:
            return racy_oracle(write, runs or 10)
        if not rest:
            sys.exit(USAGE_RACY)
        gopp = os.path.abspath(rest[0]) if os.sep in rest[0] else (shutil.which(rest[0]) or rest[0])
        files = expand(rest[1:]) if len(rest) > 1 else None
        return racy_gopp(gopp, lines_only, is_go=os.path.basename(gopp) == "go", files=files)

    if oracle:
        return clean_main("go", rest, jobs, True, runs or 1, write)
    if not rest:
        sys.exit(USAGE_CLEAN)
    gopp = os.path.abspath(rest[0]) if os.sep in rest[0] else (shutil.which(rest[0]) or rest[0])
    return clean_main(gopp, rest[1:], jobs, os.path.basename(gopp) == "go", 1, False)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
