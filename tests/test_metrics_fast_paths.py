"""The metrics' own fast paths against the library calls they replace."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from shoplens.features.metrics import _mode, _sorted_unique


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(-(2**62), 2**62) | st.integers(0, 5), max_size=60))
def test_sorted_unique_is_np_unique_with_counts(values):
    array = np.array(values, dtype=np.int64)
    want_values, want_counts = np.unique(array, return_counts=True)
    got_values, got_counts = _sorted_unique(array)
    assert got_values.tolist() == want_values.tolist() and got_counts.tolist() == want_counts.tolist()
    assert got_values.dtype == want_values.dtype and got_counts.dtype == want_counts.dtype


def _mode_by_lexsort(cust, values: pd.Series) -> pd.Series:
    """_mode as it was written first: a lexsort by customer, count (descending) and value."""
    codes, uniques = pd.factorize(values, sort=True)
    valid = codes >= 0
    if not valid.any():
        return pd.Series(dtype=object)
    width = np.int64(len(uniques))
    keys, counts = np.unique(np.asarray(cust)[valid].astype(np.int64) * width + codes[valid], return_counts=True)
    owner, value = keys // width, keys % width
    order = np.lexsort((value, -counts, owner))
    owner, value = owner[order], value[order]
    first = np.r_[True, owner[1:] != owner[:-1]]
    return pd.Series(np.asarray(uniques)[value[first]], index=owner[first])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 12), st.one_of(st.none(), st.sampled_from(["b", "a", "茶", "c"]))),
                max_size=80),
       st.sampled_from(["text", "number"]))
def test_mode_is_the_lexsort_mode(rows, kind):
    cust = np.array([c for c, _ in rows], dtype=np.int64)
    texts = [v for _, v in rows]
    values = pd.Series(texts, dtype=object) if kind == "text" else \
        pd.Series([None if v is None else float(ord(v[0])) for v in texts], dtype=float)
    got, want = _mode(cust, values), _mode_by_lexsort(cust, values)
    assert got.index.tolist() == want.index.tolist() and got.tolist() == want.tolist() and got.dtype == want.dtype
