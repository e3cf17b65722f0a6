"""Whole-column matching for the cleaning steps: regular expressions run by pyarrow where that is exact, duplicate rows."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:
    import numpy as np
    import pyarrow as pa

    from .context import FrameContext


def contains(values: pd.Series, pattern: str, ascii_pattern: str | None = None) -> pd.Series:
    """str.contains(pattern) on the non-missing values, checking each distinct value once when there are few.

    `ascii_pattern`, when given, is the same test written for pyarrow (RE2) and exact on ASCII text: see regex_hits.
    """
    has = values.notna()
    out = pd.Series(False, index=values.index)
    if not has.any():
        return out
    text = values[has].astype("str")
    head = text.iloc[:2000]
    if ascii_pattern is not None and head.nunique() * 4 >= len(head):  # order nos.: no factorize (same answers)
        hit = regex_hits(text, pattern, ascii_pattern)
    else:
        codes, uniques = pd.factorize(text)
        if len(uniques) * 4 < len(text):
            hit = pd.Series(uniques, dtype="str").str.contains(pattern, regex=True).to_numpy(dtype=bool)[codes]
        elif ascii_pattern is not None:
            hit = regex_hits(text, pattern, ascii_pattern)
        else:
            hit = text.str.contains(pattern, regex=True).to_numpy(dtype=bool)
    out[text.index[hit]] = True
    return out


# Every character Python's \s matches (str.isspace), spelled out for a pyarrow (RE2) character class: RE2's own \s
# misses some, which is why pandas runs patterns with \s in Python, one value at a time.
SPACES = "\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
ASCII_SPACE = "[\t\n\x0b\x0c\r\x1c-\x1f ]"  # the same on ASCII text


def regex_hits(text: pd.Series, pattern: str, ascii_pattern: str) -> np.ndarray:
    """re.search(pattern) per value (False where missing), run by pyarrow on ASCII values.

    `ascii_pattern` must give the same answer as `pattern` on every ASCII text (spell \\d as [0-9], \\s as
    ASCII_SPACE, lookarounds as ^/$ alternatives); values with other characters are searched by Python's re,
    as pandas would. A million order numbers take ~0.05 s instead of ~0.5 s.
    """
    import re

    import numpy as np
    import pyarrow.compute as pc

    array = arrow_text(text)
    hit = np.asarray(pc.match_substring_regex(array, ascii_pattern).fill_null(False), dtype=bool)
    other = ~np.asarray(pc.string_is_ascii(array).fill_null(True), dtype=bool)
    if other.any():
        search = re.compile(pattern).search
        rows = np.flatnonzero(other)
        hit[rows] = [search(v) is not None for v in text.iloc[rows]]
    return hit


def arrow_text(text: pd.Series) -> pa.ChunkedArray | pa.Array:
    """The values of a text Series as a pyarrow string array (no copy when the Series is Arrow-backed)."""
    import pyarrow as pa

    if isinstance(text.dtype, pd.StringDtype) and text.dtype.storage == "pyarrow":
        return text.array.__arrow_array__()
    return pa.array(text.to_numpy(dtype=object, na_value=None), type=pa.string(), from_pandas=True)


def duplicated_rows(frame: pd.DataFrame, cols: list[str]) -> pd.Series:
    """frame.duplicated(subset=cols, keep='first'), comparing each column only on rows still alike in the others.

    Two equal rows are equal in every column, so rows whose values seen so far are unique cannot be duplicates
    and drop out: the most varied text column goes first, then the (cheap) number columns; most rows drop out
    after two or three columns, and pandas checks the few left (0.34 s -> 0.14 s on 1M order lines).
    """
    import numpy as np

    numeric = [c for c in cols if pd.api.types.is_numeric_dtype(frame[c].dtype)]
    texts = [c for c in cols if c not in numeric]
    head = frame.iloc[:2000]
    texts.sort(key=lambda c: -head[c].nunique())  # the most varied text first (order no., time): it leaves fewest
    rows = np.arange(len(frame))
    key = np.zeros(len(frame), dtype=np.int64)
    for name in texts[:1] + numeric + texts[1:]:
        column = frame[name] if len(rows) == len(frame) else frame[name].iloc[rows]
        codes, uniques = pd.factorize(column)  # missing values: -1, equal to each other as in duplicated()
        key, _ = pd.factorize(key * (len(uniques) + 1) + (codes + 1))
        alike = np.bincount(key)[key] > 1
        rows, key = rows[alike], key[alike]
        if not len(rows):
            break
    out = pd.Series(False, index=frame.index)
    if len(rows):
        out.iloc[rows] = frame.iloc[rows].duplicated(subset=cols, keep="first").to_numpy()
    return out


def raw_text(ctx: FrameContext, field_key: str, index: pd.Index) -> pd.Series | None:
    """ctx.raw(field_key, index) as Arrow-backed text, taken from the table's Arrow column (no Python str per cell).

    The same values as ctx.raw (which makes a Python object of every cell: ~0.15 s per column at 1M rows); pandas'
    string methods run on it as on raw.astype("str"). Hand `.astype(object)` of it to code that wants ctx.raw's form.
    """
    import numpy as np
    import pyarrow as pa

    column = ctx.column_of(field_key)
    if column is None or column not in ctx.table.columns:
        return None
    array = ctx.table.column_array(ctx.table.columns.index(column))
    positions = np.asarray(index, dtype=np.int64)
    if len(positions) != len(array) or (len(positions) and (positions != np.arange(len(array))).any()):
        array = array.take(pa.array(positions))
    return pd.Series(pd.array(array, dtype="str"), index=index)


def may_hold_bytes(array: pa.Array | pa.ChunkedArray, singles: tuple[int, ...], sequence: bytes) -> bool:
    """False only when no value's UTF-8 has any byte in `singles` nor the bytes `sequence` (a quick pre-check).

    Reads the string data buffer as one numpy byte array; True can be a false alarm (bytes of null slots), so an
    exact test must follow it.
    """
    import numpy as np
    import pyarrow as pa

    table = np.zeros(256, dtype=bool)
    table[list(singles)] = True
    head = np.frombuffer(sequence, dtype=np.uint8)
    for chunk in array.chunks if isinstance(array, pa.ChunkedArray) else [array]:
        _, offsets, data = chunk.buffers()
        if data is None or not len(chunk):
            continue
        kind = np.int64 if pa.types.is_large_string(chunk.type) else np.int32
        bounds = np.frombuffer(offsets, dtype=kind)[chunk.offset: chunk.offset + len(chunk) + 1]
        raw = np.frombuffer(data, dtype=np.uint8)[bounds[0]: bounds[-1]]
        if table[raw].any():
            return True
        starts = np.flatnonzero(raw[: len(raw) - len(head) + 1] == head[0])
        if len(starts) and _occurs_at(raw, starts, head):
            return True
    return False


def _occurs_at(raw: np.ndarray, starts: np.ndarray, head: np.ndarray) -> bool:
    """True when `head` occurs in `raw` at one of `starts` (its first byte already matches there)."""
    import numpy as np

    found = np.ones(len(starts), dtype=bool)
    for k in range(1, len(head)):
        found &= raw[starts + k] == head[k]
    return bool(found.any())
