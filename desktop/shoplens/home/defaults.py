"""Defaults that do something: after the first import with orders (and in the demo shop) a China-8 RFM segmentation,
the lifecycle and value tags, the action audience tags and, when the data allows, predictions are in place without
a click.

Each default is made once. What was made is recorded in the workspace (meta DEFAULTS_META), so a default the owner
removes never comes back; one the data does not allow yet (no buyers, too few repeat buyers for predictions) is
tried again after the next import. A workspace whose meta DEFAULTS_MODE is "off" gets none (tests that need a bare
workspace; the demo builder, which adds them itself once all its files are in).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING

from ..errors import InputError
from ..progress import Reporter
from .actions import ACTION_KEYS, TEMPLATE_PREFIX
from .record import DEFAULTS_META, DEFAULTS_MODE, installed_defaults

if TYPE_CHECKING:
    import pandas as pd

    from ..workspace import Workspace

SEGMENTATION = "segmentation:rfm-cn8"
TEMPLATE_KEYS = ("lifecycle", "value_tiers")
PREDICTIONS = "predictions"
ALL_DEFAULTS = (PREDICTIONS, SEGMENTATION, *(f"template:{k}" for k in TEMPLATE_KEYS),
                *(TEMPLATE_PREFIX + k for k in ACTION_KEYS))


def defaults_off(ws: Workspace) -> bool:
    return ws.meta(DEFAULTS_MODE) == "off"


def missing_defaults(ws: Workspace, *, predictions: bool = True) -> list[str]:
    """The defaults not made yet (in the order they are made); without the predictions when `predictions=False`."""
    done = installed_defaults(ws)
    return [key for key in ALL_DEFAULTS if key not in done and (predictions or key != PREDICTIONS)]


def install_defaults(ws: Workspace, *, features: pd.DataFrame | None = None, history_days: int | None = None,
                     reporter: Reporter | None = None, explicit: bool = False, predictions: bool = True) -> list[str]:
    """Make the defaults not made yet that the data allows; returns what was made (keys of ALL_DEFAULTS).

    Runs inside the caller's transaction when there is one (an import's). `features`: the metrics just computed.
    `history_days`: first record tag and segment snapshots as of that many days earlier, so "what changed" has
    something to show from the start (the demo shop). `explicit`: make them even when the workspace's defaults are
    off (the demo builder). `predictions=False`: all but the predictions (an import makes them with its analyses,
    pipeline.update_analyses).
    """
    from ..tags.evaluate import Context, customer_frame
    from ..tags.refresh import refresh_tags

    reporter = reporter or Reporter()
    if defaults_off(ws) and not explicit:
        return []
    todo = missing_defaults(ws, predictions=predictions)
    if not todo:
        return []
    buyers = ws.conn.execute("SELECT 1 FROM features WHERE frequency > 0 LIMIT 1").fetchone()
    if buyers is None:
        return []  # nothing to segment or tag yet (e.g. only a member list so far)
    needs_metrics = any(k != PREDICTIONS for k in todo)  # only predictions left: no need to read the metrics
    if features is None and needs_metrics and ws.meta("features_as_of"):
        from ..features.metrics import default_as_of, load_features

        if ws.meta("features_as_of") == default_as_of(ws).isoformat():
            features = load_features(ws)  # the metrics the import just saved
    made: list[str] = []
    with ws.transaction():
        if PREDICTIONS in todo and _predictions(ws, reporter):
            made.append(PREDICTIONS)
        reporter.check()
        if SEGMENTATION in todo and _segmentation(ws, features, reporter):
            made.append(SEGMENTATION)
        reporter.check()
        tag_keys = [k for k in todo if k.startswith(("template:", TEMPLATE_PREFIX))]
        if tag_keys:
            frame, as_of = customer_frame(ws, features)
            made.extend(_tags(ws, tag_keys, Context(frame, as_of)))
            reporter.check()
            if history_days:
                _history(ws, as_of - dt.timedelta(days=history_days), reporter)
            refresh_tags(ws, features, reason="tags changed", cancelled=reporter.cancelled)
            if history_days:  # the runs back to today's data too
                from ..segmentation.runs import refresh_runs

                refresh_runs(ws, features, cancelled=reporter.cancelled)
        done = installed_defaults(ws) | set(made)
        ws.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                        (DEFAULTS_META, json.dumps(sorted(done))))
        if made:
            ws.audit("defaults", {"made": made}, in_transaction=True)
    return made


def _predictions(ws: Workspace, reporter: Reporter) -> bool:
    from ..predict.run import predict_customers
    from ..predict.store import latest_run, save_run

    if latest_run(ws.conn) is not None:
        return True  # the owner fitted them already
    try:
        run = predict_customers(ws, cancelled=reporter.cancelled)
    except InputError:
        return False  # too few repeat buyers so far: tried again after the next import
    save_run(ws, run)
    return True


def _segmentation(ws: Workspace, features: pd.DataFrame | None, reporter: Reporter) -> bool:
    from ..segmentation.runs import DEFAULT_METHOD, save_default_run

    if ws.conn.execute("SELECT 1 FROM segmentations WHERE method = ? LIMIT 1", (DEFAULT_METHOD,)).fetchone():
        return True  # the owner ran one already
    try:
        save_default_run(ws, features=features, cancelled=reporter.cancelled)
    except InputError:
        return False
    return True


def _tags(ws: Workspace, keys: list[str], ctx) -> list[str]:
    """Save the templates' groups, then the action tags (written with the lifecycle limits just saved)."""
    from ..tags.model import TagGroup
    from ..tags.store import save_group
    from ..tags.templates import build_template
    from .actions import save_action_tags

    made = []
    for key in keys:
        if key.startswith("template:"):
            name = key.split(":", 1)[1]
            if ws.conn.execute("SELECT 1 FROM tag_groups WHERE template = ?", (name,)).fetchone() is None:
                try:
                    built = build_template(name, ctx)
                except InputError:
                    continue
                if isinstance(built, TagGroup):
                    save_group(ws, built)
            made.append(key)
    actions = [k[len(TEMPLATE_PREFIX):] for k in keys if k.startswith(TEMPLATE_PREFIX)]
    if actions:
        save_action_tags(ws, actions)
        made.extend(TEMPLATE_PREFIX + k for k in actions)
    return made


def _history(ws: Workspace, earlier: dt.date, reporter: Reporter) -> None:
    """Tag and segment snapshots as of an earlier date, so the next snapshot shows who moved since then."""
    from ..features.metrics import compute_features
    from ..segmentation.runs import refresh_runs
    from ..tags.refresh import refresh_tags

    features = compute_features(ws, earlier, cancelled=reporter.cancelled)
    refresh_runs(ws, features, earlier, cancelled=reporter.cancelled)
    refresh_tags(ws, features, earlier, reason="tags changed", cancelled=reporter.cancelled)
