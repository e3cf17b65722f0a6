"""The dashboard's charts as matplotlib Figures (no Qt, no pyplot state); Chinese labels render everywhere."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from .fonts import configure_matplotlib
from .texts import tr

PALETTE = ["#2e7d6b", "#e07a3f", "#4a6fa5", "#c9a227", "#8e5ea2", "#d45d79", "#3b9ab2", "#7f8c3a", "#9c6644",
           "#5c6b73"]


def _figure(width: float = 7.0, height: float = 4.0) -> Figure:
    configure_matplotlib()
    return Figure(figsize=(width, height), dpi=100, layout="constrained")


def _empty(fig: Figure, title: str, lang: str) -> Figure:
    ax = fig.add_subplot()
    ax.set_title(title)
    ax.text(0.5, 0.5, tr("no_data", lang), ha="center", va="center", transform=ax.transAxes, color="#888")
    ax.set_axis_off()
    return fig


def segment_chart(segments: Sequence[dict], lang: str = "en", run: str | None = None) -> Figure:
    """Share of customers and of revenue per segment; `segments`: dicts with name, size, revenue; `run`: the run's
    name and date, shown under the title (every chart names what it shows)."""
    fig = _figure(7.5, max(2.5, 0.45 * len(segments) + 1.2))
    title = tr("segment_sizes", lang) + (f"\n{run}" if run else "")
    if not segments or sum(s["size"] for s in segments) == 0:
        return _empty(fig, title, lang)
    names = [s["name"] for s in segments][::-1]
    size = np.array([s["size"] for s in segments][::-1], dtype=float)
    revenue = np.array([max(float(s["revenue"]), 0.0) for s in segments][::-1])
    size_share = size / size.sum() * 100
    revenue_share = revenue / revenue.sum() * 100 if revenue.sum() else np.zeros_like(revenue)
    ax = fig.add_subplot()
    y = np.arange(len(names))
    ax.barh(y + 0.2, size_share, height=0.38, color=PALETTE[0], label=tr("share_customers", lang))
    ax.barh(y - 0.2, revenue_share, height=0.38, color=PALETTE[1], label=tr("share_revenue", lang))
    for yy, a, b in zip(y, size_share, revenue_share, strict=True):
        ax.text(a + 0.5, yy + 0.2, f"{a:.0f}%", va="center", fontsize=8)
        ax.text(b + 0.5, yy - 0.2, f"{b:.0f}%", va="center", fontsize=8)
    ax.set_yticks(y, names)
    ax.set_xlim(0, max(size_share.max(), revenue_share.max()) * 1.15 + 1)
    ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0f}%")
    ax.legend(loc="lower right", frameon=False)
    ax.set_title(title)
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def trend_chart(bars: Sequence[dict], bucket: str = "day", lang: str = "en", currency: str = "¥",
                span: str = "") -> Figure:
    """Revenue of each day, week or month of a period (bars) and its buyers (line); `bars`: dicts with from, to,
    revenue, buyers; `span`: the period's days, named in the title. Each bar's gid is "bar:<index>", so a click on
    it can open its buyers (tasks.segments.bar_at)."""
    fig = _figure(8, 3.6)
    title = tr(f"trend_{bucket}", lang) + (f" · {span}" if span else "")
    if not bars:
        return _empty(fig, title, lang)
    ax = fig.add_subplot()
    x = np.arange(len(bars))
    revenue = [float(b["revenue"]) for b in bars]
    drawn = ax.bar(x, revenue, color=PALETTE[0], label=tr("trend_revenue", lang), width=0.8)
    for i, patch in enumerate(drawn.patches):
        patch.set_gid(f"bar:{i}")
    ax.set_ylabel(f"{tr('trend_revenue', lang)} ({currency})")
    ax.yaxis.set_major_formatter(lambda v, _: f"{v:,.0f}")
    ax.set_ylim(0, max(max(revenue), 1.0) * 1.1)
    ax2 = ax.twinx()
    ax2.plot(x, [int(b["buyers"]) for b in bars], color=PALETTE[1], marker="o", markersize=3,
             label=tr("trend_buyers", lang))
    ax2.set_ylabel(tr("trend_buyers", lang))
    ax2.set_ylim(bottom=0)
    ax2.yaxis.set_major_locator(MaxNLocator(integer=True))  # buyers are whole people
    names = [_bucket_label(b, bucket) for b in bars]
    step = max(1, int(np.ceil(len(x) / 12)))
    ax.set_xticks(x[::step], names[::step], rotation=45 if bucket != "month" else 0,
                  ha="right" if bucket != "month" else "center")
    ax.set_xlim(-0.6, len(x) - 0.4)
    ax.set_title(title)
    handles = [h for a in (ax, ax2) for h in a.get_legend_handles_labels()[0]]
    labels = [lab for a in (ax, ax2) for lab in a.get_legend_handles_labels()[1]]
    fig.legend(handles, labels, loc="outside lower center", ncol=3, frameon=False,
               title=tr("trend_click", lang), title_fontsize=8)
    ax.spines[["top"]].set_visible(False)
    return fig


def _bucket_label(bar: dict, bucket: str) -> str:
    """'11-05' for a day, '11-04' (its first day) for a week, '2024-11' for a month."""
    start = str(bar["from"])
    return start[:7] if bucket == "month" else start[5:10]


def rf_heatmap(r_scores: Sequence[int], f_scores: Sequence[int], lang: str = "en", as_of: str | None = None) -> Figure:
    """How many customers sit in each R×F score cell (scored as of `as_of`, named under the title)."""
    fig = _figure(5.5, 4.5)
    title = tr("rf_heatmap", lang) + (f"\n{tr('as_of', lang).format(date=as_of)}" if as_of else "")
    if len(r_scores) == 0:
        return _empty(fig, title, lang)
    grid = np.zeros((5, 5), dtype=int)
    np.add.at(grid, (np.asarray(f_scores, dtype=int) - 1, np.asarray(r_scores, dtype=int) - 1), 1)
    ax = fig.add_subplot()
    image = ax.imshow(grid, origin="lower", cmap="YlGn")
    dark = grid.min() + 0.6 * (grid.max() - grid.min())
    for f in range(5):
        for r in range(5):
            ax.text(r, f, f"{grid[f, r]:,}", ha="center", va="center", fontsize=8,
                    color="white" if grid[f, r] > dark and grid.max() > grid.min() else "black")
    ax.set_xticks(range(5), [str(i) for i in range(1, 6)])
    ax.set_yticks(range(5), [str(i) for i in range(1, 6)])
    ax.set_xlabel(tr("r_score", lang))
    ax.set_ylabel(tr("f_score", lang))
    ax.set_title(title)
    fig.colorbar(image, ax=ax, shrink=0.8, label=tr("customers", lang))
    return fig


def monthly_chart(monthly: pd.DataFrame, lang: str = "en", currency: str = "¥") -> Figure:
    """Revenue per month (bars) with active customers per month (line)."""
    fig = _figure(8, 4)
    title = tr("monthly", lang)
    if monthly.empty:
        return _empty(fig, title, lang)
    ax = fig.add_subplot()
    x = np.arange(len(monthly))
    ax.bar(x, monthly["revenue"], color=PALETTE[0], label=tr("revenue", lang))
    ax.set_ylabel(f"{tr('revenue', lang)} ({currency})")
    ax.yaxis.set_major_formatter(lambda v, _: f"{v:,.0f}")
    ax2 = ax.twinx()
    ax2.plot(x, monthly["active_customers"], color=PALETTE[1], marker="o", markersize=3,
             label=tr("active_customers", lang))
    ax2.set_ylabel(tr("active_customers", lang))
    step = max(1, len(x) // 12)
    ax.set_xticks(x[::step], monthly["month"].iloc[::step], rotation=45, ha="right")
    # the chart names the months it shows; the legend sits below the axes, never over the bars
    ax.set_title(f"{title}\n{monthly['month'].iloc[0]} – {monthly['month'].iloc[-1]}")  # two lines: fits half a page
    lines = ax.get_legend_handles_labels()
    lines2 = ax2.get_legend_handles_labels()
    fig.legend(lines[0] + lines2[0], lines[1] + lines2[1], loc="outside lower center", ncol=2, frameon=False)
    ax.spines[["top"]].set_visible(False)
    return fig


def cohort_heatmap(table: pd.DataFrame, lang: str = "en") -> Figure:
    """Retention share by first-purchase month (rows) and months since (columns): the last 12 cohorts, 12 months.

    More rows than that do not fit a dashboard tile readably (24 cohorts made the month labels overlap).
    """
    rows = min(len(table), 12)
    fig = _figure(8, max(3.0, 0.3 * rows + 1.5))
    title = tr("cohort", lang)
    if table.empty:
        return _empty(fig, title, lang)
    table = table.tail(rows).iloc[:, :13]
    ax = fig.add_subplot()
    data = table.to_numpy(dtype=float) * 100
    image = ax.imshow(np.nan_to_num(data, nan=np.nan), aspect="auto", cmap="Blues", vmin=0,
                      vmax=max(5.0, np.nanmax(data[:, 1:]) if data.shape[1] > 1 else 100))
    if data.shape[1] <= 13:
        for i in range(data.shape[0]):
            for j in range(1, data.shape[1]):
                if not np.isnan(data[i, j]):
                    ax.text(j, i, f"{data[i, j]:.0f}%", ha="center", va="center", fontsize=6.5,
                            color="white" if data[i, j] > 0.6 * image.get_clim()[1] else "black")
    ax.set_yticks(range(len(table)), table.index)
    ax.set_xticks(range(data.shape[1]), [str(c) for c in table.columns])
    ax.set_xlabel(tr("months_since", lang))
    ax.set_ylabel(tr("cohort_month", lang))
    ax.set_title(title)
    fig.colorbar(image, ax=ax, shrink=0.8, format="%.0f%%")
    return fig


def cluster_scatter(points: np.ndarray, labels: Sequence[int], names: dict[int, str], lang: str = "en",
                    max_points: int = 5000, run: str | None = None) -> Figure:
    """KMeans clusters projected to two dimensions (PCA); large data is sampled for drawing; `run` names the run."""
    fig = _figure(7, 5)
    title = tr("clusters", lang) + (f"\n{run}" if run else "")
    if len(points) == 0:
        return _empty(fig, title, lang)
    labels = np.asarray(labels)
    if len(points) > max_points:
        pick = np.random.default_rng(0).choice(len(points), max_points, replace=False)
        points, labels = points[pick], labels[pick]
    ax = fig.add_subplot()
    for i, label in enumerate(sorted(set(labels.tolist()))):
        mask = labels == label
        ax.scatter(points[mask, 0], points[mask, 1], s=6, alpha=0.6, color=PALETTE[i % len(PALETTE)],
                   label=names.get(label, str(label)))
    ax.set_xlabel(tr("component_1", lang))
    ax.set_ylabel(tr("component_2", lang))
    fig.supxlabel(tr("projection_note", lang), fontsize=8, color="#666")  # below the axis title, laid out
    ax.legend(markerscale=3, fontsize=8, frameon=False, loc="best")
    ax.set_title(title)
    return fig


def distributions(features: pd.DataFrame, lang: str = "en", currency: str = "¥", as_of: str | None = None) -> Figure:
    """Histograms of recency, frequency and spend (log scale where the tail is long), as of `as_of` (named)."""
    fig = _figure(9, 3.2)
    fig.suptitle(tr("distributions", lang) + (f" · {tr('as_of', lang).format(date=as_of)}" if as_of else ""))
    if features.empty:
        return _empty(fig, tr("distributions", lang), lang)
    specs = [("recency_days", False, tr("unit_days", lang)), ("frequency", True, tr("unit_orders_log", lang)),
             ("monetary", True, tr("unit_money_log", lang).format(currency=currency))]
    for i, (column, log, unit) in enumerate(specs):
        ax = fig.add_subplot(1, 3, i + 1)
        values = pd.to_numeric(features.get(column, pd.Series(dtype=float)), errors="coerce").dropna()
        values = values[values > 0] if log else values
        if values.empty:
            ax.set_axis_off()
            continue
        bins = np.geomspace(values.min(), values.max(), 30) if log and values.max() > values.min() else 30
        ax.hist(values, bins=bins, color=PALETTE[i])
        if log:
            ax.set_xscale("log")
        ax.set_title(tr(column, lang), fontsize=10)  # the metric above, its unit (and a log scale) below
        ax.set_xlabel(unit)
        ax.spines[["top", "right"]].set_visible(False)
    return fig


def save_figure(fig: Figure, path: str | Path) -> Path:
    """Write a chart as PNG or SVG (by the file's suffix)."""
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".") or "png"
    fig.savefig(path, format=fmt, dpi=150 if fmt == "png" else None)
    return path
