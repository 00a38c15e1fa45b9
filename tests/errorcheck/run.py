#!/usr/bin/env python3
"""Runs Go's own errorcheck tests through `gopp check` and reports agreement.

Usage: run.py GOPP [--goroot DIR] [--dir DIR] [--passing FILE]
              [--update-passing] [--require-all] [--supported FILE] [-v]
       run.py [GOPP] --compiler go [--dir DIR] [-v]

A file is an errorcheck test when its first line is exactly `// errorcheck`
(files that pass flags to the compiler are skipped).

--dir DIR checks the errorcheck files found under DIR (recursively) instead
of those of GOROOT/test; --passing names are then relative to DIR.
--require-all fails the run if any file fails (for gopp's own corpus).
--supported FILE keeps only the files whose imports are all listed in FILE
(one import path per line), less those that Go's test/run.go itself expects
gc to fail: the applicable files, for the agreement share.

--compiler go is the oracle mode: the checker run on each file is gc
itself, `go tool compile -o SCRATCH/out.o -p main FILE` (in a scratch
directory), instead of `GOPP check FILE`; the GOPP argument may be omitted
(any value given is ignored). It proves that a corpus's ERROR comments
match what the installed Go reports. A file whose second line is
`// gopp: requires goX.Y` is skipped in this mode when the installed Go is
older than X.Y (such files use features or wording that the installed Go
does not have); gopp mode always checks it. The default, --compiler gopp,
runs GOPP.

Go's test/run.go rules, which this follows:
  - `// ERROR "re1" "re2"` on a line (also inside /* */) expects one error
    per regexp on that line; `|` inside a regexp gives alternatives.
    `GC_ERROR` counts (it is gc's), `GCCGO_ERROR` does not.
  - Every error gopp reports must be on a line with an ERROR comment and
    match one of its regexps; every regexp must be matched by an error.
  - `too many errors` lines are ignored; a line that starts with a tab
    continues the error before it (gc's `have (...)`/`want (...)` and
    `other declaration of x` lines) and is joined to it.
The files under test/ come from the Debian golang-1.19-src package and are
read in place, never copied.

Without type checking, gopp can only pass the tests whose errors are all
syntax errors. --passing names a list of files (relative to GOROOT/test)
that passed before: the run fails if any of them fails now, and prints new
passes so the list can grow (--update-passing rewrites it). The closing
line is `N passed, M failed` (`, K skipped` follows when files were
skipped).
"""
import os
import re
import subprocess
import sys
import tempfile

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


IMPORT_RE = re.compile(r'^\s*(?:[A-Za-z_.][A-Za-z0-9_]*\s+)?"([^"]+)"')


def known_gc_failures(testdir):
    """The files Go's own test/run.go expects gc to fail (its
    types2Failures and go118Failures sets), read from run.go in place."""
    path = os.path.join(testdir, 'run.go')
    if not os.path.exists(path):
        return set()
    with open(path, encoding='utf-8') as f:
        text = f.read()
    out = set()
    for name in ('types2Failures', 'go118Failures'):
        m = re.search(r'var ' + name + r' = setOf\((.*?)\n\)', text, re.S)
        if m:
            out |= set(re.findall(r'"([^"]+)"', m.group(1)))
    return out


def imports_of(path):
    """The import paths of a Go file (single and grouped imports)."""
    out, in_group = set(), False
    with open(path, encoding='utf-8', errors='replace') as f:
        for line in f:
            s = line.split('//')[0].strip()
            if in_group:
                if s.startswith(')'):
                    in_group = False
                    continue
                m = IMPORT_RE.match(s)
                if m:
                    out.add(m.group(1))
                continue
            if s.startswith('import ('):
                in_group = True
            elif s.startswith('import '):
                m = IMPORT_RE.match(s[len('import '):])
                if m:
                    out.add(m.group(1))
            elif s.startswith(('func ', 'type ', 'var ', 'const ')):
                break
    return out


REQUIRES_RE = re.compile(r'^// gopp: requires go(\d+)\.(\d+)\s*$')


def required_version(path):
    """(major, minor) from a `// gopp: requires goX.Y` second line, or None."""
    with open(path, encoding='utf-8', errors='replace') as f:
        f.readline()
        m = REQUIRES_RE.match(f.readline())
    return (int(m.group(1)), int(m.group(2))) if m else None


def go_version():
    """(major, minor) of the installed Go, from `go env GOVERSION`."""
    m = re.match(r'go(\d+)\.(\d+)', go_version_string())
    return (int(m.group(1)), int(m.group(2))) if m else (0, 0)


def go_version_string():
    return subprocess.run(['go', 'env', 'GOVERSION'], capture_output=True, text=True).stdout.strip()


def run_checker(gopp, path):
    """Runs the checker on one file: (exit status, its diagnostics).
    gopp writes them on standard error, gc on standard output."""
    if gopp is None:  # oracle mode: gc itself
        with tempfile.TemporaryDirectory() as tmp:
            # Not -o /dev/null: gc removes its output file when it reports
            # errors, which (run as root) deletes /dev/null itself.
            proc = subprocess.run(['go', 'tool', 'compile', '-o', os.path.join(tmp, 'out.o'), '-p', 'main', path],
                                  capture_output=True, text=True, timeout=120, cwd=tmp)
        return proc.returncode, proc.stdout + proc.stderr
    # As Go's test/run.go runs gc: all errors (-e), and bodyless functions
    # allowed (gc's default; go build adds -complete).
    proc = subprocess.run([gopp, 'check', '-e', '-complete=false', path], capture_output=True, text=True,
                          timeout=60)
    return proc.returncode, proc.stderr


