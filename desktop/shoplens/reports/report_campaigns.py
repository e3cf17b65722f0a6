"""The printed report's campaign section: every campaign's arms, status and lift, a chart, and the results in words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..campaigns.results import all_results
from ..workspace.schema import table_exists
from . import report_layout as L

if TYPE_CHECKING:
    from ..campaigns.results import CampaignResults
    from ..workspace import Workspace

MAX_CHART = 8  # campaigns on the chart (the newest); the table lists them all

TEXTS: dict[str, tuple[str, str]] = {
    "title": ("Campaigns", "营销活动"),
    "intro": ("The customers of each campaign were split at random: most got the message, a holdout group did not."
              " Comparing the two groups shows what the campaign itself brought. Lift is the difference in the share"
              " who bought within the window, in percentage points.",
              "每个营销活动的客户都被随机分成两组：大多数收到信息，对照组没有收到。比较两组即可看出活动本身带来的效果。"
              "提升效果指观察期内购买率的差异，以百分点计。"),
    "col_campaign": ("Campaign", "营销活动"),
    "col_target": ("Customers", "目标客户"),
    "col_start": ("Start", "开始日期"),
    "col_got": ("Got it", "收到"),
    "col_held": ("Held out", "对照组"),
    "col_status": ("Status", "状态"),
    "col_lift": ("Lift, points (95% CI)", "提升（百分点，95% CI）"),
    "continued": ("{title} (continued)", "{title}（续）"),
    "chart_note": ("Share who bought within each campaign's window; the lines show the 95% confidence intervals.",
                   "各营销活动观察期内的购买率；细线为 95% 置信区间。"),
}


def t(key: str, lang: str) -> str:
    """The section's text for `key` in `lang`."""
    en, zh = TEXTS[key]
    return zh if lang.startswith("zh") else en


def campaign_results_for_report(ws: Workspace) -> list[CampaignResults]:
    """Every campaign's results, newest first; empty for a workspace without campaigns."""
    if not table_exists(ws.conn, "campaigns"):  # a read-only open of a file from before campaigns
        return []
    return all_results(ws)


def campaign_blocks(results: list[CampaignResults], lang: str, currency: str) -> list[L.Block]:
    """The blocks of the campaign section (nothing when there is no campaign)."""
    if not results:
        return []
    from ..campaigns.texts import ct, details, headline, points, verdict_text
    from .campaign_chart import conversion_chart

    rows = []
    for r in results:
        c, conv = r.campaign, r.conversion
        lift = "—" if conv is None else \
            f"{conv.diff * 100:+.1f} ({points(conv.diff_ci[0])}–{points(conv.diff_ci[1])})"
        rows.append([c.name, c.source.name(lang), c.start.isoformat(), f"{r.treatment:,}", f"{r.holdout:,}",
                     ct(f"status_{r.status}", lang), lift])
    columns = [L.Column(t("col_campaign", lang), 1.45), L.Column(t("col_target", lang), 1.25),
               L.Column(t("col_start", lang), 0.85), L.Column(t("col_got", lang), 0.55, "right"),
               L.Column(t("col_held", lang), 0.6, "right"), L.Column(t("col_status", lang), 1.25),
               L.Column(t("col_lift", lang), 1.35, "right")]
    title = t("title", lang)
    continued = t("continued", lang).format(title=title)
    blocks: list[L.Block] = [L.heading(title), L.Paragraph(t("intro", lang), 9.5, color=L.GREY, space_after=0.15),
                             L.Table(columns, rows, size=7.5, continued=continued)]
    charted = [r for r in results if r.conversion is not None][:MAX_CHART]
    if charted:
        blocks += [L.Spacer(0.1), L.Paragraph(t("chart_note", lang), 9, color=L.GREY, space_after=0.1),
                   L.ChartBlock(lambda: conversion_chart(charted, lang, width=6.8),
                                min(6.0, 0.75 * len(charted) + 1.6))]
    for r in results:
        blocks += [L.Spacer(0.1), L.heading(r.campaign.name, 12),
                   L.Paragraph(verdict_text(r, lang), 10.5, space_after=0.06),
                   L.Paragraph(headline(r, lang), 9, color=L.GREY, space_after=0.04)]
        blocks += [L.Paragraph(line, 9, color=L.GREY, space_after=0.04) for line in details(r, lang, currency)]
    return blocks
