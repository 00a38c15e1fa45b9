#!/usr/bin/env python3
"""Runs Go's own `// run` tests from $(go env GOROOT)/test through gopp.

Usage: run.py [GOPP] [--passing FILE] [--write-passing FILE] [-j N]
              [--filter SUBSTRING] [--goroot DIR] [-v]

GOPP is the gopp binary (default build/bin/gopp). Each applicable test is
built with `GOPP build -o TMP/prog FILE.go` in a fresh temporary directory
and the program is run as Go's test/run.go runs a `// run` test:

  - no arguments, standard input empty (/dev/null), the environment with
    GOENV=off, GOFLAGS=, GOOS/GOARCH set and GOROOT/bin first in PATH, in
    the directory test/run.go itself runs from (GOROOT/test: its `run`
    action sets runInDir to "", so the child inherits run.go's working
    directory);
  - standard output and standard error go to one pipe (interleaved, as
    run.go's shared bytes.Buffer), "\\r\\n" becomes "\\n", and the result
    must equal FILE.out next to FILE.go, or be empty when there is none
    (run.go's checkExpectedOutput);
  - the exit status must be 0 (a panic fails the test); a program still
    running after 10 s is killed and fails (run.go has no timeout for a
    plain `// run`; gopp's runs need one).

Which files are applicable (the counts of each exclusion are printed):
  - every .go file under GOROOT/test, in every directory except the
    multi-file test directories (NAME.dir) and testdata;
  - the execution recipe (the text before the first blank line, as run.go
    reads it) starts with the line `// run` exactly: `// run ARGS`,
    `// runoutput`, `// rundir`, `// buildrun` ... are not plain runs.
    (run.go passes the words of any further lines of the recipe, build
    constraints or a stray comment, to the program as arguments; gopp's
    runs pass none: no such test reads its arguments);
  - the build constraints (`//go:build` and `// +build` lines before
    `package`) hold for linux/amd64 with run.go's tags (gc, test_run, the
    default goexperiment tags); cgo counts as unavailable;
  - every import is one gopp provides (SUPPORTED below, and "unsafe").

Failures are grouped by cause: the feature gopp cannot compile yet
("gopp cannot compile this yet: WHAT"), the first `error:` of the C++
compiler (rerun with GOPP_VERBOSE=1, names and numbers normalized), gopp's
own type-check errors (by message shape), a crash of gopp, and runtime
mismatches (wrong output, exit status, timeout, signal).

--passing FILE names tests (relative to GOROOT/test) that passed before:
the run fails (exit 1) if one of them fails now. --write-passing FILE
writes the tests that pass now. -j N runs N tests at once (default 2).
--filter SUBSTRING keeps the tests whose path contains SUBSTRING. -v
prints every failure's details. The closing line is `N passed, M failed`.
"""
import collections
import concurrent.futures
import difflib
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

SUPPORTED = {
    'fmt', 'errors', 'strings', 'strconv', 'sort', 'math', 'os', 'unicode', 'unicode/utf8', 'unicode/utf16',
    'bufio', 'io', 'slices', 'maps', 'cmp', 'unsafe', 'runtime', 'time', 'sync', 'sync/atomic', 'context',
    'math/rand', 'log', 'bytes', 'container/list', 'container/heap'
}
RUN_TIMEOUT = 10  # seconds for the program
BUILD_TIMEOUT = 600  # seconds for gopp build (the C++ compile can be slow)
GOOS, GOARCH = 'linux', 'amd64'


# ---------------------------------------------------------------------------
# Selection


def recipe(src):
    """The execution recipe's lines, as test/run.go reads it: the text up to
    the first blank line; None when there is no blank line."""
    if src.startswith('\n'):
        return None
    head, sep, _ = src.partition('\n\n')
    if not sep:
        return None
    return head.split('\n')


def tag_true(name, tool_tags):
    """test/run.go's context.match for linux/amd64 without cgo."""
    if not name or not re.fullmatch(r'[\w.]+', name):
        return False
    if name.startswith('goexperiment.'):
        return name in tool_tags
    return name in (GOOS, GOARCH, 'gc', 'test_run')


