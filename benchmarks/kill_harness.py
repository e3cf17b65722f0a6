"""Kill harness, long run (a script, not a test): SIGKILL import, cleaning rebuild, segmentation save and export
at random moments, many times, and check every workspace afterwards.

Each kill starts the operation in a fresh child process on a fresh copy of a base workspace, waits until the
child has loaded and opened it, sleeps a random time (seeded) between 0 and 1.1x the operation's uninterrupted
duration, and SIGKILLs it. Then the workspace must open (the dead child's lock is taken over), pass
`PRAGMA integrity_check`, and hold exactly the state before or after the operation (row counts and hashes of
every table); an export's file must be the old one or the whole new one; every backup copy must pass its check.

Usage:  .venv/bin/python benchmarks/kill_harness.py [--kills 100] [--rows 4000] [--seed 1] [--ops import,clean]
Prints: operations interrupted, workspaces recovered, rows lost (must be 0), and the failures if any.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import crashkit


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=100, help="kills per operation (default 100)")
    parser.add_argument("--rows", type=int, default=4000, help="orders in each generated CSV (default 4000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--ops", default=",".join(crashkit.OPERATIONS), help="comma-separated operations")
    parser.add_argument("--keep", help="work in this folder and keep it (default: a temporary folder)")
    args = parser.parse_args(argv)
    ops = tuple(o for o in args.ops.split(",") if o)
    with tempfile.TemporaryDirectory(prefix="shoplens-kill-") as tmp:
        work = Path(args.keep) if args.keep else Path(tmp)
        start = time.perf_counter()
        base = crashkit.prepare(work / "base", rows=args.rows, seed=args.seed)
        per_op: dict[str, crashkit.Tally] = {op: crashkit.Tally() for op in ops}

        def report(op: str, n: int, tally: crashkit.Tally) -> None:
            per_op[op].add(tally)
            if tally.failures:
                print(f"  FAILED {op} kill {n}: {tally.failures}", flush=True)
            if (n + 1) % 25 == 0:
                t = per_op[op]
                print(f"  {op}: {n + 1} kills, {t.interrupted} interrupted, {t.recovered} recovered", flush=True)

        total, cals = crashkit.run_harness(base, work / "runs", args.kills, args.seed, ops, report=report)
        seconds = time.perf_counter() - start
    print()
    print(f"{'operation':<10} {'run (s)':>8} {'kills':>6} {'interrupted':>12} {'finished':>9} {'recovered':>10}"
          f" {'= before':>9} {'= after':>8} {'rows lost':>10} {'temp files':>11} {'backups ok':>11}")
    for op in ops:
        t = per_op[op]
        print(f"{op:<10} {cals[op].seconds:>8.2f} {args.kills:>6} {t.interrupted:>12} {t.finished:>9}"
              f" {t.recovered:>10} {t.at_before:>9} {t.at_after:>8} {t.rows_lost:>10} {t.leftover_temp_files:>11}"
              f" {t.backups_checked:>11}")
    print()
    print(f"Operations interrupted: {total.interrupted} (of {args.kills * len(ops)} kills; the rest had finished)")
    print(f"Workspaces recovered:   {total.recovered} of {args.kills * len(ops)}")
    print(f"Rows lost:              {total.rows_lost}")
    print(f"Failures:               {len(total.failures)}")
    for failure in total.failures[:20]:
        print(f"  {failure}")
    print(f"({seconds:.0f} s in all)")
    return 1 if total.failures or total.rows_lost else 0


if __name__ == "__main__":
    raise SystemExit(main())
