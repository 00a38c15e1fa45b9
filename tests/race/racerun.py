"""Building and running a program for tests/race/racecheck.py (gopp or
go, race builds), and the paths and limits they share."""

import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CONFORMANCE = os.path.join(ROOT, "tests", "conformance")
RACY = os.path.join(HERE, "racy")
CLEAN = os.path.join(HERE, "clean")

BUILD_TIMEOUT = 900  # a race build compiles the program with -fsanitize=thread
RUN_TIMEOUT = 120
RACE_EXIT = 66  # Go's exit status after reporting races (GORACE exitcode)


# ---------------------------------------------------------------------------
# Building and running
# ---------------------------------------------------------------------------

def base_env():
    env = dict(os.environ)
    # Go's defaults for the run: no GORACE options (exit code 66, report
    # every race, do not halt), no GODEBUG / GOTRACEBACK changes.
    for k in ("GORACE", "GODEBUG", "GOTRACEBACK"):
        env.pop(k, None)
    return env


def go_env(src):
    env = base_env()
    env.update(GOTOOLCHAIN="local", GOFLAGS="", GO111MODULE="on")
    with open(src) as f:
        if '"golang.org/x/sync/' in f.read():
            # as tests/conformance/oracle.sh: GOPATH mode against Debian's x/sync
            env.update(GO111MODULE="off", GOPATH="/usr/share/gocode")
    return env


class Run:
    """One build and run of a program: status, stdout, stderr (text), or
    build_error (text) when the build failed."""

    def __init__(self):
        self.build_error = None
        self.status = None
        self.stdout = b""
        self.stderr = ""
        self.timed_out = False


def build(compiler, src, work, is_go):
    prog = os.path.join(work, "prog")
    cmd = [compiler, "build", "-race", "-o", prog, src]
    env = go_env(src) if is_go else base_env()
    try:
        p = subprocess.run(cmd, cwd=work, env=env, stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           timeout=BUILD_TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, "build timed out after %d s" % BUILD_TIMEOUT
    if p.returncode != 0 or not os.path.exists(prog):
        return None, "build failed (status %d):\n%s" % (
            p.returncode, p.stdout.decode("utf-8", "replace"))
    return prog, None


def execute(prog, work):
    """Runs ./prog in work with no arguments and empty stdin (as
    tests/conformance/run_one.sh does)."""
    r = Run()
    try:
        p = subprocess.run(["./" + os.path.basename(prog)], cwd=work, env=base_env(),
                           stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=RUN_TIMEOUT)
        r.status, r.stdout = p.returncode, p.stdout
        r.stderr = p.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired as e:
        r.timed_out = True
        r.status = None
        r.stdout = e.stdout or b""
        r.stderr = (e.stderr or b"").decode("utf-8", "replace")
    return r


def build_and_run(compiler, src, is_go, runs=1):
    """Builds src once and runs it `runs` times: (build_error, [Run])."""
    work = tempfile.mkdtemp(prefix="gopp-race.")
    try:
        prog, err = build(compiler, src, work, is_go)
        if err:
            return err, []
        return None, [execute(prog, work) for _ in range(runs)]
    finally:
        shutil.rmtree(work, ignore_errors=True)


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def status_text(r):
    return "timed out after %d s" % RUN_TIMEOUT if r.timed_out else "exit status %d" % r.status


def diff_text(want, got, limit=20):
    import difflib
    w = want.decode("utf-8", "replace").splitlines()
    g = got.decode("utf-8", "replace").splitlines()
    d = list(difflib.unified_diff(w, g, "want", "got", lineterm="", n=1))
    return "\n".join("    " + l for l in d[:limit])


def stderr_tail(text, n=15):
    lines = text.splitlines()
    if not lines:
        return "    (empty)"
    return "\n".join("    " + l for l in lines[-n:])


def rel(path):
    return os.path.relpath(path, ROOT)


def go_minor():
    try:
        v = subprocess.run(["go", "env", "GOVERSION"], stdout=subprocess.PIPE,
                           env=dict(base_env(), GOTOOLCHAIN="local"), check=True).stdout.decode().strip()
    except (OSError, subprocess.CalledProcessError):
        sys.exit("no working go command in PATH")
    m = re.match(r"go1\.(\d+)", v)
    if not m:
        sys.exit("cannot parse Go version %r" % v)
    return v, int(m.group(1))


def needs_newer_go(src, minor):
    """Conformance programs marked on their second line as needing a newer
    Go than the installed one (tests/conformance/README.md): the oracle
    cannot build them, gopp must."""
    with open(src) as f:
        f.readline()
        line2 = f.readline()
    if line2.startswith("// gopp: requires go1.22") or line2.startswith("// gopp: go1.22 semantics"):
        return minor < 22
    if line2.startswith("// gopp: go1.23 semantics"):
        return minor < 23
    return False
