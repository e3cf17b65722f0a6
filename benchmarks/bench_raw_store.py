"""Raw-row store benchmark (a script, not a test): Arrow chunks in raw_chunks against the old raw_<id> table.

Writes the bench_import orders CSV (1,000,000 rows x 10 text columns by default), reads it with pyarrow.csv as all
text, then times, each `--repeat` times (the best is printed):

- chunks: `raw_store.write_raw` (zstd Arrow IPC chunks) and `raw_store.read_raw` / `raw_store.raw_table`;
- old table: one `executemany` into `raw_<id>` (_row, c1..cN TEXT) and reading it back as Python rows, as the
  importer and rebuild did before; then `raw_chunks.convert_legacy` on it (what the schema migration does);

and the bytes each takes in the file (dbstat would need a special build: the file size before and after is used).

    .venv/bin/python benchmarks/bench_raw_store.py [--rows N] [--repeat 3] [--chunk-rows 65536 ...]
"""

from __future__ import annotations

import argparse
import gc
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_import import write_csv

IMPORTS_SQL = ("CREATE TABLE imports (id INTEGER PRIMARY KEY, file_name TEXT, sheet TEXT, header_row INTEGER,"
               " columns TEXT, encoding TEXT, delimiter TEXT)")


def read_csv_table(path: Path):
    """The CSV as a columnar shoplens Table (every column text, row numbers 2..n+1)."""
    import json

    import numpy as np
    import pyarrow as pa
    import pyarrow.csv as pacsv

    from shoplens.ingest.table import Table

    names = path.read_text(encoding="utf-8").split("\n", 1)[0].split(",")
    convert = pacsv.ConvertOptions(column_types={n: pa.large_string() for n in names}, strings_can_be_null=False)
    data = pacsv.read_csv(path, convert_options=convert)
    arrays = [data.column(i).combine_chunks() for i in range(data.num_columns)]
    numbers = np.arange(2, data.num_rows + 2, dtype=np.int64)
    return Table.from_arrays(path.name, None, 1, names, arrays, numbers), json.dumps(names, ensure_ascii=False)


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA cache_size=-65536")
    conn.execute(IMPORTS_SQL)
    return conn


def size(conn: sqlite3.Connection, path: Path) -> int:
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path.stat().st_size


def bench_chunks(folder: Path, table, columns_json: str, repeat: int) -> dict[str, float]:
    from shoplens.ingest import raw_store
    from shoplens.workspace import raw_chunks

    best = {"write": 1e9, "read": 1e9, "raw_table": 1e9, "bytes": 0}
    for attempt in range(repeat):
        path = folder / f"chunks{attempt}.sqlite"
        conn = connect(path)
        conn.execute(raw_chunks.RAW_CHUNKS_SQL)
        conn.execute("INSERT INTO imports VALUES (1, 'f.csv', NULL, 1, ?, NULL, NULL)", (columns_json,))
        empty = size(conn, path)
        gc.collect()
        start = time.perf_counter()
        conn.execute("BEGIN")
        raw_store.write_raw(conn, 1, table)
        conn.execute("COMMIT")
        best["write"] = min(best["write"], time.perf_counter() - start)
        best["bytes"] = size(conn, path) - empty
        start = time.perf_counter()
        data = raw_store.read_raw(conn, 1)
        best["read"] = min(best["read"], time.perf_counter() - start)
        assert data.num_rows == table.n_rows
        del data
        start = time.perf_counter()
        back = raw_store.raw_table(conn, 1)
        back.arrays()
        best["raw_table"] = min(best["raw_table"], time.perf_counter() - start)
        del back
        conn.close()
        path.unlink()
    return best


def bench_old_table(folder: Path, table, columns_json: str, repeat: int) -> dict[str, float]:
    """The old layout: one SQLite row per file row, read back as Python rows (rebuild.raw_table before)."""
    n = len(table.columns)
    rows = table.rows
    numbers = table.row_numbers
    best = {"write": 1e9, "read": 1e9, "bytes": 0}
    for attempt in range(repeat):
        path = folder / f"old{attempt}.sqlite"
        conn = connect(path)
        empty = size(conn, path)
        gc.collect()
        start = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute(f"CREATE TABLE raw_1 (_row INTEGER NOT NULL, {', '.join(f'c{i} TEXT' for i in range(1, n + 1))})")
        conn.executemany(f"INSERT INTO raw_1 VALUES ({', '.join('?' * (n + 1))})",
                         ((numbers[i], *rows[i]) for i in range(len(rows))))
        conn.execute("COMMIT")
        best["write"] = min(best["write"], time.perf_counter() - start)
        best["bytes"] = size(conn, path) - empty
        gc.disable()
        start = time.perf_counter()
        cells = ", ".join(f"coalesce(c{i}, '')" for i in range(1, n + 1))
        back = list(map(list, conn.execute(f"SELECT {cells}, _row FROM raw_1 ORDER BY rowid")))
        list(map(list.pop, back))
        best["read"] = min(best["read"], time.perf_counter() - start)
        gc.enable()
        del back
        from shoplens.ingest import raw_store
        from shoplens.workspace import raw_chunks

        conn.execute("INSERT INTO imports VALUES (1, 'f.csv', NULL, 1, ?, NULL, NULL)", (columns_json,))
        start = time.perf_counter()
        conn.execute("BEGIN")
        raw_chunks.convert_legacy(conn)  # what opening a workspace from before raw_chunks does
        conn.execute("COMMIT")
        best["convert"] = min(best.get("convert", 1e9), time.perf_counter() - start)
        assert raw_store.raw_row_count(conn, 1) == len(rows)
        conn.close()
        path.unlink()
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--chunk-rows", type=int, nargs="*", default=None, help="try these chunk sizes")
    parser.add_argument("--skip-old", action="store_true")
    args = parser.parse_args()
    from shoplens.workspace import raw_chunks

    with tempfile.TemporaryDirectory() as d:
        folder = Path(d)
        csv_path = folder / "orders.csv"
        write_csv(csv_path, args.rows)
        table, columns_json = read_csv_table(csv_path)
        text_bytes = sum(a.nbytes for a in table.arrays())
        print(f"{table.n_rows:,} rows x {len(table.columns)} columns, {text_bytes / 1e6:.0f} MB of Arrow text,"
              f" best of {args.repeat}")
        for rows in args.chunk_rows or [raw_chunks.CHUNK_ROWS]:
            raw_chunks.CHUNK_ROWS = rows
            best = bench_chunks(folder, table, columns_json, args.repeat)
            print(f"chunks of {rows:>7,} rows: write {best['write']:.2f} s, read_raw {best['read']:.2f} s,"
                  f" raw_table+arrays {best['raw_table']:.2f} s, {best['bytes'] / 1e6:.1f} MB in the file")
        if not args.skip_old:
            old = bench_old_table(folder, table, columns_json, args.repeat)
            print(f"old raw_<id> table:      write {old['write']:.2f} s, read rows {old['read']:.2f} s,"
                  f" {old['bytes'] / 1e6:.1f} MB in the file; converted to chunks in {old['convert']:.2f} s")


if __name__ == "__main__":
    main()