def eval_go_build(expr, tool_tags):
    """Evaluates a //go:build expression (!, &&, ||, parentheses)."""
    toks = re.findall(r'\|\||&&|!|\(|\)|[^\s!()&|]+', expr)
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def take():
        pos[0] += 1
        return toks[pos[0] - 1]

    def or_expr():
        v = and_expr()
        while peek() == '||':
            take()
            v = and_expr() or v
        return v

    def and_expr():
        v = not_expr()
        while peek() == '&&':
            take()
            v = not_expr() and v
        return v

    def not_expr():
        if peek() == '!':
            take()
            return not not_expr()
        if peek() == '(':
            take()
            v = or_expr()
            if peek() == ')':
                take()
            return v
        return tag_true(take(), tool_tags)

    return or_expr()


def eval_plus_build(line, tool_tags):
    """Evaluates a `// +build` line: OR of space-separated options, each an
    AND of comma-separated (possibly !-negated) tags."""
    for opt in line.split()[2:]:
        ok = True
        for t in opt.split(','):
            neg = t.startswith('!')
            v = tag_true(t.lstrip('!'), tool_tags)
            if v == neg:
                ok = False
        if ok:
            return True
    return False


def constraints_hold(src, tool_tags):
    """test/run.go's shouldTest: every constraint line before `package`
    must hold. (None, why) when one does not."""
    header = src.split('\npackage', 1)[0]
    for line in header.split('\n'):
        if line.startswith('package '):
            break
        if line.startswith('//go:build '):
            if not eval_go_build(line[len('//go:build '):], tool_tags):
                return False, line
        elif line.startswith('// +build '):
            if not eval_plus_build(line, tool_tags):
                return False, line
    return True, ''


def strip_source(src, keep_strings):
    """The source without comments (and, unless keep_strings, without the
    contents of string and rune literals)."""
    out, i, n = [], 0, len(src)
    while i < n:
        c = src[i]
        if src.startswith('//', i):
            j = src.find('\n', i)
            i = n if j < 0 else j
            continue
        if src.startswith('/*', i):
            j = src.find('*/', i + 2)
            seg = src[i:n if j < 0 else j + 2]
            out.append('\n' * seg.count('\n') or ' ')
            i = n if j < 0 else j + 2
            continue
        if c in '"\'`':
            j = i + 1
            while j < n and src[j] != c:
                if c != '`' and src[j] == '\\':
                    j += 1
                elif c != '`' and src[j] == '\n':
                    break
                j += 1
            lit = src[i:j + 1]
            out.append(lit if keep_strings else c + c)
            i = j + 1
            continue
        out.append(c)
        i += 1
    return ''.join(out)


IMPORT_SPEC_RE = re.compile(r'^\s*(?:[A-Za-z_.][A-Za-z0-9_]*\s+)?"([^"]*)"', re.M)


def imports_of(code):
    """The import paths of comment-stripped source."""
    out = set()
    for m in re.finditer(r'\bimport\s*(\(([^)]*)\)|(?:[A-Za-z_.][A-Za-z0-9_]*\s+)?"[^"]*")', code):
        body = m.group(2) if m.group(2) is not None else m.group(1)
        out |= set(IMPORT_SPEC_RE.findall(body))
    return out




def classify(path, tool_tags):
    """(None, None) when the file is an applicable test, else (reason,
    detail). Reason 'not run' is for files that are not plain // run tests."""
    with open(path, encoding='utf-8', errors='replace') as f:
        src = f.read()
    lines = recipe(src)
    if not lines:
        return 'not run', None
    first = lines[0]
    if '+build' in first and len(lines) > 1:  # run.go skips such a first line
        lines = lines[1:]
        first = lines[0]
    if first != '// run':
        if first.startswith('// run') and first[len('// run'):][:1] in (' ', '\t'):
            return 'run with arguments', first
        return 'not run', None
    ok, why = constraints_hold(src, tool_tags)
    if not ok:
        return 'build constraints', why
    imps = imports_of(strip_source(src, keep_strings=True))
    bad = sorted(imps - SUPPORTED)
    if bad:
        return 'unsupported imports', bad
    return None, None


