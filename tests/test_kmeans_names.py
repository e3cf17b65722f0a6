"""KMeans names are true of their clusters: every word of a cluster's name holds for the cluster's own members
against the whole shop (medians recomputed here from the members, not taken from the run's profiles)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from shoplens.segmentation.kmeans import run_kmeans
from shoplens.segmentation.naming import BIG, LAPSED, LOW, RECENT


def random_shop(seed: int) -> pd.DataFrame:
    """Buyers of a generated shop: a mix of one-timers, regulars and a few heavy spenders, in varying shares."""
    rng = np.random.default_rng(seed)
    n = int(rng.integers(250, 700))
    kind = rng.choice(3, n, p=rng.dirichlet([4, 2, 1]))
    frequency = np.where(kind == 0, 1, np.where(kind == 1, rng.integers(2, 8, n), rng.integers(5, 40, n)))
    recency = np.where(kind == 0, rng.integers(1, 720, n), rng.integers(1, 400, n)).astype(float)
    spend = np.round(frequency * rng.lognormal(np.where(kind == 2, 6.5, 5.0), 0.6, n) * 100)
    return pd.DataFrame({"recency_days": recency, "frequency": frequency, "monetary_cents": spend,
                         "monetary": spend / 100.0}, index=pd.Index(np.arange(1, n + 1), name="customer_id"))


def words_hold(name: str, own: dict[str, float], shop: dict[str, float]) -> list[str]:
    """The words of `name` that are false of a cluster with medians `own` in a shop with medians `shop`."""
    wrong = []
    lower = name.lower()
    r = own["recency_days"] / shop["recency_days"]
    m = own["monetary"] / shop["monetary"]
    if lower.startswith("recent") and not r <= RECENT:
        wrong.append("recent")
    if lower.startswith("lapsed") and not r >= LAPSED:
        wrong.append("lapsed")
    if ("big" in lower) and not m >= BIG:
        wrong.append("big")
    if ("small" in lower or "low spenders" in lower) and not m <= LOW:
        wrong.append("small/low")
    if "one-time" in lower and not own["frequency"] <= 1:
        wrong.append("one-time")
    if ("loyal" in lower or "frequent" in lower or "regulars" in lower) and \
            not own["frequency"] >= max(2 * shop["frequency"], shop["frequency"] + 2):
        wrong.append("loyal/frequent")
    return wrong


@pytest.mark.parametrize("seed", range(12))
def test_every_word_of_a_cluster_name_is_true_of_its_members(seed) -> None:
    features = random_shop(seed)
    result = run_kmeans(features, k=4 + seed % 3)
    shop = features[["recency_days", "frequency", "monetary"]].median()
    for profile in result.profiles:
        members = features.loc[result.labels[result.labels == profile.label].index]
        own = members[["recency_days", "frequency", "monetary"]].median()
        assert words_hold(profile.name_en, own.to_dict(), shop.to_dict()) == [], (profile.name_en, own.to_dict())
