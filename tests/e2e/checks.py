# Shared by the Python end-to-end tests (imported, not run): where things
# are, a checker that prints "ok ..." / "FAIL ..." lines and the closing
# "N passed, N failed" tally that lib.sh's add_tally reads, and a runner of
# `stancegraph build`.
#
# Environment (ctest sets the first three; each has a default for running a
# test by hand): STANCEGRAPH_BIN, SOURCE_DIR, SHARED_DIR, and
# STANCEGRAPH_E2E_EXTRA_ARGS, extra words for every build (see lib.sh).
import os
import subprocess
import sys

SOURCE = os.environ.get("SOURCE_DIR") or os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BIN = os.environ.get("STANCEGRAPH_BIN") or os.path.join(SOURCE, "build", "stancegraph")
SHARED = os.environ.get("SHARED_DIR") or os.path.join(SOURCE, "..", "shared")
EXTRA = os.environ.get("STANCEGRAPH_E2E_EXTRA_ARGS", "").split()

passed = failed = 0


def check(cond, what, details=(), most=5):
    """Counts and prints one check; `details` (up to `most` lines) explain a failure."""
    global passed, failed
    if cond:
        passed += 1
        print(f"ok   {what}")
    else:
        failed += 1
        print(f"FAIL {what}")
        for d in list(details)[:most]:
            print(f"     {d}")
    return cond


def finish():
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


def give_up(what):
    """A failure that leaves nothing else worth checking."""
    print(f"FAIL {what}")
    print(f"{passed} passed, {failed + 1} failed")
    sys.exit(1)


def build(args):
    """`stancegraph build ARGS` (and the extra words); its standard output. Exit 0 and a silent stderr, or give up."""
    r = subprocess.run([BIN, "build", *args, *EXTRA], capture_output=True)
    if r.returncode != 0 or r.stderr:
        give_up(f"stancegraph build {' '.join(args)}: exit {r.returncode}: {r.stderr.decode()[:300]}")
    return r.stdout
