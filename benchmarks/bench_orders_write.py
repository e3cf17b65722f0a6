"""Orders write benchmark (a script, not a test): the Python parts of ingest.orders.write_orders at 1M rows.

Plans the 1,000,000-row orders CSV of bench_import.py once (read, map, parse), resolves customers as the import
does, then times in the same process, each repeated and reported as median and min:

- fold: `_fold` (line items into orders) on the parsed rows;
- rows: `normalize.sql_rows` over the orders frame `insert_frame` binds (batches of 100,000, lists only);
- content keys: `_content_keys` on the same rows as if the file had no order numbers;
- write_orders: the whole write inside a transaction that is rolled back (SQLite inserts and index builds included).

The first repeat of each runs on memory the process has not touched yet (as one import does); later repeats reuse
it, so the min is the warm figure. Usage:

    .venv/bin/python benchmarks/bench_orders_write.py [--rows N] [--repeat N] [--csv FILE]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_import


def _parsed(csv_file: Path, folder: Path):
    """The frame write_orders receives for `csv_file`, its import id and channel, and an open workspace."""
    from shoplens import pipeline
    from shoplens.ingest import canonical
    from shoplens.workspace import Workspace

    ws = Workspace.create(folder / "bench.shoplens")
    plan = pipeline.plan_import(ws, csv_file)
    captured = {}

    def capture(conn, frame, import_id, channel, counts):
        captured.update(frame=frame, import_id=import_id, channel=channel)
        raise _Stop

    original = canonical.write_orders
    canonical.write_orders = capture
    try:
        pipeline.run_import(ws, plan)
    except _Stop:
        pass
    finally:
        canonical.write_orders = original
    return ws, captured["frame"], captured["import_id"], captured["channel"]


class _Stop(Exception):
    """Ends the import once the orders frame is captured (its transaction rolls back)."""


def _time(fn, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--csv", type=Path, help="an orders CSV to use instead of generating one")
    args = parser.parse_args(argv)

    from shoplens.ingest import orders
    from shoplens.ingest.canonical import CanonicalCounts
    from shoplens.ingest.normalize import sql_rows

    with tempfile.TemporaryDirectory(prefix="shoplens-bench-orders-") as tmp:
        folder = Path(tmp)
        csv_file = args.csv
        if csv_file is None:
            csv_file = folder / f"orders_{args.rows}.csv"
            bench_import.write_csv(csv_file, args.rows)
        ws, frame, import_id, channel = _parsed(csv_file, folder)
        rows = frame.copy(deep=False)
        rows["line_cents"] = orders._line_amounts(rows)
        rows["channel"] = channel
        folded, _ = orders._fold(rows, CanonicalCounts())
        bound = folded[[c for c in orders.ORDER_COLUMNS if c in folded]]

        def all_rows():
            for start in range(0, len(bound), 100_000):
                sql_rows(bound.iloc[start:start + 100_000])

        def write():
            ws.conn.execute("BEGIN")
            try:
                orders.write_orders(ws.conn, frame, import_id, channel, CanonicalCounts())
            finally:
                ws.conn.execute("ROLLBACK")

        print(f"{len(frame):,} rows, {len(folded):,} orders ({csv_file.name})")
        for label, fn in (("fold", lambda: orders._fold(rows, CanonicalCounts())), ("rows (sql_rows)", all_rows),
                          ("content keys", lambda: orders._content_keys(rows)), ("write_orders", write)):
            times = _time(fn, args.repeat)
            print(f"{label:18s} median {statistics.median(times):6.3f} s   min {min(times):6.3f} s   first"
                  f" {times[0]:6.3f} s")
        ws.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
