"""What the segment report says, as blocks for the layout engine: cover, summary, segment pages, charts."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..features.headline import ACTIVE_DAYS
from . import report_layout as L
from .report_texts import rt
from .texts import run_caption, tr

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from .report_data import ReportData, SegmentFacts

PROFILE_ROWS = (("recency_days", "m_recency", "days"), ("frequency", "m_frequency", "count"),
                ("monetary", "m_monetary", "money"), ("aov", "m_aov", "money2"), ("tenure_days", "m_tenure", "days"))


def money(value: float | None, currency: str, decimals: int = 0) -> str:
    """¥12,345 (or with decimals)."""
    if value is None:
        return "—"
    sign = "-" if value < 0 else ""
    return f"{sign}{currency}{abs(value):,.{decimals}f}"


def percent(share: float) -> str:
    """0.1234 → 12.3%."""
    return f"{share * 100:.1f}%"


def _metric(value: float | None, kind: str, currency: str, lang: str) -> str:
    if value is None:
        return rt("none", lang)
    if kind == "days":
        shown = f"{value:,.0f}"
        return rt("day" if shown == "1" else "days", lang, n=shown)
    if kind == "count":
        return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
    return money(value, currency, 2 if kind == "money2" else 0)


def _difference(mine: float | None, shop: float | None) -> str:
    if mine is None or not shop:
        return "—"
    change = (mine / shop - 1) * 100
    return "±0%" if abs(change) < 0.5 else f"{change:+.0f}%"


def story(data: ReportData, lang: str, conn: sqlite3.Connection, paper: tuple[float, float]
          ) -> tuple[Callable[..., Figure], list[L.Block]]:
    """The cover-page painter and the blocks of every other page."""
    blocks: list[L.Block] = [*_summary(data, lang, paper)]
    for facts in data.segments:
        blocks += [L.PageBreak(), *_segment(facts, data, lang)]
    blocks += [L.PageBreak(), *_charts(data, lang, conn)]
    from .report_campaigns import campaign_blocks

    if data.campaigns:
        blocks += [L.PageBreak(), *campaign_blocks(data.campaigns, lang, data.currency)]
    return lambda paper, footer: cover(data, lang, paper, footer), blocks


def run_name(data: ReportData, lang: str) -> str:
    """The run's scheme in the report's language."""
    method = data.run["method"]
    if method in ("rfm-cn8", "rfm-grid"):
        return rt(f"scheme_{method}", lang)
    if method == "kmeans":
        return rt("scheme_kmeans", lang, k=data.run.get("k") or len(data.segments))
    return str(data.run["name"])


def cover(data: ReportData, lang: str, paper: tuple[float, float], footer: str) -> Figure:
    """The cover page: title band, shop name, as-of date, data range, run and when it was made."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=paper, dpi=100)
    canvas = L.Canvas(fig, paper)
    width = paper[0] - 2 * L.MARGIN_X
    canvas.rect(0, 0, paper[0], 2.6, L.ACCENT)
    canvas.text(L.MARGIN_X, 1.2, rt("title", lang), 26, bold=True, color="white")
    y = 1.75
    for line in L.wrap(data.shop_name, width, 16)[:2]:
        canvas.text(L.MARGIN_X, y, line, 16, color="white")
        y += 0.32
    first, last = data.first_order or "—", data.last_order or "—"
    rows = [
        (rt("as_of_label", lang), data.as_of.isoformat()),
        (rt("data_range_label", lang), rt("data_range", lang, first=first, last=last)),
        (rt("run_label", lang), rt("run_value", lang, id=data.run["id"], name=run_name(data, lang),
                                   created=str(data.run["created_at"])[:10])),
        (rt("customers_in_run", lang), f"{data.run['customers']:,}"),
    ]
    y = 3.5
    label_w = 1.9
    for label, value in rows:
        canvas.text(L.MARGIN_X, y, label, 10, color=L.GREY)
        lines = L.wrap(value, width - label_w, 12)
        for i, line in enumerate(lines):
            canvas.text(L.MARGIN_X + label_w, y - 0.02 + i * 0.22, line, 12)
        y += max(0.5, 0.22 * len(lines) + 0.28)
    canvas.line(L.MARGIN_X, y, paper[0] - L.MARGIN_X)
    canvas.text(L.MARGIN_X, y + 0.15, rt("generated", lang, when=data.generated), 9, color=L.GREY)
    canvas.text(paper[0] / 2, paper[1] - L.MARGIN_BOTTOM + 0.35, footer, 8, color=L.GREY, ha="center")
    return fig


