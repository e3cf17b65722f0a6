"""Bulk inserts of a DataFrame into a workspace table, with as few bound values per row as possible."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from itertools import repeat

import numpy as np
import pandas as pd

from .normalize import sql_rows

_BATCH = 100_000  # rows made Python values at once (800k orders at once held ~250 MB of them)
_SAMPLE = 64  # a column is checked whole for one repeated value only when its first rows already agree


def insert_frame(conn: sqlite3.Connection, table: str, frame: pd.DataFrame, *,
                 formulas: dict[str, tuple[str, str]] | None = None) -> None:
    """INSERT every row of `frame` (columns named as in `table`); a column with one value throughout is a literal.

    Binding is most of the cost of a bulk insert in Python's sqlite3: an orders import binds 20 values per order,
    five of them the same on every row (the import id, columns the file does not have). Writing those once in the
    statement instead cut the insert of 240,000 orders from 0.71 s to 0.42 s. The stored values are the same.

    `formulas`: columns SQLite makes from another column of the same row instead of binding them, as
    {column: (SQL with {} for the other column's value, other column)}, e.g. {"key": ("'no:' || {}", "no")}; the
    caller guarantees that the frame's column holds exactly what the formula gives.
    """
    if not len(frame):
        return
    formulas = formulas or {}
    literals: dict[str, str] = {}
    for name in frame.columns:
        literal = None if name in formulas else constant_literal(frame[name])
        if literal is not None:
            literals[name] = literal
    bound = [c for c in frame.columns if c not in literals and c not in formulas]
    place = {c: literals.get(c) or f"?{bound.index(c) + 1}" for c in frame.columns if c not in formulas}
    values = ", ".join(place[c] if c not in formulas else formulas[c][0].format(place[formulas[c][1]])
                       for c in frame.columns)
    sql = f"INSERT INTO {table}({', '.join(frame.columns)}) VALUES ({values})"
    if not bound:
        conn.executemany(sql, repeat((), len(frame)))
        return
    frame = frame[bound]
    for start in range(0, len(frame), _BATCH):  # Python values for one batch at a time: a lower memory peak
        conn.executemany(sql, sql_rows(frame.iloc[start:start + _BATCH]))


def constant_literal(col: pd.Series) -> str | None:
    """The SQL literal of the one value `col` holds on every row (NULL when all missing), else None."""
    head = col.iloc[:_SAMPLE]
    missing = head.isna().to_numpy()
    if missing.all():
        return "NULL" if col.isna().all() else None
    if missing.any():
        return None
    first = list(sql_rows(head.iloc[:1].to_frame()))[0][0]  # the value exactly as sql_rows would bind it
    if isinstance(first, bool) or not isinstance(first, int | str):  # floats: SQLite's text-to-real may round
        return None
    if isinstance(first, str) and "\x00" in first:
        return None
    if not bool((head == head.iloc[0]).all()) or not _all_equal(col):
        return None
    if isinstance(first, int):
        return str(first)
    return "'" + first.replace("'", "''") + "'"


def _all_equal(col: pd.Series) -> bool:
    if col.isna().any():
        return False
    if col.dtype == object and pd.api.types.infer_dtype(col, skipna=False) not in ("string", "integer"):
        return False  # mixed objects: 1 == 1.0, yet sqlite3 would store them differently
    if isinstance(col.dtype, np.dtype) and col.dtype.kind in "iu":
        values = col.to_numpy()
        return bool((values == values[0]).all())
    return bool((col == col.iloc[0]).all())


@contextlib.contextmanager
def indexes_rebuilt_after(conn: sqlite3.Connection, table: str, *, enabled: bool) -> Iterator[None]:
    """For a bulk insert into a large table: drop its secondary indexes, insert, build them again (faster)."""
    if not enabled:
        yield
        return
    indexes = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?"
                           " AND sql IS NOT NULL", (table,)).fetchall()
    for name, _ in indexes:
        conn.execute(f"DROP INDEX {name}")
    yield
    for _, sql in indexes:
        conn.execute(sql)
