"""The work behind the segmentation wizard, the segment browser and the dashboard, run in workers (no Qt here).

Each function takes `progress` and `cancelled` like every long core function, so the UI's TaskRunner can run it in a worker.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..progress import CancelFn, ProgressFn, Reporter

if TYPE_CHECKING:
    import pandas as pd

    from ..segmentation.build import RunResult
    from ..segmentation.schemes import Scheme
    from ..workspace import Workspace

PROFILE_COLUMNS = ("recency_days", "frequency", "monetary")
FIGURE_LOCK = threading.Lock()  # one figure is drawn or saved at a time (matplotlib figures are not thread-safe)
DEFAULT_CHART_SIZE = (560, 320, 1.0)  # logical pixels and device pixel ratio, before a chart's slot is laid out
DPI = 100
KMEANS_CHOICES = ("recency_days", "frequency", "monetary", "aov", "tenure_days", "typical_interval_days",
                  "orders_90", "spend_90", "discount_share")


@dataclass
class Loaded:
    """Every customer's metrics as of a date (the wizard's live counts read these)."""

    features: pd.DataFrame
    as_of: dt.date
    default_as_of: dt.date


@dataclass
class Review:
    """A built (unsaved) run, with each segment's recency, frequency and spend and the shop's, as the `statistic`
    the run's rule compares with (segmentation.schemes.comparison_statistic)."""

    run: RunResult
    medians: dict[str, dict[str, float | None]] = field(default_factory=dict)  # per segment, by `statistic`
    shop: dict[str, float | None] = field(default_factory=dict)
    statistic: str = "median"


def load_metrics(ws: Workspace, as_of: dt.date | None = None, *, progress: ProgressFn | None = None,
                 cancelled: CancelFn | None = None) -> Loaded:
    """Metrics as of `as_of` (default: the day after the last order); the saved table is reused when it matches."""
    from ..features.metrics import compute_features, default_as_of, load_features

    reporter = Reporter(progress, cancelled)
    default = default_as_of(ws)
    as_of = as_of or default
    reporter.step(0, 2, "Customer metrics")
    saved = ws.conn.execute("SELECT min(as_of), max(as_of), count(*) FROM features").fetchone()
    customers = ws.conn.execute("SELECT count(*) FROM customers").fetchone()[0]
    if saved[0] == saved[1] == as_of.isoformat() and saved[2] == customers and customers:
        features = load_features(ws)
    else:
        features = compute_features(ws, as_of, progress=progress, cancelled=reporter.cancelled)
    features = _with_stored_predictions(ws, features)
    reporter.step(2, 2, "")
    return Loaded(features, as_of, default)


def _with_stored_predictions(ws: Workspace, features: pd.DataFrame) -> pd.DataFrame:
    """The metrics with the saved predictions joined (KMeans can group by them), when the shop has any."""
    from ..predict.store import latest_run
    from ..segmentation.kmeans import PREDICTED_FEATURES, with_predictions

    if latest_run(ws.conn) is None:
        return features
    try:
        return with_predictions(ws, features, PREDICTED_FEATURES)
    except InputError:
        return features


def scheme_counts(scheme: Scheme, features: pd.DataFrame) -> dict[str, int]:
    """How many customers each segment of a (checked) scheme gets; fast enough for the UI thread."""
    from ..segmentation.schemes import assign

    return {str(k): int(v) for k, v in assign(scheme, features).value_counts().items()}


def find_groups(features: pd.DataFrame, columns: list[str], k: int | None = None, *,
                progress: ProgressFn | None = None, cancelled: CancelFn | None = None):
    """KMeans on the buyers: silhouette scores over 2..10 (when k is None) and the groups' sizes and names."""
    from ..segmentation.kmeans import run_kmeans

    return run_kmeans(features, k, columns=columns, progress=progress, cancelled=cancelled)


def build_review(ws: Workspace, method: str, features: pd.DataFrame, as_of: dt.date, *, k: int | None = None,
                 threshold: str = "mean", scheme: Scheme | None = None, columns: list[str] | None = None,
                 progress: ProgressFn | None = None, cancelled: CancelFn | None = None) -> Review:
    """Segment every customer and profile each segment against the whole shop (nothing is saved)."""
    from ..segmentation.build import build_run
    from ..segmentation.schemes import comparison_statistic, profile_of

    reporter = Reporter(progress, cancelled)
    run = build_run(ws, method, k=k, threshold=threshold, scheme=scheme, columns=columns, as_of=as_of,
                    features=features, progress=progress, cancelled=reporter.cancelled)
    reporter.check()
    statistic = comparison_statistic(run.method, run.parameters)
    buyers = features[features["frequency"] > 0]
    shop = profile_of(buyers, PROFILE_COLUMNS, statistic)
    labels = run.labels.reindex(buyers.index)
    profiles = {str(label): profile_of(group, PROFILE_COLUMNS, statistic)
                for label, group in buyers.groupby(labels, sort=False)}
    return Review(run, profiles, shop, statistic)


