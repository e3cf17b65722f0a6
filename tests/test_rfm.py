"""RFM scoring with known answers, small and lumpy data, and determinism under row shuffling."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shoplens.segmentation.rfm import rfm_scores, score_values


def _frame(recency, frequency, monetary, ids=None):
    ids = list(range(1, len(recency) + 1)) if ids is None else ids
    return pd.DataFrame({"recency_days": recency, "frequency": frequency, "monetary_cents": monetary},
                        index=pd.Index(ids, name="customer_id"))


def test_plain_quintiles():
    assert score_values(np.arange(10)).tolist() == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
    assert score_values(np.arange(100)[::-1]).tolist() == [5] * 20 + [4] * 20 + [3] * 20 + [2] * 20 + [1] * 20
    assert score_values(np.arange(7)).tolist() == [1, 1, 2, 2, 3, 4, 5]


def test_hand_made_rfm_scores():
    df = _frame(recency=[1, 5, 10, 20, 40, 80, 120, 200, 300, 400],
                frequency=[9, 8, 7, 6, 5, 4, 3, 2, 1, 1],
                monetary=[100, 900, 200, 800, 300, 700, 400, 600, 500, 1000])
    scores = rfm_scores(df)
    assert scores["r"].tolist() == [5, 5, 4, 4, 3, 3, 2, 2, 1, 1]  # fewer days since the last order is better
    assert scores["f"].tolist() == [5, 5, 4, 4, 3, 3, 2, 2, 1, 1]  # the two one-order customers tie at 1
    assert scores["m"].tolist() == [1, 5, 1, 4, 2, 4, 2, 3, 3, 5]


def test_lumpy_frequency_keeps_ties_together_and_spreads_the_rest():
    freq = [1] * 80 + [2] * 10 + [3] * 5 + [4] * 3 + [9] * 2
    scores = score_values(np.array(freq))
    assert set(scores[:80]) == {1}
    assert set(scores[80:90]) == {2} and set(scores[90:95]) == {3} and set(scores[95:98]) == {4}
    assert set(scores[98:]) == {5}


@pytest.mark.parametrize("values, expected", [
    ([], []),
    ([42.0], [3]),
    ([3.0, 3.0], [3, 3]),
    ([1.0, 2.0], [1, 5]),
    ([7.0] * 50, [3] * 50),
    ([1.0] * 95 + [2.0] * 5, [1] * 95 + [5] * 5),
    ([1.0] * 8 + [2.0, 3.0], [1] * 8 + [3, 5]),
])
def test_small_and_degenerate_data(values, expected):
    assert score_values(np.array(values)).tolist() == expected


def test_equal_values_always_share_a_score():
    rng = np.random.default_rng(5)
    values = rng.integers(0, 12, 1000).astype(float)
    scores = score_values(values)
    per_value = pd.Series(scores).groupby(values).nunique()
    assert (per_value == 1).all()
    # higher values never score lower
    order = np.argsort(values, kind="stable")
    assert (np.diff(scores[order]) >= 0).all()


def test_non_buyers_are_left_out_and_missing_recency_scores_one():
    df = _frame(recency=[3, np.nan, 50, np.nan], frequency=[2, 4, 1, 0], monetary=[500, 800, 100, 0])
    scores = rfm_scores(df)
    assert list(scores.index) == [1, 2, 3]
    assert scores.loc[2, "r"] == 1
    assert scores.loc[1, "r"] == 5 and scores.loc[3, "r"] == 1


def test_one_customer():
    scores = rfm_scores(_frame([10], [1], [999]))
    assert scores.loc[1].tolist() == [3, 3, 3]


rows = st.lists(
    st.tuples(st.integers(1, 30), st.integers(1, 4), st.integers(0, 20)),
    min_size=1, max_size=60,
)


@settings(max_examples=60, deadline=None)
@given(rows=rows, seed=st.integers(0, 2**32 - 1))
def test_same_scores_in_any_row_order(rows, seed):
    df = _frame([r[0] for r in rows], [r[1] for r in rows], [r[2] * 100 for r in rows])
    shuffled = df.sample(frac=1.0, random_state=np.random.default_rng(seed))
    a = rfm_scores(df)
    b = rfm_scores(shuffled).loc[a.index]
    pd.testing.assert_frame_equal(a, b)
    assert a.isin(range(1, 6)).all().all()
