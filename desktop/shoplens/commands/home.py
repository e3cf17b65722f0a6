"""`shoplens home WS`: what the Home page shows: the period's figures against the previous period and last year,
this week's actions, what changed since the last import and the campaigns."""

from __future__ import annotations

import argparse

from . import pad, print_json, text_width

NAME = "home"
HELP = ("Show what Home shows: the period's figures with the previous period (环比) and last year (同比), this week's"
        " actions, what changed since the last import and the campaigns' verdicts.")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", metavar="WS", help="the workspace file (*.shoplens)")
    parser.add_argument("--period", default="last30", metavar="PERIOD",
                        help="last30 (default), month, quarter, year (each up to the last day of data) or a range"
                             " YYYY-MM-DD:YYYY-MM-DD")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--lang", choices=("en", "zh"), default="en", help="language of the text output")


def run(args: argparse.Namespace) -> int:
    from ..home.data import home_data
    from ..workspace import Workspace

    with Workspace.open(args.workspace, readonly=True) as ws:
        data = home_data(ws, args.period)
        currency = ws.meta("currency") or "¥"
    if args.json:
        print_json(data.as_json(args.lang))
    else:
        print(format_home(data, args.lang, currency))
    return 0


def _number(key: str, value: float, currency: str) -> str:
    if key == "revenue" or key == "aov":
        return f"{currency}{value:,.2f}"
    if key == "repeat_rate":
        return f"{value * 100:.1f}%"
    return f"{int(value):,}"


def _change(value: float, base: float, key: str) -> str:
    if key == "repeat_rate":
        return f"{(value - base) * 100:+.1f} pt"
    return f"{(value - base) / base * 100:+.0f}%" if base else "—"


def format_home(data, lang: str = "en", currency: str = "¥") -> str:
    """A few blocks a person reads: figures, actions, changes, campaigns."""
    from ..home.texts import ht

    zh = lang == "zh"
    p = data.period
    lines = [ht("h_figures", lang) + f" ({ht('period', lang, start=p.start, end=p.end)})"]
    width = max(text_width(k.name(lang)) for k in data.kpis) + 2
    for k in data.kpis:
        lines.append(f"  {pad(k.name(lang), width)}{_number(k.key, k.value, currency):>14}"
                     f"   {ht('previous', lang)} {_change(k.value, k.previous, k.key)}"
                     f" ({_number(k.key, k.previous, currency)})"
                     f"   {ht('last_year', lang)} {_change(k.value, k.last_year, k.key)}"
                     f" ({_number(k.key, k.last_year, currency)})")
    lines += ["", ht("h_actions", lang)]
    for a in data.actions:
        lines.append(f"  {a.name(lang)}: {a.count:,}")
        if a.count:
            lines.append(f"    {a.why(lang)}")
            lines.append(f"    → {a.recommendation(lang)}")
            if a.value_at_stake is not None:
                lines.append(f"    {ht('at_stake', lang, value=f'{currency}{a.value_at_stake:,.0f}')}")
            elif a.stake_pending:
                lines.append(f"    {ht('at_stake_pending', lang)}")
        else:
            lines.append(f"    {a.reason(lang)}")
        if a.tag is not None:
            lines.append(f"    {ht('audience', lang, tag=a.tag.name_zh if zh else a.tag.name_en)}")
    c = data.changes
    lines += ["", ht("h_changes", lang), f"  {c.heading(lang)}"]
    if c.available:
        for key in ("moved_up", "slipped", "came_back"):
            lines.append(f"  {ht(key, lang)}: {c.sentence(key, lang)}")
    lines += ["", ht("h_campaigns", lang)]
    if not data.campaigns:
        lines.append(f"  {ht('no_campaigns', lang)}")
    for card in data.campaigns:
        camp = card.results.campaign
        lines.append(f"  {camp.name} ({camp.source.name(lang)}, {camp.start}): {card.verdict(lang)}")
    return "\n".join(lines)
