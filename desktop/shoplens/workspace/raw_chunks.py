"""The stored form of raw rows: zstd-compressed Arrow chunks in the `raw_chunks` table, and the schema migration
that converts the per-import `raw_<id>` tables of older workspaces into it.

Each chunk is one Arrow IPC stream of up to CHUNK_ROWS rows: `_row` (the row number in the file, int64) and
`c1..cN` (every cell's text exactly as read, "" for empty; the column names stay in `imports.columns`). Chunks are
numbered from 0 in file order, so reading them in order gives the rows back in the order they were read.
Workspaces written before this layout kept one SQLite table `raw_<id>` per import; `convert_legacy` turns those
into chunks (the schema migration calls it), and `legacy_raw_tables` finds them (old backups still hold them).
`ingest.raw_store` reads and writes an import's rows as a Table on top of this.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..progress import Reporter

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


def insert_chunks(conn: sqlite3.Connection, import_id: int, data: pa.Table | list[Chunk], first_chunk: int = 0,
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


def has_chunks(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'raw_chunks'").fetchone() is not None


def iter_chunks(conn: sqlite3.Connection, import_id: int) -> Iterator[tuple[int, pa.Table]]:
    """Each stored chunk of one import as (chunk number, table), in file order."""
    if not has_chunks(conn):
        return
    cursor = conn.execute("SELECT chunk, data FROM raw_chunks WHERE import_id = ? ORDER BY chunk", (import_id,))
    for number, data in cursor:
        yield int(number), decode_chunk(data)


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


def legacy_batches(conn: sqlite3.Connection, name: str) -> Iterator[pa.Table]:
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
        for data in legacy_batches(conn, name):
            number = insert_chunks(conn, import_id, data, number)
        conn.execute(f'DROP TABLE "{name}"')
    return len(tables)


def migrate_raw_chunks(conn: sqlite3.Connection) -> None:
    """Schema migration: create raw_chunks and convert the old raw tables (inside the migration's transaction)."""
    conn.execute(RAW_CHUNKS_SQL)
    if legacy_raw_tables(conn):
        convert_legacy(conn)
