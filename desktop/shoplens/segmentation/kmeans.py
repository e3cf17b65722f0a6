"""KMeans clusters of customers: log-scaled, standardised features, k by silhouette, profiles and names.

- Only customers with a purchase are clustered (the others go to "No imported orders" in a run).
- Features default to recency, frequency and monetary, each log1p-scaled then standardised; other metric
  columns may be added. A missing recency counts as the longest recency in the shop; other gaps take the median.
- k is chosen over 2..10 by the silhouette score. On large data the candidates are fitted on a sample of
  SELECTION_SAMPLE customers and scored on SILHOUETTE_SAMPLE of them; the chosen k is then fitted on everyone.
- The clustering is ShopLens's own (clustering.py: k-means++ and Lloyd, numpy only), full-batch at every size:
  its inertia is within 0.2% of scikit-learn's KMeans from 20,000 to 1,000,000 customers, where the
  MiniBatchKMeans used above 50,000 customers until December 2026 was 0.1-8% worse, and slower at 1M
  (benchmarks/bench_clustering.py).
  The seed is fixed, the distances need no BLAS and the rows are taken in the order of their values, so a run
  repeats exactly on any machine, whatever order the customers were imported in.
- Clusters are numbered by median spend, highest first (cluster_1, cluster_2, ...), so the labels are stable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..errors import InputError
from ..progress import CancelFn, ProgressFn, Reporter
from .clustering import kmeans, silhouette_score
from .naming import ClusterProfile, name_clusters

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

DEFAULT_FEATURES = ("recency_days", "frequency", "monetary")
# optional extra features: other metrics, and the stored predictions (predict/; joined by with_predictions)
OPTIONAL_FEATURES = ("aov", "tenure_days", "typical_interval_days", "orders_90", "spend_365", "discount_share")
PREDICTED_FEATURES = ("p_alive", "churn_risk", "expected_orders_90", "predicted_value_12m")
K_RANGE = range(2, 11)
SELECTION_SAMPLE = 20_000
SILHOUETTE_SAMPLE = 10_000
RANDOM_STATE = 0


@dataclass
class KMeansResult:
    """Cluster labels per customer (buyers only), the silhouette scores tried, profiles and the fitted model."""

    labels: pd.Series
    k: int
    silhouette: dict[int, float]
    profiles: list[ClusterProfile]
    model: dict = field(default_factory=dict)


def with_predictions(ws, features: pd.DataFrame, columns) -> pd.DataFrame:
    """`features` with the stored prediction columns joined when `columns` asks for any (InputError if none stored)."""
    if not set(columns or ()) & set(PREDICTED_FEATURES):
        return features
    from ..predict.store import join_predictions

    joined = join_predictions(ws, features)
    if joined["p_alive"].notna().sum() == 0:
        raise InputError("There are no predictions to group by yet.", hint="Run Predict first, then segment again.")
    return joined


def feature_matrix(features: pd.DataFrame, columns: tuple[str, ...] | list[str] = DEFAULT_FEATURES
                   ) -> tuple[pd.DataFrame, np.ndarray, dict]:
    """Buyers' chosen metrics, and the log1p-scaled, standardised matrix with its scaling parameters."""
    import numpy as np

    missing = [c for c in columns if c not in features.columns]
    if missing:
        raise InputError("These metrics do not exist: {missing}.", missing=', '.join(missing))
    buyers = features[features["frequency"] > 0]
    raw = buyers[list(columns)].apply(lambda s: s.astype(float))
    filled = raw.copy()
    for col in filled.columns:
        fallback = filled[col].max() if col == "recency_days" else filled[col].median()
        filled[col] = filled[col].fillna(0.0 if np.isnan(fallback) else fallback)
    logged = np.log1p(np.clip(filled.to_numpy(dtype=float), 0, None))
    mean = logged.mean(axis=0) if len(logged) else np.zeros(len(columns))
    std = logged.std(axis=0) if len(logged) else np.ones(len(columns))
    std = np.where(std > 0, std, 1.0)
    params = {"columns": list(columns), "fill": {c: float(filled[c].median()) if len(filled) else 0.0
                                                 for c in columns},
              "mean": mean.tolist(), "std": std.tolist(), "transform": "log1p"}
    return raw, (logged - mean) / std, params


