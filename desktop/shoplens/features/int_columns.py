"""Integer columns of many rows from SQLite into numpy without a Python object per row.

sqlite3 makes a tuple per row and an int per cell, which costs about as much as SQLite's own work for the query.
Here SQLite joins each column of a block of rows into one comma-separated text (group_concat, in C) and numpy
parses it (np.fromstring with a separator, also in C): 640,000 paid orders x 3 columns 0.75 s -> 0.54 s,
359,000 line items 0.11 s -> 0.045 s. The rows are taken a block of rowids at a time, so no text comes near
SQLite's length limit. A block whose text does not parse as integers (a value SQLite turned into a real, say)
is read again row by row, so the result never depends on the route.
"""

from __future__ import annotations

import itertools
import sqlite3
import warnings
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

BLOCK = 1 << 20  # rowids per query: at most ~21 characters per value, so ~22 MB of text per column
_LAST = 2**63 - 1  # the largest rowid


def int_columns(conn: sqlite3.Connection, table: str, columns: list[str], where: str,
                params: tuple = (), where_params: tuple = (), *, joins: str = "", key: str = "rowid") -> np.ndarray:
    """The integer SQL expressions `columns` over the rows of `table` matching `where` (a condition, or ""), as a
    (rows, len(columns)) int64 array in rowid order; `params` fill the columns' placeholders, `where_params` the
    condition's. Every value must be an integer (use coalesce for NULL).

    `joins` (e.g. "LEFT JOIN order_items i ON i.order_id = o.id", with `table` "orders o") adds tables; the blocks
    are then ranges of `key`, the first table's rowid by its alias ("o.id")."""
    import numpy as np

    start = conn.execute(f"SELECT min({key}) FROM {table}").fetchone()[0]
    empty = np.zeros((0, len(columns)), dtype=np.int64)
    condition = f"({where}) AND " if where else ""
    source = f"{table} {joins}" if joins else table
    texts = ", ".join(f"group_concat({c})" for c in columns)
    parts = []
    while start is not None:
        bounds = (start, min(start + BLOCK - 1, _LAST))
        count, *joined = conn.execute(
            f"SELECT count(*), {texts} FROM {source} WHERE {condition}{key} BETWEEN ? AND ?",
            (*params, *where_params, *bounds)).fetchone()
        if count:
            block = _parsed(joined, count)
            if block is None:  # not all integers: row by row, as sqlite3 gives them
                rows = conn.execute(f"SELECT {', '.join(columns)} FROM {source} WHERE {condition}{key} BETWEEN ?"
                                    " AND ?", (*params, *where_params, *bounds))
                block = np.fromiter(itertools.chain.from_iterable(rows), dtype=np.int64).reshape(-1, len(columns))
            parts.append(block)
        start = None if bounds[1] == _LAST else conn.execute(  # the next rowid in use (ids may jump)
            f"SELECT min({key}) FROM {table} WHERE {key} > ?", (bounds[1],)).fetchone()[0]
    return np.concatenate(parts) if parts else empty


def _parsed(texts: list, count: int) -> np.ndarray | None:
    """Comma-separated integer texts as the columns of one array; None unless each holds exactly `count` integers."""
    import numpy as np

    columns = []
    for text in texts:
        if not isinstance(text, str) or not text.isascii() or any(c in text for c in ".eE"):
            return None
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # numpy warns (and stops) at text it cannot read
            try:
                values = np.fromstring(text, dtype=np.int64, sep=",")
            except (ValueError, DeprecationWarning, AttributeError):  # AttributeError: a numpy without it
                return None
        if len(values) != count:
            return None
        columns.append(values)
    return np.stack(columns, axis=1)
