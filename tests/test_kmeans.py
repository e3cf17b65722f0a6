"""KMeans: planted clusters are found, runs repeat, small data is refused, names follow the profiles."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from shoplens.errors import Cancelled, InputError
from shoplens.segmentation.kmeans import assign_nearest, run_kmeans
from shoplens.segmentation.naming import ClusterProfile, base_name, name_clusters
from shoplens.segmentation.strategies import ACTIONS, strategy_for_cluster


def _planted(seed=1, per=120):
    """Three clearly different kinds of customers: recent big spenders, lapsed one-timers, mid regulars."""
    rng = np.random.default_rng(seed)
    parts = [
        (rng.integers(1, 15, per), rng.integers(8, 15, per), rng.integers(300_000, 600_000, per)),
        (rng.integers(300, 700, per), np.ones(per, int), rng.integers(2_000, 6_000, per)),
        (rng.integers(40, 90, per), rng.integers(3, 5, per), rng.integers(30_000, 50_000, per)),
    ]
    rec, freq, money = (np.concatenate([p[i] for p in parts]) for i in range(3))
    df = pd.DataFrame({"recency_days": rec.astype(float), "frequency": freq, "monetary_cents": money,
                       "monetary": money / 100.0, "discount_share": 0.1},
                      index=pd.Index(np.arange(1, len(rec) + 1), name="customer_id"))
    return df


def test_auto_k_finds_planted_groups_and_names_them():
    df = _planted()
    result = run_kmeans(df)
    assert result.k == 3
    assert set(result.silhouette) == set(range(2, 11))
    assert max(result.silhouette, key=result.silhouette.get) == 3
    # each planted group is one cluster
    for start in (0, 120, 240):
        assert result.labels.iloc[start:start + 120].nunique() == 1
    names = {p.label: (p.name_en, p.name_zh) for p in result.profiles}
    assert names["cluster_1"] == ("Recent loyal big spenders", "近期忠实高消费客户")
    assert names["cluster_3"] == ("Lapsed small one-timers", "流失的低消费一次性客户")
    assert sum(p.size for p in result.profiles) == len(df)
    assert math.isclose(sum(p.revenue_share for p in result.profiles), 1.0)
    # clusters are numbered by median spend, highest first
    spend = [p.medians["monetary"] for p in result.profiles]
    assert spend == sorted(spend, reverse=True)


def test_runs_repeat_and_ignore_row_order():
    df = _planted(seed=4)
    a = run_kmeans(df, k=4)
    b = run_kmeans(df.sample(frac=1.0, random_state=3), k=4)
    pd.testing.assert_series_equal(a.labels, b.labels.loc[a.labels.index])


@pytest.mark.parametrize("seed", [4, 5, 6])
def test_runs_ignore_the_ids_customers_were_given_at_import(seed):
    """Customer ids follow the order rows were imported in: the same shop imported in another order gives each
    customer the same group. (By ids, the rows came to KMeans in another order, and on a shop without clear groups
    the solver's start, hence the groups, changed.)"""
    rng = np.random.default_rng(seed)
    n = 900
    money = np.round(rng.lognormal(10, 1, n))
    df = pd.DataFrame({"recency_days": rng.integers(1, 700, n).astype(float), "frequency": rng.integers(1, 12, n),
                       "monetary_cents": money, "monetary": money / 100.0},
                      index=pd.Index(np.arange(1, n + 1), name="customer_id"))
    renumbered = df.set_axis(pd.Index(rng.permutation(np.arange(5000, 5000 + n)), name="customer_id"))
    a = run_kmeans(df, k=5)
    b = run_kmeans(renumbered, k=5)
    assert a.labels.index.is_monotonic_increasing and b.labels.index.is_monotonic_increasing
    assert a.labels.loc[df.index].tolist() == b.labels.loc[renumbered.index].tolist()


def test_user_k_and_refusals():
    df = _planted(per=5)
    assert run_kmeans(df, k=5).k == 5
    with pytest.raises(InputError, match="fewer than the 20 groups"):
        run_kmeans(df, k=20)
    same = df.copy()
    same[["recency_days", "frequency", "monetary"]] = [10.0, 2, 50.0]
    with pytest.raises(InputError, match="too few different customers"):
        run_kmeans(same)
    with pytest.raises(InputError, match="differ"):
        run_kmeans(same, k=2)
    with pytest.raises(InputError, match="do not exist"):
        run_kmeans(df, columns=["recency_days", "shoe_size"])


def test_cancel_is_heard_within_a_fit():
    """Cancel is checked between the iterations of a fit (1M customers take seconds a fit), not only between the k
    tried: here the fourth check, inside the fit of the 3 groups asked for, stops the run."""
    checks = []

    def cancelled():
        checks.append(None)
        return len(checks) >= 4

    with pytest.raises(Cancelled):
        run_kmeans(_planted(), k=3, cancelled=cancelled)
    assert len(checks) == 4


def test_extra_metrics_and_nearest_assignment():
    df = _planted(seed=2)
    result = run_kmeans(df, k=3, columns=["recency_days", "frequency", "monetary", "discount_share"])
    assert result.model["columns"][-1] == "discount_share"
    again = assign_nearest(df, result.model)
    pd.testing.assert_series_equal(again, result.labels, check_names=False)


def _profile(label, recency, frequency, monetary, shop=(60.0, 2.0, 200.0)):
    cols = ("recency_days", "frequency", "monetary")
    return ClusterProfile(label, 10, 0.1, 100, 0.1, dict(zip(cols, (recency, frequency, monetary), strict=True)),
                          dict(zip(cols, shop, strict=True)))


@pytest.mark.parametrize("values, en, zh", [
    ((10, 3, 800), "Recent big spenders", "近期高消费客户"),
    ((400, 1, 150), "Lapsed one-timers", "流失的一次性客户"),
    ((50, 6, 900), "Loyal big spenders", "忠实高消费客户"),
    ((70, 2, 200), "Mid-value customers", "中等价值客户"),
    ((20, 1, 50), "Recent small one-timers", "近期低消费一次性客户"),
    ((60, 8, 180), "Regulars", "常客"),
])
def test_base_names(values, en, zh):
    assert base_name(_profile("c", *values)) == (en, zh)


def test_names_are_unique_within_a_run():
    profiles = [_profile("a", 400, 1, 150), _profile("b", 500, 1, 120), _profile("c", 10, 3, 800),
                _profile("d", 450, 1, 140), _profile("e", 9, 3, 900)]
    name_clusters(profiles)
    assert len({p.name_en for p in profiles}) == 5 and len({p.name_zh for p in profiles}) == 5
    by = {p.label: p for p in profiles}
    assert by["c"].name_en.startswith("Recent big spenders (") and by["e"].name_zh.startswith("近期高消费客户（")
    assert {by["a"].name_en, by["b"].name_en, by["d"].name_en} == {f"Lapsed one-timers {i}" for i in (1, 2, 3)}


def test_cluster_strategies():
    assert strategy_for_cluster(_profile("a", 10, 3, 800)) == ACTIONS["vip"]
    assert strategy_for_cluster(_profile("a", 400, 1, 150)) == ACTIONS["lost"]
    assert strategy_for_cluster(_profile("a", 400, 5, 900)) == ACTIONS["winback_high"]
    assert strategy_for_cluster(_profile("a", 10, 1, 150)) == ACTIONS["new"]
    assert strategy_for_cluster(_profile("a", 70, 2, 150), discount_share=0.8) == ACTIONS["price"]
