"""The raw rows of every import, kept unchanged: read and written here as a Table (or Arrow tables).

How they are stored (zstd-compressed Arrow chunks in the `raw_chunks` table, `_row` then c1..cN, in file order)
and the migration from the `raw_<id>` tables of older workspaces live in `workspace.raw_chunks`.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..progress import Reporter
from ..workspace.raw_chunks import (
    Chunk,
    as_raw_table,
    encode_chunk,
    encode_chunks,
    has_chunks,
    insert_chunks,
    iter_chunks,
    legacy_batches,
    legacy_raw_tables,
    raw_schema,
)
from .table import Table

if TYPE_CHECKING:
    import pyarrow as pa


def encode_raw(table: Table) -> list[Chunk]:
    """The table's cells and row numbers as encoded chunks (no database needed: an import runs this in a thread
    while it writes customers and orders, then stores the result with write_raw)."""
    arrays = [a.fill_null("") if a.null_count else a for a in table.arrays()]  # a None cell of a row-held table
    return encode_chunks(as_raw_table(arrays, table.row_number_array()))


def write_raw(conn: sqlite3.Connection, import_id: int, table: Table | list[Chunk],
              reporter: Reporter | None = None) -> None:
    """Store the table's cells and row numbers (or encode_raw's chunks of them) as the raw rows of `import_id`
    (inside the caller's transaction)."""
    chunks = encode_raw(table) if isinstance(table, Table) else table
    insert_chunks(conn, import_id, chunks, reporter=reporter)
    if reporter is not None:
        rows = sum(c[2] for c in chunks)
        reporter.step(rows, rows, "Saving rows")


def _column_count(conn: sqlite3.Connection, import_id: int) -> int:
    row = conn.execute("SELECT columns FROM imports WHERE id = ?", (import_id,)).fetchone()
    try:
        return len(json.loads(row[0])) if row else 0
    except (TypeError, ValueError):
        return 0


def read_raw(conn: sqlite3.Connection, import_id: int) -> pa.Table:
    """Every raw row of one import (`_row`, c1..cN), in file order."""
    import pyarrow as pa

    chunks = [chunk for _, chunk in iter_chunks(conn, import_id)]
    if not chunks and (import_id, f"raw_{import_id}") in legacy_raw_tables(conn):
        # a file from before raw_chunks that was not upgraded: opened read-only, or a backup copy
        chunks = list(legacy_batches(conn, f"raw_{import_id}"))
    if not chunks:
        return raw_schema(_column_count(conn, import_id)).empty_table()
    return pa.concat_tables(chunks) if len(chunks) > 1 else chunks[0]


def raw_records(conn: sqlite3.Connection, import_id: int) -> list[tuple]:
    """Every raw row of one import as a tuple (_row, c1, ..., cN), in file order (for small imports and tests)."""
    data = read_raw(conn, import_id)
    return list(zip(*(column.to_pylist() for column in data.columns), strict=True))


def raw_table(conn: sqlite3.Connection, import_id: int) -> Table:
    """The rows of one import exactly as they were read, as a columnar Table with the import's header and file."""
    info = conn.execute("SELECT file_name, sheet, header_row, columns, encoding, delimiter FROM imports WHERE id = ?",
                        (import_id,)).fetchone()
    file_name, sheet, header_row, columns, encoding, delimiter = info
    columns = json.loads(columns)
    data = read_raw(conn, import_id)
    if data.num_columns != len(columns) + 1:
        raise ValueError(f"the raw rows of import {import_id} have {data.num_columns - 1} columns,"
                         f" its header {len(columns)}")
    numbers = data.column(0).to_numpy()
    # the columns stay chunked as stored (joining them copied every cell: 0.17 s per million rows)
    arrays = [data.column(i) for i in range(1, data.num_columns)]
    return Table.from_arrays(file_name, sheet, header_row, columns, arrays, numbers, encoding=encoding,
                             delimiter=delimiter)


def raw_imports(conn: sqlite3.Connection) -> list[int]:
    """The imports that have raw rows stored, by id (none in a file from before raw_chunks, such as an old backup)."""
    if not has_chunks(conn):
        return []
    return [int(r[0]) for r in conn.execute("SELECT DISTINCT import_id FROM raw_chunks ORDER BY import_id")]


def raw_row_count(conn: sqlite3.Connection, import_id: int) -> int:
    """How many raw rows one import keeps (without reading them)."""
    return int(conn.execute("SELECT coalesce(sum(rows), 0) FROM raw_chunks WHERE import_id = ?",
                            (import_id,)).fetchone()[0])


def drop_raw(conn: sqlite3.Connection, import_id: int) -> None:
    """Delete every raw row of one import."""
    conn.execute("DELETE FROM raw_chunks WHERE import_id = ?", (import_id,))


def replace_chunk(conn: sqlite3.Connection, import_id: int, chunk: int, data: pa.Table) -> None:
    """Store `data` in place of one chunk (a chunk left with no rows is deleted)."""
    if data.num_rows == 0:
        conn.execute("DELETE FROM raw_chunks WHERE import_id = ? AND chunk = ?", (import_id, chunk))
        return
    numbers = data.column(0)
    conn.execute("UPDATE raw_chunks SET first_row = ?, last_row = ?, rows = ?, data = ? WHERE import_id = ? AND chunk = ?",
                 (numbers[0].as_py(), numbers[data.num_rows - 1].as_py(), data.num_rows,
                  memoryview(encode_chunk(data)), import_id, chunk))


def rewrite_raw(conn: sqlite3.Connection, import_id: int, fn: Callable[[pa.Table], pa.Table]) -> int:
    """Pass every chunk of one import through `fn`; a chunk for which it returns a new table is stored anew.

    Returns how many chunks were rewritten. `fn` must keep the schema; it may drop rows (privacy erasure).
    """
    changed = 0
    for number, chunk in list(iter_chunks(conn, import_id)):
        new = fn(chunk)
        if new is chunk:
            continue
        if not new.schema.equals(chunk.schema):
            raise ValueError("a rewritten raw chunk must keep its columns")
        replace_chunk(conn, import_id, number, new)
        changed += 1
    return changed