def find_tests(testdir, tool_tags):
    found, applicable = [], []
    excluded = collections.defaultdict(list)
    for root, dirs, names in os.walk(testdir):
        dirs[:] = sorted(d for d in dirs if not d.endswith('.dir') and d != 'testdata')
        for name in sorted(names):
            if not name.endswith('.go') or name.startswith('.'):
                continue
            path = os.path.join(root, name)
            rel = os.path.relpath(path, testdir)
            reason, detail = classify(path, tool_tags)
            if reason == 'not run':
                continue
            if reason == 'run with arguments':
                excluded[reason].append((rel, detail))
                continue
            found.append(rel)
            if reason:
                excluded[reason].append((rel, detail))
            else:
                applicable.append(rel)
    return found, applicable, excluded


# ---------------------------------------------------------------------------
# Running one test

LOC_RE = re.compile(r'^(?:[^\s:]+):\d+(?::\d+)?: ')


def normalize(msg):
    """A message's shape: quoted names, numbers and the like replaced."""
    msg = LOC_RE.sub('', msg.strip())
    msg = re.sub(r'‘[^’]*’', "'_'", msg)
    msg = re.sub(r"'[^']*'", "'_'", msg)
    msg = re.sub(r'"(?:[^"\\]|\\.)*"', '"_"', msg)
    msg = re.sub(r'`[^`]*`', '`_`', msg)
    msg = re.sub(r" \{aka '_'\}", '', msg)
    msg = re.sub(r"; did you mean '_'\?", '', msg)
    msg = re.sub(r'0x[0-9a-fA-F]+', 'N', msg)
    msg = re.sub(r'\b\d+(\.\d+)?\b', 'N', msg)
    return msg


def typecheck_shape(msg):
    """gopp's own error message with identifiers and types reduced."""
    msg = LOC_RE.sub('', msg.strip())
    msg = re.sub(r'\([^()]*(?:\([^()]*\)[^()]*)*\)', '(…)', msg)
    msg = re.sub(r'^(undefined|declared and not used|imported and not used):.*', r'\1: X', msg)
    return normalize(msg)


def run_gopp(gopp, args, env, cwd):
    """Runs gopp; retries a few times when the binary is missing (the lead
    may be rebuilding it)."""
    for attempt in range(6):
        try:
            return subprocess.run([gopp] + args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env,
                                  cwd=cwd, timeout=BUILD_TIMEOUT)
        except (FileNotFoundError, PermissionError, OSError) as e:
            if attempt == 5:
                raise
            time.sleep(20)


def signal_name(code):
    try:
        return signal.Signals(-code).name
    except ValueError:
        return f'signal {-code}'


def first_lines(text, n=1):
    return [l for l in text.splitlines() if l.strip()][:n]


