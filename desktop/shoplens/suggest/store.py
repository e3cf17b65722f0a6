"""Suggestions in the workspace: the rules (suggestion_rules, strongest first) and each buyer's suggested items
(suggestions), refreshed with the other derived tables after every import, rebuild or merge.

Every surface reads these tables: the profile card, the contact-list export's "Suggested product" column, the tag
field of the same name, and the rules list. The suggested product of a customer is their first suggestion.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..progress import Reporter
from ..workspace.schema import table_exists
from .run import compute_suggestions

if TYPE_CHECKING:
    import pandas as pd

    from ..workspace import Workspace
    from .run import SuggestionRun

AS_OF_KEY, LEVEL_KEY = "suggestions_as_of", "suggestions_level"
OFTEN = 0.2


@dataclass(frozen=True)
class Rule:
    """One stored rule, as the owner reads it."""

    position: int  # 1 = strongest
    kind: str  # rules.TOGETHER or rules.NEXT
    antecedent: str
    consequent: str
    transactions: int
    customers: int
    support: float
    confidence: float
    lift: float

    @property
    def often(self) -> bool:
        """Whether "often" is true of it: at least OFTEN of the customers (or orders) with the antecedent did it;
        a weaker rule is worded "more likely" (its lift above 1 is true, "often" would not be)."""
        return self.confidence >= OFTEN

    def as_dict(self) -> dict:
        """The rule as `shoplens suggest --json` prints it."""
        return {"if": [self.antecedent], "then": self.consequent, "kind": self.kind,
                "support": round(self.support, 6), "confidence": round(self.confidence, 6),
                "lift": round(self.lift, 4)}


@dataclass(frozen=True)
class Suggestion:
    """One suggested item for a customer and the rule behind it (None: one of the shop's most popular items)."""

    item: str
    rule: Rule | None


def rules_of(run: SuggestionRun, limit: int | None = None) -> list[Rule]:
    """A computed run's rules (strongest first) as stored rules would read."""
    r = run.rules.head(limit) if limit is not None else run.rules
    return [Rule(i, kind, a, b, int(n), int(c), float(s), float(conf), float(lift)) for i, (kind, a, b, n, c, s, conf, lift)
            in enumerate(zip(r["kind"], r["antecedent"], r["consequent"], r["count"], r["customers"], r["support"],
                             r["confidence"], r["lift"], strict=True), start=1)]


def save_suggestions(conn: sqlite3.Connection, run: SuggestionRun | None) -> None:
    """Replace the stored rules and suggestions with `run`'s (None: the orders name no products: none are kept)."""
    conn.execute("DELETE FROM suggestions")
    conn.execute("DELETE FROM suggestion_rules")
    if run is None:
        conn.execute("DELETE FROM meta WHERE key IN (?, ?)", (AS_OF_KEY, LEVEL_KEY))
        return
    r = run.rules
    conn.executemany(
        "INSERT INTO suggestion_rules(id, kind, antecedent, consequent, transactions, customers, support, confidence,"
        " lift) VALUES (?,?,?,?,?,?,?,?,?)",
        zip(range(1, len(r) + 1), r["kind"].tolist(), r["antecedent"].tolist(), r["consequent"].tolist(),
            r["count"].astype(int).tolist(), r["customers"].astype(int).tolist(), r["support"].astype(float).tolist(),
            r["confidence"].astype(float).tolist(), r["lift"].astype(float).tolist(), strict=True))
    p = run.picks
    rule_ids = [None if i < 0 else i + 1 for i in p["rule"].tolist()]
    conn.executemany("INSERT INTO suggestions(customer_id, rank, item, score, rule_id) VALUES (?,?,?,?,?)",
                     zip(p["customer"].tolist(), p["rank"].tolist(), p["name"].tolist(),
                         p["score"].astype(float).tolist(), rule_ids, strict=True))
    for key, value in ((AS_OF_KEY, run.as_of.isoformat()), (LEVEL_KEY, run.level)):
        conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))


def refresh_suggestions(ws: Workspace, as_of: dt.date, reporter: Reporter | None = None) -> SuggestionRun | None:
    """Compute as of `as_of` and store, inside the caller's transaction (demo shop: see benchmarks/bench_suggest.py)."""
    reporter = reporter or Reporter()
    run = compute_suggestions(ws.conn, as_of, progress=reporter.progress, cancelled=reporter.cancelled)
    save_suggestions(ws.conn, run)
    return run


def _rule(row: tuple) -> Rule:
    return Rule(int(row[0]), row[1], row[2], row[3], int(row[4]), int(row[5]), float(row[6]), float(row[7]),
                float(row[8]))


_RULE_COLUMNS = "id, kind, antecedent, consequent, transactions, customers, support, confidence, lift"


def stored_rules(conn: sqlite3.Connection, limit: int | None = None) -> list[Rule]:
    """The stored rules, strongest first."""
    if not table_exists(conn, "suggestion_rules"):
        return []
    sql = f"SELECT {_RULE_COLUMNS} FROM suggestion_rules ORDER BY id" + (" LIMIT ?" if limit else "")
    return [_rule(row) for row in conn.execute(sql, (limit,) if limit else ())]


def customer_suggestions(conn: sqlite3.Connection, customer_id: int, top: int | None = None) -> list[Suggestion]:
    """One customer's stored suggestions, best first, each with its rule."""
    if not table_exists(conn, "suggestions"):
        return []
    rows = conn.execute(
        f"SELECT s.item, {', '.join('r.' + c for c in _RULE_COLUMNS.split(', '))} FROM suggestions s"
        " LEFT JOIN suggestion_rules r ON r.id = s.rule_id WHERE s.customer_id = ? ORDER BY s.rank"
        + (" LIMIT ?" if top else ""), (customer_id, top) if top else (customer_id,)).fetchall()
    return [Suggestion(row[0], _rule(row[1:]) if row[1] is not None else None) for row in rows]


def suggested_products(conn: sqlite3.Connection, ids: list[int] | None = None) -> dict[int, str]:
    """customer id → their suggested product (first suggestion), for the export column and the tag field."""
    if not table_exists(conn, "suggestions"):
        return {}
    if ids is None:
        rows = conn.execute("SELECT customer_id, item FROM suggestions WHERE rank = 1")
    else:
        import json

        rows = conn.execute("SELECT customer_id, item FROM suggestions WHERE rank = 1"
                            " AND customer_id IN (SELECT value FROM json_each(?))", (json.dumps(list(ids)),))
    return {int(c): item for c, item in rows}


def suggested_column(conn: sqlite3.Connection, index: pd.Index) -> pd.Series:
    """The suggested product of each customer in `index` (missing where there is none), for the customer frame."""
    import pandas as pd

    found = suggested_products(conn)
    return pd.Series([found.get(int(i)) for i in index], index=index, dtype=object)
