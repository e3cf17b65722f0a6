"""The metrics' own fast paths against the library calls they replace."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from shoplens.features.metrics import _sorted_unique


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(-(2**62), 2**62) | st.integers(0, 5), max_size=60))
def test_sorted_unique_is_np_unique_with_counts(values):
    array = np.array(values, dtype=np.int64)
    want_values, want_counts = np.unique(array, return_counts=True)
    got_values, got_counts = _sorted_unique(array)
    assert got_values.tolist() == want_values.tolist() and got_counts.tolist() == want_counts.tolist()
    assert got_values.dtype == want_values.dtype and got_counts.dtype == want_counts.dtype
