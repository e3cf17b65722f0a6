"""Rebuild benchmark (a script, not a test): a full rebuild with a ten-step cleaning recipe against the import floor.

Writes the same 1,000,000-row orders CSV as bench_import.py, imports it once into a workspace, then measures, each
in a fresh child process on its own copy of that workspace:

- floor: parse the CSV with pyarrow into plain text rows and one `executemany` into SQLite (as bench_import.py);
- rebuild: `rebuild_canonical` with no recipe (raw rows -> parsed -> canonical tables, one transaction);
- clean: `apply_recipe` with ten steps, including the backup copy made before cleaning; the time is split into
  backup, reading raw rows, parsing, the recipe's row steps, writing, the after-write steps (merges, flags,
  outliers) and derived tables.

Usage:  .venv/bin/python benchmarks/bench_rebuild.py [--rows N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_import

TEN_STEPS = [
    {"op": "normalize_text"},
    {"op": "phones", "params": {"invalid": "drop"}},
    {"op": "dates", "params": {"fields": ["order_time"], "dayfirst": True}},
    {"op": "amounts"},
    {"op": "refunds", "params": {"mode": "exclude"}},
    {"op": "test_orders", "params": {"action": "flag"}},
    {"op": "missing", "params": {"field": "amount", "action": "flag"}},
    {"op": "duplicate_rows"},
    {"op": "outliers"},
    {"op": "merge_shared_keys"},
]


class Timer:
    """Adds up the seconds spent in wrapped functions."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def wrap(self, name: str, fn):
        def timed(*args, **kwargs):
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - start

        return timed


def stage_import(csv_file: Path, db: Path) -> dict:
    from shoplens.pipeline import import_file
    from shoplens.workspace import Workspace

    with Workspace.create(db) as ws:
        result = import_file(ws, csv_file)
    return {"rows": result.rows_read}


def stage_rebuild(db: Path) -> dict:
    from shoplens.derived import refresh_derived
    from shoplens.ingest import rebuild
    from shoplens.workspace import Workspace

    timer = Timer()
    rebuild.raw_table = timer.wrap("read raw rows", rebuild.raw_table)
    rebuild.parse_table = timer.wrap("parse", rebuild.parse_table)
    rebuild.write_canonical = timer.wrap("write", rebuild.write_canonical)
    with Workspace.open(db) as ws:
        rebuild.rebuild_canonical(ws, refresh=refresh_derived)
        orders = ws.conn.execute("SELECT count(*) FROM orders").fetchone()[0]
    return {"rows": orders, "parts": timer.seconds}


def stage_clean(db: Path) -> dict:
    from shoplens.cleaning import runner
    from shoplens.cleaning.recipe import Recipe
    from shoplens.ingest import rebuild
    from shoplens.workspace import Workspace

    timer = Timer()
    rebuild.raw_table = timer.wrap("read raw rows", rebuild.raw_table)
    rebuild.parse_table = timer.wrap("parse", rebuild.parse_table)
    rebuild.write_canonical = timer.wrap("write", rebuild.write_canonical)
    runner.RecipeRun.clean = timer.wrap("recipe row steps", runner.RecipeRun.clean)
    runner.RecipeRun.written = timer.wrap("after write (flags, key ties)", runner.RecipeRun.written)
    runner.RecipeRun.finish = timer.wrap("finish (outliers, merges, flags)", runner.RecipeRun.finish)
    Workspace.backup = timer.wrap("backup copy", Workspace.backup)
    from shoplens import pipeline

    pipeline.refresh_derived = timer.wrap("derived tables", pipeline.refresh_derived)
    recipe = Recipe.from_dict({"steps": TEN_STEPS})
    with Workspace.open(db) as ws:
        result = pipeline.apply_recipe(ws, recipe)
    return {"rows": result.orders, "parts": timer.seconds,
            "steps": {s["op"]: {k: s[k] for k in ("changed", "dropped", "flagged", "merged")} for s in result.steps}}


def child(stage: str, a: Path, b: Path) -> None:
    import sqlite3  # noqa: F401 - loaded before the clock starts

    import pandas  # noqa: F401
    import pyarrow.csv  # noqa: F401

    import shoplens.cleaning.runner
    import shoplens.ingest.importer
    import shoplens.ingest.readers  # noqa: F401

    start = time.perf_counter()
    if stage == "floor":
        info = {"rows": bench_import.floor_csv(a, b)}
    elif stage == "import":
        info = stage_import(a, b)
    elif stage == "rebuild":
        info = stage_rebuild(b)
    else:
        info = stage_clean(b)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"stage": stage, "seconds": seconds, "peak_mb": peak, **info}))


def run_child(stage: str, a: Path, b: Path) -> dict:
    done = subprocess.run([sys.executable, __file__, "--child", stage, str(a), str(b)], capture_output=True, text=True)
    if done.returncode != 0:
        return {"stage": stage, "error": (done.stderr.strip().splitlines() or ["failed"])[-1]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def copy_workspace(source: Path, target: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source, target)
    shutil.rmtree(target.with_name(target.name + ".backups"), ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--keep", metavar="DIR", help="keep the generated files in DIR")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child[0], Path(args.child[1]), Path(args.child[2]))
        return 0
    workdir = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="shoplens-rebuild-"))
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        csv_file, base = workdir / "orders.csv", workdir / "base.shoplens"
        start = time.perf_counter()
        bench_import.write_csv(csv_file, args.rows)
        print(f"generated {args.rows:,}-row CSV in {time.perf_counter() - start:.1f} s", flush=True)
        floor_db = workdir / "floor.sqlite"
        floor_db.unlink(missing_ok=True)
        floor = run_child("floor", csv_file, floor_db)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{base}{suffix}").unlink(missing_ok=True)
        imported = run_child("import", csv_file, base)
        results = {"floor": floor, "import": imported}
        for stage in ("rebuild", "clean"):
            db = workdir / f"{stage}.shoplens"
            copy_workspace(base, db)
            results[stage] = run_child(stage, csv_file, db)
        print(f"{'stage':<44} {'seconds':>8} {'peak MB':>8} {'vs floor':>8}")
        labels = {"floor": "import floor (pyarrow + executemany)", "import": "ShopLens import (for reference)",
                  "rebuild": "rebuild, no recipe", "clean": "rebuild with the ten-step recipe"}
        for stage, result in results.items():
            if "error" in result:
                print(f"{labels[stage]:<44} failed: {result['error']}")
                continue
            ratio = result["seconds"] / floor["seconds"] if "seconds" in floor else float("nan")
            print(f"{labels[stage]:<44} {result['seconds']:>8.2f} {result['peak_mb']:>8.0f} {ratio:>7.2f}x")
            for part, seconds in sorted(result.get("parts", {}).items(), key=lambda kv: -kv[1]):
                print(f"    {part:<40} {seconds:>8.2f}")
        clean = results["clean"]
        if "seconds" in clean and "seconds" in floor:
            ratio = clean["seconds"] / floor["seconds"]
            print(f"\nclean: {ratio:.2f}x the import floor (target < 3x): {'met' if ratio < 3 else 'NOT met'}")
            print("steps:", json.dumps(clean.get("steps", {}), ensure_ascii=False))
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
