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
    if hasattr(metrics, "refresh"):
        metrics.refresh(ws, progress=reporter.progress, cancelled=reporter.cancelled)