def run_test(gopp, testdir, rel, cache):
    """(passed, category, example detail) for one test."""
    src = os.path.join(testdir, rel)
    tmp = tempfile.mkdtemp(prefix='gorun-')
    try:
        env = dict(os.environ)
        env['GOPP_CACHE'] = cache
        env['TMPDIR'] = tmp  # gopp's work directories (kept on a C++ error)
        env.pop('GOPP_VERBOSE', None)
        prog = os.path.join(tmp, 'prog')
        try:
            b = run_gopp(gopp, ['build', '-o', prog, src], env, tmp)
        except subprocess.TimeoutExpired:
            return False, 'gopp crashed: build timed out', f'> {BUILD_TIMEOUT}s'
        out = b.stdout.decode('utf-8', 'replace')
        if b.returncode != 0:
            m = re.search(r'gopp cannot compile this yet: (.*)', out)
            if m:
                return False, 'cannot compile yet: ' + m.group(1).strip(), out.strip()
            if 'internal error: the C++ compiler rejected' in out:
                env['GOPP_VERBOSE'] = '1'
                try:
                    v = run_gopp(gopp, ['build', '-o', prog, src], env, tmp)
                    log = v.stdout.decode('utf-8', 'replace')
                except subprocess.TimeoutExpired:
                    log = ''
                lines = [l for l in log.splitlines() if 'internal error: the C++ compiler rejected' not in l]
                for pat, kind in ((r':\d+:\d+: (?:fatal )?error: (.*)', ''), (r'\berror: (.*)', ''),
                                  (r'(undefined reference to .*)', 'link: ')):
                    errs = [(l, m.group(1)) for l in lines for m in [re.search(pat, l)] if m]
                    if errs:
                        line, msg = errs[0]
                        return False, 'C++ rejected: ' + kind + normalize(msg), line.strip()
                return False, 'C++ rejected: (no error line)', log.strip()[-2000:]
            if b.returncode < 0:
                return False, f'gopp crashed: {signal_name(b.returncode)}', out.strip()[-500:]
            if b.returncode in (1, 2):
                diags = [l for l in out.splitlines() if LOC_RE.match(l)]
                if diags:
                    return False, 'type-check: ' + typecheck_shape(diags[0]), out.strip()
            return False, f'gopp crashed: exit {b.returncode}: ' + normalize(' '.join(first_lines(out))[:120]), \
                out.strip()[-500:]
        # Run as test/run.go runs it (see the module's doc).
        renv = dict(os.environ)
        renv.update(GOENV='off', GOFLAGS='', GOOS=renv.get('GOOS') or GOOS, GOARCH=renv.get('GOARCH') or GOARCH)
        goroot_bin = os.path.join(os.path.dirname(os.path.abspath(testdir)), 'bin')
        renv['PATH'] = goroot_bin + os.pathsep + renv.get('PATH', '')
        for k in ('GOPP_CACHE', 'GOPP_VERBOSE'):
            renv.pop(k, None)
        renv['TMPDIR'] = tmp
        p = subprocess.Popen([prog], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                             cwd=testdir, env=renv, start_new_session=True)
        try:
            got, _ = p.communicate(timeout=RUN_TIMEOUT)
            timed_out = False
        except subprocess.TimeoutExpired:
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            got, _ = p.communicate()
            timed_out = True
        got = got.decode('utf-8', 'replace').replace('\r\n', '\n')
        golden = os.path.splitext(src)[0] + '.out'
        want = ''
        if os.path.exists(golden):
            with open(golden, encoding='utf-8', errors='replace') as f:
                want = f.read()
        diff = ''.join(difflib.unified_diff(want.splitlines(True), got.splitlines(True), 'want', 'got', n=1))
        if len(diff) > 3000:
            diff = diff[:3000] + '...\n'
        if timed_out:
            return False, 'runtime: timeout', diff
        if p.returncode < 0:
            return False, f'runtime: killed by {signal_name(p.returncode)}', '\n'.join(first_lines(got, 3))
        if p.returncode != 0:
            panic = [l for l in got.splitlines() if l.startswith(('panic: ', 'fatal error: '))]
            if not panic:
                what = 'no panic message'
            elif panic[0].startswith(('panic: runtime error', 'fatal error: ')):
                what = normalize(panic[0])[:100]
            else:  # the test found a wrong result and said so
                what = "panic from the test's own check"
            return False, f'runtime: exit status {p.returncode}: {what}', diff
        if got != want:
            return False, 'runtime: wrong output', diff
        return True, None, None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------


