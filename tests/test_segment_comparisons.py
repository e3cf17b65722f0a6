"""Names that match their figures: a run's segments are compared with the shop by the statistic its rule uses,
so every China-8 segment's "high" and "low" read true next to the figures shown beside it (issue: "General value"
showed medians and read as spending 156% more than the shop)."""

from __future__ import annotations

import pytest

from segdata import make_shop, new_workspace
from shoplens.features.metrics import compute_features, default_as_of
from shoplens.reports.report_data import gather
from shoplens.segmentation.runs import save_run
from shoplens.segmentation.schemes import comparison_statistic, get_scheme, thresholds
from shoplens.tasks.segments import build_review


@pytest.mark.parametrize("seed, threshold", [(3, "mean"), (5, "median")])
def test_every_china8_segment_reads_true_against_the_figures_shown(tmp_path, seed, threshold) -> None:
    ws = new_workspace(tmp_path)
    make_shop(ws, customers=400, seed=seed)
    features = compute_features(ws)
    review = build_review(ws, "rfm-cn8", features, default_as_of(ws), threshold=threshold)
    assert review.statistic == threshold == comparison_statistic("rfm-cn8", review.run.parameters)
    cut = thresholds(features, threshold)
    assert review.shop["recency_days"] == pytest.approx(cut["recency_days"])
    assert review.shop["frequency"] == pytest.approx(cut["frequency"])
    assert review.shop["monetary"] * 100 == pytest.approx(cut["monetary"])  # thresholds are in cents
    scheme = get_scheme("rfm-cn8", threshold)
    checked = 0
    for segment in scheme.segments:
        shown = review.medians.get(segment.key)
        if not shown:
            continue
        checked += 1
        r_high, f_high, m_high = (2 in segment.r), (2 in segment.f), (2 in segment.m)
        # "high" recency means fewer days than the shop's; equal to the threshold counts as low
        assert (shown["recency_days"] < review.shop["recency_days"]) == r_high, segment.key
        assert (shown["frequency"] > review.shop["frequency"]) == f_high, segment.key
        assert (shown["monetary"] > review.shop["monetary"]) == m_high, segment.key
    assert checked >= 5
    if threshold == "mean":  # the printed report compares the same way and says so
        run_id = save_run(ws, review.run)
        data = gather(ws, run_id)
        assert data.statistic == "mean"
        assert data.shop_profile["monetary"] == pytest.approx(review.shop["monetary"])


def test_grid_and_kmeans_runs_compare_medians() -> None:
    assert comparison_statistic("rfm-grid", {}) == "median"
    assert comparison_statistic("kmeans", {"k": 4}) == "median"
    assert comparison_statistic("rfm-cn8", {"threshold": "median"}) == "median"
