"""Scheme definitions, the coverage check (gaps, overlaps, the classic 11-segment table) and assignment."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from shoplens.errors import InputError
from shoplens.segmentation import schemes as S

# The widely copied eleven-segment RFM table (segment: R, F, M score ranges), meant to be read first-match.
CLASSIC_11 = [
    ("champions", "Champions", (4, 5), (4, 5), (4, 5)),
    ("loyal", "Loyal customers", (2, 5), (3, 5), (3, 5)),
    ("potential_loyalist", "Potential loyalist", (3, 5), (1, 3), (1, 3)),
    ("recent", "Recent customers", (4, 5), (1, 1), (1, 1)),
    ("promising", "Promising", (3, 4), (1, 1), (1, 1)),
    ("need_attention", "Customers needing attention", (2, 3), (2, 3), (2, 3)),
    ("about_to_sleep", "About to sleep", (2, 3), (1, 2), (1, 2)),
    ("at_risk", "At risk", (1, 2), (2, 5), (2, 5)),
    ("cant_lose", "Can't lose them", (1, 1), (4, 5), (4, 5)),
    ("hibernating", "Hibernating", (1, 2), (1, 2), (1, 2)),
    ("lost", "Lost", (1, 2), (1, 2), (1, 2)),
]


def _classic(first_match=True):
    specs = [{"key": k, "name_en": n, "r": range(r[0], r[1] + 1), "f": range(f[0], f[1] + 1),
              "m": range(m[0], m[1] + 1)} for k, n, r, f, m in CLASSIC_11]
    return S.custom_scheme("Classic 11", specs, first_match=first_match)


def test_built_in_schemes_cover_every_cell_once():
    for scheme in (S.cn8_scheme("mean"), S.cn8_scheme("median"), S.grid_scheme()):
        report = S.check_scheme(scheme)
        assert report.ok, report.message()
    assert S.check_scheme(S.grid_scheme()).cells == 25
    assert S.check_scheme(S.cn8_scheme()).cells == 8


def test_terms_names():
    grid = {s.key: (s.name_en, s.name_zh) for s in S.grid_scheme().segments}
    assert grid["champions"] == ("Champions", "核心客户")
    assert grid["cant_lose_them"] == ("Can't lose them", "不能失去的客户")
    assert len(grid) == 10
    cn8 = {s.key: (s.name_en, s.name_zh) for s in S.cn8_scheme().segments}
    assert cn8["important_winback"] == ("Important win-back", "重要挽留客户")
    assert cn8["general_value"] == ("General value", "一般价值客户")
    assert len(cn8) == 8


def test_classic_eleven_segment_table_is_rejected():
    report = S.check_scheme(_classic())
    assert not report.ok
    assert sorted(report.unreachable) == ["cant_lose", "lost", "promising", "recent"]
    overlapping = dict(report.overlaps)
    assert overlapping["R5 F5 M5"] == ["champions", "loyal"]
    assert "R1 F3 M1" in report.uncovered  # no range takes an old, fairly frequent, low spender
    with pytest.raises(InputError) as err:
        S.cell_lookup(_classic())
    message = err.value.message
    assert message.startswith('The scheme "Classic 11" cannot be used: These segments can never get a customer:'
                              " recent, promising, cant_lose, lost.")
    assert f"{len(report.overlaps)} score cells belong to more than one segment" in message
    assert f"{len(report.uncovered)} score cells belong to no segment" in message


def test_gaps_are_named():
    scheme = S.custom_scheme("gappy", [
        {"key": "best", "r": [4, 5], "f": [4, 5]},
        {"key": "rest", "r": [1, 2, 3], "f": [1, 2, 3, 4, 5]},
    ])
    report = S.check_scheme(scheme)
    assert report.overlaps == []
    assert report.uncovered == ["R4 F1", "R4 F2", "R4 F3", "R5 F1", "R5 F2", "R5 F3"]
    assert "6 score cells belong to no segment" in report.message()


def test_overlaps_are_named():
    scheme = S.custom_scheme("overlapping", [
        {"key": "recent", "r": [4, 5]},
        {"key": "frequent", "f": [5]},
        {"key": "rest", "r": [1, 2, 3]},
    ])
    report = S.check_scheme(scheme)
    assert report.uncovered == []
    assert ("R5 F5", ["recent", "frequent"]) in report.overlaps
    assert ("R1 F5", ["frequent", "rest"]) in report.overlaps
    assert len(report.overlaps) == 5


def test_bad_custom_input():
    with pytest.raises(InputError):
        S.custom_scheme("x", [{"key": "a", "r": [0, 1]}])
    with pytest.raises(InputError):
        S.custom_scheme("x", [{"key": "a"}, {"key": "a"}])
    with pytest.raises(InputError):
        S.custom_scheme("x", [])
    with pytest.raises(InputError):
        S.get_scheme("rfm-99")
    with pytest.raises(InputError):
        S.cn8_scheme("mode")


def _features(recency, frequency, monetary):
    return pd.DataFrame({"recency_days": recency, "frequency": frequency, "monetary_cents": monetary},
                        index=pd.Index(range(1, len(recency) + 1), name="customer_id"))


def test_cn8_thresholds_equal_counts_as_low():
    # means: recency 20, frequency 2, monetary 300
    df = _features([10, 20, 30, 20], [1, 2, 3, 2], [100, 300, 500, 300])
    labels = S.assign(S.cn8_scheme("mean"), df)
    assert labels.tolist() == ["general_development", "general_winback", "important_retention", "general_winback"]


def test_cn8_mean_and_median_differ_on_skewed_spend():
    df = _features([5, 5, 5, 5, 5], [1, 1, 1, 1, 1], [100, 200, 300, 400, 10000])  # mean 2200, median 300
    mean = S.assign(S.cn8_scheme("mean"), df)
    median = S.assign(S.cn8_scheme("median"), df)
    assert (mean == "important_development").sum() == 0  # recency equal to the mean: low; only #5 is high M
    assert mean.tolist() == ["general_winback"] * 4 + ["important_winback"]
    assert median.tolist() == ["general_winback"] * 3 + ["important_winback"] * 2


def test_grid_assignment_matches_the_table_and_keeps_non_buyers():
    n = 50
    rng = np.random.default_rng(2)
    df = _features(rng.integers(1, 400, n).astype(float), rng.integers(1, 12, n), rng.integers(100, 9000, n))
    df.loc[n + 1] = [np.nan, 0, 0]
    labels = S.assign(S.grid_scheme(), df)
    assert labels.loc[n + 1] == "no_purchases"
    from shoplens.segmentation.rfm import rfm_scores

    scores = rfm_scores(df)
    for cid, (r, f, _m) in scores.iterrows():
        expected = [s.key for s in S.GRID_SEGMENTS if r in s.r and f in s.f]
        assert labels.loc[cid] == expected[0] and len(expected) == 1
