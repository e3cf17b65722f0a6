"""The kill harness: run a workspace operation in a child process, SIGKILL it at a random moment, then check.

After each kill the workspace must open (taking over the dead process's lock), pass `PRAGMA integrity_check`,
and hold exactly the state before or the state after the operation: compared as a canonical dump (row count and
a hash of every table, time-stamp columns left out). An export's target file must be the old file or the whole
new one. Every backup copy left in the backups folder must pass its check (a half-made copy is never listed).

Used by tests/test_crash_safety.py (a few kills) and benchmarks/kill_harness.py (many).
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

OPERATIONS = ("import", "clean", "segment", "export", "restore")
TIME_COLUMNS = {"at", "changed_at", "created_at", "decided_at", "imported_at", "taken_at", "updated_at",
                "fit_seconds"}  # how long a prediction fit took (in prediction_runs.details) is a time too
JSON_WITH_TIMES = {"meta": "value", "prediction_runs": "details"}  # JSON columns whose time keys are left out
RECIPE = [
    {"op": "normalize_text"},
    {"op": "phones", "params": {"invalid": "drop"}},
    {"op": "refunds", "params": {"mode": "exclude"}},
    {"op": "duplicate_rows"},
    {"op": "merge_shared_keys"},
]
HEADER = ["Order No", "Order Time", "Member No", "Name", "Phone", "Product", "Qty", "Amount", "Status"]
PRODUCTS = ("龙井", "乌龙", "普洱", "白茶", "红茶")
NAMES = "王李张刘陈杨黄赵吴周"


def write_orders_csv(path: Path, rows: int, seed: int, first_order: int = 1, people: int = 400) -> Path:
    """An orders CSV: order no, time, member no, name, phone (some shared, some bad), product, qty, amount."""
    rng = random.Random(seed)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(HEADER)
        for n in range(first_order, first_order + rows):
            person = rng.randrange(people)
            phone = f"139{person:08d}" if person % 17 else "12345"
            when = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(9, 21):02d}:{n % 60:02d}"
            status = "退款" if n % 31 == 0 else "已付款"
            out.writerow([f"SO{n:07d}", when, f"M{person:05d}", rng.choice(NAMES) + rng.choice(NAMES), phone,
                          rng.choice(PRODUCTS), rng.randint(1, 3), f"{rng.randint(10, 900)}.{rng.randint(0, 99):02d}",
                          status])
    return path


def prepare(folder: Path, rows: int = 2000, seed: int = 1) -> Path:
    """A base workspace with one import and one segmentation run, plus the files the operations read."""
    from shoplens.pipeline import import_file
    from shoplens.segmentation.build import build_run
    from shoplens.segmentation.runs import save_run
    from shoplens.workspace import Workspace

    folder.mkdir(parents=True, exist_ok=True)
    write_orders_csv(folder / "first.csv", rows, seed)
    write_orders_csv(folder / "second.csv", rows, seed + 1, first_order=rows // 2)  # half the orders known
    base = folder / "base.shoplens"
    with Workspace.create(base, shop_name="Kill harness") as ws:
        import_file(ws, folder / "first.csv")
        ws.backup("manual")  # what the restore operation puts back (it has no segmentation run yet)
        save_run(ws, build_run(ws, "rfm-grid"))
    return base


def child_main(op: str, ws_path: str, folder: str) -> None:
    """Run one operation (the child process's whole job); prints 'ready' once loaded and 'done' at the end."""
    from shoplens.campaigns.selectors import Selector
    from shoplens.cleaning.recipe import Recipe, Step
    from shoplens.pipeline import apply_recipe, import_file
    from shoplens.reports.export import export_contacts
    from shoplens.segmentation.build import build_run
    from shoplens.segmentation.runs import save_run
    from shoplens.workspace import Workspace

    ws = Workspace.open(ws_path)
    ids = [r[0] for r in ws.conn.execute("SELECT id FROM customers ORDER BY id")]
    print("ready", flush=True)
    if op == "import":
        import_file(ws, Path(folder) / "second.csv")
    elif op == "clean":
        apply_recipe(ws, Recipe([Step(**s) for s in RECIPE]))  # a backup copy first, then the rebuild
    elif op == "segment":
        save_run(ws, build_run(ws, "rfm-cn8"))
    elif op == "export":
        export_contacts(ws, Selector.customer_ids(ids), Path(folder) / "contacts.csv", include_opted_out=True)
    elif op == "restore":
        from shoplens.workspace.backups import restore_backup

        ws.close()
        restore_backup(ws_path, "newest")
    else:
        raise SystemExit(f"unknown operation {op}")
    ws.close()
    print("done", flush=True)


def dump(path: Path) -> dict[str, tuple[int, str]]:
    """Row count and content hash of every table (time stamps left out); audit log by its actions."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        out = {}
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                             " AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        for table in tables:
            cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")') if r[1] not in TIME_COLUMNS]
            if table == "audit_log":
                cols = ["action"]
            where = " WHERE key NOT LIKE '%_at'" if table == "meta" else ""
            select = ", ".join(f'"{c}"' for c in cols)
            digest = hashlib.sha256()
            count = 0
            timed = cols.index(JSON_WITH_TIMES[table]) if table in JSON_WITH_TIMES else None
            for row in conn.execute(f'SELECT {select} FROM "{table}"{where} ORDER BY {select}'):
                if timed is not None:
                    row = (*row[:timed], _without_times(row[timed]), *row[timed + 1:])
                digest.update(repr(row).encode("utf-8"))
                count += 1
            out[table] = (count, digest.hexdigest()[:16])
        return out
    finally:
        conn.close()


def _without_times(value: str) -> str:
    """A meta value with time stamps inside its JSON (e.g. cleaning_last_run's "at") left out."""
    try:
        data = json.loads(value)
    except (TypeError, ValueError):
        return value
    if isinstance(data, dict):
        return json.dumps({k: v for k, v in data.items() if k not in TIME_COLUMNS}, sort_keys=True)
    return value


def differing(a: dict, b: dict) -> list[str]:
    """Tables whose count or hash differ between two dumps."""
    return sorted(t for t in set(a) | set(b) if a.get(t) != b.get(t))


def rows_lost(got: dict, states: list[dict]) -> int:
    """Rows missing from the recovered workspace compared with the nearest acceptable state (0 when it is one)."""
    return min(sum(max(0, want[0] - got.get(t, (0, ""))[0]) for t, want in state.items()) for state in states)


@dataclass
class Calibration:
    """One uninterrupted run of an operation: how long it took after 'ready', and the state it leaves."""

    op: str
    seconds: float
    before: dict
    after: dict
    export_before: bytes | None = None
    export_after: bytes | None = None


@dataclass
class Tally:
    """What a series of kills found."""

    interrupted: int = 0  # killed before they finished
    finished: int = 0  # finished before the kill came
    recovered: int = 0  # opened, passed integrity_check and held the before or after state
    at_before: int = 0
    at_after: int = 0
    rows_lost: int = 0
    leftover_temp_files: int = 0  # `.part` files of a killed export or backup (never mistaken for the real file)
    backups_checked: int = 0
    failures: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in ("interrupted", "finished", "recovered", "at_before", "at_after", "rows_lost",
                     "leftover_temp_files", "backups_checked"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.failures += other.failures


def _spawn(op: str, ws_path: Path, folder: Path) -> subprocess.Popen:
    here = str(Path(__file__).resolve().parent)
    code = f"import sys; sys.path.insert(0, {here!r}); import crashkit; crashkit.child_main(*sys.argv[1:])"
    return subprocess.Popen([sys.executable, "-c", code, op, str(ws_path), str(folder)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _fresh_copy(base: Path, folder: Path) -> Path:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for name in ("first.csv", "second.csv"):
        shutil.copy(base.parent / name, folder / name)
    target = folder / "shop.shoplens"
    shutil.copy(base, target)
    backups = base.with_name(base.name + ".backups")
    if backups.is_dir():
        shutil.copytree(backups, target.with_name(target.name + ".backups"))
    (folder / "contacts.csv").write_bytes(b"old export\n")
    return target


def calibrate(op: str, base: Path, work: Path) -> Calibration:
    """Run `op` to the end once on a fresh copy; record its time and the before/after states."""
    ws_path = _fresh_copy(base, work)
    before = dump(ws_path)
    export_before = (work / "contacts.csv").read_bytes()
    child = _spawn(op, ws_path, work)
    out, err = _ready(child)
    start = time.perf_counter()
    done = child.stdout.readline()  # the time to 'done', not to the interpreter's exit
    seconds = time.perf_counter() - start
    out2, err2 = child.communicate(timeout=600)
    if child.returncode != 0 or done.strip() != "done":
        raise RuntimeError(f"the {op} operation failed without a kill:\n{err}{err2}")
    return Calibration(op, seconds, before, dump(ws_path), export_before,
                       (work / "contacts.csv").read_bytes())


def _ready(child: subprocess.Popen) -> tuple[str, str]:
    line = child.stdout.readline()
    if line.strip() != "ready":
        child.kill()
        _, err = child.communicate()
        raise RuntimeError(f"the child did not start: {line!r}\n{err}")
    return line, ""


def kill_once(cal: Calibration, base: Path, work: Path, rng: random.Random) -> Tally:
    """Start the operation on a fresh copy, SIGKILL it after a random delay, then check the workspace."""
    from shoplens.workspace import Workspace
    from shoplens.workspace.backups import backup_paths, integrity_problems

    tally = Tally()
    ws_path = _fresh_copy(base, work)
    child = _spawn(cal.op, ws_path, work)
    _ready(child)
    time.sleep(rng.uniform(0.0, cal.seconds * 1.1))
    child.kill()  # SIGKILL on POSIX: no clean-up of any kind runs
    out, _err = child.communicate(timeout=60)
    if "done" in out:
        tally.finished += 1
    else:
        tally.interrupted += 1
    problems = integrity_problems(ws_path)
    where = f"{cal.op} #{rng.random():.6f}"
    if problems:
        tally.failures.append(f"{where}: integrity_check failed: {problems[:3]}")
        return tally
    try:
        with Workspace.open(ws_path) as ws:  # takes over the dead child's lock
            ws.conn.execute("SELECT count(*) FROM customers").fetchone()
    except Exception as exc:  # any failure to open is what the harness reports
        tally.failures.append(f"{where}: could not open: {exc}")
        return tally
    got = dump(ws_path)
    if got == cal.before:
        tally.at_before += 1
    elif got == cal.after:
        tally.at_after += 1
    else:
        tally.failures.append(f"{where}: in-between state; tables differing from before "
                              f"{differing(got, cal.before)}, from after {differing(got, cal.after)}")
    tally.rows_lost += rows_lost(got, [cal.before, cal.after])
    if cal.op == "export":
        content = (work / "contacts.csv").read_bytes()
        if content not in (cal.export_before, cal.export_after):
            tally.failures.append(f"{where}: the export file is half-written ({len(content)} bytes)")
    for copy in backup_paths(ws_path):
        tally.backups_checked += 1
        if integrity_problems(copy, full=False):
            tally.failures.append(f"{where}: backup copy {copy.name} is damaged")
    tally.leftover_temp_files += sum(1 for p in work.rglob("*.part"))
    if not tally.failures:
        tally.recovered += 1
    return tally


def run_harness(base: Path, work: Path, kills_per_op: int, seed: int, ops: tuple[str, ...] = OPERATIONS,
                report=None, repeat_check: bool = True) -> tuple[Tally, dict[str, Calibration]]:
    """Calibrate each operation, then kill it `kills_per_op` times; returns the totals and the calibrations."""
    rng = random.Random(seed)
    total = Tally()
    cals = {}
    for op in ops:
        cal = calibrate(op, base, work / f"{op}-calibration")
        if repeat_check:  # the after-state must not depend on the run, or a finished run would look in-between
            again = calibrate(op, base, work / f"{op}-calibration")
            if again.after != cal.after:
                raise RuntimeError(f"{op} is not repeatable: {differing(again.after, cal.after)} differ")
        if cal.after == cal.before:
            raise RuntimeError(f"{op} changed nothing: the harness would prove nothing")
        cals[op] = cal
        for n in range(kills_per_op):
            tally = kill_once(cal, base, work / f"{op}-{n % 2}", rng)
            total.add(tally)
            if report is not None:
                report(op, n, tally)
    return total, cals


def as_json(tally: Tally) -> str:
    """The tally as JSON (for the benchmark's output)."""
    return json.dumps({k: v for k, v in tally.__dict__.items()}, ensure_ascii=False, indent=2)


if __name__ == "__main__" and len(sys.argv) > 1:
    os.environ.setdefault("PYTHONHASHSEED", "0")
    child_main(*sys.argv[1:])
