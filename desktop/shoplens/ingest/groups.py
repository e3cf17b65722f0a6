"""Rows grouped by one key, groups numbered in order of appearance: per-group first/sum/min/count without pandas groupby.

Each figure equals what `frame.groupby(key, sort=False)[col].<figure>()` gives (same values, same dtype, groups in
the same order); columns whose dtype has no numpy fast path are handed to pandas, grouped by the group numbers.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

_EXACT = 2.0**52  # floats below this add up exactly in any order when they are whole numbers


class Groups:
    """The groups of a key column without missing keys (as pandas' groupby(sort=False) numbers them)."""

    def __init__(self, key: pd.Series) -> None:
        codes, first_pos = _runs(key)
        if codes is None:
            codes = pd.factorize(key)[0].astype(np.intp, copy=False)
            first_pos = _first_positions(codes)
        self.codes: np.ndarray = codes
        self.first_pos: np.ndarray = first_pos  # the first row of each group, in group order (ascending)
        self.n = len(first_pos)
        self.size: np.ndarray = np.bincount(codes, minlength=self.n)
        self.multi: np.ndarray = self.size > 1
        self.any_multi = bool(self.multi.any())

    def first(self, col: pd.Series) -> pd.Series:
        """groupby.first(): the first non-missing value of each group (missing when the group has none)."""
        if not self.any_multi:  # one row per group: the rows themselves, in their order
            return col.reset_index(drop=True)
        positions = self.first_pos
        missing = col.isna().to_numpy()
        if missing.any():
            gaps = missing[positions] & self.multi  # the first line lacks the value, a later one may have it
            if gaps.any():
                wanted = gaps[self.codes] & ~missing
                rows = np.flatnonzero(wanted)
                if len(rows):
                    positions = positions.copy()
                    found = np.full(self.n, len(col), dtype=np.intp)
                    np.minimum.at(found, self.codes[rows], rows)
                    repaired = found < len(col)
                    positions[repaired] = found[repaired]
        return pd.Series(col.array.take(positions), dtype=col.dtype)  # the array's own take: no 800k-label index to build

    def count(self, col: pd.Series) -> np.ndarray:
        """groupby.count(): non-missing values per group."""
        present = col.notna().to_numpy()
        return np.bincount(self.codes[present], minlength=self.n)

    def sum(self, col: pd.Series) -> pd.Series:
        """groupby.sum(min_count=1): missing where a group has no value."""
        dtype = col.dtype
        if not self.any_multi and (str(dtype) == "Int64" or dtype == np.float64):
            # a sum of one value is that value; pandas' float sum starts at 0.0, so -0.0 comes back as 0.0
            return col.reset_index(drop=True) if str(dtype) == "Int64" else pd.Series(col.to_numpy() + 0.0)
        if dtype == np.float64 or str(dtype) == "Int64":
            missing = col.isna().to_numpy()
            present = np.bincount(self.codes[~missing], minlength=self.n) > 0
            if str(dtype) == "Int64":  # whole numbers: integer sums, as pandas adds them
                values = col.to_numpy(dtype=np.int64, na_value=0)
                if float(np.abs(values, dtype=np.float64).sum()) < _EXACT:  # float sums below 2**52 are exact
                    sums = np.bincount(self.codes, weights=values, minlength=self.n).astype(np.int64)
                else:
                    sums = np.zeros(self.n, dtype=np.int64)
                    np.add.at(sums, self.codes, values)
                return pd.Series(pd.arrays.IntegerArray(sums, ~present))
            values = col.to_numpy()
            finite = values[~missing]
            if bool(np.abs(finite).sum() < _EXACT) and bool((finite == np.round(finite)).all()):
                # whole numbers adding up to less than 2**52: any order of adding gives pandas' compensated sum
                sums = np.bincount(self.codes, weights=np.where(missing, 0.0, values), minlength=self.n)
                sums[~present] = np.nan
                return pd.Series(sums)
        return self._pandas(col).sum(min_count=1).reset_index(drop=True)

    def min(self, col: pd.Series) -> pd.Series:
        """groupby.min() of a column without missing values (row numbers)."""
        if isinstance(col.dtype, np.dtype) and col.dtype.kind in "iu":
            values = col.to_numpy()
            if not self.any_multi:
                return pd.Series(values.copy())
            if len(values) < 2 or bool((values[1:] >= values[:-1]).all()):  # ascending: the first row has the min
                return pd.Series(values[self.first_pos])
            lowest = values[self.first_pos].copy()
            np.minimum.at(lowest, self.codes, values)
            return pd.Series(lowest)
        return self._pandas(col).min().reset_index(drop=True)

    def all_equal(self, col: pd.Series) -> np.ndarray:
        """Per group: True when no line lacks the value and all lines hold the same one (count == size, nunique == 1)."""
        missing = col.isna().to_numpy()
        dtype = col.dtype
        if str(dtype) == "Int64" or isinstance(dtype, np.dtype) and dtype.kind in "iu":  # floats: pandas (-0.0, NaN)
            values = col.to_numpy(dtype=np.int64, na_value=0)
            differs = values != values[self.first_pos][self.codes]
            bad = np.bincount(self.codes[differs | missing], minlength=self.n) > 0
            return ~bad
        nunique = self._pandas(col).nunique().to_numpy()
        return (nunique == 1) & (self.count(col) == self.size)

    def _pandas(self, col: pd.Series):
        """pandas' groupby of `col` by group number: the same groups in the same order as by the key."""
        return col.reset_index(drop=True).groupby(self.codes, sort=False)


def _runs(key: pd.Series) -> tuple[np.ndarray | None, np.ndarray | None]:
    """Group numbers without hashing, when equal keys sit next to each other and the runs' keys are ascending.

    Strictly ascending (or descending) run keys are all different, so every run is one whole group. Exports sorted
    by order no. (most POS and shop exports) take this path; others get (None, None).
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    if not (isinstance(key.dtype, pd.StringDtype) and key.dtype.storage == "pyarrow") or len(key) < 2:
        return None, None
    array = key.array.__arrow_array__()  # compared chunk by chunk: no copy of the whole column
    if array.null_count:
        return None, None
    same = pc.equal(array.slice(1), array.slice(0, len(array) - 1)).to_numpy(zero_copy_only=False)
    starts = np.flatnonzero(np.concatenate(([True], ~same)))
    heads = array.take(pa.array(starts))
    if len(heads) > 1:
        left, right = heads.slice(0, len(heads) - 1), heads.slice(1)
        if not pc.all(pc.less(left, right)).as_py() and not pc.all(pc.greater(left, right)).as_py():
            return None, None
    codes = np.cumsum(np.concatenate(([False], ~same)), dtype=np.intp)
    return codes, starts


def _first_positions(codes: np.ndarray) -> np.ndarray:
    """Where each group first appears; group numbers are in order of appearance, so a new one exceeds all before."""
    if not len(codes):
        return np.zeros(0, dtype=np.intp)
    seen = np.maximum.accumulate(codes)
    new = np.empty(len(codes), dtype=bool)
    new[0] = True
    new[1:] = codes[1:] > seen[:-1]
    return np.flatnonzero(new)
