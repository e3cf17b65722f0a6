"""Refresh everything computed from the canonical tables (metrics, tags, segments) after a data change."""

from __future__ import annotations

from .progress import Reporter
from .workspace import Workspace


def refresh_derived(ws: Workspace, reporter: Reporter | None = None) -> None:
    """Recompute derived tables inside the caller's transaction; later layers add themselves here."""
    reporter = reporter or Reporter()
    try:
        from .features import metrics
    except ImportError:  # metrics not built yet
        return
    features = None
    if hasattr(metrics, "refresh"):
        features = metrics.refresh(ws, progress=reporter.progress, cancelled=reporter.cancelled)
    from .tags.refresh import refresh_tags  # tags need the metrics just computed

    refresh_tags(ws, features, reason="data changed", progress=reporter.progress, cancelled=reporter.cancelled)
