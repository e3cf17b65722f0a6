"""Build a segmentation run (not yet saved): labels for every customer, segment names, sizes, revenue, strategies."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..progress import CancelFn, ProgressFn, Reporter
from .schemes import NO_PURCHASES, Scheme, assign, get_scheme, thresholds
from .strategies import strategy_for, strategy_for_cluster

if TYPE_CHECKING:
    import pandas as pd

    from ..workspace import Workspace

METHODS = ("rfm-cn8", "rfm-grid", "kmeans", "custom")


@dataclass
class SegmentInfo:
    """One segment of a run as shown and saved: names, strategy, size, revenue and (KMeans) profile."""

    label: str
    name_en: str
    name_zh: str
    strategy_en: str
    strategy_zh: str
    size: int
    revenue_cents: int
    profile: dict[str, Any] = field(default_factory=dict)

    @property
    def revenue(self) -> float:
        return round(self.revenue_cents / 100, 2)


@dataclass
class RunResult:
    """A segmentation of every customer as of a date; `id` is set once saved."""

    method: str
    scheme_key: str
    name: str
    parameters: dict[str, Any]
    as_of: dt.date
    labels: pd.Series  # customer_id → segment label, every customer
    segments: list[SegmentInfo]
    silhouette: dict[int, float] | None = None
    id: int | None = None

    @property
    def customers(self) -> int:
        return len(self.labels)

    def segment(self, label: str) -> SegmentInfo:
        """The segment with this label."""
        for s in self.segments:
            if s.label == label:
                return s
        raise KeyError(label)


def build_run(ws: Workspace, method: str, *, k: int | None = None, threshold: str = "mean",
              scheme: Scheme | None = None, columns: list[str] | None = None, as_of: dt.date | None = None,
              features: pd.DataFrame | None = None, progress: ProgressFn | None = None,
              cancelled: CancelFn | None = None) -> RunResult:
    """Segment every customer with an RFM scheme ('rfm-cn8', 'rfm-grid', 'custom' with `scheme`) or 'kmeans'."""
    from ..features.metrics import compute_features, default_as_of

    reporter = Reporter(progress, cancelled)
    if method not in METHODS:
        raise InputError('Unknown segmentation method "{method}".', hint="Choose rfm-cn8, rfm-grid or kmeans.",
                         method=method)
    as_of = as_of or default_as_of(ws)
    if features is None:
        reporter.step(0, 3, "Customer metrics")
        features = compute_features(ws, as_of, cancelled=reporter.cancelled)
    if method == "kmeans":
        from .kmeans import with_predictions

        features = with_predictions(ws, features, columns)
    if not (features["frequency"] > 0).any():
        raise InputError("No customer has a purchase before this date, so there is nothing to segment.",
                         hint="Import orders first, or choose a later as-of date.")
    reporter.step(1, 3, "Segmenting")
    if method == "kmeans":
        result = _kmeans_run(features, k, columns, as_of, reporter)
    else:
        if method == "custom":
            if scheme is None:
                raise InputError("A custom scheme needs its segments.")
        else:
            scheme = get_scheme(method, threshold)
        result = scheme_run(scheme, features, as_of)
    reporter.step(3, 3, "")
    return result


def scheme_run(scheme: Scheme, features: pd.DataFrame, as_of: dt.date) -> RunResult:
    """Apply an RFM scheme (checked first) to `features`."""
    labels = assign(scheme, features)
    parameters: dict[str, Any] = {"scheme": scheme.key}
    if scheme.kind == "threshold":
        parameters["threshold"] = scheme.threshold
        parameters["thresholds"] = thresholds(features, scheme.threshold)
        scheme_key = f"{scheme.key}:{scheme.threshold}"
    elif scheme.key in ("rfm-grid",):
        scheme_key = scheme.key
    else:
        parameters["segments"] = [
            {"key": s.key, "name_en": s.name_en, "name_zh": s.name_zh, "r": sorted(s.r), "f": sorted(s.f),
             "m": None if s.m is None else sorted(s.m)} for s in scheme.segments]
        parameters["first_match"] = scheme.first_match
        scheme_key = f"custom:{scheme.name_en}"
    method = scheme.key if scheme.key in ("rfm-cn8", "rfm-grid") else "custom"
    if method == "rfm-cn8":
        name = f"{scheme.name_en} ({scheme.threshold})"
    else:
        name = scheme.name_en
    names = [(s.key, s.name_en, s.name_zh) for s in scheme.segments]
    segments = _segments(features, labels, names, lambda key: strategy_for(key))
    return RunResult(method, scheme_key, name, parameters, as_of, labels, segments)


def _kmeans_run(features, k, columns, as_of, reporter: Reporter) -> RunResult:
    from .kmeans import DEFAULT_FEATURES, run_kmeans

    result = run_kmeans(features, k, columns=tuple(columns or DEFAULT_FEATURES), progress=reporter.progress,
                        cancelled=reporter.cancelled)
    labels = result.labels.reindex(features.index).fillna(NO_PURCHASES[0]).astype(object)
    by_label = {p.label: p for p in result.profiles}
    discount = features["discount_share"] if "discount_share" in features else None

    def strategy(label: str) -> tuple[str, str]:
        share = None
        if discount is not None:
            members = result.labels.index[result.labels == label]
            share = float(discount.loc[members].median()) if len(members) else None
        return strategy_for_cluster(by_label[label], share)

    names = [(p.label, p.name_en, p.name_zh) for p in result.profiles]
    segments = _segments(features, labels, names, strategy)
    for seg in segments:
        if seg.label in by_label:
            p = by_label[seg.label]
            seg.profile = {"share": p.share, "revenue_share": p.revenue_share, "medians": p.medians,
                           "shop_medians": p.shop_medians}
    parameters = {"k": result.k, "k_chosen": "auto" if k is None else "user",
                  "silhouette": {str(kk): v for kk, v in result.silhouette.items()}, "model": result.model}
    name = f"KMeans ({result.k} groups)"
    return RunResult("kmeans", "kmeans", name, parameters, as_of, labels, segments, silhouette=result.silhouette)


def _segments(features, labels, names, strategy) -> list[SegmentInfo]:
    """Size and revenue of each named segment (in `names` order), plus 'No imported orders' when it has members."""
    money = features["monetary_cents"] if "monetary_cents" in features else (features["monetary"] * 100).round()
    sizes = labels.value_counts()
    revenue = money.groupby(labels).sum()
    out = []
    for key, en, zh in [*names, NO_PURCHASES]:
        size = int(sizes.get(key, 0))
        if key == NO_PURCHASES[0] and size == 0:
            continue
        s_en, s_zh = strategy(key) if key != NO_PURCHASES[0] else strategy_for(key)
        out.append(SegmentInfo(key, en, zh, s_en, s_zh, size, int(revenue.get(key, 0))))
    return out


def relabel(scheme_key: str, parameters: dict, features: pd.DataFrame) -> pd.Series:
    """Segment labels of a saved run's scheme applied to new `features` (to refresh a run after an import)."""
    from .schemes import custom_scheme

    if scheme_key == "kmeans":
        from .kmeans import assign_nearest

        labels = assign_nearest(features, parameters["model"])
        return labels.reindex(features.index).fillna(NO_PURCHASES[0]).astype(object)
    if scheme_key.startswith("custom:"):
        scheme = custom_scheme(scheme_key.split(":", 1)[1], parameters["segments"],
                               first_match=parameters.get("first_match", False))
    else:
        scheme = get_scheme(parameters["scheme"], parameters.get("threshold", "mean"))
    return assign(scheme, features)