def save_review(ws: Workspace, run: RunResult, name: str, *, progress: ProgressFn | None = None,
                cancelled: CancelFn | None = None) -> int:
    """Save a reviewed run (with the names and actions as edited) in one transaction; returns its id."""
    from ..segmentation.runs import save_run

    Reporter(progress, cancelled).check()
    return save_run(ws, run, name.strip() or None)




def run_default_segmentation(ws: Workspace, *, progress: ProgressFn | None = None,
                             cancelled: CancelFn | None = None) -> int:
    """Segment every customer with the default scheme (China-8 against the mean) and save the run; returns its id.

    What a screen offers instead of "run a segmentation first" (the Reports page, the print dialog)."""
    from ..segmentation.runs import save_default_run

    return save_default_run(ws, progress=progress, cancelled=cancelled)


def edit_segment(ws: Workspace, run_id: int, label: str, changes: dict[str, str], *,
                 progress: ProgressFn | None = None, cancelled: CancelFn | None = None) -> dict[str, str]:
    """Rename a saved segment or change its recommended action."""
    from ..segmentation.runs import update_segment

    update_segment(ws, run_id, label, **changes)
    return changes


def segment_rows(ws: Workspace, run_id: int) -> list[dict[str, Any]]:
    """The segments of a saved run in their order: label, names, strategies, size, revenue in cents."""
    rows = ws.conn.execute(
        "SELECT label, name_en, name_zh, strategy_en, strategy_zh, size, revenue_cents FROM segments"
        " WHERE run_id = ? ORDER BY position", (run_id,)).fetchall()
    keys = ("label", "name_en", "name_zh", "strategy_en", "strategy_zh", "size", "revenue_cents")
    return [dict(zip(keys, r, strict=True)) for r in rows]


def segment_names(ws: Workspace, run_id: int, lang: str) -> dict[str, str]:
    """Label → name in `lang` for a saved run."""
    zh = lang.startswith("zh")
    return {r["label"]: (r["name_zh"] if zh else r["name_en"]) for r in segment_rows(ws, run_id)}


def compare(ws: Workspace, run_a: int, run_b: int, lang: str = "en", *, progress: ProgressFn | None = None,
            cancelled: CancelFn | None = None) -> pd.DataFrame:
    """Cross table of two runs with segment names (rows: run A, columns: run B)."""
    from ..segmentation.runs import compare_runs

    table = compare_runs(ws, run_a, run_b)
    names_a, names_b = segment_names(ws, run_a, lang), segment_names(ws, run_b, lang)
    table.index = [names_a.get(x, x) for x in table.index]
    table.columns = [names_b.get(x, x) for x in table.columns]
    return table


def moved_since_previous(ws: Workspace, run_id: int, lang: str = "en", *, progress: ProgressFn | None = None,
                         cancelled: CancelFn | None = None) -> dict[str, Any] | None:
    """From → to counts since this run's scheme's previous snapshot, with segment names; None without one."""
    from ..segmentation.runs import movement_since_previous

    moved = movement_since_previous(ws, run_id)
    if moved is None:
        return None
    names = segment_names(ws, run_id, lang)
    for m in moved["moves"]:
        m["from_name"] = names.get(m["from"], m["from"])
        m["to_name"] = names.get(m["to"], m["to"])
    return moved


def latest_kmeans(ws: Workspace) -> int | None:
    """The id of the newest saved KMeans run, or None."""
    row = ws.conn.execute("SELECT max(id) FROM segmentations WHERE method = 'kmeans'").fetchone()
    return row[0] if row and row[0] is not None else None


def cluster_figure(ws: Workspace, run_id: int, features: pd.DataFrame, lang: str = "en"):
    """The run's clusters in two dimensions (PCA of the standardised features the run used)."""
    import json

    import numpy as np

    from ..reports.charts import cluster_scatter
    from ..reports.texts import run_caption
    from ..segmentation.kmeans import feature_matrix
    from ..segmentation.runs import display_name

    params = json.loads(ws.conn.execute("SELECT parameters FROM segmentations WHERE id = ?",
                                        (run_id,)).fetchone()[0])
    columns = params.get("model", {}).get("columns") or list(PROFILE_COLUMNS)
    raw, x, _ = feature_matrix(features, columns)
    members = dict(ws.conn.execute("SELECT customer_id, label FROM segment_members WHERE run_id = ?", (run_id,)))
    labels = np.asarray([members.get(int(c), "") for c in raw.index], dtype=object)
    keep = labels != ""
    x, labels = x[keep], labels[keep]
    if len(x) and x.shape[1] >= 2:
        centred = x - x.mean(axis=0)
        _u, _s, vt = np.linalg.svd(centred, full_matrices=False)
        points = centred @ vt[:2].T
    elif len(x):
        points = np.column_stack([x[:, 0], np.zeros(len(x))])
    else:
        points = np.zeros((0, 2))
    names = segment_names(ws, run_id, lang)
    name, as_of = ws.conn.execute("SELECT name, as_of FROM segmentations WHERE id = ?", (run_id,)).fetchone()
    run = run_caption(display_name(name, lang), as_of, lang)
    return cluster_scatter(points, labels.tolist(), {k: names.get(k, k) for k in set(labels.tolist())}, lang,
                           run=run)