def _summary(data: ReportData, lang: str, paper: tuple[float, float]) -> list[L.Block]:
    from . import charts

    k = data.kpis
    cur = data.currency
    kpis = [(rt("kpi_customers", lang), f"{k.buyers:,}"),
            (rt("kpi_active", lang, days=ACTIVE_DAYS), f"{k.active_90:,}"),
            (rt("kpi_revenue", lang), money(k.revenue, cur)),
            (rt("kpi_repeat", lang), percent(k.repeat_rate)),
            (rt("kpi_aov", lang), money(k.aov, cur, 2))]
    segments = [{"name": s.name(lang), "size": s.size, "revenue": s.revenue} for s in data.segments]
    chart_h = min(5.0, max(2.4, 0.34 * len(segments) + 1.2))
    rows = [[s.name(lang), f"{s.size:,}", percent(s.share_customers), money(s.revenue, cur),
             percent(s.share_revenue), money(s.revenue / s.size if s.size else None, cur)] for s in data.segments]
    columns = [L.Column(rt("col_segment", lang), 2.6), L.Column(rt("col_customers", lang), 1.1, "right"),
               L.Column(rt("col_share", lang), 0.9, "right"), L.Column(rt("col_revenue", lang), 1.5, "right"),
               L.Column(rt("col_revenue_share", lang), 1.1, "right"),
               L.Column(rt("col_avg_spend", lang), 1.3, "right")]
    overview = rt("overview", lang)
    run_title = run_caption(run_name(data, lang), data.as_of.isoformat(), lang)
    chart = L.ChartBlock(lambda: charts.segment_chart(segments, lang, run=run_title), chart_h)
    blocks = [
        L.heading(rt("summary", lang)),
        L.Paragraph(rt("summary_text", lang, date=data.as_of.isoformat(), days=ACTIVE_DAYS,
                       customers=f"{data.run['customers']:,}"), 9.5, color=L.GREY, space_after=0.15),
        L.KpiRow(kpis),
        *([L.Paragraph(rt("history_note", lang, n=f"{k.history.only_history:,}"), 8.5, color=L.GREY,
                       space_after=0.05)] if k.history.only_history else []),
        L.Spacer(0.1), chart, L.Spacer(0.15),
        L.heading(overview, 12),
        L.Table(columns, rows, continued=rt("continued", lang, title=overview)),
    ]
    # shrink the chart (not below a readable size) so the overview table fits on the summary page
    width = paper[0] - 2 * L.MARGIN_X
    room = paper[1] - L.MARGIN_TOP - L.MARGIN_BOTTOM - sum(b.height(width) for b in blocks if b is not chart) - 0.1
    chart.box_height = max(min(chart_h, 2.4 + 0.1 * len(segments)), min(chart_h, room))
    return blocks


