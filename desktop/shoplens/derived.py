"""Refresh everything computed from the canonical tables (metrics, predictions, suggestions, segment snapshots,
tags) after a data change.

Progress is one bar for the whole refresh: the metrics take the first half, predictions, suggestions and the saved
segmentation runs the next fifth and the tags the rest, and the bar never moves backwards between (or within) the parts.

An import leaves the predictions and the suggestions (the analyses: seconds to tens of seconds on a big shop) to a
follow-up step of their own, `refresh_analyses`, so its data can be used as soon as it is written (and several files
imported together are analysed once). Until that step has run, meta ANALYSES_DUE says so; the app runs it in the
background after an import and whenever it opens a workspace that still has it due.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from .features import metrics
from .features.metrics import MetricsInHand
from .predict.store import ANALYSES_DUE, refresh_predictions
from .progress import ProgressFn, Reporter
from .segmentation.runs import refresh_runs
from .suggest.store import refresh_suggestions
from .tags.refresh import refresh_tags
from .workspace import Workspace

if TYPE_CHECKING:
    import pandas as pd

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


def refresh_derived(ws: Workspace, reporter: Reporter | None = None, *, orders: MetricsInHand | None = None,
                    analyses: bool = True) -> pd.DataFrame:
    """Recompute derived tables inside the caller's transaction: metrics, predictions, suggestions, segment
    snapshots, tags.

    `orders`: every row of the orders table, when the caller has them at hand (a first import), so the metrics
    need not read them back. `analyses=False` (an import) leaves predictions and suggestions as they are and marks
    them due for `refresh_analyses`. Returns the customer metrics just saved.
    """
    reporter = reporter or Reporter()
    bar = MonotoneProgress(reporter.progress)
    bar.part("metrics")(0, 1, "")
    features = metrics.refresh(ws, progress=bar.part("metrics"), cancelled=reporter.cancelled, orders=orders)
    bar.part("metrics")(1, 1, "")
    reporter.check()
    if analyses:  # before the tags, which can test predicted values and the suggested product
        _analyses(ws, bar.part("segments"), reporter.cancelled)
    else:
        ws.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, datetime('now'))", (ANALYSES_DUE,))
    # saved runs get a snapshot, so movement can be shown
    refresh_runs(ws, features=features, progress=bar.part("segments"), cancelled=reporter.cancelled)
    bar.part("segments")(1, 1, "")
    reporter.check()
    # tags need the metrics just computed
    refresh_tags(ws, features, reason="data changed", progress=bar.part("tags"), cancelled=reporter.cancelled)
    bar.part("tags")(1, 1, "")
    return features


def _analyses(ws: Workspace, progress: ProgressFn, cancelled) -> None:
    """Predictions (only once the shop has fitted them) and suggestions, as of the metrics' date; no longer due."""
    progress(0, 3, "Updating predictions")
    refresh_predictions(ws, Reporter(None, cancelled))
    progress(1, 3, "Updating suggestions")
    refresh_suggestions(ws, dt.date.fromisoformat(ws.meta("features_as_of") or ""), Reporter(None, cancelled))
    ws.conn.execute("DELETE FROM meta WHERE key = ?", (ANALYSES_DUE,))


def refresh_analyses(ws: Workspace, reporter: Reporter | None = None, *, before_tags=None) -> None:
    """The follow-up of an import, one transaction: predictions and suggestions for the data it left, then
    `before_tags(ws, reporter)` (the pipeline's first-import defaults), then the tags again when a rule tests a
    predicted value or the suggested product."""
    from .tags.fields import FIELDS
    from .tags.rules import fields_used
    from .tags.store import list_tags

    reporter = reporter or Reporter()
    with ws.transaction():
        if ws.meta("features_as_of"):  # no metrics, nothing to analyse (a workspace without orders)
            _analyses(ws, reporter.progress, reporter.cancelled)
        else:
            ws.conn.execute("DELETE FROM meta WHERE key = ?", (ANALYSES_DUE,))
        reporter.check()
        if before_tags is not None:
            before_tags(ws, reporter)
        reporter.check()
        sources = {FIELDS[f].source for tag in list_tags(ws) for f in fields_used(tag.rule) if f in FIELDS}
        if sources & {"predictions", "suggestions"}:
            reporter.progress(2, 3, MESSAGES["tags"])
            refresh_tags(ws, reason="data changed", cancelled=reporter.cancelled)
    reporter.progress(3, 3, "")
