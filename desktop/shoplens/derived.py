"""Refresh everything computed from the canonical tables (metrics, predictions, suggestions, segment snapshots,
tags) after a data change.

Progress is one bar for the whole refresh: the metrics take the first half, predictions, suggestions and the saved
segmentation runs the next fifth and the tags the rest, and the bar never moves backwards between (or within) the parts.
"""

from __future__ import annotations

import datetime as dt

from .features import metrics
from .features.paid_orders import OrdersInHand
from .predict.store import refresh_predictions
from .progress import ProgressFn, Reporter
from .segmentation.runs import refresh_runs
from .suggest.store import refresh_suggestions
from .tags.refresh import refresh_tags
from .workspace import Workspace

TOTAL = 1000
PARTS = {"metrics": (0, 500), "segments": (500, 700), "tags": (700, 1000)}
MESSAGES = {"metrics": "Updating customer metrics", "segments": "Updating segments", "tags": "Updating tags"}


class MonotoneProgress:
    """Maps each part's own (done, total) onto its sub-range of 0..TOTAL; never reports a smaller value."""

    def __init__(self, progress: ProgressFn) -> None:
        self.progress = progress
        self.last = 0

    def part(self, name: str) -> ProgressFn:
        """A progress callback for one part, reporting inside that part's sub-range."""
        start, end = PARTS[name]

        def report(done: int, total: int, message: str = "") -> None:
            share = min(max(done / total, 0.0), 1.0) if total > 0 else 0.0
            value = max(self.last, start + round((end - start) * share))
            self.last = value
            self.progress(value, TOTAL, message or MESSAGES[name])

        return report


def refresh_derived(ws: Workspace, reporter: Reporter | None = None, *, orders: OrdersInHand | None = None) -> None:
    """Recompute derived tables inside the caller's transaction: metrics, predictions, suggestions, segment
    snapshots, tags.

    `orders`: every row of the orders table, when the caller has them at hand (a first import), so the metrics
    need not read them back.
    """
    reporter = reporter or Reporter()
    bar = MonotoneProgress(reporter.progress)
    bar.part("metrics")(0, 1, "")
    features = metrics.refresh(ws, progress=bar.part("metrics"), cancelled=reporter.cancelled, orders=orders)
    bar.part("metrics")(1, 1, "")
    reporter.check()
    bar.part("segments")(0, 1, "Updating predictions")
    refresh_predictions(ws, Reporter(None, reporter.cancelled))  # only once the shop has fitted predictions (~1 s)
    bar.part("segments")(0, 1, "Updating suggestions")
    # the metrics' as-of date; before the tags, which can test the suggested product
    refresh_suggestions(ws, dt.date.fromisoformat(ws.meta("features_as_of") or ""), Reporter(None, reporter.cancelled))
    # saved runs get a snapshot, so movement can be shown
    refresh_runs(ws, features=features, progress=bar.part("segments"), cancelled=reporter.cancelled)
    bar.part("segments")(1, 1, "")
    reporter.check()
    # tags need the metrics just computed
    refresh_tags(ws, features, reason="data changed", progress=bar.part("tags"), cancelled=reporter.cancelled)
    bar.part("tags")(1, 1, "")
