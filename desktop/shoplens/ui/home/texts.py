"""Home's words in the UI language: the periods, the figures, the comparisons (环比 / 同比) and the changes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...features.headline import FIGURES, FigureDef
from ...home.figures import KPI_KEYS
from ...home.texts import ht
from ..campaigns.texts import fill
from ..common.i18n import current_language

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

PERIOD_KEYS = ("last30", "month", "quarter", "year", "custom")
RATE_KEYS = ("repeat_rate",)  # figures that are shares: compared in percentage points, not in per cent
MONEY_KEYS = ("revenue", "aov")


def period_names() -> dict[str, str]:
    """The period selector's choices."""
    return {
        "last30": translate("HomeWords", "Last 30 days"),
        "month": translate("HomeWords", "This month"),
        "quarter": translate("HomeWords", "This quarter"),
        "year": translate("HomeWords", "This year"),
        "custom": translate("HomeWords", "Custom range…"),
    }


def _definition(key: str) -> FigureDef:
    """The glossary's entry for a KPI card (features.headline.FIGURES: one name and definition everywhere)."""
    figure = next((f for k, _attr, f in KPI_KEYS if k == key), key)
    return next(f for f in FIGURES if f.key == figure)


def figure_name(key: str) -> str:
    """A KPI card's caption: the figure's name in the glossary, in the UI language."""
    figure = _definition(key)
    return figure.name_zh if current_language().startswith("zh") else figure.name_en


def figure_note(key: str) -> str:
    """What a figure counts (the glossary's definition), for the card's tooltip."""
    figure = _definition(key)
    return figure.definition_zh if current_language().startswith("zh") else figure.definition_en


def format_figure(key: str, value: float | int | None, currency: str) -> str:
    """A figure as a card shows it: money with its symbol, a rate in per cent, counts with grouping."""
    if value is None:
        return "–"
    if key in MONEY_KEYS:
        return f"{currency}{value:,.0f}" if key == "revenue" else f"{currency}{value:,.2f}"
    if key in RATE_KEYS:
        return f"{value * 100:.1f}%"
    return f"{int(value):,}"


def change(key: str, value: float | None, before: float | None) -> tuple[str, int]:
    """The change from `before` to `value` as an arrow and a number ('▲ 12.3%', '▼ 2.1 pts', '→ 0.0%'), and its
    direction (1 up, -1 down, 0 same); ('', 0) when there is nothing to compare with."""
    if value is None or before is None:
        return "", 0
    if key in RATE_KEYS:
        diff = (value - before) * 100
        direction = 0 if abs(diff) < 0.05 else (1 if diff > 0 else -1)
        number = fill(translate("HomeWords", "%1 pts"), f"{abs(diff):.1f}")
    else:
        if before == 0:
            if value == 0:
                return "→ 0%", 0
            return "▲ " + translate("HomeWords", "new"), 1
        rel = (value - before) / abs(before) * 100
        direction = 0 if abs(rel) < 0.05 else (1 if rel > 0 else -1)
        number = f"{abs(rel):.1f}%"
    arrow = {1: "▲", -1: "▼", 0: "→"}[direction]
    return f"{arrow} {number}", direction


def comparison_line(which: str, key: str, value: float | None, before: float | None, currency: str) -> str:
    """'环比 ▲ 12.3% (¥10,200)' / 'vs previous period: ▲ 12.3% (¥10,200)'; says so when there is no figure."""
    label = (translate("HomeWords", "vs previous period") if which == "previous" else
             translate("HomeWords", "vs last year"))
    text, _direction = change(key, value, before)
    if not text:
        return fill(translate("HomeWords", "%1: no data"), label)
    return fill(translate("HomeWords", "%1: %2 (%3)"), label, text, format_figure(key, before, currency))


def change_name(key: str) -> str:
    """The heading of one kind of change since the last import (the core's words, as `shoplens home` prints)."""
    return ht(key, current_language())


def day_span(start: str, end: str) -> str:
    """'2024-11-01 to 2024-11-30'."""
    return fill(translate("HomeWords", "%1 to %2"), start, end)
