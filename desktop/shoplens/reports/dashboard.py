"""The dashboard's figures from the canonical tables: KPIs, monthly series, cohort retention (no Qt)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import TYPE_CHECKING

import pandas as pd

from ..features.headline import COUNTED, PAID, Headline, headline
from ..features.metrics import compute_features, default_as_of
from ..segmentation.rfm import rfm_scores
from ..workspace.schema import table_exists

if TYPE_CHECKING:
    from ..workspace import Workspace

def kpis(ws: Workspace, as_of: dt.date | None = None) -> Headline:
    """The shop's headline figures as of a date: those of features.headline, which every surface shows."""
    return headline(ws, as_of)


def monthly(conn: sqlite3.Connection) -> pd.DataFrame:
    """Revenue, orders and active customers per calendar month (features.headline's definitions)."""
    return pd.read_sql_query(
        "SELECT substr(order_time, 1, 7) AS month, sum(amount_cents) / 100.0 AS revenue,"
        " sum(amount_cents >= 0) AS orders, count(DISTINCT CASE WHEN amount_cents >= 0 THEN customer_id END)"
        f" AS active_customers FROM orders WHERE {PAID} GROUP BY month ORDER BY month", conn)


def cohorts(conn: sqlite3.Connection, max_months: int = 12) -> pd.DataFrame:
    """Share of each first-purchase month's buyers who bought again N months later (rows: cohorts). Counted orders
    only (features.headline): a refund booked in a later month is not a purchase."""
    frame = pd.read_sql_query(
        f"SELECT customer_id, substr(order_time, 1, 7) AS month FROM orders WHERE {COUNTED}"
        " AND customer_id IS NOT NULL GROUP BY customer_id, month", conn)
    if frame.empty:
        return pd.DataFrame()
    period = pd.PeriodIndex(frame["month"], freq="M")
    frame["n"] = period.year * 12 + period.month
    first = frame.groupby("customer_id")["n"].transform("min")
    frame["age"] = frame["n"] - first
    frame["cohort"] = frame.groupby("customer_id")["month"].transform("min")
    frame = frame[frame["age"] <= max_months]
    counts = frame.pivot_table(index="cohort", columns="age", values="customer_id", aggfunc="nunique")
    sizes = counts[0]
    return counts.div(sizes, axis=0).sort_index()


def dashboard_figures(ws, lang: str = "en", *, progress=None, cancelled=None) -> dict:
    """Everything the dashboard shows, computed off the UI thread: KPIs and one Figure per chart."""
    from ..progress import Reporter
    from . import charts

    reporter = Reporter(progress, cancelled)
    conn = ws.conn
    currency = ws.meta("currency", "¥") or "¥"
    steps = 5
    reporter.step(0, steps, "Headline figures")
    result: dict = {"kpis": kpis(ws), "currency": currency, "figures": {}}
    reporter.step(1, steps, "Monthly revenue")
    result["figures"]["monthly"] = charts.monthly_chart(monthly(conn), lang, currency)
    reporter.step(2, steps, "Cohorts")
    result["figures"]["cohorts"] = charts.cohort_heatmap(cohorts(conn), lang)
    reporter.step(3, steps, "Customer metrics")
    features = compute_features(ws)
    if len(features):
        result["figures"]["distributions"] = charts.distributions(features, lang, currency,
                                                                  as_of=default_as_of(ws).isoformat())
    reporter.step(4, steps, "Segments")
    result["figures"].update(_segment_figures(ws, features, lang))
    reporter.step(steps, steps, "")
    return result


def _segment_figures(ws, features, lang: str) -> dict:
    """Segment sizes of the latest run and the R×F heatmap."""
    from . import charts

    figures: dict = {}
    if len(features):
        scores = rfm_scores(features)
        figures["rf_heatmap"] = charts.rf_heatmap(scores["r"], scores["f"], lang,
                                                  as_of=default_as_of(ws).isoformat())
    segments = latest_segments(ws, lang)
    if segments:
        figures["segments"] = charts.segment_chart(segments, lang, run=latest_run_title(ws, lang))
    return figures


def latest_run_title(ws, lang: str = "en") -> str | None:
    """'China's eight customer types (mean) · as of 2025-01-01' for the newest saved run, in `lang`."""
    from ..segmentation.runs import display_name
    from .texts import run_caption

    row = ws.conn.execute("SELECT name, as_of FROM segmentations WHERE id = (SELECT max(run_id) FROM segments)"
                          ).fetchone()
    if row is None:
        return None
    return run_caption(display_name(row[0], lang), row[1], lang)


def latest_segments(ws, lang: str = "en") -> list[dict]:
    """The segments of the newest saved segmentation run (name in `lang`, size, revenue), or []."""
    if not table_exists(ws.conn, "segments"):  # a read-only open of a version-1 file
        return []
    name_col = "name_zh" if lang.startswith("zh") else "name_en"
    rows = ws.conn.execute(
        f"SELECT {name_col}, size, revenue FROM segments WHERE run_id = (SELECT max(run_id) FROM segments)"
        " ORDER BY revenue DESC").fetchall()
    return [{"name": n, "size": s or 0, "revenue": r or 0} for n, s, r in rows]
