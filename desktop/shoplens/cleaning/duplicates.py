"""Likely duplicate customers (similar name plus partial phone) for review, and the user's decisions on them."""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass
from typing import Any

import pandas as pd

from ..ingest.parse import KEY_FIELDS
from ..workspace import Workspace, now_text
from .merge import key_text
from .recipe import Recipe, Step


@dataclass
class Candidate:
    """Two customers that may be one person, with the evidence."""

    a: list[str]  # the strongest key of each customer, [kind, value]: stable across rebuilds
    b: list[str]
    a_id: int
    b_id: int
    a_name: str
    b_name: str
    a_phone: str
    b_phone: str
    city: str | None
    score: float
    reason: str

    def step(self) -> Step:
        """The recipe step that merges them."""
        return Step("merge_customers", {"a": list(self.a), "b": list(self.b), "score": round(self.score, 1),
                                        "reason": self.reason})

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _pair_key(a: list | tuple, b: list | tuple) -> tuple[str, str]:
    return tuple(sorted((key_text(a), key_text(b))))  # type: ignore[return-value]


def find_candidates(conn: sqlite3.Connection, *, recipe: Recipe | None = None, min_score: float = 85.0,
                    max_block: int = 400, limit: int = 2000) -> list[Candidate]:
    """Pairs with the same last four phone digits and names at least `min_score` alike, or the same name and city
    with phones one digit apart; pairs already decided or already in the recipe are left out."""
    from rapidfuzz import fuzz
    from rapidfuzz.process import cdist

    people = pd.read_sql_query("SELECT id, name, phone, city FROM customers WHERE phone IS NOT NULL"
                               " AND name IS NOT NULL", conn)
    if len(people) < 2:
        return []
    people["norm"] = people["name"].astype("str").str.replace(r"\s+", "", regex=True).str.lower()
    people["last4"] = people["phone"].astype("str").str[-4:]
    found: dict[tuple[int, int], tuple[float, str]] = {}
    blocks = people[people.duplicated("last4", keep=False)].groupby("last4", sort=False)
    for _, block in blocks:
        if len(block) > max_block:
            continue
        names = block["norm"].tolist()
        scores = cdist(names, names, scorer=fuzz.ratio, score_cutoff=min_score)
        ids, phones = block["id"].to_numpy(), block["phone"].to_numpy()
        for i, j in zip(*scores.nonzero(), strict=True):
            if i < j and phones[i] != phones[j]:
                found[(int(ids[i]), int(ids[j]))] = (float(scores[i, j]), "similar name, phone ends the same")
    same = people[people["city"].notna()]
    same = same[same.duplicated(["norm", "city"], keep=False)]
    for _, block in same.groupby(["norm", "city"], sort=False):
        if len(block) > max_block:
            continue
        rows = list(block[["id", "phone"]].itertuples(index=False, name=None))
        for x in range(len(rows)):
            for y in range(x + 1, len(rows)):
                (ia, pa), (ib, pb) = rows[x], rows[y]
                if len(pa) == len(pb) and sum(c != d for c, d in zip(pa, pb, strict=True)) == 1:
                    key = (min(ia, ib), max(ia, ib))
                    found.setdefault(key, (100.0, "same name and city, phone one digit apart"))
    if not found:
        return []
    strongest = _strongest_keys(conn)
    skip = _decided(conn, recipe)
    info = people.set_index("id")
    out = []
    for (ia, ib), (score, reason) in found.items():
        ka, kb = strongest.get(ia), strongest.get(ib)
        if ka is None or kb is None or _pair_key(ka, kb) in skip:
            continue
        a, b = info.loc[ia], info.loc[ib]
        out.append(Candidate(list(ka), list(kb), ia, ib, a["name"], b["name"], a["phone"], b["phone"],
                             a["city"] if a["city"] == b["city"] else None, score, reason))
    out.sort(key=lambda c: (-c.score, c.a_id, c.b_id))
    return out[:limit]


def _strongest_keys(conn: sqlite3.Connection) -> dict[int, tuple[str, str]]:
    """Each customer's strongest key (member no., then phone, e-mail, WeChat id, customer ID)."""
    rank = {k: i for i, k in enumerate(KEY_FIELDS)}
    keys = pd.read_sql_query("SELECT customer_id, kind, value FROM customer_keys", conn)
    if keys.empty:
        return {}
    keys["rank"] = keys["kind"].map(rank)
    keys = keys.sort_values(["customer_id", "rank", "value"]).drop_duplicates("customer_id")
    return {int(c): (k, v) for c, k, v in keys[["customer_id", "kind", "value"]].itertuples(index=False, name=None)}


def _decided(conn: sqlite3.Connection, recipe: Recipe | None) -> set[tuple[str, str]]:
    skip = {(a, b) for a, b in conn.execute("SELECT key_a, key_b FROM merge_decisions WHERE decision = 'rejected'")}
    if recipe is not None:
        skip |= {_pair_key(s.params["a"], s.params["b"]) for s in recipe.steps if s.op == "merge_customers"}
    return skip


def decide(ws: Workspace, candidate: Candidate, accept: bool, recipe: Recipe) -> Recipe:
    """Record the user's answer; an accepted pair becomes a merge step at the end of `recipe` (returned)."""
    key_a, key_b = _pair_key(candidate.a, candidate.b)
    with ws.transaction() as conn:
        conn.execute("INSERT OR REPLACE INTO merge_decisions(key_a, key_b, decision, score, decided_at)"
                     " VALUES (?, ?, ?, ?, ?)",
                     (key_a, key_b, "accepted" if accept else "rejected", candidate.score, now_text()))
    if accept:
        recipe.add(candidate.step())
    return recipe