def render_figure(figure, width: int, height: int, ratio: float = 1.0, *, progress: ProgressFn | None = None,
                  cancelled: CancelFn | None = None) -> tuple[bytes, int, int, float]:
    """Draw a Figure at a slot's size (logical pixels × device pixel ratio) into RGBA bytes, off the UI thread.

    Text keeps its point size, as in a Qt canvas of that size; the Figure keeps this size for PNG/SVG export.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    Reporter(progress, cancelled).check()
    width, height = max(int(width), 360), max(int(height), 240)  # smaller slots show the image scaled down (ChartView)
    with FIGURE_LOCK:
        if not hasattr(figure, "shoplens_size"):
            figure.shoplens_size = tuple(figure.get_size_inches())  # the size the chart was designed at (export)
        figure.set_dpi(DPI * ratio)
        figure.set_size_inches(width / DPI, height / DPI)
        canvas = FigureCanvasAgg(figure)
        canvas.draw()
        data = bytes(canvas.buffer_rgba())
        w, h = canvas.get_width_height(physical=True)
        figure.set_dpi(DPI)
    return data, int(w), int(h), float(ratio)


BAR_GID = "bar:"  # a clickable bar's gid is BAR_GID + its index (reports.charts marks the bars of a chart so)


def bar_at(figure, x: float, y: float) -> int | None:
    """The index of the marked bar under a point given as fractions of the figure's width and height (0, 0 at the
    bottom left), as last drawn; None when the point is on no bar. Lets a click on a drawn chart open its customers."""
    with FIGURE_LOCK:
        inverse = figure.transFigure.inverted()
        for ax in figure.axes:
            for patch in ax.patches:
                gid = patch.get_gid() or ""
                if not gid.startswith(BAR_GID):
                    continue
                box = patch.get_window_extent().transformed(inverse)
                # a bar too thin to hit (one of many days) is widened to a few thousandths of the figure
                pad = max(0.0, (0.006 - box.width) / 2)
                if box.x0 - pad <= x <= box.x1 + pad and min(box.y0, box.y1) - 0.01 <= y <= max(box.y0, box.y1):
                    return int(gid[len(BAR_GID):])
    return None


def save_chart(figure, path: str) -> str:
    """Save a chart as PNG or SVG (by the suffix) at the size it was designed at, never while it is being drawn."""
    from ..reports.charts import save_figure

    with FIGURE_LOCK:
        shown = tuple(figure.get_size_inches())
        figure.set_size_inches(*getattr(figure, "shoplens_size", shown))  # export at the designed size
        try:
            return str(save_figure(figure, path))
        finally:
            figure.set_size_inches(*shown)


def dashboard_data(ws: Workspace, lang: str = "en", sizes: dict[str, tuple[int, int, float]] | None = None, *,
                   progress: ProgressFn | None = None, cancelled: CancelFn | None = None) -> dict:
    """KPIs and every chart of the dashboard (with the newest KMeans run's clusters), each drawn at its slot's size.

    `sizes`: chart name → (width, height, device pixel ratio); result["images"][name] holds the drawn RGBA bytes.
    """
    from ..features.metrics import load_features
    from ..reports.dashboard import dashboard_figures

    reporter = Reporter(progress, cancelled)

    def part(done: int, total: int, message: str = "") -> None:
        reporter.progress(round(done * 60 / total) if total else 0, 100, message)

    result = dashboard_figures(ws, lang, progress=part, cancelled=reporter.cancelled)
    reporter.step(60, 100, "Clusters")
    result["runs"] = ws.conn.execute("SELECT count(*) FROM segmentations").fetchone()[0]
    kmeans = latest_kmeans(ws)
    if kmeans is not None:
        features = load_features(ws)
        if not len(features):
            from ..features.metrics import compute_features

            features = compute_features(ws, cancelled=reporter.cancelled)
        try:
            result["figures"]["clusters"] = cluster_figure(ws, kmeans, features, lang)
        except Exception:  # the chart is optional; an old run may miss a metric
            import logging

            logging.getLogger("shoplens.tasks.segments").warning("cluster chart failed", exc_info=True)
    result["images"] = {}
    figures = result["figures"]
    for i, (name, figure) in enumerate(figures.items()):
        reporter.step(70 + round(30 * i / max(len(figures), 1)), 100, "Drawing the charts")
        width, height, ratio = (sizes or {}).get(name, DEFAULT_CHART_SIZE)
        result["images"][name] = render_figure(figure, width, height, ratio)
    reporter.step(100, 100, "")
    return result
