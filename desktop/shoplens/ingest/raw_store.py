"""The raw rows of every import, kept unchanged as zstd-compressed Arrow chunks in the `raw_chunks` table.

Each chunk is one Arrow IPC stream of up to CHUNK_ROWS rows: `_row` (the row number in the file, int64) and
`c1..cN` (every cell's text exactly as read, "" for empty; the column names stay in `imports.columns`). Chunks are
numbered from 0 in file order, so reading them in order gives the rows back in the order they were read.
Workspaces written before this layout kept one SQLite table `raw_<id>` per import; `convert_legacy` turns those
into chunks (the schema migration calls it), and `legacy_raw_tables` finds them (old backups still hold them).
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from ..progress import Reporter
from .table import Table

if TYPE_CHECKING:
    import pyarrow as pa

CHUNK_ROWS = 65_536  # rows per chunk (see benchmarks/README.md: bigger chunks read no faster, smaller ones slower)
CHUNK_BYTES = 64 << 20  # and at most about this much uncompressed text per chunk (wide or very long cells)
RAW_CHUNKS_SQL = """CREATE TABLE IF NOT EXISTS raw_chunks (
    import_id INTEGER NOT NULL,
    chunk INTEGER NOT NULL,
    first_row INTEGER,
    last_row INTEGER,
    rows INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (import_id, chunk)
)"""
_LEGACY = re.compile(r"raw_(\d+)")


def cell_names(n: int) -> list[str]:
    """The stored names of n cell columns: c1..cN."""
    return [f"c{i}" for i in range(1, n + 1)]


def raw_schema(n: int) -> pa.Schema:
    """The schema of every chunk of an import with n columns."""
    import pyarrow as pa

    return pa.schema([pa.field("_row", pa.int64())] + [pa.field(name, pa.large_string()) for name in cell_names(n)])


def encode_chunk(chunk: pa.Table) -> pa.Buffer:
    """One chunk as a zstd-compressed Arrow IPC stream."""
    import pyarrow as pa

    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, chunk.schema, options=pa.ipc.IpcWriteOptions(compression="zstd")) as writer:
        writer.write_table(chunk, max_chunksize=max(chunk.num_rows, 1))
    return sink.getvalue()


def decode_chunk(data: bytes) -> pa.Table:
    """The table one stored chunk holds."""
    import pyarrow as pa

    return pa.ipc.open_stream(pa.py_buffer(data)).read_all()


def _rows_per_chunk(data: pa.Table) -> int:
    """CHUNK_ROWS, fewer when the rows are wide or long (so that no chunk holds much more than CHUNK_BYTES)."""
    if data.num_rows == 0:
        return CHUNK_ROWS
    per_row = max(data.nbytes / data.num_rows, 1.0)
    return max(1, min(CHUNK_ROWS, int(CHUNK_BYTES / per_row)))


Chunk = tuple[int, int, int, "pa.Buffer"]  # first row number, last row number, rows, the encoded stream


def encode_chunks(data: pa.Table) -> list[Chunk]:
    """`data` (as as_raw_table gives it) cut into chunks and encoded, in order."""
    step = _rows_per_chunk(data)
    numbers = data.column(0)
    chunks = []
    for start in range(0, data.num_rows, step):
        piece = data.slice(start, step)
        rows = piece.num_rows
        chunks.append((numbers[start].as_py(), numbers[start + rows - 1].as_py(), rows, encode_chunk(piece)))
    return chunks


def _insert_chunks(conn: sqlite3.Connection, import_id: int, data: pa.Table | list[Chunk], first_chunk: int = 0,
                   reporter: Reporter | None = None) -> int:
    """Store `data` (a table, or its encoded chunks) as chunks numbered from `first_chunk`; returns the next free
    chunk number."""
    chunks = encode_chunks(data) if not isinstance(data, list) else data
    total = sum(c[2] for c in chunks)
    done = 0
    for number, (first_row, last_row, rows, blob) in enumerate(chunks, start=first_chunk):
        conn.execute("INSERT INTO raw_chunks(import_id, chunk, first_row, last_row, rows, data) VALUES (?, ?, ?, ?, ?, ?)",
                     (import_id, number, first_row, last_row, rows, memoryview(blob)))
        done += rows
        if reporter is not None:
            reporter.step(done, total, "Saving rows")
    return first_chunk + len(chunks)


def as_raw_table(columns: list[Any], row_numbers: Any) -> pa.Table:
    """The stored form of text columns (Arrow arrays) and their row numbers: `_row`, c1..cN."""
    import numpy as np
    import pyarrow as pa

    arrays = [pa.array(np.asarray(row_numbers, dtype=np.int64), type=pa.int64()), *columns]
    return pa.Table.from_arrays(arrays, schema=raw_schema(len(columns)))


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
    _insert_chunks(conn, import_id, chunks, reporter=reporter)
    if reporter is not None:
        rows = sum(c[2] for c in chunks)
        reporter.step(rows, rows, "Saving rows")


def _column_count(conn: sqlite3.Connection, import_id: int) -> int:
    row = conn.execute("SELECT columns FROM imports WHERE id = ?", (import_id,)).fetchone()
    try:
        return len(json.loads(row[0])) if row else 0
    except (TypeError, ValueError):
        return 0


def _has_chunks(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'raw_chunks'").fetchone() is not None


def iter_chunks(conn: sqlite3.Connection, import_id: int) -> Iterator[tuple[int, pa.Table]]:
    """Each stored chunk of one import as (chunk number, table), in file order."""
    if not _has_chunks(conn):
        return
    cursor = conn.execute("SELECT chunk, data FROM raw_chunks WHERE import_id = ? ORDER BY chunk", (import_id,))
    for number, data in cursor:
        yield int(number), decode_chunk(data)


def read_raw(conn: sqlite3.Connection, import_id: int) -> pa.Table:
    """Every raw row of one import (`_row`, c1..cN), in file order."""
    import pyarrow as pa

    chunks = [chunk for _, chunk in iter_chunks(conn, import_id)]
    if not chunks and (import_id, f"raw_{import_id}") in legacy_raw_tables(conn):
        # a file from before raw_chunks that was not upgraded: opened read-only, or a backup copy
        chunks = list(_legacy_batches(conn, f"raw_{import_id}"))
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
    if not _has_chunks(conn):
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


# -- workspaces from before raw_chunks ----------------------------------------------------------------------------
def legacy_raw_tables(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    """The old per-import raw tables (`raw_<id>`) in this file, as (import id, table name)."""
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'raw%'")]
    return sorted((int(m.group(1)), name) for name in names if (m := _LEGACY.fullmatch(name)))


def _text_array(values: tuple) -> pa.Array:
    import pyarrow as pa

    try:
        return pa.array(values, type=pa.large_string()).fill_null("")
    except (pa.ArrowInvalid, pa.ArrowTypeError):  # a number or a blob a very old build stored: made text
        return pa.array([v if isinstance(v, str) else "" if v is None else
                         v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v) for v in values],
                        type=pa.large_string())


def _legacy_batches(conn: sqlite3.Connection, name: str) -> Iterator[pa.Table]:
    """The rows of an old raw_<id> table in the stored form (`_row`, c1..cN), CHUNK_ROWS at a time, in file order."""
    cells = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")') if r[1] != "_row"]
    cells.sort(key=lambda c: int(c[1:]) if c[1:].isdigit() else 0)
    select = ", ".join(["_row", *(f'"{c}"' for c in cells)])
    cursor = conn.execute(f'SELECT {select} FROM "{name}" ORDER BY rowid')  # rows were inserted in file order
    while batch := cursor.fetchmany(CHUNK_ROWS):
        columns = list(zip(*batch, strict=True))
        yield as_raw_table([_text_array(col) for col in columns[1:]], columns[0])


def convert_legacy(conn: sqlite3.Connection) -> int:
    """Move every `raw_<id>` table into raw_chunks (same cells, same order) and drop it; returns tables converted."""
    conn.execute(RAW_CHUNKS_SQL)
    tables = legacy_raw_tables(conn)
    for import_id, name in tables:
        number = int(conn.execute("SELECT coalesce(max(chunk) + 1, 0) FROM raw_chunks WHERE import_id = ?",
                                  (import_id,)).fetchone()[0])
        for data in _legacy_batches(conn, name):
            number = _insert_chunks(conn, import_id, data, number)
        conn.execute(f'DROP TABLE "{name}"')
    return len(tables)


def migrate_raw_chunks(conn: sqlite3.Connection) -> None:
    """Schema migration: create raw_chunks and convert the old raw tables (inside the migration's transaction)."""
    conn.execute(RAW_CHUNKS_SQL)
    if legacy_raw_tables(conn):
        convert_legacy(conn)