def _segment(facts: SegmentFacts, data: ReportData, lang: str) -> list[L.Block]:
    cur = data.currency
    name = facts.name(lang)
    blocks: list[L.Block] = [
        L.heading(name, 18),
        L.KpiRow([(rt("segment_customers", lang, share=percent(facts.share_customers)), f"{facts.size:,}"),
                  (rt("segment_revenue", lang, share=percent(facts.share_revenue)), money(facts.revenue, cur)),
                  (rt("segment_avg", lang), money(facts.revenue / facts.size if facts.size else None, cur, 2))]),
        L.Spacer(0.1),
    ]
    if facts.size == 0:
        return [*blocks, L.Paragraph(rt("no_members", lang))]
    profile = [[rt(key, lang), _metric(facts.profile.get(metric), kind, cur, lang),
                _metric(data.shop_profile.get(metric), kind, cur, lang),
                _difference(facts.profile.get(metric), data.shop_profile.get(metric))]
               for metric, key, kind in PROFILE_ROWS]
    title = rt("profile", lang)
    blocks += [
        L.heading(title, 12),
        L.Table([L.Column(rt("col_metric", lang), 2.4), L.Column(rt("col_this_segment", lang), 1.4, "right"),
                 L.Column(rt("col_shop", lang), 1.4, "right"), L.Column(rt("col_difference", lang), 1.0, "right")],
                profile, size=9, continued=rt("continued", lang, title=title)),
        L.Paragraph(rt("profile_note_mean" if data.statistic == "mean" else "profile_note", lang), 8, color=L.GREY,
                    space_after=0.2),
        L.heading(rt("action", lang), 12),
        L.Paragraph(facts.strategy(lang) or rt("none", lang), 10, space_after=0.25),
    ]
    if facts.top:
        title = f"{rt('top_customers', lang)} · {name}"
        rows = [[str(i), t["member_no"], t["name"], t["phone"], f"{t['orders']:,}", money(t["spend"], cur),
                 t["last_order"]] for i, t in enumerate(facts.top, start=1)]
        blocks += [
            L.heading(rt("top_customers", lang), 12),
            L.Table([L.Column(rt("col_rank", lang), 0.4, "right"), L.Column(rt("col_member_no", lang), 1.3),
                     L.Column(rt("col_name", lang), 1.6), L.Column(rt("col_phone", lang), 1.4),
                     L.Column(rt("col_orders", lang), 0.8, "right"), L.Column(rt("col_spend", lang), 1.2, "right"),
                     L.Column(rt("col_last", lang), 1.2)], rows, continued=rt("continued", lang, title=title)),
            L.Paragraph(rt("top_note", lang), 8, color=L.GREY),
        ]
    return blocks


def _charts(data: ReportData, lang: str, conn: sqlite3.Connection) -> list[L.Block]:
    from . import charts, dashboard

    cur = data.currency
    features = data.features
    items: list[tuple[str, str, Callable[[], Figure], float]] = [
        (tr("monthly", lang), "chart_monthly", lambda: charts.monthly_chart(dashboard.monthly(conn), lang, cur), 6.0),
        (tr("cohort", lang), "chart_cohorts", lambda: charts.cohort_heatmap(dashboard.cohorts(conn), lang), 7.5),
        (tr("distributions", lang), "chart_distributions", lambda: _untitled(charts.distributions(features, lang,
                                                                                                  cur)), 5.0),
    ]
    buyers = features[features["frequency"] > 0]
    if len(buyers):
        from ..segmentation.rfm import rfm_scores

        scores = rfm_scores(buyers)
        items.append((tr("rf_heatmap", lang), "chart_rf",
                      lambda: charts.rf_heatmap(scores["r"], scores["f"], lang), 6.5))
    blocks: list[L.Block] = [L.heading(rt("charts", lang))]
    for i, (title, note, make, height) in enumerate(items):
        if i:
            blocks.append(L.PageBreak())
        blocks += [L.heading(title, 12), L.Paragraph(rt(note, lang), 9.5, color=L.GREY, space_after=0.15),
                   L.ChartBlock(make, height)]
    return blocks


def _untitled(fig: Figure) -> Figure:
    """Drop a figure-wide title (the page's heading says it; it would sit at the top of the paper)."""
    if fig.get_suptitle():
        fig.suptitle("")
    return fig
