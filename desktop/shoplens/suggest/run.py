"""Compute the rules and every buyer's suggestions as of a date (a plain function: the CLI, the refresh after an
import and the benchmark all call it)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..progress import CancelFn, ProgressFn, Reporter
from .history import History, read_history
from .personal import POPULAR, suggest
from .rules import basket_rules, day_baskets, sequence_rules, strongest

if TYPE_CHECKING:
    import pandas as pd

TOP = 3  # suggestions kept per customer (the card shows 3; the export column and the tag field use the first)
RULES_PER_KIND = 1000  # the strongest rules of each kind kept (and used for suggestions)
_EPOCH = dt.date(1970, 1, 1)


@dataclass
class SuggestionRun:
    """Rules (strongest first, with item names) and each buyer's suggestions as of a date."""

    as_of: dt.date
    level: str  # "product" or "category"
    items: list[str]
    rules: pd.DataFrame  # kind, a, b, count, customers, support, confidence, lift, antecedent, consequent
    picks: pd.DataFrame  # customer, rank, item (code), score, rule (row of rules, or POPULAR), name
    baskets: int
    steps: int

    def suggestions(self) -> dict[int, list[str]]:
        """customer id → suggested item names, best first."""
        out: dict[int, list[str]] = {}
        for cid, name in zip(self.picks["customer"].tolist(), self.picks["name"].tolist(), strict=True):
            out.setdefault(int(cid), []).append(name)
        return out


def compute_from_history(history: History, as_of: dt.date, *, top: int = TOP,
                         reporter: Reporter | None = None) -> SuggestionRun:
    """Rules and suggestions from order lines already read (the benchmark cuts one history at several dates)."""
    import numpy as np
    import pandas as pd

    reporter = reporter or Reporter()
    history = history.before((as_of - _EPOCH).days)
    reporter.step(1, 4, "Finding products bought together")
    together = basket_rules(history)
    reporter.step(2, 4, "Finding what customers buy next")
    days = day_baskets(history)
    following = sequence_rules(history, days)
    parts = [strongest(r, history.items).head(RULES_PER_KIND) for r in (following, together)]
    rules = strongest(pd.concat(parts, ignore_index=True), history.items)
    names = np.asarray(history.items, dtype=object)
    rules["antecedent"] = names[rules["a"].to_numpy(np.int64)] if len(rules) else []
    rules["consequent"] = names[rules["b"].to_numpy(np.int64)] if len(rules) else []
    reporter.step(3, 4, "Choosing each customer's suggestions")
    picks = suggest(history, rules, (as_of - _EPOCH).days, top, days)
    picks["name"] = names[picks["item"].to_numpy()] if len(picks) else []
    reporter.step(4, 4, "")
    baskets = history.baskets
    steps = int(following.attrs.get("transactions", 0))
    return SuggestionRun(as_of, history.level, history.items, rules, picks, baskets, steps)


def compute_suggestions(conn: sqlite3.Connection, as_of: dt.date, *, top: int = TOP,
                        progress: ProgressFn | None = None, cancelled: CancelFn | None = None) -> SuggestionRun | None:
    """Read the paid orders before `as_of` and compute; None when no order line names a product or category."""
    reporter = Reporter(progress, cancelled)
    reporter.step(0, 4, "Reading orders")
    history = read_history(conn, as_of)
    if history is None:
        return None
    return compute_from_history(history, as_of, top=top, reporter=reporter)


__all__ = ["POPULAR", "TOP", "SuggestionRun", "compute_from_history", "compute_suggestions"]
