"""Install the built-in templates with their defaults in one go (the demo shop, screenshots, a quick start)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..errors import InputError
from ..progress import CancelFn, ProgressFn, Reporter

if TYPE_CHECKING:
    from ..workspace import Workspace


def install_templates(ws: Workspace, keys: list[str] | None = None, *, history_days: int | None = None,
                      progress: ProgressFn | None = None, cancelled: CancelFn | None = None) -> list[str]:
    """Save templates (all by default) with defaults from the data, skipping those the data cannot fill; refresh.

    `history_days`: first take a snapshot as of that many days before the current as-of date, so the tags show
    a trend from the start. Returns the names of the saved groups and tags.
    """
    from ..features.metrics import compute_features
    from .evaluate import Context, customer_frame
    from .model import TagGroup
    from .refresh import refresh_tags
    from .store import save_group, save_tag
    from .templates import TEMPLATES, build_template

    reporter = Reporter(progress, cancelled)
    frame, as_of = customer_frame(ws)
    ctx = Context(frame, as_of)
    saved = []
    with ws.transaction():
        for key in keys or list(TEMPLATES):
            try:
                built = build_template(key, ctx)
            except InputError:
                continue  # e.g. no member levels in this shop's data
            if isinstance(built, TagGroup):
                save_group(ws, built)
            else:
                save_tag(ws, built)
            saved.append(built.name_en)
        reporter.check()
        if history_days:
            earlier = as_of - dt.timedelta(days=history_days)
            refresh_tags(ws, compute_features(ws, earlier), earlier, reason="tags changed",
                         cancelled=reporter.cancelled)
        refresh_tags(ws, reason="tags changed", progress=reporter.progress, cancelled=reporter.cancelled)
    return saved
