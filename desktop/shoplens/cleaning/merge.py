"""Merging customers: every customer sharing a key becomes one, and accepted merges from the review list."""

from __future__ import annotations

import sqlite3
from typing import Any, ClassVar

import pandas as pd

from ..consent import repoint_ledger
from ..errors import InputError, Message
from ..ingest.canonical import CUSTOMER_COLUMNS
from ..ingest.parse import KEY_FIELDS
from .operations import Operation, register

_SUMMED = ("agg_total_spend_cents", "agg_order_count", "points")
_LATEST = ("agg_last_purchase",)
_EARLIEST = ("join_date", "first_import_id")


class MergeSharedKeys(Operation):
    name = "merge_shared_keys"
    label = "Same person across sources: merge customers that share a phone, e-mail or member no."
    stage = "after"
    defaults: ClassVar[dict[str, Any]] = {}

    def written(self, conn, ctx, parsed, counts, params, stats, run) -> None:
        """Find rows whose keys belong to two customers (e.g. a member no. of one and the phone of another)."""
        if counts.row_customers is None or not any(p.code == "key_conflict" for p in counts.problems):
            return
        from ..ingest.mapping import header_signature

        frame = parsed.frame
        kinds = [k for k in KEY_FIELDS if k in frame]
        several = frame[kinds].notna().sum(axis=1) >= 2
        if not several.any():
            return
        namespace = header_signature(ctx.table.columns)[:10]
        parts = []
        for kind in kinds:
            values = frame.loc[several, kind].dropna()
            if kind == "customer_ref":
                values = namespace + ":" + values.astype("str")
            parts.append(pd.DataFrame({"i": values.index, "kind": kind, "value": values.astype("str").to_numpy()}))
        keys = pd.concat(parts, ignore_index=True)
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS _row_keys (i INTEGER, kind TEXT, value TEXT)")
        conn.execute("DELETE FROM _row_keys")
        conn.executemany("INSERT INTO _row_keys VALUES (?, ?, ?)", keys.itertuples(index=False, name=None))
        found = pd.read_sql_query("SELECT r.i, k.customer_id FROM _row_keys r JOIN customer_keys k"
                                  " ON k.kind = r.kind AND k.value = r.value", conn)
        conn.execute("DELETE FROM _row_keys")
        found["row_customer"] = counts.row_customers.reindex(found["i"]).to_numpy()
        ties = found[found["row_customer"].notna() & (found["customer_id"] != found["row_customer"])]
        run.add_pairs(stats.index, zip(ties["row_customer"].astype("int64"), ties["customer_id"], strict=True))


register(MergeSharedKeys())


def key_text(key: list | tuple) -> str:
    """'phone:13800138000' for ['phone', '13800138000']."""
    return f"{key[0]}:{key[1]}"


class MergeCustomers(Operation):
    name = "merge_customers"
    label = "Merge two customers you confirmed are the same person"
    stage = "after"
    defaults: ClassVar[dict[str, Any]] = {"a": None, "b": None, "score": None, "reason": ""}

    def check(self, params):
        params = super().check(params)
        for side in ("a", "b"):
            key = params[side]
            if (not isinstance(key, list | tuple) or len(key) != 2 or key[0] not in KEY_FIELDS
                    or not isinstance(key[1], str) or not key[1]):
                raise InputError('"{side}" must name a customer by a key, e.g. ["phone", "13800138000"] (key kinds: '
                                 "{key_fields}).", side=side, key_fields=', '.join(KEY_FIELDS))
            params[side] = [key[0], key[1]]
        if params["a"] == params["b"]:
            raise InputError("A customer cannot be merged with itself.")
        return params

    def describe(self, params):
        return Message("Merge customer {a} with {b}", a=key_text(params["a"]), b=key_text(params["b"]))

    def finish(self, conn, params, stats, run) -> None:
        ids = [customer_by_key(conn, params[s]) for s in ("a", "b")]
        if None in ids:
            stats.add_detail("not_found", 1)
            return
        run.add_pairs(stats.index, [tuple(ids)])


register(MergeCustomers())


def customer_by_key(conn: sqlite3.Connection, key: list) -> int | None:
    """The customer a key (kind, value) belongs to, or None."""
    row = conn.execute("SELECT customer_id FROM customer_keys WHERE kind = ? AND value = ?", tuple(key)).fetchone()
    return row[0] if row else None


