#!/usr/bin/env python3
"""Runs Go's own errorcheck tests through `gopp check` and reports agreement.

Usage: run.py GOPP [--goroot DIR] [--passing FILE] [--update-passing] [-v]

A file is an errorcheck test when its first line is exactly `// errorcheck`
(files that pass flags to the compiler are skipped). Go's test/run.go rules,
which this follows:
  - `// ERROR "re1" "re2"` on a line (also inside /* */) expects one error
    per regexp on that line; `|` inside a regexp gives alternatives.
    `GC_ERROR` counts (it is gc's), `GCCGO_ERROR` does not.
  - Every error gopp reports must be on a line with an ERROR comment and
    match one of its regexps; every regexp must be matched by an error.
  - `too many errors` lines are ignored.
The files under test/ come from the Debian golang-1.19-src package and are
read in place, never copied.

Without type checking, gopp can only pass the tests whose errors are all
syntax errors. --passing names a list of files (relative to GOROOT/test)
that passed before: the run fails if any of them fails now, and prints new
passes so the list can grow (--update-passing rewrites it). The closing
line is `N passed, M failed`.
"""
import os
import re
import subprocess
import sys

ERROR_RE = re.compile(r'(?:^|[^_A-Z])(?:GC_)?ERROR\s+((?:"(?:[^"\\]|\\.)*"\s*|`[^`]*`\s*)+)')
QUOTED_RE = re.compile(r'"((?:[^"\\]|\\.)*)"|`([^`]*)`')
# file:line:col: message, or file:line: message after a //line directive
# without a column.
DIAG_RE = re.compile(r'^(.*?):(\d+)(?::(\d+))?: (.*)$')


def go_unquote(s):
    """The value of a Go interpreted string body, as test/run.go reads the
    regexps of ERROR comments: \\ and \" are unescaped, \n and \t too;
    any other backslash sequence is kept for the regexp."""
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == '\\' and i + 1 < len(s):
            n = s[i + 1]
            if n in '\\"':
                out.append(n)
            elif n == 'n':
                out.append('\n')
            elif n == 't':
                out.append('\t')
            else:
                out.append(c + n)
            i += 2
            continue
        out.append(c)
        i += 1
    return ''.join(out)


def expectations(path):
    """{line: [regexp, ...]} from the ERROR comments of a file."""
    want = {}
    with open(path, encoding='utf-8', errors='replace') as f:
        for n, line in enumerate(f, 1):
            if 'GCCGO_ERROR' in line and 'ERROR' not in line.replace('GCCGO_ERROR', ''):
                continue
            line = line.replace('GCCGO_ERROR', 'GCCGO_IGNORED')
            m = ERROR_RE.search(line)
            if not m:
                continue
            res = []
            for q in QUOTED_RE.finditer(m.group(1)):
                res.append(go_unquote(q.group(1)) if q.group(1) is not None else q.group(2))
            want[n] = res
    return want


def translate(regexp):
    # Go's RE2 syntax is close to Python's for these tests.
    return regexp.replace(r'\.', r'\.')


def check_file(gopp, path):
    want = expectations(path)
    proc = subprocess.run([gopp, 'check', path], capture_output=True, text=True, timeout=60)
    if proc.returncode not in (0, 1):
        return False, [f'gopp exited {proc.returncode}: {proc.stderr.strip()[:200]}']
    got = {}
    for line in proc.stderr.splitlines():
        m = DIAG_RE.match(line)
        if not m:
            continue
        msg = m.group(4)
        if msg == 'too many errors':
            continue
        got.setdefault(int(m.group(2)), []).append(msg)
    problems = []
    for n, msgs in sorted(got.items()):
        res = want.get(n)
        if res is None:
            problems.extend(f'{n}: unexpected error: {msg}' for msg in msgs)
            continue
        for msg in msgs:
            if not any(re.search(translate(r), msg) for r in res):
                problems.append(f'{n}: error {msg!r} matches none of {res}')
    for n, res in sorted(want.items()):
        msgs = got.get(n, [])
        for r in res:
            if not any(re.search(translate(r), msg) for msg in msgs):
                problems.append(f'{n}: missing error matching {r!r}')
    return not problems, problems


def main():
    args = sys.argv[1:]
    if not args:
        print(__doc__)
        return 2
    gopp = os.path.abspath(args.pop(0))
    goroot = subprocess.run(['go', 'env', 'GOROOT'], capture_output=True, text=True).stdout.strip()
    passing_file = None
    update = verbose = False
    while args:
        a = args.pop(0)
        if a == '--goroot':
            goroot = args.pop(0)
        elif a == '--passing':
            passing_file = args.pop(0)
        elif a == '--update-passing':
            update = True
        elif a == '-v':
            verbose = True
        else:
            print(f'run.py: unknown argument {a}', file=sys.stderr)
            return 2
    testdir = os.path.join(goroot, 'test')
    files = []
    for root, _, names in os.walk(testdir):
        for name in names:
            if not name.endswith('.go'):
                continue
            path = os.path.join(root, name)
            with open(path, encoding='utf-8', errors='replace') as f:
                if f.readline().rstrip('\n') == '// errorcheck':
                    files.append(os.path.relpath(path, testdir))
    files.sort()

    before = set()
    if passing_file and os.path.exists(passing_file):
        with open(passing_file) as f:
            before = {l.strip() for l in f if l.strip() and not l.startswith('#')}

    passed, failed = [], []
    for rel in files:
        ok, problems = check_file(gopp, os.path.join(testdir, rel))
        (passed if ok else failed).append(rel)
        if verbose and not ok:
            print(f'FAIL {rel}')
            for p in problems[:5]:
                print(f'    {p}')
    regressions = sorted(before - set(passed))
    new = sorted(set(passed) - before)
    for r in regressions:
        print(f'REGRESSION: {r} passed before and fails now')
        ok, problems = check_file(gopp, os.path.join(testdir, r))
        for p in problems[:5]:
            print(f'    {p}')
    for n in new:
        print(f'new pass: {n}')
    if update and passing_file:
        with open(passing_file, 'w') as f:
            f.write('# Go errorcheck tests (relative to GOROOT/test) that gopp passes;\n')
            f.write('# tests/errorcheck/run.py fails if one of them stops passing.\n')
            for p in sorted(passed):
                f.write(p + '\n')
    print(f'errorcheck: {len(files)} files; gopp agrees with gc on {len(passed)}')
    print(f'{len(passed)} passed, {len(failed)} failed')
    return 1 if regressions else 0


if __name__ == '__main__':
    sys.exit(main())