def main():
    args = sys.argv[1:]
    here = os.path.dirname(os.path.abspath(__file__))
    gopp = os.path.join(here, '..', '..', 'build', 'bin', 'gopp')
    if args and not args[0].startswith('-'):
        gopp = args.pop(0)
    gopp = os.path.abspath(gopp)
    goroot = None
    passing_file = write_passing = filt = None
    jobs = 2
    verbose = False
    while args:
        a = args.pop(0)
        if a in ('--passing', '--write-passing', '-j', '--filter', '--goroot') and not args:
            print(f'run.py: {a} needs a value', file=sys.stderr)
            return 2
        if a == '--passing':
            passing_file = args.pop(0)
        elif a == '--write-passing':
            write_passing = args.pop(0)
        elif a == '-j':
            jobs = int(args.pop(0))
        elif a == '--filter':
            filt = args.pop(0)
        elif a == '--goroot':
            goroot = args.pop(0)
        elif a == '-v':
            verbose = True
        elif a in ('-h', '--help'):
            print(__doc__)
            return 0
        else:
            print(f'run.py: unknown argument {a}', file=sys.stderr)
            return 2
    if not os.path.exists(gopp):
        print(f'run.py: {gopp} does not exist', file=sys.stderr)
        return 2
    if goroot is None:
        goroot = subprocess.run(['go', 'env', 'GOROOT'], capture_output=True, text=True).stdout.strip()
    testdir = os.path.join(goroot, 'test')
    tags = subprocess.run(['go', 'list', '-f', '{{context.ToolTags}}', 'runtime'], capture_output=True,
                          text=True).stdout.strip().strip('[]').split()
    cache = os.environ.get('GOPP_CACHE', '/tmp/gorun-cache')
    start = time.time()

    found, tests, excluded = find_tests(testdir, set(tags))
    with_args = excluded.pop('run with arguments', [])
    print(f'gorun: {len(found)} `// run` tests under {testdir} '
          f'({len(with_args)} more `// run ARGS` files not counted); {len(tests)} applicable')
    for reason in ('build constraints', 'unsupported imports'):
        print(f'  excluded, {reason}: {len(excluded.get(reason, []))}')
    imp_count = collections.Counter(i for _, bad in excluded.get('unsupported imports', []) for i in bad)
    if imp_count:
        print('    imports: ' + ', '.join(f'{k} {v}' for k, v in imp_count.most_common(12)))
    if filt:
        tests = [t for t in tests if filt in t]
        print(f'  --filter {filt!r}: {len(tests)} tests')

    before = set()
    if passing_file and os.path.exists(passing_file):
        with open(passing_file) as f:
            before = {l.strip() for l in f if l.strip() and not l.startswith('#')}

    results = {}
    lock = threading.Lock()
    done = [0]

    def one(rel):
        try:
            r = run_test(gopp, testdir, rel, cache)
        except Exception as e:  # a bug here must not stop the run
            r = (False, f'run.py error: {type(e).__name__}', str(e))
        with lock:
            done[0] += 1
            if verbose and not r[0]:
                print(f'FAIL {rel}: {r[1]}')
                for l in (r[2] or '').splitlines()[:25]:
                    print(f'    {l}')
                sys.stdout.flush()
            elif done[0] % 50 == 0:
                print(f'  ... {done[0]}/{len(tests)} ({time.time() - start:.0f}s)', file=sys.stderr)
        return r

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, jobs)) as ex:
        for rel, r in zip(tests, ex.map(one, tests)):
            results[rel] = r

    passed = sorted(t for t, r in results.items() if r[0])
    failed = sorted(t for t, r in results.items() if not r[0])

    # Failures by cause: the kind (before the first ': '), then the cause.
    groups = collections.defaultdict(list)
    for t in failed:
        groups[results[t][1]].append(t)
    kinds = collections.Counter()
    for cat, ts in groups.items():
        kinds[cat.split(':', 1)[0]] += len(ts)
    if failed:
        print('\nfailures by kind:')
        for k, n in kinds.most_common():
            print(f'  {n:5d}  {k}')
        print('\nfailures by cause:')
        for cat, ts in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            print(f'  {len(ts):5d}  {cat}')
            print(f'         e.g. {", ".join(ts[:3])}')

    regressions = sorted((before & set(tests)) - set(passed))
    for r in regressions:
        print(f'REGRESSION: {r} passed before and fails now: {results[r][1]}')
        for l in (results[r][2] or '').splitlines()[:10]:
            print(f'    {l}')
    if passing_file:
        new = sorted(set(passed) - before)
        if new:
            print(f'{len(new)} new passes (not in {passing_file})' + (':' if len(new) <= 20 else ''))
            for n in new if len(new) <= 20 else []:
                print(f'new pass: {n}')
    if write_passing:
        with open(write_passing, 'w') as f:
            f.write('# Go `// run` tests (relative to GOROOT/test) that gopp builds and runs with the\n')
            f.write('# expected output; tests/gorun/run.py --passing fails if one of them stops passing.\n')
            for p in passed:
                f.write(p + '\n')
    print(f'\ntime: {time.time() - start:.0f}s with -j {jobs}')
    print(f'{len(passed)} passed, {len(failed)} failed')
    return 1 if regressions else 0


if __name__ == '__main__':
    sys.exit(main())