class UnionFind:
    """Groups of customer ids joined by pairs; the smallest id of a group survives."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        parent = self.parent
        parent.setdefault(x, x)
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def union(self, a: int, b: int) -> bool:
        """Join the groups of a and b; False when they were already one."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        return True

    def mapping(self) -> dict[int, int]:
        """{merged id: surviving id} for every id that is not its group's survivor."""
        return {x: r for x in list(self.parent) if (r := self.find(x)) != x}


def merge_into(conn: sqlite3.Connection, mapping: dict[int, int]) -> None:
    """Re-point orders, keys, consent and flags of merged customers to the survivor, then delete them."""
    if not mapping:
        return
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS _merge (from_id INTEGER PRIMARY KEY, to_id INTEGER NOT NULL)")
    conn.execute("DELETE FROM _merge")
    conn.executemany("INSERT INTO _merge VALUES (?, ?)", [(int(a), int(b)) for a, b in mapping.items()])
    moved = "(SELECT to_id FROM _merge WHERE from_id = {t}.customer_id) WHERE customer_id IN (SELECT from_id FROM _merge)"
    conn.execute("UPDATE orders SET customer_id = " + moved.format(t="orders"))
    conn.execute("UPDATE customer_keys SET customer_id = " + moved.format(t="customer_keys"))
    _merge_attributes(conn)
    _merge_consent(conn)
    repoint_ledger(conn)
    conn.execute("UPDATE OR IGNORE cleaning_flags SET entity_id = (SELECT to_id FROM _merge WHERE from_id = entity_id)"
                 " WHERE entity = 'customer' AND entity_id IN (SELECT from_id FROM _merge)")
    conn.execute("DELETE FROM cleaning_flags WHERE entity = 'customer' AND entity_id IN (SELECT from_id FROM _merge)")
    conn.execute("DELETE FROM customers WHERE id IN (SELECT from_id FROM _merge)")
    conn.execute("DELETE FROM _merge")


def _merge_attributes(conn: sqlite3.Connection) -> None:
    """The survivor keeps its values and takes the merged customers' values where it has none; totals are added."""
    group = "(SELECT {agg}(c.{col}) FROM customers c JOIN _merge m ON c.id = m.from_id WHERE m.to_id = customers.id)"
    first = ("(SELECT c.{col} FROM customers c JOIN _merge m ON c.id = m.from_id WHERE m.to_id = customers.id"
             " AND c.{col} IS NOT NULL ORDER BY c.id LIMIT 1)")
    sets = []
    for col in dict.fromkeys((*CUSTOMER_COLUMNS, *_SUMMED, *_LATEST, *_EARLIEST)):
        if col in _SUMMED:
            total = group.format(agg="sum", col=col)
            expr = f"CASE WHEN {col} IS NULL THEN {total} ELSE {col} + coalesce({total}, 0) END"
        elif col in _LATEST or col in _EARLIEST:
            pick = "max" if col in _LATEST else "min"
            other = group.format(agg=pick, col=col)
            expr = f"CASE WHEN {col} IS NULL THEN {other} WHEN {other} IS NULL THEN {col} ELSE {pick}({col}, {other}) END"
        else:
            expr = f"coalesce({col}, {first.format(col=col)})"
        sets.append(f"{col} = {expr}")
    conn.execute(f"UPDATE customers SET {', '.join(sets)} WHERE id IN (SELECT to_id FROM _merge)")


def _merge_consent(conn: sqlite3.Connection) -> None:
    """Per channel a refusal anywhere wins (the safe choice for marketing); otherwise the latest answer."""
    rows = pd.read_sql_query(
        "SELECT coalesce(m.to_id, c.customer_id) AS cid, c.channel, c.allowed, c.source, c.changed_at"
        " FROM consent c LEFT JOIN _merge m ON m.from_id = c.customer_id"
        " WHERE c.customer_id IN (SELECT from_id FROM _merge) OR c.customer_id IN (SELECT to_id FROM _merge)", conn)
    if rows.empty:
        return
    rows = rows.sort_values(["cid", "channel", "allowed", "changed_at"], ascending=[True, True, True, False])
    best = rows.drop_duplicates(["cid", "channel"], keep="first")
    conn.execute("DELETE FROM consent WHERE customer_id IN (SELECT from_id FROM _merge)"
                 " OR customer_id IN (SELECT to_id FROM _merge)")
    conn.executemany("INSERT INTO consent(customer_id, channel, allowed, source, changed_at) VALUES (?, ?, ?, ?, ?)",
                     [(int(r[0]), r[1], int(r[2]), r[3], r[4]) for r in best.itertuples(index=False, name=None)])