def run_kmeans(features: pd.DataFrame, k: int | None = None, *, columns: tuple[str, ...] | list[str] = DEFAULT_FEATURES,
               progress: ProgressFn | None = None, cancelled: CancelFn | None = None) -> KMeansResult:
    """Cluster the buyers in `features`; k chosen by silhouette over 2..10 unless given."""
    import numpy as np
    import pandas as pd

    reporter = Reporter(progress, cancelled)
    # Rows in the order of their own values (customer id only among equal rows, which are interchangeable): ids follow
    # the order rows were imported in, so ordering by id gave other clusters for the same shop imported otherwise.
    features = features.sort_index().sort_values([c for c in columns if c in features.columns], kind="stable",
                                                  na_position="last")
    raw, x, params = feature_matrix(features, columns)
    n = len(x)
    distinct = len(np.unique(np.round(x, 9), axis=0)) if n else 0
    if k is not None:
        if k < 2:
            raise InputError("Ask for at least 2 groups.")
        if n < k:
            raise InputError("There are only {n} customers with purchases, fewer than the {k} groups asked for.",
                             hint="Ask for fewer groups, or import more orders.", n=n, k=k)
        if distinct < k:
            raise InputError("Only {distinct} customers differ in these metrics, fewer than the {k} groups asked for.",
                             hint="Ask for fewer groups or add metrics.", distinct=distinct, k=k)
    elif distinct < 3:
        raise InputError("There are too few different customers ({distinct}) to find groups automatically.",
                         hint="Import more orders, or use an RFM scheme instead.", distinct=distinct)
    rng = np.random.default_rng(RANDOM_STATE)
    scores: dict[int, float] = {}
    if k is None:
        scores = _silhouettes(x, distinct, rng, reporter)
        k = max(scores, key=lambda kk: (round(scores[kk], 6), -kk))
    steps = len(K_RANGE) + 2
    reporter.step(steps - 1, steps, f"Fitting {k} groups")
    fit = kmeans(x, k, n_init=4, seed=RANDOM_STATE, check=reporter.check)
    assigned, centres = fit.labels, fit.centres
    # number clusters by median spend (highest first), then by size, so labels don't depend on the solver's order
    spend = pd.Series(raw["monetary"].to_numpy() if "monetary" in raw else x[:, 0]).groupby(assigned).median()
    size = pd.Series(assigned).value_counts()
    order = sorted(spend.index, key=lambda c: (-spend[c], -size.get(c, 0), c))
    relabel = {old: f"cluster_{i + 1}" for i, old in enumerate(order)}
    labels = pd.Series([relabel[a] for a in assigned], index=raw.index, dtype=object).sort_index()
    params.update({"k": int(k), "centres": {relabel[c]: centres[c].tolist() for c in order}})
    profiles = profile(features, labels, list(columns))
    name_clusters(profiles)
    reporter.step(steps, steps, "")
    return KMeansResult(labels, int(k), scores, profiles, params)


def _silhouettes(x: np.ndarray, distinct: int, rng, reporter: Reporter) -> dict[int, float]:
    """Silhouette score for each k in 2..10 that the data allows (sampled on large data)."""
    import numpy as np

    sample = x if len(x) <= SELECTION_SAMPLE else x[np.sort(rng.choice(len(x), SELECTION_SAMPLE, replace=False))]
    score_rows = None
    if len(sample) > SILHOUETTE_SAMPLE:
        score_rows = np.sort(rng.choice(len(sample), SILHOUETTE_SAMPLE, replace=False))
    ks = [k for k in K_RANGE if k < min(distinct, len(sample))]
    ks = ks or [2]
    scores = {}
    for i, k in enumerate(ks):
        reporter.step(i, len(ks) + 2, f"Trying {k} groups")
        labels = kmeans(sample, k, n_init=2, seed=RANDOM_STATE, check=reporter.check).labels
        if len(set(labels)) < 2:
            continue
        if score_rows is not None:
            scores[k] = float(silhouette_score(sample[score_rows], labels[score_rows]))
        else:
            scores[k] = float(silhouette_score(sample, labels))
    if not scores:
        raise InputError("The customers are too alike to be split into groups.", hint="Use an RFM scheme instead.")
    return scores


def profile(features: pd.DataFrame, labels: pd.Series, columns: list[str]) -> list[ClusterProfile]:
    """Size, revenue share and medians of each group of `labels` against the whole shop."""
    buyers = features.loc[labels.index]
    money = buyers["monetary_cents"] if "monetary_cents" in buyers else (buyers["monetary"] * 100).round()
    columns = list(dict.fromkeys([*DEFAULT_FEATURES, *columns]))
    shop = {c: _median(buyers[c]) for c in columns}
    total_rev = float(money.clip(lower=0).sum()) or 1.0
    out = []
    for label, group in buyers.groupby(labels, sort=True):
        rev = int(money.loc[group.index].sum())
        out.append(ClusterProfile(
            label=str(label), size=len(group), share=len(group) / max(len(buyers), 1), revenue_cents=rev,
            revenue_share=max(rev, 0) / total_rev, medians={c: _median(group[c]) for c in columns},
            shop_medians=shop))
    return out


def _median(series: pd.Series) -> float:
    value = series.astype(float).median()
    return float(value) if value == value else float("nan")


def assign_nearest(features: pd.DataFrame, model: dict) -> pd.Series:
    """Put customers into a saved run's clusters by the nearest centre (used to refresh a run after an import)."""
    import numpy as np
    import pandas as pd

    columns = model["columns"]
    buyers = features[features["frequency"] > 0]
    raw = buyers.reindex(columns=columns).apply(lambda s: s.astype(float))  # a column not given: its median fill
    for col in columns:
        raw[col] = raw[col].fillna(raw[col].max() if col == "recency_days" else model["fill"][col])
    x = (np.log1p(np.clip(raw.to_numpy(dtype=float), 0, None)) - np.asarray(model["mean"])) / np.asarray(model["std"])
    names = list(model["centres"])
    centres = np.asarray([model["centres"][n] for n in names])
    if len(x) == 0:
        return pd.Series([], index=buyers.index, dtype=object)
    nearest = ((x[:, None, :] - centres[None, :, :]) ** 2).sum(axis=2).argmin(axis=1)
    return pd.Series(np.asarray(names, dtype=object)[nearest], index=buyers.index, dtype=object)