def check_file(gopp, path):
    """Checks one file with GOPP (or gc when gopp is None)."""
    want = expectations(path)
    status, output = run_checker(gopp, path)
    if status not in (0, 1, 2):
        who = 'gopp' if gopp is not None else 'go tool compile'
        return False, [f'{who} exited {status}: {output.strip()[:200]}']
    got = {}
    last = None  # the message list and index of the previous error
    for line in output.splitlines():
        if line.startswith('\t'):
            # A continuation line of the previous error (gc's "have/want",
            # "other declaration of x"): joined to it, as test/run.go does.
            if last is not None:
                msgs, i = last
                msgs[i] += '\n' + line
            continue
        last = None
        m = DIAG_RE.match(line)
        if not m:
            continue
        msg = m.group(4)
        if msg == 'too many errors':
            continue
        msgs = got.setdefault(int(m.group(2)), [])
        msgs.append(msg)
        last = (msgs, len(msgs) - 1)
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
    gopp = None
    if not args[0].startswith('-'):
        gopp = os.path.abspath(args.pop(0))
    goroot = subprocess.run(['go', 'env', 'GOROOT'], capture_output=True, text=True).stdout.strip()
    passing_file = None
    testdir = None
    compiler = 'gopp'
    update = verbose = require_all = False
    supported = None
    while args:
        a = args.pop(0)
        if a in ('--goroot', '--dir', '--compiler', '--passing', '--supported') and not args:
            print(f'run.py: {a} needs a value', file=sys.stderr)
            return 2
        if a == '--goroot':
            goroot = args.pop(0)
        elif a == '--dir':
            testdir = os.path.abspath(args.pop(0))
        elif a == '--compiler':
            compiler = args.pop(0)
            if compiler not in ('gopp', 'go'):
                print(f'run.py: --compiler must be gopp or go, not {compiler}', file=sys.stderr)
                return 2
        elif a == '--passing':
            passing_file = args.pop(0)
        elif a == '--update-passing':
            update = True
        elif a == '--require-all':
            require_all = True
        elif a == '--supported':
            with open(args.pop(0)) as f:
                supported = {l.split('#')[0].strip() for l in f} - {''}
        elif a == '-v':
            verbose = True
        else:
            print(f'run.py: unknown argument {a}', file=sys.stderr)
            return 2
    if compiler == 'go':
        gopp = None  # the GOPP argument, if any, is a placeholder
        oracle_version = go_version()
    elif gopp is None:
        print('run.py: GOPP is required unless --compiler go', file=sys.stderr)
        return 2
    if testdir is None:
        testdir = os.path.join(goroot, 'test')
    if not os.path.isdir(testdir):
        print(f'run.py: {testdir} is not a directory', file=sys.stderr)
        return 2
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
    if supported is not None:
        # Only the files whose imports gopp provides are applicable, and
        # not those that gc itself is known to fail (test/run.go's lists).
        known = known_gc_failures(testdir)
        files = [f for f in files if imports_of(os.path.join(testdir, f)) <= supported and f not in known]

    before = set()
    if passing_file and os.path.exists(passing_file):
        with open(passing_file) as f:
            before = {l.strip() for l in f if l.strip() and not l.startswith('#')}

    passed, failed, skipped = [], [], []
    for rel in files:
        if gopp is None:
            need = required_version(os.path.join(testdir, rel))
            if need is not None and oracle_version < need:
                skipped.append(rel)
                if verbose:
                    print(f'skip {rel} (requires go{need[0]}.{need[1]})')
                continue
        ok, problems = check_file(gopp, os.path.join(testdir, rel))
        (passed if ok else failed).append(rel)
        if (verbose or gopp is None) and not ok:
            print(f'FAIL {rel}')
            for p in problems[:5]:
                print(f'    {p}')
    regressions = sorted((before & set(files)) - set(passed))
    new = sorted(set(passed) - before)
    for r in regressions:
        print(f'REGRESSION: {r} passed before and fails now')
        ok, problems = check_file(gopp, os.path.join(testdir, r))
        for p in problems[:5]:
            print(f'    {p}')
    if gopp is not None:  # (in oracle mode every pass is expected)
        for n in new:
            print(f'new pass: {n}')
    if update and passing_file:
        with open(passing_file, 'w') as f:
            f.write('# Go errorcheck tests (relative to GOROOT/test) that gopp passes;\n')
            f.write('# tests/errorcheck/run.py fails if one of them stops passing.\n')
            for p in sorted(passed):
                f.write(p + '\n')
    if gopp is not None:
        which = 'applicable files' if supported is not None else 'files'
        share = f' ({100 * len(passed) // max(len(files), 1)}%)'
        print(f'errorcheck: {len(files)} {which}; gopp agrees with gc on {len(passed)}{share}')
    else:
        print(f'errorcheck: {len(files)} files; go tool compile ({go_version_string()}) '
              f'agrees with the ERROR comments on {len(passed)}')
    skip = f', {len(skipped)} skipped' if skipped else ''
    print(f'{len(passed)} passed, {len(failed)} failed{skip}')
    if gopp is None or require_all:  # every file checked must agree with gc
        if require_all:
            for rel in failed:
                print(f'FAIL {rel}')
                for p in check_file(gopp, os.path.join(testdir, rel))[1][:5]:
                    print(f'    {p}')
        return 1 if failed else 0
    return 1 if regressions else 0


if __name__ == '__main__':
    sys.exit(main())
