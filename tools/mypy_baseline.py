"""mypy over the core, against a baseline of known errors that may only shrink.

The core is everything in desktop/shoplens but ui/ and app.py (see [tool.mypy] in pyproject.toml).
tests/test_types.py fails when mypy reports an error that is not in tests/mypy_baseline.txt, and when the baseline
lists an error that is gone. After fixing errors (never to add new ones), write the smaller baseline with:

    .venv/bin/python tools/mypy_baseline.py --update

An error is keyed by its file, message and code, without its line number, so edits elsewhere in a file keep it.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / "tests" / "mypy_baseline.txt"
_ERROR = re.compile(r"^(?P<path>[^:]+):\d+(?::\d+)?: error: (?P<message>.*)$")
_LINE = re.compile(r"\bline \d+\b")


def run_mypy() -> list[str]:
    """Every error mypy reports over the core, as baseline entries ('path: message  [code]')."""
    done = subprocess.run([sys.executable, "-m", "mypy", "--config-file", "pyproject.toml"], cwd=ROOT,
                          capture_output=True, text=True, timeout=900)
    if done.returncode not in (0, 1):
        raise RuntimeError(f"mypy did not run (exit {done.returncode}):\n{done.stdout}\n{done.stderr}")
    entries = []
    for line in done.stdout.splitlines():
        found = _ERROR.match(line)
        if found:
            path = Path(found["path"]).as_posix()
            entries.append(f"{path}: {_LINE.sub('line N', found['message'])}")
    return sorted(entries)


def read_baseline() -> list[str]:
    """The known errors, one per line (a file's repeated error is listed as often as it occurs)."""
    if not BASELINE.exists():
        return []
    return [line for line in BASELINE.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


def compare(found: list[str], known: list[str]) -> tuple[list[str], list[str]]:
    """(new errors, baseline entries that no longer occur)."""
    new = Counter(found) - Counter(known)
    gone = Counter(known) - Counter(found)
    return sorted(new.elements()), sorted(gone.elements())


def write_baseline(entries: list[str]) -> None:
    header = ("# mypy's known errors over the core (tools/mypy_baseline.py): this list may only shrink.\n"
              "# Fix an error, then run: .venv/bin/python tools/mypy_baseline.py --update\n")
    BASELINE.write_text(header + "".join(f"{e}\n" for e in entries), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="write the baseline; refused if it would grow")
    parser.add_argument("--force", action="store_true", help="with --update: write it even when it grows")
    args = parser.parse_args()
    found = run_mypy()
    new, gone = compare(found, read_baseline())
    for entry in new:
        print(f"new: {entry}")
    for entry in gone:
        print(f"fixed: {entry}")
    if args.update:
        if new and not args.force:
            print("not written: fix the new errors instead of adding them to the baseline")
            return 1
        write_baseline(found)
        print(f"{len(found)} errors in {BASELINE.relative_to(ROOT)}")
        return 0
    print(f"{len(found)} errors; {len(new)} new, {len(gone)} fixed since the baseline")
    return 1 if new else 0


if __name__ == "__main__":
    raise SystemExit(main())
